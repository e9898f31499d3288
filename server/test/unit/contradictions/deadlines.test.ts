/**
 * Deadlines and target dates (values/dueDates.ts, facts/deadlineFacts.ts,
 * contradictions/deadlineRules.ts): "must complete the work by the end of March" against "by the
 * end of June" is flagged; "by March 31" agrees with "by the end of March"; an expected date is not
 * set against a required one, and a deadline never against the day an event took place.
 * Fictional bridge repair in test-fixtures/contradictions/deadline-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { isDeadlineFact } from '../../../src/analysis/facts/deadlineFacts';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isEventDayFact } from '../../../src/analysis/facts/eventDayFacts';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS, type DocumentAnalysis } from '../../../src/analysis/types';
import { readDueDate } from '../../../src/analysis/values/dueDates';
import { analyseFixtures, describe1, fixtureText } from './pipeline';

type Row = [key: string, actor: string, mode: string, lo: string, hi: string, passage: string];

function deadlines(doc: DocumentAnalysis): Row[] {
  return (doc.facts as DetailedFact[]).filter(isDeadlineFact).map((f) => {
    const d = f.detail.deadline;
    return [d.key, d.actor, d.mode, d.lo, d.hi, f.span.text];
  });
}

/** The deadline facts of one article text dated `published`. */
function deadlinesOf(text: string, published = 'February 10, 2026'): Row[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished ${published}\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  doc.facts = extractFacts(doc, new Map());
  return deadlines(doc);
}

const FIXTURES = ['deadline-march.txt', 'deadline-june.txt', 'deadline-march-31.txt', 'deadline-target.txt'];

describe('values: due dates', () => {
  const due = (text: string, published = '2026-02-10') => {
    const d = readDueDate(text, published);
    return d && [d.text, d.lo, d.hi];
  };
  it('reads ends, middles, days, months, years and weekdays as windows of days, forwards from the article\'s date', () => {
    assert.deepEqual(due('the end of March, officials said'), ['the end of March', '2026-03-25', '2026-03-31']);
    assert.deepEqual(due('March 31.'), ['March 31', '2026-03-31', '2026-03-31']);
    assert.deepEqual(due('31 March 2027'), ['31 March 2027', '2027-03-31', '2027-03-31']);
    assert.deepEqual(due('mid-June'), ['mid-June', '2026-06-11', '2026-06-21']);
    assert.deepEqual(due('March'), ['March', '2026-02-28', '2026-03-31']);
    assert.deepEqual(due('the end of the year'), ['the end of the year', '2026-12-25', '2026-12-31']);
    assert.deepEqual(due('the end of the first quarter'), ['the end of the first quarter', '2026-03-25', '2026-03-31']);
    assert.deepEqual(due('2027'), ['2027', '2026-12-31', '2027-12-31']);
    assert.deepEqual(due('Friday'), ['Friday', '2026-02-13', '2026-02-13']);
    // A month that has passed long before the article is next year's.
    assert.deepEqual(due('the end of January', '2026-06-10'), ['the end of January', '2027-01-25', '2027-01-31']);
  });
  it('leaves fiscal quarters, seasons, clock times and undated months alone', () => {
    assert.equal(due('the end of the second quarter of fiscal 2024'), undefined);
    assert.equal(due('the summer'), undefined);
    assert.equal(due('5 p.m.'), undefined);
    assert.equal(readDueDate('the end of March'), undefined);
  });
});

describe('facts: deadlines', () => {
  it('reads the task, who must do it, whether it is required or expected, and the window of its date', () => {
    const { docs } = analyseFixtures(FIXTURES);
    assert.deepEqual(docs.map(deadlines), [
      [['complete|work', 'contractor', 'required', '2026-03-25', '2026-03-31', 'The contractor must complete the work on the Tarrant Bridge by the end of March']],
      [['complete|work', 'contractor', 'required', '2026-06-24', '2026-06-30', 'The contractor must complete the work on the Tarrant Bridge by the end of June']],
      [['complete|work', '', 'required', '2026-03-31', '2026-03-31', 'Dunmore Civil has to finish the work on the Tarrant Bridge by March 31']],
      [['complete|work', '', 'expected', '2026-04-24', '2026-04-30', 'Dunmore Civil expects to complete the work on the Tarrant Bridge by the end of April']],
    ]);
  });
  it('reads passives, "expects X to be", containers ("the programme of cuts") and "has until ... to"', () => {
    assert.deepEqual(deadlinesOf('It expects the cuts to be largely completed by the end of June.'), [['complete|cut', '', 'expected', '2026-06-24', '2026-06-30', 'the cuts to be largely completed by the end of June']]);
    assert.deepEqual(deadlinesOf('The company said the global programme of cuts would be largely complete by the end of March.'), [
      ['complete|cut', '', 'expected', '2026-03-25', '2026-03-31', 'the global programme of cuts would be largely complete by the end of March'],
    ]);
    assert.deepEqual(deadlinesOf('The tenants have until 31 March to leave the building.'), [['leav|build', 'tenant', 'required', '2026-03-31', '2026-03-31', 'The tenants have until 31 March to leave the building']]);
  });
  it('reads no moved, denied, possible or past deadline', () => {
    assert.deepEqual(deadlinesOf('The deadline to complete the work was extended to the end of June.'), []);
    assert.deepEqual(deadlinesOf('The contractor was originally due to complete the work by the end of March.'), []);
    assert.deepEqual(deadlinesOf('The work will not be completed by the end of March.'), []);
    assert.deepEqual(deadlinesOf('The work could be completed by the end of March.'), []);
    assert.deepEqual(deadlinesOf('The contractor had completed the work by the end of March.'), []);
    assert.deepEqual(deadlinesOf('The commission will meet again in Baku before the end of November.'), []);
  });
});

describe('contradictions: deadlines', () => {
  it('flags one task due at the end of March and at the end of June, and not "by March 31" against "by the end of March"', () => {
    const found = analyseFixtures(FIXTURES).contradictions.map(describe1).sort();
    assert.deepEqual(found, [
      'date: deadline-june.txt «The contractor must complete the work on the Tarrant Bridge by the end of June» | deadline-march-31.txt «Dunmore Civil has to finish the work on the Tarrant Bridge by March 31»',
      'date: deadline-june.txt «The contractor must complete the work on the Tarrant Bridge by the end of June» | deadline-march.txt «The contractor must complete the work on the Tarrant Bridge by the end of March»',
    ]);
  });
  it('explains what differs, with both dates', () => {
    const { contradictions } = analyseFixtures(['deadline-march.txt', 'deadline-june.txt']);
    assert.equal(contradictions.length, 1);
    const [c] = contradictions;
    assert.equal(c.fact, 'deadline: complete the work');
    assert.match(c.explanation, /“[^”]*by the end of June” \(2026-06-24 to 2026-06-30\).*“[^”]*by the end of March” \(2026-03-25 to 2026-03-31\): one deadline for one task cannot fall on both dates/u);
    for (const i of c.items) assert.equal(fixtureText(i.uri).slice(i.start, i.end), i.text);
  });
  it('does not set a deadline against the day an event took place', () => {
    const { docs, contradictions } = analyseFixtures(['medical-day-deadline.txt', 'medical-day-wednesday.txt']);
    assert.deepEqual(contradictions.map(describe1), []);
    assert.deepEqual((docs[0].facts as DetailedFact[]).filter(isEventDayFact), [], '"must complete his medical by Friday" does not date the medical');
    assert.deepEqual(deadlines(docs[0]).map((r) => r.slice(0, 5)), [['complete|medical', '', 'required', '2025-08-29', '2025-08-29']]);
  });
});
