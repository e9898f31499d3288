/**
 * Contradictions about when an event happened and how long it lasted:
 * - two end times (or two start times) that cannot overlap ("concluded in the evening" against
 *   "ran until 2 a.m.");
 * - a statement giving start and end against a stated duration ("began 2 p.m. and stretched
 *   until 2 a.m." against "a four-hour summit");
 * - start, end and duration from three statements that do not add up;
 * - two durations that cannot both hold.
 * Times in different zones are compared in UTC; a time in an unnamed local zone is compared only
 * with other local times, since its offset from UTC is unknown.
 */
import type { DetailedFact, TimeWindow } from '../facts/detail';
import type { Steps } from '../steps';
import { formatMinutes, isPlainLocalTime } from '../values/clock';
import { formatRange, rangesOverlap } from '../values/hedges';
import { addDays, daysBetween, isoToDate } from '../values/dates';
import { eventGroups, PairVisits, sameEvent, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, MAX_PER_GROUP, passageOf, sameStatement, sameTimeWindow, shortName } from './factIndex';

/** Articles more than this many days apart are not taken to describe one event's times. */
const MAX_DAYS_APART = 7;
/** True when two facts' end (or start) windows may be one time: they overlap once aligned, or cannot be aligned. */
function windowsMayMeet(a: DetailedFact, b: DetailedFact, which: 'end' | 'start'): boolean {
  const aligned = align(which === 'end' ? a.detail.endWindow! : a.detail.startWindow!, which === 'end' ? b.detail.endWindow! : b.detail.startWindow!);
  return !aligned || rangesOverlap(aligned[0], aligned[1]);
}

/** Minutes of slack when a computed duration is compared with a stated one. */
const DURATION_SLACK = 15;

/** Adds the time contradictions among `facts` (time facts of every document) to `sink`, yielding between events (see steps.ts). */
export function* timeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const endVisits = new PairVisits();
  const startVisits = new PairVisits();
  const durationVisits = new PairVisits();
  const keyOf = (f: DetailedFact) => (f.kind === 'time' && f.detail.event ? f.detail.event : undefined);
  for (const { key: event, facts: group } of eventGroups(facts, ctx, keyOf, timeValue, MAX_DAYS_APART)) {
    yield;
    // Each report counts against the group's budget; a group that has used it is left.
    let budget = MAX_PER_GROUP;
    const report = (key: string, c: Parameters<ContradictionSink['add']>[1], about: DetailedFact[]): boolean => {
      if (budget <= 0 || !sink.add(key, c, about)) return false;
      budget--;
      return true;
    };
    const ends = group.filter((f) => f.detail.endWindow);
    const starts = group.filter((f) => f.detail.startWindow);
    const durations = group.filter((f) => f.attribute === 'duration' && f.detail.range);
    const statementPairs = new Set<string>();
    const note = (a: DetailedFact, b: DetailedFact) => statementPairs.add(pairKey(a, b));

    // Start and end in one statement against a stated duration. Articles that repeat one
    // duration are represented by one statement: the same article's own, else body text first.
    for (const se of group.filter((f) => f.detail.startWindow && f.detail.endWindow)) {
      // "began at 6 a.m. ... and is due to end at 6 a.m. on Friday": an end on a day of its own is
      // that many days after a start on a written day; after a start on no written day, too far to tell.
      if (se.detail.endDay && !se.detail.startDay) continue;
      const days = daysBetween(se.detail.startDay, se.detail.endDay) ?? 0;
      const endWindow = se.detail.endWindow!;
      const implied = impliedDuration(se.detail.startWindow!, { ...endWindow, lo: endWindow.lo + 1440 * days, hi: endWindow.hi + 1440 * days });
      if (!implied) continue;
      const conflicting = new Map<string, DetailedFact>();
      for (const d of durations) {
        if (sameStatement(se, d) || !sameTimeWindow(se, d, MAX_DAYS_APART) || !sameEvent(se, d)) continue;
        const stated = { min: d.detail.range!.min * 60, max: d.detail.range!.max * 60 };
        if (rangesOverlap(widen(implied, DURATION_SLACK), stated)) continue;
        note(se, d);
        const value = `${d.detail.range!.min}-${d.detail.range!.max}`;
        const best = conflicting.get(value);
        if (!best || preference(se, d) < preference(se, best)) conflicting.set(value, d);
      }
      for (const d of conflicting.values()) {
        // One report per statement and stated length: articles repeating a length are one account.
        report(`time-duration|${event}|${se.uri}#${se.detail.sentence}|${d.detail.range!.min}-${d.detail.range!.max}`, {
          kind: 'time',
          fact: `${event}'s duration`,
          explanation:
            `${where(se)} says the ${event} ran from ${se.detail.startWindow!.display} to ${se.detail.endWindow!.display}, ` +
            `which is ${hours(implied)}; ${where(d)} gives its length as ${d.display} (${formatRange(d.detail.range!, 'hour')}). ` +
            `Both cannot hold.`,
          items: [passageOf(se), passageOf(d)],
        }, [se, d]);
      }
    }

    // Two end times, or two start times, that cannot overlap. An article that gives two such times
    // of one kind of event tells two events ("a press conference that began at 11:00", "a session
    // that opened at 14:00"): its times are left out, as they may be either event's.
    for (const [all, which, visits] of [[ends, 'end', endVisits], [starts, 'start', startVisits]] as const) {
      const list = all.filter((a) => !all.some((b) => b.uri === a.uri && b !== a && !windowsMayMeet(a, b, which)));
      forEachPair(list, (a, b) => {
        const wa = which === 'end' ? a.detail.endWindow! : a.detail.startWindow!;
        const wb = which === 'end' ? b.detail.endWindow! : b.detail.startWindow!;
        // A planned end ("is due to end on Thursday") is not set against a reported one: strikes end early.
        if (which === 'end' && Boolean(a.detail.plannedEnd) !== Boolean(b.detail.plannedEnd)) return false;
        const aligned = align(wa, wb, true);
        if (!aligned) return false;
        // Times said to fall on different days ("Saturday afternoon", "2:15 p.m. on Sunday") are
        // compared on one time line; a time without a day is compared by its clock time only.
        const days = daysBetween(dayOf(a, which) ?? '', dayOf(b, which) ?? '');
        // (Without both days, a time that a zone moved past midnight, "5 a.m." at UTC+8 against "9pm
        // GMT", is on the clock a day either way.)
        const shifts = days === undefined ? [-1440, 0, 1440] : [1440 * days];
        if (shifts.some((shift) => rangesOverlap(aligned[0], { min: aligned[1].min + shift, max: aligned[1].max + shift }))) return false;
        note(a, b);
        const spanA = which === 'end' ? a.detail.endSpan : a.detail.startSpan;
        const spanB = which === 'end' ? b.detail.endSpan : b.detail.startSpan;
        return report(`time-${which}|${event}|${docPairKey(a, b)}`, {
          kind: 'time',
          fact: `${event}'s ${which} time`,
          explanation:
            `${where(a)} says the ${event} ${which === 'end' ? (a.detail.plannedEnd ? 'is due to end' : 'ended') : 'began'} ${wa.display}${onDay(a, which)} (${clock(aligned[0])}), ` +
            `${where(b)} says ${wb.display}${onDay(b, which)} (${clock(aligned[1])})${storyPlaceNote(wa, wb)}; the two times do not overlap.`,
          items: [passageOf(a, spanA), passageOf(b, spanB)],
        }, [a, b]);
      }, { visits, maxDays: MAX_DAYS_APART });
    }

    // Start, end and duration from three different statements.
    for (const s of starts) {
      for (const e of ends) {
        if (s === e || sameStatement(s, e) || !sameTimeWindow(s, e, MAX_DAYS_APART) || !sameEvent(s, e)) continue;
        // Days written with both ("began on Monday", "due to end on Thursday") put the end on the start's
        // time line; after a start on no written day, an end on a day of its own is too far to tell.
        if (e.detail.endDay && !s.detail.startDay) continue;
        const days = daysBetween(s.detail.startDay, e.detail.endDay) ?? 0;
        const endWindow = e.detail.endWindow!;
        const implied = impliedDuration(s.detail.startWindow!, { ...endWindow, lo: endWindow.lo + 1440 * days, hi: endWindow.hi + 1440 * days });
        if (!implied) continue;
        for (const d of durations) {
          if (sameStatement(d, s) || sameStatement(d, e) || !sameEvent(d, s) || !sameEvent(d, e)) continue;
          if (statementPairs.has(pairKey(s, e)) || statementPairs.has(pairKey(s, d)) || statementPairs.has(pairKey(e, d))) continue;
          const stated = { min: d.detail.range!.min * 60, max: d.detail.range!.max * 60 };
          if (rangesOverlap(widen(implied, DURATION_SLACK), stated)) continue;
          note(s, d);
          note(e, d);
          report(`time-triple|${pairKey(s, e)}|${pairKey(s, d)}`, {
            kind: 'time',
            fact: `${event}'s duration`,
            explanation:
              `A start at ${s.detail.startWindow!.display} (${where(s)}) and an end at ${e.detail.endWindow!.display} (${where(e)}) ` +
              `make the ${event} last ${hours(implied)}, but ${where(d)} says ${d.display}. The three cannot all hold.`,
            items: [passageOf(s, s.detail.startSpan), passageOf(e, e.detail.endSpan), passageOf(d)],
          }, [s, e, d]);
        }
      }
    }

    // Two stated durations that cannot both hold. An article that gives the event two lengths
    // that do not overlap ("talks lasting two and a half hours", "a 45-minute meeting with the
    // prime minister") tells two events of its kind, so its lengths are not compared at all.
    const several = articlesWithTwoLengths(durations);
    forEachPair(durations, (a, b) => {
      if (rangesOverlap(a.detail.range!, b.detail.range!) || several.has(a.uri) || several.has(b.uri)) return false;
      return report(`time-durations|${event}|${docPairKey(a, b)}`, {
        kind: 'time',
        fact: `${event}'s duration`,
        explanation: `${where(a)} says the ${event} lasted ${a.display} (${formatRange(a.detail.range!, 'hour')}), ${where(b)} says ${b.display} (${formatRange(b.detail.range!, 'hour')}).`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits: durationVisits, maxDays: MAX_DAYS_APART });
  }
}

/** The articles that state two lengths of one event that do not overlap. */
function articlesWithTwoLengths(durations: readonly DetailedFact[]): Set<string> {
  const out = new Set<string>();
  for (const a of durations) {
    if (durations.some((b) => b.uri === a.uri && !rangesOverlap(a.detail.range!, b.detail.range!))) out.add(a.uri);
  }
  return out;
}

/** What a time fact says, for grouping equal statements: its attribute, windows and duration. */
function timeValue(f: DetailedFact): string {
  const w = (x: TimeWindow | undefined) => (x ? `${x.lo}-${x.hi}-${x.frame.kind}-${x.frame.offset ?? ''}-${x.frame.doubt}` : '');
  return `${f.attribute}|${w(f.detail.startWindow)}|${w(f.detail.endWindow)}|${f.detail.range ? `${f.detail.range.min}-${f.detail.range.max}` : ''}`;
}

/** Two windows in one frame, or undefined when they cannot be compared. */
function align(a: TimeWindow, b: TimeWindow, byStoryPlace = false): [{ min: number; max: number }, { min: number; max: number }] | undefined {
  const doubt = a.frame.doubt + b.frame.doubt;
  const bothLocal = a.frame.kind === 'local' && b.frame.kind === 'local';
  // With `byStoryPlace`, a plain local time ("19:00 local time") is in the story place's zone when
  // both articles name places of one offset most ("began at 19:00 local time" in a report from
  // Tbilisi, "got under way at 4pm GMT" in a paper abroad writing of Tbilisi). Only two times of
  // one moment are compared so: a duration worked out across three articles on that guess would
  // carry any error of one of them into the others.
  const storyOffset = byStoryPlace && a.frame.storyOffset !== undefined && a.frame.storyOffset === b.frame.storyOffset ? a.frame.storyOffset : undefined;
  // A plain local time of a report datelined at the story place is in that place's zone (`localOffset`).
  const offsetOf = (w: TimeWindow) => w.frame.offset ?? (w.frame.kind === 'local' ? (!bothLocal ? storyOffset : undefined) ?? w.frame.localOffset : undefined);
  const oa = offsetOf(a);
  const ob = offsetOf(b);
  if (oa !== undefined && ob !== undefined) {
    const ua = { min: a.lo - oa - doubt, max: a.hi - oa + doubt };
    const ub = { min: b.lo - ob, max: b.hi - ob };
    return [ua, ub];
  }
  // A time in a named place's zone ("11am Brussels time") and one in no named zone ("5 p.m.") are
  // in two frames unless that place is the story's, which one offset alone does not tell.
  if (bothLocal && (namedPlaceTime(a.frame) || namedPlaceTime(b.frame))) return undefined;
  // Articles told from places in two zones may give one instant in two local times ("09:00 local
  // time" from the Turkish side, "10:00 a.m. local time" from the Armenian side): such a pair is
  // cleared, never reported, on that guess (see clockTimeRules.ts, `sameInstantFromTwoPlaces`).
  if (bothLocal && windowsMeetFromTwoPlaces(a, b)) return undefined;
  // Local times of one event without a known offset are compared as written.
  if (bothLocal) return [{ min: a.lo - doubt, max: a.hi + doubt }, { min: b.lo, max: b.hi }];
  return undefined;
}

/**
 * True when two local times agree in UTC, each read at its own article's offset, and those offsets
 * differ: `sameInstantFromTwoPlaces` of clockTimeRules.ts for the windows of event times, which
 * carry their zone's doubt.
 */
function windowsMeetFromTwoPlaces(a: TimeWindow, b: TimeWindow): boolean {
  const oa = a.frame.offset ?? a.frame.storyOffset;
  const ob = b.frame.offset ?? b.frame.storyOffset;
  if (a.frame.storyOffset === undefined || b.frame.storyOffset === undefined || a.frame.storyOffset === b.frame.storyOffset) return false;
  if (oa === undefined || ob === undefined || oa === ob) return false;
  return rangesOverlap({ min: a.lo - oa - a.frame.doubt, max: a.hi - oa + a.frame.doubt }, { min: b.lo - ob - b.frame.doubt, max: b.hi - ob + b.frame.doubt });
}

/**
 * How two windows were put on one clock when one is a plain local time and the other is not: in
 * UTC, with local time at the offset of the places both articles name most (see `align`).
 */
function storyPlaceNote(a: TimeWindow, b: TimeWindow): string {
  const local = [a, b].find((w) => w.frame.offset === undefined && w.frame.kind === 'local');
  const other = local === a ? b : a;
  if (!local || other.frame.offset === undefined) return '';
  const utc = (minutes: number) => {
    const h = minutes / 60;
    return `UTC${h >= 0 ? '+' : ''}${Number.isInteger(h) ? h : h.toFixed(1)}`;
  };
  if (other.frame.kind === 'absolute' && local.frame.storyOffset !== undefined && local.frame.storyOffset === other.frame.storyOffset) {
    return ` in UTC, taking local time as ${utc(local.frame.storyOffset)}, the offset of the places both articles name most`;
  }
  if (local.frame.localOffset !== undefined) return ` in UTC, taking “${local.display}” as ${utc(local.frame.localOffset)}, the time of the place its article is datelined from`;
  return '';
}

/** True for the local time of a named place ("Brussels time"), not the plain "local time". */
function namedPlaceTime(frame: TimeWindow['frame']): boolean {
  return frame.offset !== undefined && frame.name !== undefined && !isPlainLocalTime(frame.name);
}

/** Minutes from a start window to an end window, or undefined when their frames differ. */
function impliedDuration(start: TimeWindow, end: TimeWindow): { min: number; max: number } | undefined {
  const aligned = align(start, end);
  if (!aligned) return undefined;
  const [s, e] = aligned;
  let min = e.min - s.max;
  let max = e.max - s.min;
  // An end "at 1 a.m." after a start "at 4 p.m." is on the next day.
  if (max < 0) {
    min += 1440;
    max += 1440;
  }
  return { min: Math.max(0, min), max };
}

/** Lower is better: the anchor's own article, then body text, then earlier text. */
function preference(anchor: DetailedFact, f: DetailedFact): number {
  return (f.uri === anchor.uri ? 0 : 2e9) + (f.detail.heading ? 1e9 : 0) + f.span.start;
}

function widen(r: { min: number; max: number }, by: number): { min: number; max: number } {
  return { min: r.min - by, max: r.max + by };
}

function hours(r: { min: number; max: number }): string {
  const h = (m: number) => (m / 60).toFixed(1).replace(/\.0$/u, '');
  return r.min === r.max ? `${h(r.min)} hours` : `${h(Math.max(0, r.min))} to ${h(r.max)} hours`;
}

function clock(r: { min: number; max: number }): string {
  return `${formatMinutes(r.min)}–${formatMinutes(r.max)}`;
}

function where(f: DetailedFact): string {
  return shortName(f.uri);
}

function pairKey(a: DetailedFact, b: DetailedFact): string {
  const ka = `${a.uri}#${a.detail.sentence}`;
  const kb = `${b.uri}#${b.detail.sentence}`;
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
}

/** The day a start or an end is said to fall on, when written. */
function dayOf(f: DetailedFact, which: 'start' | 'end'): string | undefined {
  return which === 'start' ? f.detail.startDay : f.detail.endDay;
}

/** " on Saturday 2 August" when a start's day is known and not already in its words. */
function onDay(f: DetailedFact, which: 'start' | 'end'): string {
  // An end's day is the day its window counts from; the day it falls on may be later ("2 a.m.").
  const day = which === 'end' && f.detail.endDay && f.detail.endWindow ? addDays(f.detail.endDay, Math.floor(f.detail.endWindow.lo / 1440)) : dayOf(f, which);
  if (!day) return '';
  const d = isoToDate(day);
  return d ? ` (${d.toUTCString().slice(0, 11)})` : '';
}
