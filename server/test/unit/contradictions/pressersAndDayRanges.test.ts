/**
 * A news conference told at two times that cannot meet, though each article tells what was said
 * there with its own verb (test-fixtures/contradictions/presser-time-*), and a weekday written with
 * a range of days, which falls on a later day of the range (weekday-range.txt).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

describe('contradictions: news conferences and ranges of days', () => {
  it('sets "told a news conference in Porto at 3 p.m. (1500 GMT)" against "Speaking at a news conference in Porto at 11 a.m. ET", on the conference and its time', () => {
    const found = analyseFixtures(['presser-time-a.txt', 'presser-time-b.md']).contradictions;
    assert.deepEqual(found.map(describe1), [
      'time: presser-time-a.txt «news conference in Porto at 3 p.m. (1500 GMT)» | presser-time-b.md «news conference in Porto at 11 a.m. ET»',
    ]);
    assert.match(found[0].explanation, /15:00 UTC.*16:00 UTC/u);
  });
  it('leaves "Saturday and Sunday, Nov 15-16" alone: the Sunday is the 16th', () => {
    assert.deepEqual(analyseFixtures(['weekday-range.txt']).contradictions.map(describe1), []);
  });
});
