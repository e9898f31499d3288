/**
 * Places and shops of Portuguese pages (test-fixtures/entities/iberian-streets.txt): a street
 * named after a titled person is one place, whether the title is written out or abbreviated
 * ("Rua Coronel Tomás Ribeiro", "Rua Cel. Tomás Ribeiro"); "Praça da Matriz" is a square; a
 * bakery's name ("Padaria Bom Trigo") is a business's; a shouted headline's function words ("IT IS
 * HERS!") name nobody, while "the US" stays a country.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: streets named after titled people, squares, shops, shouted headlines', () => {
  const doc = 'iberian-streets.txt';
  const ws = workspace([doc]);

  it('reads "Rua Coronel Tomás Ribeiro" and "Rua Cel. Tomás Ribeiro" as one street, not a person', () => {
    const full = ws.mention(doc, 'Rua Coronel Tomás Ribeiro');
    const short = ws.mention(doc, 'Rua Cel. Tomás Ribeiro');
    assert.equal(full.id, short.id);
    assert.notEqual(full.type, 'PERSON');
    assert.ok(!ws.names(doc).some((m) => m.text === 'Tomás Ribeiro'), 'no person inside the street name');
  });
  it('types "Praça da Matriz" as a place and "Padaria Bom Trigo" as an organisation', () => {
    assert.equal(ws.mention(doc, 'Praça da Matriz').type, 'FAC');
    assert.equal(ws.mention(doc, 'Padaria Bom Trigo').type, 'ORG');
  });
  it('takes no name from "IT IS HERS!" and keeps "US"', () => {
    assert.ok(!ws.names(doc).some((m) => /\bIS\b|HERS/u.test(m.text)));
    assert.equal(ws.mention(doc, 'US').type, 'GPE');
  });
});
