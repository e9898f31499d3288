/**
 * The day of one person's one-off event across articles (facts/eventDayFacts.ts,
 * contradictions/eventDayRules.ts): "passed his medical on Friday, August 29" against "had the
 * medical on Wednesday" in an article dated Friday 29 August (the 27th); "on 29 August" agrees.
 * Fictional transfer in test-fixtures/contradictions/medical-day-*.txt.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isEventDayFact } from '../../../src/analysis/facts/eventDayFacts';
import { analyseFixtures, describe1 } from './pipeline';

describe('contradictions: the day of a one-off event', () => {
  it('resolves weekdays against each article\'s date and skips the dateline', () => {
    const { docs } = analyseFixtures(['medical-day-friday.txt', 'medical-day-wednesday.txt', 'medical-day-29-august.txt']);
    const days = docs.map((d) => (d.facts as DetailedFact[]).filter(isEventDayFact).map((f) => [f.detail.eventDay.key, f.detail.eventDay.day]));
    assert.deepEqual(days, [[['teo-lindqvist|medical', '2025-08-29']], [['teo-lindqvist|medical', '2025-08-27']], [['teo-lindqvist|medical', '2025-08-29']]]);
  });
  it('flags two days for one medical, and not two wordings of one day', () => {
    const found = analyseFixtures(['medical-day-friday.txt', 'medical-day-wednesday.txt', 'medical-day-29-august.txt']).contradictions.map(describe1).sort();
    assert.deepEqual(found, [
      'date: medical-day-29-august.txt «medical on 29 August» | medical-day-wednesday.txt «medical on Wednesday»',
      'date: medical-day-friday.txt «medical on Friday, August 29» | medical-day-wednesday.txt «medical on Wednesday»',
    ]);
  });
});
