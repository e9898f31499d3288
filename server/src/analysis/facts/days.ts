/**
 * The calendar day written with a time ("began at 2:15 p.m. on Sunday", "opened the gates on
 * Saturday at 2 a.m.", "at 2 a.m. on 14 June"), resolved against the article's date: shared by
 * the readers of event starts (timeFacts.ts) and of clock-timed actions (clockTimeFacts.ts).
 */
import type { DocumentAnalysis } from '../types';
import { findDates } from '../values/dates';

/** How far after a time its day may be written ("at 2:15 p.m. (1115 GMT) on Sunday"). */
const DAY_AFTER_TIME = 24;

/**
 * What ends the words after a time that may still hold its day: another clause ("at 2 a.m., and
 * on Sunday police...") tells a day of its own.
 */
const CLAUSE_AFTER_TIME = /[,;—–]|\s(?:and|but|while|when|then|before|after|until)\s/iu;

/** A day written with a time: ISO yyyy-mm-dd, and where it is written (offsets in the text searched). */
export interface DayNear {
  iso: string;
  start: number;
  end: number;
}

/**
 * The one day written between an action's first word (`from`) and the end of its time (`to`), or
 * just after the time in the same clause, resolved against the article's date (weekdays
 * backwards, as news tells past events, or forwards for what is planned when `forward`);
 * undefined when there is none or more than one.
 */
export function dayNear(doc: DocumentAnalysis, text: string, from: number, to: number, forward = false): DayNear | undefined {
  const after = text.slice(to, Math.min(text.length, to + DAY_AFTER_TIME));
  const cut = after.search(CLAUSE_AFTER_TIME);
  const end = to + (cut < 0 ? after.length : cut);
  const days = findDates(text.slice(from, end), doc.published, forward).filter((d) => d.grain === 'day' && d.iso && /^\d{4}-\d\d-\d\d$/u.test(d.iso));
  return days.length === 1 ? { iso: days[0].iso!, start: from + days[0].start, end: from + days[0].end } : undefined;
}
