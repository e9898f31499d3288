/**
 * A weekday beside a numeric date whose day and month may swap (test-fixtures/contradictions/
 * weekday-daymonth-*.txt): "Friday 10/03/2023" is 10 March 2023, a Friday, and no contradiction;
 * "Sunday 10/03/2023" fits neither reading.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a weekday beside a day-first date', () => {
  it('reads "Friday 10/03/2023" the way its weekday fits', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['weekday-daymonth-a.txt']).contradictions), []);
  });
  it('still flags a weekday that fits neither reading', () => {
    assert.equal(analyseFixtures(['weekday-daymonth-b.txt']).contradictions.filter((c) => c.kind === 'date').length, 1);
  });
});
