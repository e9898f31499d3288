/**
 * Contradictions between the clock times of one action of one event (facts/clockTimeFacts.ts):
 * "the alarm sounded at 3:40 a.m." against "at 5:10 a.m."; "touched down at 18:52 GMT" against
 * "came down at 6:52 p.m. local time (1652 GMT)".
 *
 * Times are compared in a frame both statements give: UTC when both name a zone with a known
 * offset, local time when both are local. A local time and a UTC time are compared only when
 * the event's offset can be resolved from a statement of the same group that gives both
 * ("6:52 p.m. local time (1652 GMT)"), and only when all such statements agree on it; failing
 * such statements, from the place both articles tell the story from, when its offset on their
 * dates is one (`storyOffset`: "raised at 2:47 p.m." in a report from Olomouc is 12:47 UTC in July).
 *
 * When both statements also say on which day ("at 2 a.m. on Saturday", "early Saturday", "at
 * 2 a.m. on 14 June", each resolved against its article's date), the two are placed on one time
 * line instead of one 24-hour clock: "at 2 a.m. on Saturday" against "at 2 a.m. on Sunday" is the
 * same clock time on two days, while "late Friday" and "at 1 a.m. Saturday" meet. Days are
 * compared in the frame they were written in (a day in UTC, "20:30 GMT on Saturday", against a
 * local day only when the event's offset is resolved, as above).
 */
import type { DetailedFact } from '../facts/detail';
import { isClockFact, type ClockFact, type ClockInfo, type MinuteWindow } from '../facts/clockTimeFacts';
import { findClockTimes, formatMinutes, writtenEnd } from '../values/clock';
import type { Span } from '../types';
import { isoToDate, weekdayName } from '../values/dates';
import { daysApart, eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles more than this many days apart are not taken to describe one moment. */
const MAX_DAYS_APART = 3;

/** Adds the clock-time contradictions among `facts` to `sink`. */
export function clockTimeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const clocks = facts.filter(isClockFact);
  if (clocks.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isClockFact(f) ? f.detail.clock.action : undefined);
  const valueOf = (f: DetailedFact) => {
    const c = (f as ClockFact).detail.clock;
    return `${c.local ? `${c.local.lo}-${c.local.hi}` : ''}|${c.utc ? `${c.utc.lo}-${c.utc.hi}` : ''}|${c.actor}|${c.day ?? ''}|${c.dayFrame ?? ''}`;
  };
  for (const { key, facts: grouped } of eventGroups(clocks, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    const groupOffset = localOffset(grouped as ClockFact[]);
    // One pair of articles is reported once: by its most exact times ("at 11.40 p.m. on Friday"
    // rather than "late on Friday"), which are the easiest to check.
    const group = [...grouped].sort((a, b) => width(a as ClockFact) - width(b as ClockFact));
    const order = new Map(grouped.map((f, i) => [f, i]));
    const several = articlesWithTwoTimes(grouped as ClockFact[], groupOffset);
    forEachPair(group, (x, y) => {
      // Each pair still reads in document order.
      const [a, b] = order.get(x)! <= order.get(y)! ? [x, y] : [y, x];
      if (several.has(a.uri) || several.has(b.uri)) return false;
      const ca = (a as ClockFact).detail.clock;
      const cb = (b as ClockFact).detail.clock;
      if (ca.actor && cb.actor && ca.actor !== cb.actor) return false;
      if (sameInstantFromTwoPlaces(ca, cb)) return false;
      const offset = groupOffset ?? sharedStoryOffset(ca, cb);
      const days = onTimeLine(ca, cb, offset);
      if (days) {
        if (overlaps(days.a, days.b)) return false;
        // The same time of day on two days: the day is what the two disagree on.
        if (overlapsOnClock(days.a, days.b)) {
          return sink.add(`clock-day|${key}|${docPairKey(a, b)}`, {
            kind: 'date',
            fact: `day of “${key}”`,
            explanation:
              `${shortName(a.uri)} says “${a.display}” (${dayAndClock(days.a, days.start)} ${days.frame}), ` +
              `${shortName(b.uri)} says “${b.display}” (${dayAndClock(days.b, days.start)} ${days.frame}): ` +
              `the same time of day on two different days; one action of one event cannot have happened on both.`,
            items: [passageOf(a), passageOf(b)],
          }, [a, b]);
        }
        return sink.add(`clock|${key}|${docPairKey(a, b)}`, {
          kind: 'time',
          fact: `time of “${key}”`,
          explanation:
            `${shortName(a.uri)} says “${a.display}” (${dayAndClock(days.a, days.start)} ${days.frame}), ` +
            `${shortName(b.uri)} says “${b.display}” (${dayAndClock(days.b, days.start)} ${days.frame}): ` +
            `one action of one event cannot have happened at both times.`,
          items: [passageOf(a), passageOf(b)],
        }, [a, b]);
      }
      const verdict = compareClockWindows(ca.local, ca.utc, cb.local, cb.utc, offset);
      if (!verdict) return false;
      const [wa, wb, frame, why, conversions] = verdict;
      return sink.add(`clock|${key}|${docPairKey(a, b)}`, {
        kind: 'time',
        fact: `time of “${key}”`,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${clock(wa)} ${frame}), ${shortName(b.uri)} says “${b.display}” (${clock(wb)} ${frame}): ` +
          (why ?? `one action of one event cannot have happened at both times.`),
        // When the local times agree, the conversions are what disagrees.
        items: conversions ? [passageOf(a, convertedPart(a)), passageOf(b, convertedPart(b))] : [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/**
 * The articles that give one action of their own two times that cannot both hold ("the Hercules
 * touched down in Warsaw at 12:05 p.m.", "the charter landed at 5:20 p.m."): they tell several
 * occurrences (flights, waves, rounds), which no other article's one time can be set against
 * without knowing which it tells.
 */
function articlesWithTwoTimes(facts: readonly ClockFact[], offset: number | undefined): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i].detail.clock;
      const b = facts[j].detail.clock;
      if (facts[i].uri !== facts[j].uri || out.has(facts[i].uri)) continue;
      if (compareClockWindows(a.local, a.utc, b.local, b.utc, offset ?? sharedStoryOffset(a, b))) out.add(facts[i].uri);
    }
  }
  return out;
}

/**
 * The two windows, their frame, why both cannot hold when it is not the usual reason, and whether
 * only the conversions of one local time disagree.
 */
type Verdict = [MinuteWindow, MinuteWindow, string, string?, boolean?];

/**
 * The two windows in a shared frame when they are disjoint there and agree in no other shared
 * frame; undefined when they agree or cannot be compared.
 */
export function compareClockWindows(la: MinuteWindow | undefined, ua: MinuteWindow | undefined, lb: MinuteWindow | undefined, ub: MinuteWindow | undefined, offset: number | undefined): Verdict | undefined {
  // Fill in the missing frame from the event's resolved offset.
  const toUtc = (l: MinuteWindow | undefined) => (l && offset !== undefined ? { lo: l.lo - offset, hi: l.hi - offset } : undefined);
  const toLocal = (u: MinuteWindow | undefined) => (u && offset !== undefined ? { lo: u.lo + offset, hi: u.hi + offset } : undefined);
  const utcA = ua ?? toUtc(la);
  const utcB = ub ?? toUtc(lb);
  const localA = la ?? toLocal(ua);
  const localB = lb ?? toLocal(ub);
  let found: Verdict | undefined;
  if (utcA && utcB) {
    if (overlapsOnClock(utcA, utcB)) return undefined;
    found = [utcA, utcB, 'UTC'];
  }
  if (localA && localB && overlapsOnClock(localA, localB)) {
    // The same local time written by both, each converted to another zone by its article ("2:14
    // a.m. local time (0714 GMT)" / "(09:14 in Spain)"): the conversions name two instants, and
    // at most one is right. Derived times do not count; only what both wrote.
    if (la && ua && lb && ub) return [utcA!, utcB!, 'UTC', 'both give the same local time, converted to two different instants; at most one conversion is right.', true];
    // An instant written alone ("7.14am UK time") against the other's own conversion ("2:14 a.m.
    // local time (09:14 in mainland Spain)"): two written instants disagree, whatever local time
    // the offset makes of the first.
    return ua && ub && found ? found : undefined;
  }
  if (localA && localB) found ??= [localA, localB, 'local time'];
  return found;
}

/** Two timed actions on one time line: minutes from the midnight starting `start` (ISO day), in `frame`. */
interface TimeLine {
  a: MinuteWindow;
  b: MinuteWindow;
  start: string;
  frame: string;
}

/**
 * Both actions on one time line, when both say on which day they happened and their days can be
 * put in one frame: both local, both UTC, or one of each when the event's offset is resolved.
 * A time at midnight ("at midnight on Friday", "12 a.m. Saturday") may be told as the end of one
 * day or the start of the next: its window covers both.
 */
function onTimeLine(a: ClockInfo, b: ClockInfo, offset: number | undefined): TimeLine | undefined {
  if (!a.day || !b.day) return undefined;
  const frame = a.dayFrame === b.dayFrame ? a.dayFrame! : offset !== undefined ? 'local' : undefined;
  if (!frame) return undefined;
  const shift = daysApart(a.day, b.day);
  if (shift === undefined) return undefined;
  const inFrame = (c: ClockInfo): MinuteWindow | undefined => {
    if (c.dayFrame === frame) return frame === 'local' ? c.local : c.utc;
    // A UTC time on a UTC day, moved to local time.
    return c.utc && offset !== undefined ? { lo: c.utc.lo + offset, hi: c.utc.hi + offset } : undefined;
  };
  const wa = inFrame(a);
  const wb = inFrame(b);
  if (!wa || !wb) return undefined;
  return { a: atMidnight(wa), b: atMidnight({ lo: wb.lo + 1440 * shift, hi: wb.hi + 1440 * shift }), start: a.day, frame: frame === 'local' ? 'local time' : 'UTC' };
}

/** A short window that holds a midnight, widened to the same clock time a day either way. */
function atMidnight(w: MinuteWindow): MinuteWindow {
  if (w.hi - w.lo > 60) return w;
  const holdsMidnight = Math.floor(w.lo / 1440) !== Math.floor(w.hi / 1440) || ((w.lo % 1440) + 1440) % 1440 === 0;
  return holdsMidnight ? { lo: w.lo - 1440, hi: w.hi + 1440 } : w;
}

/** True when two windows on one time line share a minute. */
function overlaps(a: MinuteWindow, b: MinuteWindow): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** "Saturday 2025-06-14, 02:00" for a window on the time line starting at `start`. */
function dayAndClock(w: MinuteWindow, start: string): string {
  const base = isoToDate(start);
  if (!base) return clock(w);
  const mid = (w.lo + w.hi) / 2;
  const day = new Date(base.getTime() + Math.floor(mid / 1440) * 86_400_000);
  const shifted = { lo: w.lo - Math.floor(mid / 1440) * 1440, hi: w.hi - Math.floor(mid / 1440) * 1440 };
  return `${weekdayName(day.getUTCDay())} ${day.toISOString().slice(0, 10)}, ${clock(shifted)}`;
}

/** True when two windows share a minute on the 24-hour clock (a day earlier or later included). */
function overlapsOnClock(a: MinuteWindow, b: MinuteWindow): boolean {
  for (const shift of [-1440, 0, 1440]) if (a.lo <= b.hi + shift && b.lo + shift <= a.hi) return true;
  return false;
}

/**
 * The offset of the place both articles tell their story from, when they agree on one
 * (`storyOffset`): the fallback for setting a local time against a UTC one when no conversion in
 * the story gives the offset.
 */
export function sharedStoryOffset(a: { storyOffset?: number }, b: { storyOffset?: number }): number | undefined {
  return a.storyOffset !== undefined && a.storyOffset === b.storyOffset ? a.storyOffset : undefined;
}

/** A clock time's windows and its article's story offset (ClockInfo, TimedClauseInfo). */
interface LocatedTime {
  local?: MinuteWindow;
  utc?: MinuteWindow;
  storyOffset?: number;
}

/**
 * True when two articles told from places in different zones give the same instant, each in its
 * own local time: a report from the Turkish side's "09:00 local time" is the wire's "10:00 a.m.
 * local time (0600 GMT)" from the Armenian side. Read only to clear a pair, never to report one: a
 * story place is a guess from the places an article names.
 */
export function sameInstantFromTwoPlaces(a: LocatedTime, b: LocatedTime): boolean {
  if (a.storyOffset === undefined || b.storyOffset === undefined || a.storyOffset === b.storyOffset) return false;
  const utcOf = (c: LocatedTime) => c.utc ?? (c.local ? { lo: c.local.lo - c.storyOffset!, hi: c.local.hi - c.storyOffset! } : undefined);
  const ua = utcOf(a);
  const ub = utcOf(b);
  return ua !== undefined && ub !== undefined && overlapsOnClock(ua, ub);
}

/** The event's offset of local time from UTC, when statements giving both agree on one. */
function localOffset(group: readonly ClockFact[]): number | undefined {
  return offsetAgreedBy(group.map((f) => f.detail.clock));
}

/** The offset of local time from UTC that all the times written in both frames agree on, if they do. */
export function offsetAgreedBy(times: ReadonlyArray<{ local?: MinuteWindow; utc?: MinuteWindow }>): number | undefined {
  const offsets = new Set<number>();
  for (const { local, utc } of times) {
    if (local && utc && utc.hi - utc.lo === local.hi - local.lo) offsets.add((((local.lo - utc.lo) % 1440) + 1440 + 720) % 1440 - 720);
  }
  return offsets.size === 1 ? [...offsets][0] : undefined;
}

/** Where a clock fact's second time (the conversion, "12:15 GMT" of "19:15 local time (12:15 GMT)") stands, if it has one. */
function convertedPart(f: DetailedFact): Span | undefined {
  const times = findClockTimes(f.span.text);
  const last = times[times.length - 1];
  if (times.length < 2 || !last.zone || last.zone.offset === undefined) return undefined;
  return { start: f.span.start + last.start, end: f.span.start + writtenEnd(last) };
}

/** How many minutes a timed action's window spans, in the frame it was written in. */
function width(f: ClockFact): number {
  const w = f.detail.clock.local ?? f.detail.clock.utc;
  return w ? w.hi - w.lo : Infinity;
}

/** A window as a clock time ("18:40"), or as a range when it is wide. */
export function clock(w: MinuteWindow): string {
  const at = (m: number) => formatMinutes(((m % 1440) + 1440) % 1440);
  return w.hi - w.lo <= 20 ? at((w.lo + w.hi) / 2) : `${at(w.lo)}–${at(w.hi)}`;
}
