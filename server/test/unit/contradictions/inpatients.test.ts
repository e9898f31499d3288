/**
 * Counts whose noun is left out ("and 38 were taken to hospital", "Eleven were admitted") and the
 * inpatients, who are fewer than those taken to hospital ("kept in hospital overnight"); the
 * injured named as a group that something else befell ("Three injured were flown") are a part.
 * A quotation given after "The head of X, Name, said:" is the person's, not the body's.
 * Fictional gas leak in test-fixtures/contradictions/inpatients-*.txt.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isQuantityFact } from '../../../src/analysis/facts/quantityFacts';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('facts: counts with their noun left out, and inpatients', () => {
  it('reads "38 were taken to hospital" and "Eleven were admitted" as people, and not "Three injured were flown"', () => {
    const { docs } = analyseFixtures(['inpatients-wire.txt', 'inpatients-local.txt']);
    const read = docs.map((d) => (d.facts as DetailedFact[]).filter(isQuantityFact).map((f) => `${f.detail.quantity.measure}=${f.detail.quantity.range.min}`));
    assert.deepEqual(read, [
      // Pupils are counted as students ("pupils" / "students" in two papers); a count whose noun is
      // left out after them counts them too.
      ['student|dead=2', 'student|hospitalised=38', 'people|kept in hospital=11'],
      // The headline's count and the body's.
      ['student|dead=2', 'student|dead=2', 'student|injured=30', 'people|kept in hospital=17'],
    ]);
  });
});

describe('contradictions: inpatients, and a quote after a role of a body', () => {
  it('flags eleven admitted against seventeen kept in hospital, and nothing else', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['inpatients-wire.txt', 'inpatients-local.txt']).contradictions), [
      'count: inpatients-local.txt «Seventeen were kept in hospital» | inpatients-wire.txt «Eleven were admitted»',
    ]);
  });
});
