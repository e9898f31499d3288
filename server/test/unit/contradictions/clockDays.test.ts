/**
 * The day of a clock-timed action across articles (facts/clockTimeFacts.ts, facts/days.ts,
 * contradictions/clockTimeRules.ts): "opened the gates at 2 a.m. on Saturday" against "at 2 a.m. on
 * Sunday" is one clock time on two days; "early Saturday" and "at 2 a.m. on 14 June" (14 June 2025
 * being that Saturday) agree with the first. Fictional festival storm in
 * test-fixtures/contradictions/gates-day-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { isClockFact } from '../../../src/analysis/facts/clockTimeFacts';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS, type DocumentAnalysis } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines, describe1, fixtureText } from './pipeline';

/** The clock facts of a document as [action, day, passage]. */
function clockDays(doc: DocumentAnalysis): Array<[string, string | undefined, string]> {
  return (doc.facts as DetailedFact[]).filter(isClockFact).map((f) => [f.detail.clock.action, f.detail.clock.day, f.span.text]);
}

/** The clock facts of one article text dated `published`. */
function clockDaysOf(text: string, published = 'June 15, 2025'): Array<[string, string | undefined, string]> {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished ${published}\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  doc.facts = extractFacts(doc, new Map());
  return clockDays(doc);
}

const FIXTURES = ['gates-day-a.txt', 'gates-day-b.txt', 'gates-day-c.txt', 'gates-day-d.txt'];

describe('facts: the day of a clock-timed action', () => {
  it('reads the day written with the time, resolved against each article\'s date, and "early Saturday" as a part of that day', () => {
    const { docs } = analyseFixtures(FIXTURES);
    assert.deepEqual(docs.map(clockDays), [
      [['open gate', '2025-06-14', 'opened the gates at 2 a.m. on Saturday']],
      [['open gate', '2025-06-15', 'opened the gates at 2 a.m. on Sunday']],
      [['open gate', '2025-06-14', 'opened the gates early Saturday']],
      [['open gate', '2025-06-14', 'gates were opened at 2 a.m. on 14 June']],
    ]);
  });
  it('keeps a day of another clause out, and reads an object with an "of" phrase and an aside before the time', () => {
    assert.deepEqual(clockDaysOf('Police opened the gates at 2 a.m., and on Sunday the site was cleared.'), [['open gate', undefined, 'opened the gates at 2 a.m.']]);
    assert.deepEqual(clockDaysOf('Engineers threw open all 16 gates of the Tarrow dam, about 40 km upstream, at 2 a.m. on Saturday.'), [
      ['open gate', '2025-06-14', 'threw open all 16 gates of the Tarrow dam, about 40 km upstream, at 2 a.m. on Saturday'],
    ]);
  });
  it('leaves the start of a meeting to the start-time reader, and plans out', () => {
    assert.deepEqual(clockDaysOf('The summit opened at 10 a.m. on Saturday.'), []);
    assert.deepEqual(clockDaysOf('The minister opened the summit at 10 a.m. on Saturday.'), []);
    assert.deepEqual(clockDaysOf('Police were expected to open the gates at 2 a.m. on Saturday.'), []);
  });
});

describe('contradictions: the day of a clock-timed action', () => {
  it('flags one clock time on two days, and not the same day written as a weekday, a part of the day or a date', () => {
    const found = analyseFixtures(FIXTURES).contradictions.map(describe1).sort();
    assert.deepEqual(found, [
      'date: gates-day-a.txt «opened the gates at 2 a.m. on Saturday» | gates-day-b.txt «opened the gates at 2 a.m. on Sunday»',
      'date: gates-day-b.txt «opened the gates at 2 a.m. on Sunday» | gates-day-c.txt «opened the gates early Saturday»',
      'date: gates-day-b.txt «opened the gates at 2 a.m. on Sunday» | gates-day-d.txt «gates were opened at 2 a.m. on 14 June»',
    ]);
  });
  it('explains what differs, with both days and times', () => {
    const { contradictions } = analyseFixtures(['gates-day-a.txt', 'gates-day-b.txt']);
    assert.equal(contradictions.length, 1);
    const [c] = contradictions;
    assert.equal(c.fact, 'day of “open gate”');
    assert.match(c.explanation, /“opened the gates at 2 a\.m\. on Saturday” \(Saturday 2025-06-14, 02:00 local time\).*“opened the gates at 2 a\.m\. on Sunday” \(Sunday 2025-06-15, 02:00 local time\).*cannot have happened on both/u);
    for (const i of c.items) assert.equal(fixtureText(i.uri).slice(i.start, i.end), i.text);
  });
  it('does not set a day in UTC against a local day while the event\'s offset from UTC is unknown', () => {
    const found = analyseFixtures(['gates-day-a.txt', 'gates-day-utc.txt']).contradictions.map(describe1);
    assert.deepEqual(found, []);
  });
  it('sets the UTC day against local days once an article gives the offset: 23:00 GMT on Saturday is 2 a.m. on Sunday at UTC+3', () => {
    const found = analyseFixtures(['gates-day-a.txt', 'gates-day-b.txt', 'gates-day-utc.txt', 'gates-day-offset.txt']).contradictions.map(describe1).sort();
    assert.deepEqual(found, [
      'date: gates-day-a.txt «opened the gates at 2 a.m. on Saturday» | gates-day-b.txt «opened the gates at 2 a.m. on Sunday»',
      'date: gates-day-a.txt «opened the gates at 2 a.m. on Saturday» | gates-day-utc.txt «opened the gates at 23:00 GMT on Saturday»',
    ]);
  });
  it('takes "midnight on Friday" and "midnight on Saturday" as possibly one moment', () => {
    assert.deepEqual(analyseFixtures(['gates-midnight-a.txt', 'gates-midnight-b.txt']).contradictions.map(describe1), []);
  });
  it('keeps "shortly before midnight on Thursday" on Thursday, and reports a pair of articles by its most exact times', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['collapse-night-a.txt', 'collapse-night-b.txt']).contradictions), [
      'date: collapse-night-a.txt «caved in at 11.40 p.m. on Friday» | collapse-night-b.txt «collapsed shortly before midnight on Thursday»',
    ]);
    assert.deepEqual(anchoredLines(analyseFixtures(['collapse-night-a.txt', 'collapse-night-c.txt']).contradictions), []);
  });
});
