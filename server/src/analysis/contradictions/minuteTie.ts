/**
 * Two tellings tied by their minute: "The cabins halted at 9.40am GMT" against "came to an abrupt
 * halt at 10:40 a.m. local time (0840 GMT)". The same minute past the hour, other than the round
 * hour or half hour, at instants a whole number of hours apart, is the mark of one time put in the
 * wrong zone or converted with the wrong offset: a story rarely times two of its moments at one odd
 * minute an hour or more apart. The tie stands in for the shared words that timedClauseRules.ts
 * otherwise asks of two tellings, so it is kept narrow: each article must time nothing else at that
 * minute (one that also tells "3:40 p.m." beside "2:40 p.m." times two moments at it), and neither
 * time may be hedged to one side ("shortly after 9:40" is no figure to tie by; "about 9:40" is
 * still 9:40).
 */
import type { MinuteWindow } from '../facts/clockTimeFacts';
import type { TimedClauseFact } from '../facts/timedClauseFacts';

/** Minutes past the hour that many moments share: a round hour and a half hour tie nothing. */
const ROUND_MINUTES: ReadonlySet<number> = new Set([0, 30]);
/** Most hours between two instants tied by their minute (a zone slip is at most half a day). */
const MAX_HOURS = 12;

/** The minute a window was written at: its centre, when that is a whole minute; else undefined. */
export function writtenMinute(w: MinuteWindow): number | undefined {
  const c = (w.lo + w.hi) / 2;
  return Number.isInteger(c) ? ((c % 1440) + 1440) % 1440 : undefined;
}

/**
 * True when `wa` and `wb` (the two tellings' times in one frame) were written at the same odd
 * minute a whole number of hours apart, and neither article times anything else at that minute
 * in that frame (`otherMinutes` gives the written minutes of an article's other timed clauses).
 */
export function tiedByMinute(
  wa: MinuteWindow,
  wb: MinuteWindow,
  a: TimedClauseFact,
  b: TimedClauseFact,
  otherMinutes: (f: TimedClauseFact) => ReadonlyArray<number | undefined>,
): boolean {
  const ma = writtenMinute(wa);
  const mb = writtenMinute(wb);
  if (ma === undefined || mb === undefined || ma % 60 !== mb % 60 || ROUND_MINUTES.has(ma % 60)) return false;
  const gap = Math.min(Math.abs(ma - mb), 1440 - Math.abs(ma - mb));
  if (gap === 0 || gap > MAX_HOURS * 60) return false;
  const alone = (f: TimedClauseFact, own: number) => otherMinutes(f).every((m) => m === undefined || m % 60 !== own % 60 || m === own);
  return alone(a, ma) && alone(b, mb);
}
