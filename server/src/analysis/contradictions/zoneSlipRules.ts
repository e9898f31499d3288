/**
 * One time of day put in two zones: "The twister touched down at about 5.40pm GMT" against "The
 * tornado struck at about 17:40 local time (1540 GMT)"; "read out at 6.42pm Paris time" against
 * "announced at 6:42 p.m. (1542 GMT)" in Nairobi. The same clock figures, written as GMT (or UTC,
 * or the time of another place) in one article and as the place's local time in another that
 * converts them to another instant, are the commonest slip of a desk that rewrites wire copy: one
 * of the two put the wrong zone on the time. The figures themselves tie the two tellings (a minute past the hour or the half
 * hour rarely recurs in one story); a round hour or half hour must also be told in shared words.
 * Both must be about one event (eventIdentity.ts), in articles at most `MAX_DAYS_APART` apart,
 * not told of two different people, and
 * pairs of passages already set against each other on a time are not reported again.
 */
import type { DetailedFact } from '../facts/detail';
import { sharedTermWords } from '../facts/clauseTerms';
import type { MinuteWindow } from '../facts/clockTimeFacts';
import { isTimedClauseFact, timeSpan, timeText, type TimedClauseFact } from '../facts/timedClauseFacts';
import { findClockTimes } from '../values/clock';
import { clock, offsetAgreedBy } from './clockTimeRules';
import { sameEvent, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, passageOf, sameTimeWindow, shortName, toldOnATime } from './factIndex';

/** Articles further apart than this are not taken to describe one moment. */
const MAX_DAYS_APART = 3;
/** Two figures this close (in minutes) are the same figures written twice. */
const SAME_FIGURES = 5;
/** Two instants this far apart (in minutes) are not one instant loosely told. */
const MIN_GAP = 30;
/** A time written in UTC under one of its names. */
const UTC_ZONE = /\b(?:GMT|UTC|Zulu|Z)\b/u;

/** Adds the contradictions between one time of day told in two zones to `sink`. */
export function zoneSlipContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const clauses = facts.filter(isTimedClauseFact);
  if (clauses.length < 2) return;
  const offset = offsetAgreedBy(clauses.map((f) => f.detail.timedClause));
  // Times written as UTC alone, and local times with the instant their article (or the story) gives them.
  const inUtc = clauses.filter((f) => f.detail.timedClause.utc && !f.detail.timedClause.local && writtenFigures(f));
  const inLocal = clauses.filter((f) => f.detail.timedClause.local && instantOf(f, offset));
  if (inUtc.length === 0 || inLocal.length === 0) return;
  for (const f of [...inUtc, ...inLocal]) ctx.anchorsOf(f);
  const toldAlready = toldOnATime(sink);
  // A UTC time already set against another article on a time (by the clock rules) is that slip's
  // report: a second local time of that article with nearly its figures ("9:49 p.m.", the first
  // emergency call, beside "9:47 p.m." of the crash) is not reported again.
  const timed = sink.found.filter((c) => c.kind === 'time' && c.items.length === 2);
  const inside = (f: DetailedFact, p: { uri: string; start: number; end: number }) => p.uri === f.uri && p.start < f.span.end && f.span.start < p.end;
  const toldWithArticle = (a: DetailedFact, uri: string) =>
    timed.some((c) => (inside(a, c.items[0]) && c.items[1].uri === uri) || (inside(a, c.items[1]) && c.items[0].uri === uri));
  const reported = new Set<string>();
  for (const a of inUtc) {
    const figures = writtenFigures(a)!;
    const utc = a.detail.timedClause.utc!;
    for (const b of inLocal) {
      if (a.uri === b.uri || reported.has(docPairKey(a, b)) || toldWithArticle(a, b.uri)) continue;
      const local = b.detail.timedClause.local!;
      const instant = instantOf(b, offset)!;
      if (!sameFigures(figures, local) || clockGap(utc, instant) < MIN_GAP) continue;
      // A round hour or half hour recurs in a story: the two must tell it in shared words. Other
      // figures tie the two tellings as the same words would (names need not be shared).
      const round = isRound(figures);
      if (round && sharedTermWords(a.detail.timedClause.terms, b.detail.timedClause.terms).length === 0) continue;
      // Two people, each named by one telling and not the other, did two things (a result read
      // out at 3:40, a rival's reply at 3.45). (Bodies are named in parts: "UEFA" and its "Control,
      // Ethics and Disciplinary Body".)
      if (peopleApart(a, b, ctx)) continue;
      if (toldAlready(a, b) || !sameTimeWindow(a, b, MAX_DAYS_APART) || !sameEvent(a, b, !round)) continue;
      reported.add(docPairKey(a, b));
      sink.add(`zone-slip|${docPairKey(a, b)}`, {
        kind: 'time',
        fact: 'time of the event',
        explanation:
          `${shortName(a.uri)} gives “${timeText(a)}”, ${clock(point(utc))} UTC; ${shortName(b.uri)} gives the same ${clock(point(local))} as local time, ` +
          `which is ${clock(point(instant))} UTC: the same time of day in two zones, so one of the two put the wrong zone on it.`,
        // The times themselves: the clause around them may tell other facts too.
        items: [passageOf(a, timeSpan(a)), passageOf(b, timeSpan(b))],
      }, [a, b]);
    }
  }
}

/** True when both clauses name people who acted and share none of them. */
function peopleApart(a: TimedClauseFact, b: TimedClauseFact, ctx: EventContext): boolean {
  const na = a.detail.timedClause.names.filter((n) => ctx.isPerson(n));
  const nb = b.detail.timedClause.names.filter((n) => ctx.isPerson(n));
  return na.length > 0 && nb.length > 0 && !na.some((n) => nb.includes(n));
}

/**
 * The clock figures of a time written in a zone other than the story's: UTC's own ("5.40pm GMT"),
 * or another place's as written ("6.42pm Paris time" is 18:42, whatever instant it stands for).
 */
function writtenFigures(f: TimedClauseFact): MinuteWindow | undefined {
  const text = timeText(f);
  if (UTC_ZONE.test(text)) return f.detail.timedClause.utc;
  const written = findClockTimes(text)[0];
  return written?.zone ? { lo: written.minutes, hi: written.minutes } : undefined;
}

/** The UTC instant of a local time: as its article converts it, else by the offset the story's conversions agree on. */
function instantOf(f: TimedClauseFact, offset: number | undefined): MinuteWindow | undefined {
  const { local, utc } = f.detail.timedClause;
  if (utc) return utc;
  return local && offset !== undefined ? { lo: local.lo - offset, hi: local.hi - offset } : undefined;
}

const centre = (w: MinuteWindow) => (w.lo + w.hi) / 2;
/** The written figure of a window ("about 17:40" is 17:20–18:00; its figure is 17:40). */
const point = (w: MinuteWindow): MinuteWindow => ({ lo: centre(w), hi: centre(w) });

/** Minutes between two windows' centres on the 24-hour clock. */
function clockGap(a: MinuteWindow, b: MinuteWindow): number {
  const d = Math.abs(((centre(a) - centre(b)) % 1440) + 1440) % 1440;
  return Math.min(d, 1440 - d);
}

/** True when two windows stand for the same clock figures. */
function sameFigures(a: MinuteWindow, b: MinuteWindow): boolean {
  return clockGap(a, b) <= SAME_FIGURES;
}

/** True for a time on the hour or the half hour. */
function isRound(w: MinuteWindow): boolean {
  const minute = ((Math.round(centre(w)) % 60) + 60) % 60;
  return minute <= 2 || minute >= 58 || Math.abs(minute - 30) <= 2;
}
