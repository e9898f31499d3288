/**
 * Tolls as local pages and wires tell them (test-fixtures/contradictions/wreck-toll-*.txt): a
 * group named before its number ("the bodies recovered are twelve"), a "still" that speaks for
 * another figure of the clause, and a total of the year ("since January") that is not the event's.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: tolls told group first, and totals of the year', () => {
  it('sets "the bodies recovered are twelve" against "Nine people died", and leaves "1,200 ... since January" out', () => {
    const { contradictions } = analyseFixtures(['wreck-toll-a.txt', 'wreck-toll-b.txt']);
    assert.deepEqual(anchoredLines(contradictions.filter((c) => c.kind === 'count')), [
      'count: wreck-toll-a.txt «Nine people died» | wreck-toll-b.txt «the bodies recovered are twelve»',
    ]);
  });
  it('finds no contradiction inside the wire, whose year total is another count', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['wreck-toll-a.txt']).contradictions), []);
  });
});
