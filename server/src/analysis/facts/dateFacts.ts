/**
 * Date facts: a weekday written next to a calendar date ("Tuesday, Dec. 3, 2025"). When the two
 * disagree the phrase contradicts itself, whatever else the article says.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findDates, weekdayName } from '../values/dates';
import { factAt, spanOf, type DetailedFact } from './detail';

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;

/** Weekday-and-date facts of one sentence (only those whose weekday is wrong carry `actualWeekday`). */
export function dateFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const out: DetailedFact[] = [];
  if (!WEEKDAY.test(s.text) || !/\d/u.test(s.text)) return out;
  for (const d of findDates(s.text, doc.published)) {
    if (d.weekday === undefined || d.actualWeekday === undefined || !d.iso) continue;
    const w = WEEKDAY.exec(d.text);
    if (!w) continue;
    const span = spanOf(doc, s.start + d.start, s.start + d.end);
    const weekdaySpan = { start: span.start + (w.index ?? 0), end: span.start + (w.index ?? 0) + w[0].length };
    out.push(factAt(doc, span, {
      kind: 'date',
      subject: `date:${d.iso}`,
      attribute: 'weekday',
      value: { kind: 'date', iso: d.iso, grain: 'day' },
      display: `${d.text} (${d.iso} is a ${weekdayName(d.actualWeekday)}, not a ${weekdayName(d.weekday)})`,
      detail: { sentence: s.index, startSpan: weekdaySpan },
    }));
  }
  return out;
}
