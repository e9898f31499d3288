/**
 * Offices told with a passive verb after the body (test-fixtures/contradictions/passive-captain-*.txt):
 * "The Seabird, a cargo ship owned by ... and captained by the Filipino Ramon Cruz" gives the
 * ship's one captain, whom another article cannot name differently. The agency of a dateline
 * ("(Ionian Wire)") is a body, not a person of the story.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: an office told with a passive verb', () => {
  it('sets "captained by the Filipino Ramon Cruz" against "the captain of Seabird, Anna Berg"', () => {
    const found = analyseFixtures(['passive-captain-a.txt', 'passive-captain-b.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), [
      'title: passive-captain-a.txt «captained by the Filipino Ramon Cruz» | passive-captain-b.txt «the captain of Seabird, Anna Berg»',
    ]);
    assert.match(found[0].explanation, /one body has one captain at a time/u);
  });
  it('agrees with "the captain of Seabird, Ramon Cruz"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['passive-captain-a.txt', 'passive-captain-c.txt']).contradictions), []);
  });
  it('types the agency of a dateline, "(Ionian Wire)", as a body', () => {
    const { docs } = analyseFixtures(['passive-captain-a.txt']);
    const wire = docs[0].mentions.find((m) => m.text === 'Ionian Wire');
    assert.equal(wire?.type, 'ORG');
  });
});
