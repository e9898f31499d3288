/**
 * Counts of responders and survivors told in other words (test-fixtures/contradictions/fire-corps-*,
 * survived-*): "28 military firefighters" of a fire service that is a military corps are its
 * firefighters, and "Only 57 survived" counts survivors as the rescued are counted.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

describe('contradictions: military firefighters and survivors', () => {
  it('sets "28 military firefighters" against "38 firefighters took part"', () => {
    assert.deepEqual(analyseFixtures(['fire-corps-a.txt', 'fire-corps-b.txt']).contradictions.map(describe1), [
      'count: fire-corps-a.txt «28 military firefighters» | fire-corps-b.txt «38 firefighters»',
    ]);
  });
  it('sets "only 57 survived" against "Only 75 survived", "only" before the count notwithstanding', () => {
    assert.deepEqual(analyseFixtures(['survived-a.txt', 'survived-b.txt']).contradictions.map(describe1), [
      'count: survived-a.txt «57 survived» | survived-b.txt «75 survived»',
    ]);
  });
});
