/**
 * The day a person's one-off event is scheduled for (facts/plannedEventDayFacts.ts,
 * contradictions/eventDayRules.ts): "His initial hearing is scheduled for Thursday, November 6"
 * against "due to hold his initial hearing on Friday, Nov. 7". Plans meet only plans, a moved
 * plan is not read, and a bail hearing is not the initial one. Fictional mayor and novelist in
 * test-fixtures/contradictions/planned-hearing-*.txt and funeral-*.txt.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isEventDayFact } from '../../../src/analysis/facts/eventDayFacts';
import { analyseFixtures, anchoredLines } from './pipeline';

const HEARINGS = ['planned-hearing-a.txt', 'planned-hearing-b.txt', 'planned-hearing-c.txt', 'planned-hearing-moved.txt', 'planned-hearing-bail.txt'];

describe('contradictions: the day a scheduled event is set for', () => {
  it('reads plans of a named person (or of "His" after a sentence about him), forwards, with their qualifier', () => {
    const { docs } = analyseFixtures(HEARINGS);
    const days = docs.map((d) => (d.facts as DetailedFact[]).filter(isEventDayFact).map((f) => [f.detail.eventDay.key, f.detail.eventDay.day]));
    assert.deepEqual(days, [
      [['oskar-brandt|first hearing|planned', '2025-11-06']],
      [['oskar-brandt|first hearing|planned', '2025-11-07']],
      [['oskar-brandt|first hearing|planned', '2025-11-07']],
      [],
      [['oskar-brandt|bail hearing|planned', '2025-11-05']],
    ]);
  });
  it('flags two days for one planned hearing, and neither the moved one nor the bail hearing', () => {
    const found = anchoredLines(analyseFixtures(HEARINGS).contradictions);
    assert.deepEqual(found, [
      'date: planned-hearing-a.txt «hearing is scheduled for Thursday, November 6» | planned-hearing-b.txt «hearing on Friday, Nov. 7»',
      'date: planned-hearing-a.txt «hearing is scheduled for Thursday, November 6» | planned-hearing-c.txt «hearing is set for Friday»',
    ]);
  });
  it('never sets a plan against the day the event happened', () => {
    const { docs, contradictions } = analyseFixtures(['funeral-plan.txt', 'funeral-held.txt']);
    const keys = docs.map((d) => (d.facts as DetailedFact[]).filter(isEventDayFact).map((f) => f.detail.eventDay.key));
    assert.deepEqual(keys, [['ada-marsh|funeral|planned'], ['ada-marsh|funeral']]);
    assert.deepEqual(contradictions.filter((c) => c.fact.includes('funeral')), []);
  });
});
