/**
 * The day of one discovery told two ways (test-fixtures/contradictions/cyber-day-*.txt): "a
 * ransomware attack was discovered in the early hours of Friday" and "detected the intrusion at
 * 3:10 a.m. on Saturday" time one action (discover = detect, intrusion = attack); "since" before
 * the action only dates it; and a verb in "-red" ("discovered") is a verb.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: the day of a discovery', () => {
  it('sets an attack discovered early Friday against an intrusion detected at 3:10 a.m. on Saturday', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['cyber-day-a.txt', 'cyber-day-b.txt']).contradictions), [
      'date: cyber-day-a.txt «attack was discovered in the early hours of Friday» | cyber-day-b.txt «detected the intrusion at 3:10 a.m. on Saturday»',
    ]);
  });
  it('accepts 3:10 a.m. on Friday as the early hours of Friday', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['cyber-day-a.txt', 'cyber-day-c.txt']).contradictions), []);
  });
});
