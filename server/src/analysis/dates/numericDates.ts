/**
 * Numeric dates whose first two parts could each be the month ("05/02/2025"): read day-first, the
 * common way outside the United States, unless the article's own words settle it otherwise. Used
 * for a page's date line and for a dateline's date alike.
 */
import { dateToIso, isoToDate, weekdayName } from '../values/dates';

/** A numeric date whose first two parts could each be the month: "05/02/2025", "04.05.2026", perhaps with a clock time after it ("12/03/2025 - 18:05"). */
const AMBIGUOUS_NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/u;
/** A weekday with its day of the month in brackets, as Brazilian pages write it: "this Wednesday (9)". */
const OWN_DAY_NUMBER = /\b(?:this|today,?)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*\((\d{1,2})\)/iu;
/** A weekday before a date line's date ("Wednesday, 05/02/2025"). */
const LEADING_WEEKDAY = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*,?\s*/iu;
/** A weekday the article says is its own day: "this Wednesday", "today, Wednesday". */
const OWN_WEEKDAY = /\b(?:this|today,?)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/iu;

/**
 * "05/02/2025" (or "05.02.2025") is 5 February in most of the world and 2 May in the United
 * States, which the date parser follows. It is read day-first, the common way, unless the article
 * calls its day by a weekday ("this Friday") that only the month-first reading has. (A dateline
 * that names the month settles a date line first: see `agreeWithDateline` in publicationDate.ts.)
 */
export function dayFirst(iso: string, written: string, head: string): string {
  // "Wednesday, 05/02/2025": the date's own weekday says which reading is meant.
  const lead = LEADING_WEEKDAY.exec(written.trim());
  const m = AMBIGUOUS_NUMERIC.exec(written.trim().slice(lead?.[0].length ?? 0));
  if (!m || Number(m[1]) > 12 || Number(m[3]) > 12 || m[1] === m[3]) return iso;
  const [, month, day] = iso.split('-').map(Number);
  if (month !== Number(m[1]) || day !== Number(m[3])) return iso; // already read day-first
  const swappedIso = swapDayAndMonth(iso);
  if (!swappedIso) return iso;
  // "this Wednesday (9)", a Brazilian page's way of dating what it tells, comes with day-first
  // dates: the day in brackets (of the page's week, before or after its day) keeps the day-first
  // reading unless only the month-first one is near it. (Either the weekday or the day in brackets
  // may be wrong, so neither is trusted to pick a reading on its own.)
  const named = OWN_DAY_NUMBER.exec(head);
  if (named) {
    const near = (x: string) => Math.abs(Number(x.slice(8, 10)) - Number(named[1])) <= NEAR_DAYS;
    return !near(swappedIso) && near(iso) ? iso : swappedIso;
  }
  const own = (lead?.[1] ?? OWN_WEEKDAY.exec(head)?.[1])?.toLowerCase();
  const weekdayOf = (x: string) => weekdayName(isoToDate(x)!.getUTCDay()).toLowerCase();
  if (own && weekdayOf(iso) === own && weekdayOf(swappedIso) !== own) return iso;
  return swappedIso;
}

/** How many days either side of a page's date a bracketed day of its week may fall. */
const NEAR_DAYS = 6;

/** The date with its day and month swapped ("2025-05-02" -> "2025-02-05"), or undefined when that is no date. */
export function swapDayAndMonth(iso: string): string | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  const swapped = dateToIso(new Date(Date.UTC(y, d - 1, m, 12)));
  return isoToDate(swapped) ? swapped : undefined;
}

