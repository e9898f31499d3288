/**
 * Counts that a clause's other words used to hide: the injured told as "others" beside the dead
 * ("killing 12 workers and injuring 40 others"), a count priced per unit ("600,000 doses at 40
 * euros each"), and miners "brought up alive" (test-fixtures/contradictions/others-injured-*,
 * unit-price-*, up-alive-*).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

describe('contradictions: others beside the dead, unit prices, brought up alive', () => {
  it('reads "injuring 40 others" after the killed, and "More than 50 others were injured" after a sentence of deaths, as the whole of the injured', () => {
    assert.deepEqual(analyseFixtures(['others-injured-a.txt', 'others-injured-b.txt']).contradictions.map(describe1), [
      'count: others-injured-a.txt «injuring 40 others» | others-injured-b.txt «More than 50 others were injured»',
    ]);
  });
  it('leaves "36 others" after other injured people alone: they add to a count', () => {
    assert.deepEqual(analyseFixtures(['others-injured-a.txt', 'others-injured-c.txt']).contradictions.map(describe1), []);
  });
  it('keeps a count priced "at 40 euros each": the "each" is the price\'s', () => {
    const found = analyseFixtures(['unit-price-a.txt', 'unit-price-b.txt']).contradictions.map(describe1);
    assert.ok(found.some((d) => d.includes('«600,000 doses') && d.includes('«800,000 doses')), found.join('\n'));
  });
  it('counts miners "brought up alive" as rescued', () => {
    assert.deepEqual(analyseFixtures(['up-alive-a.txt', 'up-alive-b.txt']).contradictions.map(describe1), [
      'count: up-alive-a.txt «Six miners were brought up alive» | up-alive-b.txt «five miners out alive»',
    ]);
  });
});
