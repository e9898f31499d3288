/**
 * Two articles that tell one action in the same words on two different days: "On Monday the
 * privacy authority has fined the webshop" against "the regulator fined the retailer ... on
 * Tuesday". The clauses (facts/actionDayFacts.ts) must share at least `MIN_SHARED` content words
 * and a name, be about one event (eventIdentity.ts), and each be its article's closest telling of
 * the other: an article that tells a similar clause with another day (talks that began on Monday
 * and went on on Tuesday) leaves the pair undecided. A clause told at night or with a clock time may
 * fall on the next or the previous day in another time zone, so such clauses must be two days
 * apart. One clock time to the odd minute beside both days ("on Friday, Nov. 7, at 5:40 p.m." /
 * "on Thursday (6/11), at 17h40") stands in for the verb and a shared word, and for a shared name
 * when one clause names nothing: one local minute is no zone's slip. The specific rules of event
 * days (eventDayRules.ts) have the first word: a pair of articles they have already set against
 * each other is not reported again.
 */
import type { DetailedFact } from '../facts/detail';
import { isActionDayFact, type ActionDayFact } from '../facts/actionDayFacts';
import { isVerbLike, ownTermKeys, sharedTermWords, termKeys } from '../facts/clauseTerms';
import type { Span } from '../types';
import type { Steps } from '../steps';
import { daysApart, sameEvent, type EventContext } from './eventIdentity';
import { ContradictionSink, datedPairs, docPairKey, isClosestTelling, passageOf, sameTimeWindow, shortName, uriPairKey } from './factIndex';

/** Fewest content words two clauses must share to tell one action. */
const MIN_SHARED = 2;
/** Articles further apart than this tell of different days' events. */
const MAX_DAYS_APART = 7;
/** Words shared by more clauses than this are too common to find candidates by. */
const MAX_POSTINGS = 200;
/** How often (in facts) the rule yields. */
const YIELD_STRIDE = 64;

/** Adds the contradictions between days told of one action to `sink`. */
export function* actionDayContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const days = facts.filter(isActionDayFact);
  if (days.length < 2) return;
  for (const f of days) ctx.anchorsOf(f);
  const byDoc = new Map<string, ActionDayFact[]>();
  const postings = new Map<string, number[]>();
  days.forEach((f, i) => {
    const list = byDoc.get(f.uri);
    if (list) list.push(f);
    else byDoc.set(f.uri, [f]);
    // Indexed by words that are not names': a name's word meets only a plain word (clauseTerms.ts).
    for (const k of ownTermKeys(f.detail.actionDay.terms)) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  const best = new Map<string, { a: ActionDayFact; b: ActionDayFact; shared: string[]; sameMinute: boolean }>();
  for (let i = 0; i < days.length; i++) {
    if (i % YIELD_STRIDE === 0) yield;
    const a = days[i];
    const candidates = new Set<number>();
    const own = ownTermKeys(a.detail.actionDay.terms);
    for (const k of termKeys(a.detail.actionDay.terms)) {
      const p = postings.get(k);
      if (!p || p.length > MAX_POSTINGS) continue;
      // (A key of a name's word only: the earlier clause did not find this one by it.)
      for (const j of p) if ((j > i || !own.has(k)) && days[j].uri !== a.uri) candidates.add(j);
    }
    for (const j of candidates) {
      const b = days[j];
      // "on Monday" in two articles of different dates is one Monday read from two dates: the
      // writers agree on the weekday, and the dates are what is uncertain.
      if (a.detail.actionDay.relativeWeekday !== undefined && a.detail.actionDay.relativeWeekday === b.detail.actionDay.relativeWeekday) continue;
      const apart = Math.abs(daysApart(a.detail.actionDay.day, b.detail.actionDay.day) ?? 0);
      // A night or a clock time may be told a day apart in another zone; not when both tell the
      // same part of the day ("on Friday evening" / "on Thursday evening").
      const samePart = a.detail.actionDay.partOfDay !== undefined && a.detail.actionDay.partOfDay === b.detail.actionDay.partOfDay;
      // The same odd minute and the same names ("bought at the Trevo kiosk on Friday at 5:40 p.m."
      // / "registered at the Trevo kiosk on Thursday at 17h40") tell one act in other words, and
      // one local time, which no zone moves to another day.
      // (The names must agree: two in common, or one clause naming nothing.)
      const namesAgree = sharedNames(a, b) >= 2 || a.detail.actionDay.names.length === 0 || b.detail.actionDay.names.length === 0;
      const sameMinute = apart >= 1 && !a.detail.actionDay.planned && namesAgree && sameOddMinute(a, b);
      // (One clock time written in one frame by both, "at 11:40 p.m. on Wednesday" / "at 23h40 of this
      // Tuesday", puts the two days in one zone too, whatever names the clauses give.)
      const needed = (a.detail.actionDay.nearMidnight || b.detail.actionDay.nearMidnight) && !samePart && !sameMinute && !sameOddMinute(a, b) ? 2 : 1;
      if (apart < needed) continue;
      // A plan meets only a plan: "will begin consultations on Monday" does not say when anything happened.
      if (Boolean(a.detail.actionDay.planned) !== Boolean(b.detail.actionDay.planned)) continue;
      const shared = sharedWords(a, b);
      if (shared.length < (sameMinute ? 1 : MIN_SHARED)) continue;
      // One action: a verb both tell ("fined", "opened"), done by the same actor where both name one.
      // A plan's verb is in its plain form ("will begin"), which tells no verb from a noun: plans
      // need one more shared word instead, unless both tell it in the passive ("will be signed").
      const verb = shared.find(isVerbLike);
      if (!sameMinute && (a.detail.actionDay.planned ? shared.length < MIN_SHARED + 1 && !verb : !verb || differentActors(a, b, verb))) continue;
      if (sharedNames(a, b) === 0 && !sameMinute) continue;
      if (!sameTimeWindow(a, b, MAX_DAYS_APART) || !sameEvent(a, b, false, a.detail.actionDay.planned ? 'plan' : 'sentence')) continue;
      if (!closestIn(a, b, byDoc) || !closestIn(b, a, byDoc)) continue;
      const key = docPairKey(a, b);
      const seen = best.get(key);
      if (!seen || shared.length > seen.shared.length) best.set(key, { a, b, shared, sameMinute });
    }
  }
  // Pairs of articles a specific rule has already set against each other on a date.
  const dated = datedPairs(sink);
  for (const { a, b, shared, sameMinute } of best.values()) {
    if (dated.has(uriPairKey(a.uri, b.uri))) continue;
    const [x, y] = a.uri < b.uri ? [a, b] : [b, a];
    sink.add(`action-day|${docPairKey(a, b)}`, {
      kind: 'date',
      fact: x.detail.actionDay.planned ? 'day of a planned event' : 'day of the event',
      explanation:
        `${shortName(x.uri)} tells it on ${x.detail.actionDay.day} (“${x.display}”), ${shortName(y.uri)} on ${y.detail.actionDay.day} (“${y.display}”), ` +
        `${sameMinute ? `at the same minute (${x.detail.actionDay.oddMinute!.text} / ${y.detail.actionDay.oddMinute!.text}) and ` : ''}` +
        `in the same words (${shared.slice(0, 3).map((w) => `“${w}”`).join(', ')}): ${x.detail.actionDay.planned ? 'one plan sets one day' : 'one action happened on one day'}.`,
      items: [passageOf(x, told(x, sharedWords(x, y))), passageOf(y, told(y, sharedWords(y, x)))],
    }, [x, y]);
  }
}

/** How many names two clauses share. */
function sharedNames(a: ActionDayFact, b: ActionDayFact): number {
  return a.detail.actionDay.names.filter((n) => b.detail.actionDay.names.includes(n)).length;
}

/** True when both clauses' sentences give one clock time to the same odd minute (ActionDayInfo.oddMinute). */
function sameOddMinute(a: ActionDayFact, b: ActionDayFact): boolean {
  const x = a.detail.actionDay.oddMinute;
  const y = b.detail.actionDay.oddMinute;
  return x !== undefined && y !== undefined && x.minutes === y.minutes && x.offset === y.offset;
}

/** The words of `a`'s clause that `b`'s clause says too (by stem, synonym or predicate class), as `a` writes them. */
function sharedWords(a: ActionDayFact, b: ActionDayFact): string[] {
  return sharedTermWords(a.detail.actionDay.terms, b.detail.actionDay.terms);
}

/** True when no other clause of `a`'s article with another day tells `b`'s action as closely as `a` does. */
function closestIn(a: ActionDayFact, b: ActionDayFact, byDoc: ReadonlyMap<string, ActionDayFact[]>): boolean {
  // (A shared odd minute counts as much as the words a pair needs.)
  const closeness = (x: ActionDayFact, y: ActionDayFact) => sharedWords(x, y).length + (sameOddMinute(x, y) ? MIN_SHARED : 0);
  return isClosestTelling(a, b, byDoc.get(a.uri) ?? [a], closeness, (x, y) => x.detail.actionDay.day === y.detail.actionDay.day);
}

/** The name written nearest before the verb `verb` in a fact's clause: who did it, when written. */
function actorOf(f: ActionDayFact, verb: string): string | undefined {
  const known = actors.get(f)?.get(verb);
  if (known !== undefined) return known || undefined;
  const found = findActor(f, verb);
  const map = actors.get(f) ?? new Map<string, string>();
  map.set(verb, found ?? '');
  actors.set(f, map);
  return found;
}

/** `actorOf` per fact and verb ('' for none): the rule asks for every candidate pair. */
const actors = new WeakMap<ActionDayFact, Map<string, string>>();

function findActor(f: ActionDayFact, verb: string): string | undefined {
  const info = f.detail.actionDay;
  const at = info.terms.find((t) => t.word.toLowerCase() === verb)?.start ?? info.terms.find((t) => isVerbLike(t.word))?.start;
  if (at === undefined) return undefined;
  // A place after a preposition locates the doer ("the plant in Chile shut down"); it is not the doer.
  // So does a route ("the race from Santos to Punta del Este, Uruguay, started"), and a country
  // in apposition to such a place ("Punta del Este, Uruguay").
  const textBefore = (n: { start: number }) => f.span.text.slice(Math.max(0, n.start - f.span.start - 12), n.start - f.span.start);
  const located = (i: number): boolean => {
    const n = info.nameSpans[i];
    if (LOCATIVE_BEFORE.test(textBefore(n))) return true;
    const previous = info.nameSpans[i - 1];
    return previous !== undefined && /^,\s*$/u.test(f.span.text.slice(previous.end - f.span.start, n.start - f.span.start)) && located(i - 1);
  };
  const before = info.nameSpans.filter((n, i) => n.end <= at && !located(i));
  return before.length > 0 ? before[before.length - 1].id : undefined;
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|off|from|to|until|via|towards?)\s+(?:the\s+)?$/iu;

/** True when both clauses name who did the action and name different actors ("Belarus ordered" / "Lithuania ordered"). */
function differentActors(a: ActionDayFact, b: ActionDayFact, verb: string): boolean {
  const x = actorOf(a, verb);
  const y = actorOf(b, sharedWords(b, a).find(isVerbLike) ?? verb);
  return x !== undefined && y !== undefined && x !== y;
}

/** How far (in characters) before or after its day a plan's telling reaches. */
const PLAN_REACH = 80;

/** The part of a fact's clause that tells the action and its day: the day and the shared verb nearest to it (for a plan without one, the shared words). */
function told(f: ActionDayFact, shared: readonly string[]): Span {
  const info = f.detail.actionDay;
  const distance = (t: { start: number; end: number }) => Math.max(t.start - info.dayEnd, info.dayStart - t.end);
  const tellings = info.terms.filter((t) => shared.includes(t.word.toLowerCase()));
  // A plan's verb is in its plain form ("must explain"), which `isVerbLike` does not know: the
  // shared word farthest from the day, within the few words a plan is told in, marks where the
  // telling begins (a title before "said" is farther).
  const verbs = tellings.filter((t) => isVerbLike(t.word)).sort((x, y) => distance(x) - distance(y));
  const near = tellings.filter((t) => distance(t) <= PLAN_REACH).sort((x, y) => distance(y) - distance(x));
  const verb = verbs[0] ?? (info.planned ? near[0] : undefined);
  return verb ? { start: Math.min(verb.start, info.dayStart), end: Math.max(verb.end, info.dayEnd) } : { start: info.dayStart, end: info.dayEnd };
}
