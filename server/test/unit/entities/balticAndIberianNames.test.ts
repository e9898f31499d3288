/**
 * Names as other languages write them (test-fixtures/entities/): a Russian name in its Latvian
 * spelling ("Aleksandrs Voroncovs", "Sergejs Ivanovs") is the person of the Russian spelling
 * ("Alexander Vorontsov", "Sergei Ivanov"); a Portuguese builder's or developer's name
 * ("Construtora Monte Azul", "Incorporadora Serra Alta") is a company's.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: Baltic spellings and Iberian company heads', () => {
  it('resolves the Latvian spelling of a Russian name to the Russian one', () => {
    const A = 'baltic-spellings-a.txt';
    const B = 'baltic-spellings-b.md';
    const ws = workspace([A, B]);
    assert.equal(ws.mention(A, 'Aleksandrs Voroncovs').id, ws.mention(B, 'Alexander Vorontsov').id);
    assert.equal(ws.mention(A, 'Sergejs Ivanovs').id, ws.mention(B, 'Sergei Ivanov').id);
  });
  it('types a name headed by "Construtora" or "Incorporadora" as an organisation', () => {
    const doc = 'iberian-companies.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Construtora Monte Azul').type, 'ORG');
    assert.equal(ws.mention(doc, 'Incorporadora Serra Alta').type, 'ORG');
  });
});
