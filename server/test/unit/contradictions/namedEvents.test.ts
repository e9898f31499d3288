/**
 * Named events tell events apart (contradictions/eventIdentity.ts): two articles whose ledes name
 * different storms ("Cyclone Orla", "Cyclone Pema") are about two events, however alike their
 * words and days. Fictional storms in test-fixtures/contradictions/named-storm-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('events: named storms', () => {
  it('sets 14 dead against nine for one named cyclone, and not against five for another', () => {
    const counts = (names: string[]) => anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'count'));
    assert.deepEqual(counts(['named-storm-a.txt', 'named-storm-b.txt']), []);
    assert.equal(counts(['named-storm-a.txt', 'named-storm-c.txt']).length, 1);
  });
});
