/**
 * Named vessels (PRODUCT, not a company or a person), a flag before a vessel's name, protected
 * areas ("Nature Park", "Nature Reserve"), "the people of X", countries the data spells otherwise
 * ("Turkey"), and a body's name that goes on across "for" after "<body> of <field>".
 * Fixtures: vessels-and-parks*.txt.
 */
import assert from 'node:assert/strict';
import { group, workspace } from './helpers';

describe('entities: vessels, flags, parks and places named by their people', () => {
  const A = 'vessels-and-parks.txt';
  const B = 'vessels-and-parks-b.txt';
  const ws = workspace([A, B]);

  it('types a ship named after a vessel noun, a flag, an apposition or a prefix as PRODUCT', () => {
    for (const name of ['Morning Albatross', 'Silver Meridian', 'MV Orla Brae']) assert.equal(ws.mention(A, name).type, 'PRODUCT', name);
    assert.equal(ws.mention(B, 'Corvane Star').type, 'PRODUCT');
  });

  it('types the same name without local cues as the vessel it is elsewhere in the workspace', () => {
    assert.equal(ws.mention(A, 'Corvane Star').type, 'PRODUCT');
    assert.equal(ws.mention(B, 'Morning Albatross').type, 'PRODUCT');
    assert.equal(ws.mention(B, 'Morning Albatross').id, ws.mention(A, 'Morning Albatross').id);
  });

  it('keeps an airline, "the low-cost carrier X", an organisation', () => {
    assert.notEqual(ws.mention(B, 'Skyvane').type, 'PRODUCT');
  });

  it('leaves the flag out of the vessel\'s name: "Panama-flagged" is the country', () => {
    const texts = ws.docs.get(A)!.mentions.map((m) => m.text);
    assert.ok(!texts.some((t) => t.includes('flagged')), texts.join(', '));
    assert.equal(group(ws.mention(A, 'Panama').type), 'PLACE');
  });

  it('types nature parks, marine parks and nature reserves as places', () => {
    for (const name of ['Aegean Nature Park', 'Strofades Marine Park', 'Kestrel Nature Reserve']) assert.equal(group(ws.mention(A, name).type), 'PLACE', name);
  });

  it('takes "the people of X" as a place, and "Turkey" as a country', () => {
    assert.equal(group(ws.mention(A, 'Threskia').type), 'PLACE');
    assert.equal(ws.mention(A, 'Turkey').type, 'GPE');
  });

  it('keeps "Tribunal of Appeal for Maritime Claims" one body', () => {
    assert.equal(ws.mention(A, 'Tribunal of Appeal for Maritime Claims').type, 'ORG');
    assert.ok(!ws.names(A).some((m) => m.text === 'Maritime Claims'));
  });
});
