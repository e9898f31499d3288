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
});
