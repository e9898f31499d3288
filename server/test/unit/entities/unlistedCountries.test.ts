/**
 * Countries no lexicon lists (test-fixtures/entities/unlisted-countries-*), typed by what the
 * articles say of them: a demonym of their own ("Ostrelian Foreign Minister"), where they lie
 * ("neighbouring Ostrelia", "Downstream Ostrelia, which ..."), their ministers ("Ostrelia's Deputy
 * Foreign Minister") and their head of state ("President Ana Kovac of Lumbria"). Also a plural
 * title before two names ("Professors Ines Duarte and Kaito Brenner").
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: countries no lexicon lists', () => {
  const [a, b] = ['unlisted-countries-a.txt', 'unlisted-countries-b.md'];
  const ws = workspace([a, b]);

  it('types a name beside its own demonym, and where it lies, as a place', () => {
    assert.equal(ws.mention(a, 'Ostrelia').type, 'GPE');
    assert.equal(ws.mention(b, 'Ostrelia').type, 'GPE');
  });
  it('leaves "Downstream" out of the name that opens a sentence', () => {
    assert.ok(ws.names(a).some((m) => m.text === 'Ostrelia' && m.start > 200));
    assert.ok(!ws.names(a).some((m) => m.text.startsWith('Downstream')));
  });
  it('types the country a president leads ("President Ana Kovac of Lumbria") as a place', () => {
    assert.equal(ws.mention(a, 'Lumbria').type, 'GPE');
    assert.equal(ws.mention(a, 'Ana Kovac').type, 'PERSON');
  });
  it('reads a plural title before two names as no part of the first', () => {
    assert.equal(ws.mention(b, 'Ines Duarte').type, 'PERSON');
    assert.ok(!ws.names(b).some((m) => m.text.startsWith('Professors')));
  });
});
