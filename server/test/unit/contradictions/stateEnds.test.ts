/**
 * The day a state ends (facts/stateEndFacts.ts, read as a deadline of mode "until" and compared by
 * contradictions/deadlineRules.ts): "the warning is in force until midnight on Friday, March 13"
 * against "will stay in force until Sunday 15 March" is flagged; "remains in place until Friday
 * night" agrees; an hour or a weekday before a date (values/dueDates.ts) names that date.
 * Fictional flood warning in test-fixtures/contradictions/state-end-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { isDeadlineFact } from '../../../src/analysis/facts/deadlineFacts';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { readDueDate } from '../../../src/analysis/values/dueDates';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "key mode lo..hi «span»" of the end-of-state facts of one article text dated Tuesday 10 March 2026. */
function ends(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished March 10, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return (extractFacts(doc, new Map()) as DetailedFact[])
    .filter(isDeadlineFact)
    .filter((f) => f.detail.deadline.mode === 'until')
    .map((f) => `${f.detail.deadline.key} ${f.detail.deadline.lo}..${f.detail.deadline.hi} «${f.span.text}»`);
}

function dateContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'date'));
}

describe('values: hours and weekdays before a due date', () => {
  it('reads "midnight on Friday, March 13" and "Sunday 15 March" as the dates they name', () => {
    assert.deepEqual(readDueDate('midnight on Friday, March 13.', '2026-03-10')?.lo, '2026-03-13');
    assert.deepEqual(readDueDate('Sunday 15 March, the board said', '2026-03-10')?.text, 'Sunday 15 March');
    assert.deepEqual(readDueDate('6 p.m. on Friday', '2026-03-10')?.lo, '2026-03-13');
    assert.equal(readDueDate('midnight', '2026-03-10'), undefined);
  });
});

describe('facts: the day a state ends', () => {
  it('reads a state in force, in place or closed until a day, with a common-noun subject', () => {
    assert.deepEqual(ends('The warning is in force until midnight on Friday, March 13.'), ['in-force|warn 2026-03-13..2026-03-13 «The warning is in force until midnight on Friday, March 13»']);
    assert.deepEqual(ends('The curfew runs until Monday.'), ['in-force|curfew 2026-03-16..2026-03-16 «The curfew runs until Monday»']);
    assert.deepEqual(ends('The road will remain closed until 3 April.'), ['closed|road 2026-04-03..2026-04-03 «The road will remain closed until 3 April»']);
  });
  it('reads no pronoun subject, no extended or possible end, no lower bound, no verb of other things', () => {
    assert.deepEqual(ends('It runs until Friday night.'), []);
    assert.deepEqual(ends('The ban was extended until Friday.'), []);
    assert.deepEqual(ends('The warning could stay in force until Friday.'), []);
    assert.deepEqual(ends('The warning will stay in force at least until Friday.'), []);
    assert.deepEqual(ends('The minister runs until Friday.'), []);
  });
});

describe('contradictions: two ends of one state', () => {
  it('flags Friday 13 against Sunday 15 for the end of one warning', () => {
    assert.deepEqual(dateContradictions(['state-end-friday.txt', 'state-end-sunday.txt']), [
      'date: state-end-friday.txt «The warning is in force until midnight on Friday, March 13» | state-end-sunday.txt «The warning will stay in force until Sunday 15 March»',
    ]);
    const [c] = analyseFixtures(['state-end-friday.txt', 'state-end-sunday.txt']).contradictions.filter((x) => x.kind === 'date');
    assert.match(c.explanation, /2026-03-13.*2026-03-15.*cannot end on two different days/u);
  });
  it('does not flag "until Friday night" against "until midnight on Friday", nor a closed bridge against the warning', () => {
    assert.deepEqual(dateContradictions(['state-end-friday.txt', 'state-end-friday-night.txt']), []);
  });
});
