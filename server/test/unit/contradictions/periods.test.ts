/**
 * Lengths of time given for one thing (facts/allowedTimeFacts.ts, facts/closurePeriodFacts.ts,
 * compared by contradictions/periodRules.ts): "five days to leave" against "72 hours to leave" for
 * the diplomats of one country is flagged, while the other side's "48 hours" and "two days" agree
 * and are never set against the first side's; "at least two weeks" fits "20 days" but not "four
 * months". Fictional expulsions and road closure in test-fixtures/contradictions/allowed-time-*.txt
 * and closure-period-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { isPeriodFact } from '../../../src/analysis/facts/periodFact';
import { findPeriodLengths } from '../../../src/analysis/facts/periodLengths';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "key min..max «span»" of the period facts of one article text. */
function periods(text: string): string[] {
  const doc = analyzeDocument('p.txt', `Headline\n\nPublished March 10, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return (extractFacts(doc, new Map()) as DetailedFact[])
    .filter(isPeriodFact)
    .map((f) => `${f.detail.period.key} ${f.detail.period.days.min}..${f.detail.period.days.max} «${f.span.text}»`);
}

describe('values: lengths of time in days', () => {
  it('reads a week as seven days, 72 hours as three, and a minimum as up to twice it', () => {
    assert.deepEqual(findPeriodLengths('gave them a week to go').map((p) => p.days), [{ min: 7, max: 7 }]);
    assert.deepEqual(findPeriodLengths('within 72 hours').map((p) => p.days), [{ min: 3, max: 3 }]);
    assert.deepEqual(findPeriodLengths('for at least three weeks').map((p) => p.days), [{ min: 21, max: 42 }]);
    assert.deepEqual(findPeriodLengths('shut for the next three weeks').map((p) => p.text), ['the next three weeks']);
    assert.deepEqual(findPeriodLengths('for days'), []);
  });
});

describe('facts: time allowed and closures', () => {
  it('reads the action, and whose people are given the time', () => {
    assert.deepEqual(periods('Lithuania expelled three Belarusian diplomats and gave them seven days to leave.'), ['allowed:leave|people:belarus 7..7 «gave them seven days to leave»']);
    assert.deepEqual(periods('The two Romanians must leave Austria within 72 hours.'), ['allowed:leave|people:romania 3..3 «must leave Austria within 72 hours»']);
    assert.deepEqual(periods('The club has three weeks to take the case to the court.'), ['allowed:appeal 21..21 «has three weeks to take the case to»']);
    assert.deepEqual(periods('She has 21 days for appeal.'), ['allowed:appeal 21..21 «has 21 days for appeal»']);
  });
  it('reads no countdown, no plan that may not hold, no unknown action', () => {
    assert.deepEqual(periods('With two weeks to go, the team is top of the table.'), []);
    assert.deepEqual(periods('The season has three weeks to go.'), []);
    assert.deepEqual(periods('They could have 48 hours to leave if the talks fail.'), []);
  });
  it('reads a closure by what is closed, not the time closed so far or an extension', () => {
    assert.deepEqual(periods('Authorities closed 11 beaches on the island for 10 days.'), ['closed:beach 10..10 «closed 11 beaches on the island for 10 days»']);
    assert.deepEqual(periods('The shipping channel, the port’s only way in, will stay shut for the next three weeks.'), ['closed:channel 21..21 «stay shut for the next three weeks»']);
    assert.deepEqual(periods('The road has been closed for three days.'), []);
    assert.deepEqual(periods('The road will stay closed for another week.'), []);
  });
});

describe('contradictions: two lengths for one deadline or one closure', () => {
  it('flags five days against 72 hours for the Hungarians, not the Austrians’ 48 hours against two days', () => {
    const lines = anchoredLines(analyseFixtures(['allowed-time-a.txt', 'allowed-time-b.txt', 'allowed-time-c.txt']).contradictions.filter((c) => c.fact.startsWith('the time')));
    assert.deepEqual(lines, [
      'time: allowed-time-a.txt «gave them five days to leave the country» | allowed-time-b.txt «have 72 hours to leave»',
      'time: allowed-time-b.txt «have 72 hours to leave» | allowed-time-c.txt «gave them 120 hours to pack their bags»',
    ]);
    const [c] = analyseFixtures(['allowed-time-a.txt', 'allowed-time-b.txt']).contradictions.filter((x) => x.fact.startsWith('the time'));
    assert.match(c.explanation, /people of hungary.*five days.*5 days.*72 hours.*3 days.*cannot|people of hungary.*five days.*5 days.*72 hours.*3 days.*one deadline/u);
  });
  it('flags four months against at least two weeks and against 20 days, not 20 days against at least two weeks', () => {
    const lines = anchoredLines(analyseFixtures(['closure-period-a.txt', 'closure-period-b.txt', 'closure-period-c.txt']).contradictions.filter((c) => c.fact.startsWith('the closure')));
    assert.deepEqual(lines, [
      'time: closure-period-a.txt «stay closed for at least two weeks» | closure-period-b.txt «closed the road for four months»',
      'time: closure-period-b.txt «closed the road for four months» | closure-period-c.txt «is closed for 20 days»',
    ]);
  });
});
