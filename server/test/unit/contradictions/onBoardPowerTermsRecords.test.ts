/**
 * Counts and measures told as a whole, a maximum or a record (test-fixtures/contradictions/):
 * the crew on board a ferry (aboard-ferry-*), homes that lost power in a storm (power-cut-*), the
 * longest prison term a man faces (max-term-*) and the value of the national temperature record
 * a new reading beat (old-record-*).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const counts = (names: string[]) => anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'count'));

describe('contradictions: crew on board, homes without power, maximum terms, previous records', () => {
  it('flags 14 crew members against 19, reading "None of its 14 crew members" and "All 14 seafarers" as the whole crew', () => {
    assert.deepEqual(counts(['aboard-ferry-a.txt', 'aboard-ferry-b.txt', 'aboard-ferry-c.txt']), [
      'count: aboard-ferry-a.txt «its 14 crew members» | aboard-ferry-b.txt «19 crew members on board»',
      'count: aboard-ferry-b.txt «19 crew members on board» | aboard-ferry-c.txt «All 14 seafarers»',
    ]);
  });
  it('reads "None of the 19 sailors aboard" as the whole crew: 19 against 14, and agreeing with 19 on board', () => {
    assert.deepEqual(counts(['aboard-ferry-a.txt', 'aboard-ferry-d.txt']), ['count: aboard-ferry-a.txt «its 14 crew members» | aboard-ferry-d.txt «None of the 19 sailors»']);
    assert.deepEqual(counts(['aboard-ferry-b.txt', 'aboard-ferry-d.txt']), []);
  });
  it('reads a list of those on board after "On board were" and before "on board": 117 passengers against 112', () => {
    assert.deepEqual(counts(['onboard-list-a.txt', 'onboard-list-b.txt']), ['count: onboard-list-a.txt «112 passengers» | onboard-list-b.txt «On board were 117 passengers»']);
  });
  it('accepts "All 14 seafarers" and "its 14 crew members" as one crew, a part of it left out', () => {
    assert.deepEqual(counts(['aboard-ferry-a.txt', 'aboard-ferry-c.txt']), []);
  });

  it('flags about 4,000 households that lost power against about 48,000 and tens of thousands', () => {
    const found = analyseFixtures(['power-cut-a.txt', 'power-cut-b.txt', 'power-cut-c.txt']).contradictions.filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(found), [
      'count: power-cut-a.txt «power cuts affected about 48,000 households» | power-cut-b.txt «about 4,000 households in Brenfold county lost power»',
      'count: power-cut-b.txt «about 4,000 households in Brenfold county lost power» | power-cut-c.txt «Tens of thousands of homes in Brenfold county were left without electricity»',
    ]);
    assert.match(found[0].explanation, /households without power/u);
  });
  it('leaves out homes still without power, supply restored to all but some, and a cut on another day', () => {
    assert.deepEqual(counts(['power-cut-a.txt', 'power-cut-c.txt', 'power-cut-d.txt']), []);
  });

  it('flags up to 15 years against as much as 25 years as the maximum term faced', () => {
    const found = analyseFixtures(['max-term-a.txt', 'max-term-b.txt', 'max-term-c.txt']).contradictions.filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(found), [
      'count: max-term-a.txt «faces up to 15 years» | max-term-b.txt «faces as much as 25 years»',
      'count: max-term-b.txt «faces as much as 25 years» | max-term-c.txt «face up to fifteen years»',
    ]);
    assert.match(found[0].explanation, /maximum prison term/u);
  });
  it('accepts "up to fifteen years behind bars" as "up to 15 years in prison", a term per count left out', () => {
    assert.deepEqual(counts(['max-term-a.txt', 'max-term-c.txt']), []);
  });

  it('flags a previous national record of 45.1C against 45.8C', () => {
    const found = analyseFixtures(['old-record-a.txt', 'old-record-b.txt', 'old-record-c.txt']).contradictions.filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(found), [
      'count: old-record-a.txt «previous national record of 45.8C» | old-record-b.txt «old national mark of 45.1C»',
      'count: old-record-b.txt «old national mark of 45.1C» | old-record-c.txt «previous record of 114.4F»',
    ]);
    assert.match(found[0].explanation, /previous national record/u);
  });
  it('accepts 114.4F as 45.8C and keeps a monthly record and the new reading apart', () => {
    assert.deepEqual(counts(['old-record-a.txt', 'old-record-c.txt']), []);
  });
});
