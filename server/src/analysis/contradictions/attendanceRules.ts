/**
 * Contradictions about whether a person or body was at the story's event (facts/attendanceFacts.ts):
 * "No Red Cross officials were present" against "Red Cross representatives watched from the
 * gate"; "missed the game" against "came off the bench"; "chaired the entire session" against
 * "opened the meeting and then left"; "addressed the congress by video link" against "addressed
 * the delegates in person".
 *
 * Only statements of different articles are set against each other: one article that tells of
 * someone missing one match and playing in another names both events, and its two statements are
 * about two occasions far more often than they disagree. A body named in full in one article and
 * by the end of its name in another ("the International Committee of the Red Cross", "the Red
 * Cross") is one body.
 */
import { isAttendanceFact, type AttendanceFact, type AttendanceStatus } from '../facts/attendanceFacts';
import type { DetailedFact } from '../facts/detail';
import { eventClassOf } from '../facts/events';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Accounts of one event are published within days of it. */
const MAX_DAYS_APART = 3;

/** Adds the attendance contradictions among `facts` to `sink`. */
export function attendanceContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const attendance = facts.filter(isAttendanceFact);
  if (attendance.length < 2) return;
  const visits = new PairVisits();
  // Grouped by the last word of the name, so that a body's full and short names meet.
  const keyOf = (f: DetailedFact) => (isAttendanceFact(f) ? lastWord(f.detail.attendance.who) : undefined);
  const valueOf = (f: DetailedFact) => `${(f as AttendanceFact).detail.attendance.who}|${(f as AttendanceFact).detail.attendance.status}`;
  for (const { facts: group } of eventGroups(attendance, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as AttendanceFact).detail.attendance;
      const b = (y as AttendanceFact).detail.attendance;
      if (x.uri === y.uri || !sameName(a.who, b.who) || !sameEventWord(a.event, b.event)) return false;
      const why = conflict(a.status, b.status);
      if (!why) return false;
      const who = a.who.length <= b.who.length ? a.name : b.name;
      return sink.add(`attendance|${lastWord(a.who)}|${docPairKey(x, y)}`, {
        kind: 'participants',
        fact: `whether ${who} was there`,
        explanation: `${shortName(x.uri)} says “${x.display}” (${describe(a.status)}); ${shortName(y.uri)} says “${y.display}” (${describe(b.status)}). ${why}`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** Why two statuses cannot both hold, or undefined when they can. */
function conflict(a: AttendanceStatus, b: AttendanceStatus): string | undefined {
  // Taking part by video says nothing of being in the room except against "in person": one who
  // "did not attend" may well have joined by video link.
  if (a === 'remote' || b === 'remote') return (a === 'in person' || b === 'in person') && a !== b ? 'One who took part by video link was not there in person.' : undefined;
  if (away(a) !== away(b)) return a === 'elsewhere' || b === 'elsewhere' ? 'One who was elsewhere at the time was not there.' : 'One cannot both have been there and not have been there.';
  if ((a === 'throughout' && b === 'left') || (a === 'left' && b === 'throughout')) return 'One who left before the end was not there for all of it.';
  return undefined;
}

/** Not at the event: told so, or told to have been somewhere else. */
function away(s: AttendanceStatus): boolean {
  return s === 'absent' || s === 'elsewhere';
}

function describe(s: AttendanceStatus): string {
  return s === 'absent' ? 'not there' : s === 'elsewhere' ? 'elsewhere at the time' : s === 'throughout' ? 'there throughout' : s === 'left' ? 'there, then left' : s === 'remote' ? 'there by video link' : s === 'in person' ? 'there in person' : 'there';
}

function lastWord(id: string): string {
  return id.slice(id.lastIndexOf('-') + 1);
}

/** The same id, or a short name of two words or more that ends the long one ("red-cross" in "...-of-the-red-cross"). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes('-') && long.endsWith(`-${short}`);
}

/** Two event words name one kind of event, or one of them is not written. */
function sameEventWord(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || eventClassOf(a) === eventClassOf(b);
}
