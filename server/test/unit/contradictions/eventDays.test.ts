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
  it('reads the clause of the event only, and a person named just before "He" or "The 24-year-old,"', () => {
    const { docs } = analyseFixtures(['medical-day-pronoun.txt', 'medical-day-description.txt', 'medical-day-clause.txt']);
    const days = docs.map((d) => (d.facts as DetailedFact[]).filter(isEventDayFact).map((f) => [f.detail.eventDay.key, f.detail.eventDay.day]));
    assert.deepEqual(days, [[['teo-lindqvist|medical', '2025-08-27']], [['teo-lindqvist|medical', '2025-08-28']], [['teo-lindqvist|medical', '2025-08-27']]]);
  });
  it('flags the description\'s day against the pronoun\'s and the clause\'s', () => {
    const found = analyseFixtures(['medical-day-pronoun.txt', 'medical-day-description.txt', 'medical-day-clause.txt']).contradictions.map(describe1).sort();
    assert.deepEqual(found, [
      'date: medical-day-clause.txt «medical on Wednesday 27 August» | medical-day-description.txt «medical on Thursday, August 28»',
      'date: medical-day-description.txt «medical on Thursday, August 28» | medical-day-pronoun.txt «medical on Wednesday»',
    ]);
  });
  it('names nobody when the previous sentence names several people and none opens it', () => {
    const { docs } = analyseFixtures(['medical-day-ambiguous.txt']);
    assert.deepEqual((docs[0].facts as DetailedFact[]).filter(isEventDayFact), []);
  });
});
