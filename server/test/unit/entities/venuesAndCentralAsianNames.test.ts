/**
 * A congress centre is a venue, and Central Asian given names open people's names
 * (test-fixtures/entities/venue-and-names.txt): "the Tbilisi Congress Centre" is a facility, not a
 * body, and "from Uzbekistan Javohir Tursunov" is a country and a person, not one name.
 */
import assert from 'node:assert/strict';
import { group, workspace } from './helpers';

describe('entities: venues and Central Asian names', () => {
  const doc = 'venue-and-names.txt';
  const ws = workspace([doc]);

  it('types a congress centre as a place', () => {
    assert.equal(group(ws.mention(doc, 'Tbilisi Congress Centre').type), 'PLACE');
  });
  it('splits a country from the person named right after it', () => {
    assert.equal(ws.mention(doc, 'Javohir Tursunov').type, 'PERSON');
    assert.equal(group(ws.mention(doc, 'Uzbekistan').type), 'PLACE');
    assert.equal(ws.mention(doc, 'Nurlan Abenov').type, 'PERSON');
  });
});
