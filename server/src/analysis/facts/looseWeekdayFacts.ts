/**
 * Weekdays written loose from a date, which dateFacts.ts does not read, as the same date facts:
 * - a weekday with a part of the day before the date: "on Wednesday morning, 14 October" (the
 *   date parser reads "Wednesday morning" and "14 October" as two dates). Attribute `weekday`
 *   when the weekday is wrong for the date, `weekday-stated` when it is right, as dateFacts.ts;
 * - a bare weekday ("police on Tuesday ended the siege"), resolved against the article's date to
 *   the day it names (the last such weekday on or before it). Attribute `weekday-bare`: it states
 *   no date, but another article's wrong weekday for that very day ("Wednesday, 14 October" when
 *   this article's Tuesday is 14 October) can be shown against it (weekdayRules.ts). A weekday of
 *   a plan ("will be questioned on Wednesday") is left out: it counts forwards, not back.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findDates, pastWeekday, weekdayName, type DateExpression } from '../values/dates';
import { weekdayFact } from './dateFacts';
import { spanOf, type DetailedFact } from './detail';

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
/** "Wednesday morning", "Tuesday night": a weekday and a part of the day, nothing else. */
const WEEKDAY_PART_OF_DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:morning|afternoon|evening|night|lunchtime|midday)$/u;
/** A bare weekday, perhaps with a part of the day. */
const BARE_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night|lunchtime|midday))?$/u;
/** What sits between the weekday phrase and its date: a comma or a space. */
const JOIN = /^,?\s+$/u;
/** Words before a weekday that make it a day still to come. */
const PLANNED = /\b(?:will|would|shall|is\s+due|are\s+due|to\s+be|next|expected|scheduled|planned|until|from)\b[^.;]{0,40}$/iu;

/** Weekday facts of one sentence that dateFacts.ts leaves out. */
export function looseWeekdayFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  if (!WEEKDAY.test(s.text)) return [];
  const dates = findDates(s.text, doc.published);
  const out: DetailedFact[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const next = dates[i + 1];
    if (d.weekday === undefined) continue;
    if (next && WEEKDAY_PART_OF_DAY.test(d.text) && JOIN.test(s.text.slice(d.end, next.start)) && next.weekday === undefined && next.grain === 'day' && /\d/u.test(next.text) && next.iso) {
      out.push(tiedFact(doc, s, d, next));
      i++;
      continue;
    }
    if (doc.published && d.iso && d.grain === 'day' && BARE_WEEKDAY.test(d.text) && !PLANNED.test(s.text.slice(0, d.start))) {
      const span = spanOf(doc, s.start + d.start, s.start + d.end);
      // (The day after the article's date stays: a page dated in New York tells of a Thursday in Seoul.)
      const day = pastWeekday(d, doc.published, 1).iso!;
      out.push(weekdayFact(doc, span, day, 'weekday-bare', d.text, { sentence: s.index }));
    }
  }
  return out;
}

/** The fact of "Wednesday morning, 14 October": the weekday of the first, the date of the second. */
function tiedFact(doc: DocumentAnalysis, s: Sentence, weekdayPart: DateExpression, date: DateExpression): DetailedFact {
  const iso = date.iso!;
  const [y, m, day] = iso.split('-').map(Number);
  const actual = new Date(Date.UTC(y, m - 1, day, 12)).getUTCDay();
  const span = spanOf(doc, s.start + weekdayPart.start, s.start + date.end);
  const written = s.text.slice(weekdayPart.start, date.end);
  if (actual === weekdayPart.weekday) {
    return weekdayFact(doc, span, iso, 'weekday-stated', written, { sentence: s.index });
  }
  // The weekday and its part of the day ("Wednesday morning"): what follows is the date.
  const weekdayEnd = span.start + (weekdayPart.end - weekdayPart.start);
  const display = `${written} (${iso} is a ${weekdayName(actual)}, not a ${weekdayName(weekdayPart.weekday!)})`;
  return weekdayFact(doc, span, iso, 'weekday', display, { sentence: s.index, startSpan: { start: span.start, end: weekdayEnd } });
}
