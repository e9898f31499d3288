/**
 * Contradictions between the clock times of one action of one event (facts/clockTimeFacts.ts):
 * "the alarm sounded at 3:40 a.m." against "at 5:10 a.m."; "touched down at 18:52 GMT" against
 * "came down at 6:52 p.m. local time (1652 GMT)".
 *
 * Times are compared in a frame both statements give: UTC when both name a zone with a known
 * offset, local time when both are local. A local time and a UTC time are compared only when
 * the event's offset can be resolved from a statement of the same group that gives both
 * ("6:52 p.m. local time (1652 GMT)"), and only when all such statements agree on it.
 */
import type { DetailedFact } from '../facts/detail';
import { isClockFact, type ClockFact, type MinuteWindow } from '../facts/clockTimeFacts';
import { formatMinutes } from '../values/clock';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
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
    return `${c.local ? `${c.local.lo}-${c.local.hi}` : ''}|${c.utc ? `${c.utc.lo}-${c.utc.hi}` : ''}|${c.actor}`;
  };
  for (const { key, facts: group } of eventGroups(clocks, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    const offset = localOffset(group as ClockFact[]);
    forEachPair(group, (a, b) => {
      const ca = (a as ClockFact).detail.clock;
      const cb = (b as ClockFact).detail.clock;
      if (ca.actor && cb.actor && ca.actor !== cb.actor) return false;
      const verdict = compare(ca.local, ca.utc, cb.local, cb.utc, offset);
      if (!verdict) return false;
      const [wa, wb, frame] = verdict;
      return sink.add(`clock|${key}|${docPairKey(a, b)}`, {
        kind: 'time',
        fact: `time of “${key}”`,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${clock(wa)} ${frame}), ${shortName(b.uri)} says “${b.display}” (${clock(wb)} ${frame}): ` +
          `one action of one event cannot have happened at both times.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

type Verdict = [MinuteWindow, MinuteWindow, string];

/**
 * The two windows in a shared frame when they are disjoint there and agree in no other shared
 * frame; undefined when they agree or cannot be compared.
 */
function compare(la: MinuteWindow | undefined, ua: MinuteWindow | undefined, lb: MinuteWindow | undefined, ub: MinuteWindow | undefined, offset: number | undefined): Verdict | undefined {
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
  if (localA && localB) {
    if (overlapsOnClock(localA, localB)) return undefined;
    found ??= [localA, localB, 'local time'];
  }
  return found;
}

/** True when two windows share a minute on the 24-hour clock (a day earlier or later included). */
function overlapsOnClock(a: MinuteWindow, b: MinuteWindow): boolean {
  for (const shift of [-1440, 0, 1440]) if (a.lo <= b.hi + shift && b.lo + shift <= a.hi) return true;
  return false;
}

/** The event's offset of local time from UTC, when statements giving both agree on one. */
function localOffset(group: readonly ClockFact[]): number | undefined {
  const offsets = new Set<number>();
  for (const f of group) {
    const { local, utc } = f.detail.clock;
    if (local && utc && utc.hi - utc.lo === local.hi - local.lo) offsets.add((((local.lo - utc.lo) % 1440) + 1440 + 720) % 1440 - 720);
  }
  return offsets.size === 1 ? [...offsets][0] : undefined;
}

function clock(w: MinuteWindow): string {
  const at = (m: number) => formatMinutes(((m % 1440) + 1440) % 1440);
  return w.hi - w.lo <= 20 ? at((w.lo + w.hi) / 2) : `${at(w.lo)}–${at(w.hi)}`;
}
