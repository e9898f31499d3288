/**
 * When a strike is due to end: planned ends with their days ("is due to last until 6 a.m. on
 * Thursday" against "is scheduled to end at 6 a.m. on Wednesday"), weekdays of plans read
 * forwards from each article's date, and a planned end never set against a reported one.
 * Fictional fixtures test-fixtures/contradictions/strike-end-*.txt.
 */
import assert from 'node:assert/strict';
import { anchoredLines, analyseFixtures } from './pipeline';

const lines = anchoredLines;

describe('contradictions: the planned end of a strike', () => {
  it('flags 6 a.m. on Thursday against 6 a.m. on Wednesday, saying the strike is due to end', () => {
    const { contradictions } = analyseFixtures(['strike-end-a.txt', 'strike-end-b.txt']);
    assert.deepEqual(lines(contradictions), ['time: strike-end-a.txt «to last until 6 a.m.» | strike-end-b.txt «to end at 6 a.m. local time»']);
    assert.match(contradictions[0].explanation, /is due to end 6 a\.m\. \(Thu, 06 Nov\).*\(Wed, 05 Nov\)/u);
  });
  it('reads "Thursday" in a plan forwards from each article\'s own date, so two days\' articles agree', () => {
    assert.deepEqual(lines(analyseFixtures(['strike-end-a.txt', 'strike-end-c.txt']).contradictions), []);
    assert.equal(lines(analyseFixtures(['strike-end-b.txt', 'strike-end-c.txt']).contradictions).length, 1);
  });
  it('does not set a planned end against the reported one (strikes end early)', () => {
    assert.deepEqual(lines(analyseFixtures(['strike-end-a.txt', 'strike-end-d.txt']).contradictions), []);
  });
  it('counts a three-day strike from 6 a.m. Monday to 6 a.m. Thursday, not to the next morning', () => {
    // Without the days, the start and end of one statement would make the strike last one day.
    assert.deepEqual(lines(analyseFixtures(['strike-end-a.txt']).contradictions), []);
  });
  it('takes the day of a strike from "began a 72-hour strike on Monday", not from the day it is due to end', () => {
    // "a 72-hour strike" names the event; "due to last until 6 a.m. on Thursday" is a plan, so
    // both articles tell Monday's strike and their start times are compared. The start without a
    // day and the end with one are two facts, so the 72 hours are not set against "6 a.m. to 6 a.m.".
    assert.deepEqual(lines(analyseFixtures(['strike-day-a.txt', 'strike-day-b.txt']).contradictions), [
      'time: strike-day-a.txt «began at 6 a.m.» | strike-day-b.txt «began at 8 a.m.»',
    ]);
  });
});
