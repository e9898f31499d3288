/**
 * A mine rescue told three ways (test-fixtures/contradictions/age-rescue-*.txt): miners "brought
 * out alive" counted as rescued, a running total ("taking the number rescued alive to 22") left
 * alone, and a survivor's age written "who at just 17" and "19-year-old apprentice welder".
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

describe('contradictions: a mine rescue', () => {
  it('counts miners "brought out alive" as rescued ("still missing" in the next clause leaves the count alone), and reads "who at just 17" and "19-year-old apprentice welder" as ages', () => {
    const found = analyseFixtures(['age-rescue-a.txt', 'age-rescue-b.txt']).contradictions.map(describe1).sort();
    assert.deepEqual(found, [
      'count: age-rescue-a.txt «19-year-old apprentice welder Kwame Asante» | age-rescue-b.txt «Kwame Asante, who at just 17»',
      'count: age-rescue-a.txt «20 miners out alive» | age-rescue-b.txt «Sixteen miners had been brought out alive»',
    ]);
  });
  it('leaves a running total ("taking the number rescued alive to 22") and the same age written ", 19," alone', () => {
    assert.deepEqual(analyseFixtures(['age-rescue-a.txt', 'age-rescue-c.txt']).contradictions.map(describe1), []);
  });
});
