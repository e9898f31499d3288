/**
 * Contradictions about when an event happened and how long it lasted:
 * - two end times (or two start times) that cannot overlap ("concluded in the evening" against
 *   "ran past midnight");
 * - a statement giving start and end against a stated duration ("began 4:30 p.m. and stretched
 *   past midnight" against "a five-hour meeting");
 * - start, end and duration from three statements that do not add up;
 * - two durations that cannot both hold.
 * Times in different zones are compared in UTC; a time in an unnamed local zone is compared only
 * with other local times, since its offset from UTC is unknown.
 */
import type { DetailedFact, TimeWindow } from '../facts/detail';
import { formatMinutes } from '../values/clock';
import { formatRange, rangesOverlap } from '../values/hedges';
import { ContradictionSink, FactIndex, forEachPair, passageOf, sameStatement, sameTimeWindow, shortName } from './factIndex';

/** Articles more than this many days apart are not taken to describe one event's times. */
const MAX_DAYS_APART = 7;
/** Minutes of slack when a computed duration is compared with a stated one. */
const DURATION_SLACK = 15;

/** Adds the time contradictions among `facts` (time facts of every document) to `sink`. */
export function timeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink): void {
  const index = new FactIndex();
  for (const f of facts) if (f.kind === 'time' && f.detail.event) index.add(f.detail.event, f);
  for (const [event, group] of index.pairsGroups()) {
    const ends = group.filter((f) => f.detail.endWindow);
    const starts = group.filter((f) => f.detail.startWindow);
    const durations = group.filter((f) => f.attribute === 'duration' && f.detail.range);
    const statementPairs = new Set<string>();
    const note = (a: DetailedFact, b: DetailedFact) => statementPairs.add(pairKey(a, b));

    // Start and end in one statement against a stated duration. Articles that repeat one
    // duration are represented by one statement: the same article's own, else body text first.
    for (const se of group.filter((f) => f.detail.startWindow && f.detail.endWindow)) {
      const implied = impliedDuration(se.detail.startWindow!, se.detail.endWindow!);
      if (!implied) continue;
      const conflicting = new Map<string, DetailedFact>();
      for (const d of durations) {
        if (sameStatement(se, d) || !sameTimeWindow(se, d, MAX_DAYS_APART)) continue;
        const stated = { min: d.detail.range!.min * 60, max: d.detail.range!.max * 60 };
        if (rangesOverlap(widen(implied, DURATION_SLACK), stated)) continue;
        note(se, d);
        const value = `${d.detail.range!.min}-${d.detail.range!.max}`;
        const best = conflicting.get(value);
        if (!best || preference(se, d) < preference(se, best)) conflicting.set(value, d);
      }
      for (const d of conflicting.values()) {
        sink.add(`time-duration|${pairKey(se, d)}`, {
          kind: 'time',
          fact: `${event}'s duration`,
          explanation:
            `${where(se)} says the ${event} ran from ${se.detail.startWindow!.display} to ${se.detail.endWindow!.display}, ` +
            `which is ${hours(implied)}; ${where(d)} gives its length as ${d.display} (${formatRange(d.detail.range!, 'hour')}). ` +
            `Both cannot hold.`,
          items: [passageOf(se), passageOf(d)],
        });
      }
    }

    // Two end times, or two start times, that cannot overlap.
    for (const [list, which] of [[ends, 'end'], [starts, 'start']] as const) {
      forEachPair(list, (a, b) => {
        if (!sameTimeWindow(a, b, MAX_DAYS_APART)) return;
        const wa = which === 'end' ? a.detail.endWindow! : a.detail.startWindow!;
        const wb = which === 'end' ? b.detail.endWindow! : b.detail.startWindow!;
        const aligned = align(wa, wb);
        if (!aligned || rangesOverlap(aligned[0], aligned[1])) return;
        note(a, b);
        const spanA = which === 'end' ? a.detail.endSpan : a.detail.startSpan;
        const spanB = which === 'end' ? b.detail.endSpan : b.detail.startSpan;
        sink.add(`time-${which}|${pairKey(a, b)}`, {
          kind: 'time',
          fact: `${event}'s ${which} time`,
          explanation:
            `${where(a)} says the ${event} ${which === 'end' ? 'ended' : 'began'} ${wa.display} (${clock(aligned[0])}), ` +
            `${where(b)} says ${wb.display} (${clock(aligned[1])}); the two times do not overlap.`,
          items: [passageOf(a, spanA), passageOf(b, spanB)],
        });
      });
    }

    // Start, end and duration from three different statements.
    for (const s of starts) {
      for (const e of ends) {
        if (s === e || sameStatement(s, e) || !sameTimeWindow(s, e, MAX_DAYS_APART)) continue;
        const implied = impliedDuration(s.detail.startWindow!, e.detail.endWindow!);
        if (!implied) continue;
        for (const d of durations) {
          if (sameStatement(d, s) || sameStatement(d, e)) continue;
          if (statementPairs.has(pairKey(s, e)) || statementPairs.has(pairKey(s, d)) || statementPairs.has(pairKey(e, d))) continue;
          const stated = { min: d.detail.range!.min * 60, max: d.detail.range!.max * 60 };
          if (rangesOverlap(widen(implied, DURATION_SLACK), stated)) continue;
          note(s, d);
          note(e, d);
          sink.add(`time-triple|${pairKey(s, e)}|${pairKey(s, d)}`, {
            kind: 'time',
            fact: `${event}'s duration`,
            explanation:
              `A start at ${s.detail.startWindow!.display} (${where(s)}) and an end at ${e.detail.endWindow!.display} (${where(e)}) ` +
              `make the ${event} last ${hours(implied)}, but ${where(d)} says ${d.display}. The three cannot all hold.`,
            items: [passageOf(s, s.detail.startSpan), passageOf(e, e.detail.endSpan), passageOf(d)],
          });
        }
      }
    }

    // Two stated durations that cannot both hold.
    forEachPair(durations, (a, b) => {
      if (!sameTimeWindow(a, b, MAX_DAYS_APART)) return;
      if (rangesOverlap(a.detail.range!, b.detail.range!)) return;
      sink.add(`time-durations|${pairKey(a, b)}`, {
        kind: 'time',
        fact: `${event}'s duration`,
        explanation: `${where(a)} says the ${event} lasted ${a.display} (${formatRange(a.detail.range!, 'hour')}), ${where(b)} says ${b.display} (${formatRange(b.detail.range!, 'hour')}).`,
        items: [passageOf(a), passageOf(b)],
      });
    });
  }
}

/** Two windows in one frame, or undefined when they cannot be compared. */
export function align(a: TimeWindow, b: TimeWindow): [{ min: number; max: number }, { min: number; max: number }] | undefined {
  const doubt = a.frame.doubt + b.frame.doubt;
  const bothLocal = a.frame.kind === 'local' && b.frame.kind === 'local';
  const offsetsKnown = a.frame.offset !== undefined && b.frame.offset !== undefined;
  if (offsetsKnown) {
    const ua = { min: a.lo - a.frame.offset! - doubt, max: a.hi - a.frame.offset! + doubt };
    const ub = { min: b.lo - b.frame.offset!, max: b.hi - b.frame.offset! };
    return [ua, ub];
  }
  // Local times of one event without a known offset are compared as written.
  if (bothLocal) return [{ min: a.lo - doubt, max: a.hi + doubt }, { min: b.lo, max: b.hi }];
  return undefined;
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
