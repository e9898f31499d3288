/**
 * Event identity in time: two reports of the same people meeting are the same event only when
 * they happened at about the same time. Articles published weeks apart, or claims that name
 * different days, describe different events even when actors, place and wording agree.
 */
import type { DocumentAnalysis } from '../types';
import { dayNumber, findCalendarDates } from './numbers';

/** Articles published further apart than this are taken to report different events. */
export const EVENT_WINDOW_DAYS = 7;

/** Claims that both name a day agree on the event only if some named days are this close. */
export const CLAIM_DAY_TOLERANCE = 1;

/** How far into the text a dateline is looked for when the publication date is unknown. */
const DATELINE_REACH = 600;

/**
 * The day an article is anchored to: its publication date, else the first full date written near
 * the top (a dateline or caption). Undefined when neither is known.
 */
export function documentDay(doc: DocumentAnalysis): string | undefined {
  if (doc.published && /^\d{4}-\d{2}-\d{2}/u.test(doc.published)) return doc.published.slice(0, 10);
  const head = doc.text.slice(0, DATELINE_REACH);
  return findCalendarDates(head)[0]?.iso;
}

/**
 * True unless time shows two claims to be about different events: days they name that are
 * further apart than the tolerance, or documents dated further apart than the event window.
 * Unknown dates never separate claims. Days are day numbers (`dayNumber`), NaN when unknown.
 */
export function sameEventTime(
  daysA: readonly number[],
  daysB: readonly number[],
  docDayA: number,
  docDayB: number,
): boolean {
  if (daysA.length > 0 && daysB.length > 0) {
    return daysA.some((a) => daysB.some((b) => Math.abs(a - b) <= CLAIM_DAY_TOLERANCE));
  }
  // NaN (an unknown date) fails the comparison, so unknown dates never separate claims.
  return !(Math.abs(docDayA - docDayB) > EVENT_WINDOW_DAYS);
}

/** The day number of a document's anchor day (see `documentDay`), NaN when unknown. */
export function documentDayNumber(doc: DocumentAnalysis): number {
  const day = documentDay(doc);
  return day ? dayNumber(day) : NaN;
}
