/**
 * Agreements a first reading took for contradictions (test-fixtures/contradictions/): a lede's day
 * that dates the rescue, not the storm told after "after"; a counterfactual "Without the beacon,
 * we would not have found them" against "the beacon had been decisive"; a daily fine against the
 * fine imposed; "promoter of justice" against "state prosecutor"; "former public works minister"
 * against "ex-minister".
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: rescue days, counterfactuals, rates and offices', () => {
  it('does not date the storm by the day of the rescue told before "after their boat capsized in a storm"', () => {
    const found = analyseFixtures(['rescued-after-storm-wire.txt', 'rescued-after-storm-local.txt']).contradictions.filter((c) => c.kind === 'date');
    assert.deepEqual(anchoredLines(found), []);
  });
  it('does not read "Without the beacon, we would not have found them" as denying the beacon', () => {
    const found = analyseFixtures(['counterfactual-beacon-wire.txt', 'counterfactual-beacon-paper.md']).contradictions.filter((c) => c.kind === 'quote');
    assert.deepEqual(anchoredLines(found), []);
  });
  it('does not set a daily fine ("a daily fine of R$ 150 mil") against the fine imposed, and reads "R$ 3,2 mi" as 3.2 million', () => {
    const found = analyseFixtures(['rate-fine-wire.txt', 'rate-fine-local.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), []);
  });
  it('reads neither "promoter of justice" as a judge nor "former public works minister" as a sitting minister', () => {
    const found = analyseFixtures(['office-words-wire.txt', 'office-words-local.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), []);
  });
});
