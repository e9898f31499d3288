/**
 * The day an action is told to have happened, in the words it is told with
 * (facts/actionDayFacts.ts, contradictions/actionDayRules.ts): "fined the airline Skyfjord on
 * Thursday" against "On Wednesday the ... Authority fined Skyfjord" is flagged though no lexicon
 * knows fines as events; a night-time event told a day apart in another clock, the same day told
 * otherwise, another action, the day something was said and the same action by another actor are
 * not. Fictional story in test-fixtures/contradictions/action-day-fine-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { actionDayFactsOf, isActionDayFact } from '../../../src/analysis/facts/actionDayFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "day «clause»" of the action-day facts of a text dated Friday 6 March 2026. */
function days(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nMarch 6, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return doc.sentences
    .flatMap((s) => actionDayFactsOf(doc, s))
    .filter(isActionDayFact)
    .map((f) => `${f.detail.actionDay.planned ? 'planned ' : ''}${f.detail.actionDay.day} «${f.span.text}»`);
}

function dayContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.fact === 'day of the event'));
}

describe('facts: the day a clause tells something happened', () => {
  it('reads one day per clause, weekdays resolved against the article date', () => {
    assert.deepEqual(days('The regulator fined the airline on Thursday over late refunds.'), ['2026-03-05 «The regulator fined the airline on Thursday over late refunds.»']);
  });
  it('reads a firm plan forwards from the article date, and marks it planned', () => {
    assert.deepEqual(days('The minister will open talks with the unions on Monday.'), ['planned 2026-03-09 «The minister will open talks with the unions on Monday.»']);
  });
  it('reads a duty with a day ("must explain ... next Monday") as a plan', () => {
    assert.deepEqual(days('The airline must explain the delays to the transport committee next Monday.'), ['planned 2026-03-09 «The airline must explain the delays to the transport committee next Monday.»']);
  });
  it('reads no doubtful plan, deadline, day of saying, range of days or other occasion', () => {
    assert.deepEqual(days('The regulator might decide on Monday whether to fine the airline.'), []);
    assert.deepEqual(days('The airline must pay the refunds by Monday.'), []);
    assert.deepEqual(days('The airline said on Tuesday that it regretted the delays.'), []);
    assert.deepEqual(days('Passengers queued at the airport over the weekend.'), []);
    assert.deepEqual(days('A previous fine was imposed on the airline on Tuesday.'), []);
  });
});

describe('contradictions: one action told on two days', () => {
  it('flags the fine told on Thursday against the fine told on Wednesday, and explains it', () => {
    assert.deepEqual(dayContradictions(['action-day-fine-a.txt', 'action-day-fine-b.txt']), [
      'date: action-day-fine-a.txt «fined the airline Skyfjord on Thursday» | action-day-fine-b.txt «Wednesday the Nordic Aviation Authority fined»',
    ]);
    const [c] = analyseFixtures(['action-day-fine-a.txt', 'action-day-fine-b.txt']).contradictions.filter((x) => x.fact === 'day of the event');
    assert.match(c.explanation, /2026-03-05.*2026-03-04.*“fined”/u);
  });
  it('reads a ship that "docked" and one "arriving" as one arrival, told on two days', () => {
    assert.deepEqual(dayContradictions(['action-day-dock-a.txt', 'action-day-dock-b.txt']), [
      'date: action-day-dock-a.txt «arriving at Varna port on Saturday» | action-day-dock-b.txt «docked to Varna port on Thursday, 30 April»',
    ]);
  });
  it('does not flag a night-time event a day apart, the same day, another action, a day of saying, or another actor', () => {
    assert.deepEqual(dayContradictions(['action-day-fine-a.txt', 'action-day-fine-c.txt']), []);
    assert.deepEqual(dayContradictions(['action-day-fine-a.txt', 'action-day-fine-d.txt']), []);
  });
});

describe('contradictions: one plan told for two days', () => {
  it('flags "would have to explain the delays at a hearing ... on Tuesday" against "must explain the delays ... next Monday", though only one names the hearing', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['plan-hearing-a.txt', 'plan-hearing-b.txt']).contradictions.filter((c) => c.fact === 'day of a planned event')), [
      'date: plan-hearing-a.txt «explain the delays at a hearing of the Storting transport committee on Tuesday» | plan-hearing-b.txt «explain the delays in the Storting transport committee next Monday»',
    ]);
  });
});
