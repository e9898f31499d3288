/**
 * The day of a body's next scheduled meeting (test-fixtures/contradictions/next-meeting-*.txt):
 * "next rate-setting meeting is on Oct. 21" against "next meeting is on 28 October"; "meets again
 * on Tuesday 21 October" agrees; a day that "could be brought forward" is not read.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: the next meeting', () => {
  it('sets a next meeting on 28 October against one on Oct. 21, and explains it', () => {
    const { contradictions } = analyseFixtures(['next-meeting-a.txt', 'next-meeting-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), ['date: next-meeting-a.txt «next rate-setting meeting is on Oct. 21» | next-meeting-b.txt «next meeting is on 28 October»']);
    assert.match(contradictions[0].explanation, /2025-10-21.*2025-10-28.*next meeting cannot fall on two days/u);
  });
  it('accepts "meets again on Tuesday 21 October", and leaves a day that may move alone', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['next-meeting-a.txt', 'next-meeting-d.txt']).contradictions), []);
    assert.deepEqual(anchoredLines(analyseFixtures(['next-meeting-b.txt', 'next-meeting-c.txt']).contradictions), []);
  });
  it('reads "agreed to meet again on Monday, Nov. 10", "are due to meet again" and "New round of talks is on Monday, 10 November" (no year: the Monday near the article)', () => {
    const found = analyseFixtures(['next-meeting-e.txt', 'next-meeting-f.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), ['date: next-meeting-e.txt «agreed to meet again on Monday, Nov. 10» | next-meeting-f.txt «are due to meet again on Wednesday 12 November»']);
    assert.match(found[0].explanation, /2025-11-10.*2025-11-12/u);
    assert.deepEqual(anchoredLines(analyseFixtures(['next-meeting-e.txt', 'next-meeting-g.txt']).contradictions), []);
  });
});
