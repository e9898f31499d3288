/**
 * Date facts: a weekday written next to a calendar date ("Tuesday, Dec. 3, 2025"). When the two
 * disagree the phrase contradicts itself, whatever else the article says.
 */
import type { DocumentAnalysis, Sentence, TextSpan } from '../types';
import { findDates, isoToDate, weekdayName } from '../values/dates';
import { factAt, spanOf, type DetailedFact, type FactDetail } from './detail';

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;

/**
 * True when `written` is a numeric date whose day and month may be read either way ("10/03/2023")
 * and the other reading falls on `weekday` (0 = Sunday).
 */
function swappedFits(written: string, iso: string, weekday: number): boolean {
  if (!/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/u.test(written)) return false;
  const [y, m, d] = iso.split('-').map(Number);
  if (d > 12) return false;
  const swapped = new Date(Date.UTC(y, d - 1, m));
  return swapped.getUTCMonth() === d - 1 && swapped.getUTCDay() === weekday;
}

/** How a weekday-and-date fact reads the weekday: wrong for the date, written with it, or alone ("on Tuesday"). */
export type WeekdayAttribute = 'weekday' | 'weekday-stated' | 'weekday-bare';

/** A weekday-and-date fact of `iso` at `span` (see `dateFactsOf`; looseWeekdayFacts.ts makes them too). */
export function weekdayFact(doc: DocumentAnalysis, span: TextSpan, iso: string, attribute: WeekdayAttribute, display: string, detail: FactDetail): DetailedFact {
  return factAt(doc, span, { kind: 'date', subject: `date:${iso}`, attribute, value: { kind: 'date', iso, grain: 'day' }, display, detail });
}

/**
 * Weekday-and-date facts of one sentence: attribute `weekday` when the weekday is wrong (its display
 * says so), `weekday-stated` when it is right, so that a wrong one can be shown beside another
 * article that gives the same date with its weekday.
 */
export function dateFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const out: DetailedFact[] = [];
  if (!WEEKDAY.test(s.text) || !/\d/u.test(s.text)) return out;
  for (const d of findDates(s.text, doc.published)) {
    if (d.weekday === undefined || !d.iso || d.grain !== 'day') continue;
    const w = WEEKDAY.exec(d.text);
    if (!w) continue;
    const span = spanOf(doc, s.start + d.start, s.start + d.end);
    // "Friday 10/03/2023": a numeric date whose day and month can swap is read the way its weekday fits.
    if (d.actualWeekday === undefined || swappedFits(d.text, d.iso, d.weekday)) {
      // Only a weekday written with its day of the month ("Saturday, March 15") states one.
      if (d.actualWeekday === undefined && /\d/u.test(d.text)) {
        out.push(weekdayFact(doc, span, d.iso, 'weekday-stated', d.text, { sentence: s.index }));
      }
      continue;
    }
    // "Saturday and Sunday, Nov 15-16": the weekday may be of a later day of a range of days.
    if (rangeHasWeekday(d.text, d.iso, d.weekday)) continue;
    const weekdaySpan = { start: span.start + (w.index ?? 0), end: span.start + (w.index ?? 0) + w[0].length };
    const display = `${d.text} (${d.iso} is a ${weekdayName(d.actualWeekday)}, not a ${weekdayName(d.weekday)})`;
    out.push(weekdayFact(doc, span, d.iso, 'weekday', display, { sentence: s.index, startSpan: weekdaySpan }));
  }
  return out;
}

/** Days of the month written as a range ("15-16", "15–17"). */
const DAY_RANGE = /\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b/u;

/** True when `text` writes a range of days from `iso` and one of its days falls on `weekday` (0 = Sunday). */
function rangeHasWeekday(text: string, iso: string, weekday: number): boolean {
  const m = DAY_RANGE.exec(text);
  if (!m) return false;
  const length = Number(m[2]) - Number(m[1]);
  if (length <= 0 || length > 6) return false;
  const first = isoToDate(iso);
  if (!first) return false;
  for (let k = 1; k <= length; k++) if ((first.getUTCDay() + k) % 7 === weekday) return true;
  return false;
}
