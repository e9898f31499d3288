/**
 * Blind round 54's rules, on fictional stories in test-fixtures/contradictions:
 * - a time without a day against one with a day is compared on the clock a day either way (5 a.m.
 *   at UTC+8 is 9pm GMT the evening before, timeRules.ts);
 * - one number before a list of kinds ("more than 300 buses, lorries and vans") counts them all, not the first;
 * - a count past "of the enterprise" and "received injuries" counts the injured; "each of the injured
 *   workers" is a payment per person; "registered to carry" is a capacity;
 * - a denial makes a count unsure only in the count's own part of the clause (quantityFacts.ts).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const found = (files: string[]) => anchoredLines(analyseFixtures(files).contradictions);

describe('contradictions: blind round 54', () => {
  it('accepts a strike that began at 5 a.m. in Manila against one that began at 9pm GMT on Sunday, and 180 buses against 300 buses, lorries and vans', () => {
    assert.deepEqual(found(['jeepney-strike-a.txt', 'jeepney-strike-b.md']), []);
  });
  it('sets two injured against three who received injuries, and 500,000 roubles each against 1 million rubles each', () => {
    assert.deepEqual(found(['refinery-hurt-a.txt', 'refinery-hurt-b.txt']), [
      'count: refinery-hurt-a.txt «500,000 roubles» | refinery-hurt-b.txt «1 million rubles»',
      'count: refinery-hurt-a.txt «Two employees of the enterprise were injured» | refinery-hurt-b.txt «Three employees of the enterprise received injuries»',
    ]);
  });
  it('sets a ferry licensed to carry 60 against one registered to carry only 80', () => {
    assert.deepEqual(found(['lake-ferry-a.txt', 'lake-ferry-b.txt']), ['count: lake-ferry-a.txt «licensed to carry 60» | lake-ferry-b.txt «registered to carry only 80»']);
  });
  it('reads a count past a later clause that denies something else ("..., his life is not in danger")', () => {
    assert.deepEqual(found(['refinery-hurt-a.txt', 'refinery-hurt-c.txt']), [
      'count: refinery-hurt-a.txt «Two employees of the enterprise were injured» | refinery-hurt-c.txt «Three employees of the enterprise received injuries»',
    ]);
  });
});
