/**
 * Names from general lexicons and cues that any story may need: given names of many regions (the
 * first list knew few outside Western Europe), a place run into a person's name after "In", a
 * trade's "House" as a firm, and "the mayor of X" as a place. Fixtures are in test-fixtures/entities/.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: names of many lands', () => {
  it('types people by given names of many regions where other cues point elsewhere (names-of-many-lands.txt)', () => {
    const doc = 'names-of-many-lands.txt';
    const ws = workspace([doc]);
    // "In Ioana Craciunescu's view", "at Jurgita Vaitkute's bakery", "The Rodrigo Almansa fund", "the Eszter Halmagyi choir".
    for (const name of ['Ioana Craciunescu', 'Jurgita Vaitkute', 'Rodrigo Almansa', 'Eszter Halmagyi']) assert.equal(ws.mention(doc, name).type, 'PERSON', name);
  });

  it('splits a place run into a person\'s name after "In" ("In Varnhold Tomasz Wierzchon, who ...")', () => {
    const doc = 'names-of-many-lands.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Tomasz Wierzchon').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Varnhold').type, 'GPE');
    assert.ok(!ws.names(doc).some((m) => m.text.includes('Varnhold Tomasz')));
  });

  it('types an auction or publishing house as a firm and the place of a mayor as a place (trade-houses-and-mayors.txt)', () => {
    const doc = 'trade-houses-and-mayors.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Meridana Auction House').type, 'ORG');
    assert.equal(ws.mention(doc, 'Kvetna Publishing House').type, 'ORG');
    assert.equal(ws.mention(doc, 'Velky Brod').type, 'GPE');
    assert.equal(ws.mention(doc, 'Ostrany', 1).type, 'GPE');
  });
});
