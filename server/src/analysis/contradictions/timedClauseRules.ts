/**
 * Two articles that tell one action in the same words at two clock times that cannot meet: "The
 * crush began at about 18:40 GMT" against "The crush happened at about 19:40 local time (16:40
 * GMT)"; "The talks finished at 22:30 local time" against "ended shortly before 9 p.m. (2000 GMT)".
 * The clauses (facts/timedClauseFacts.ts) must share `MIN_SHARED` content words, a verb and a word
 * of what it happened to (or one verb of their own that each article tells at one time only), and
 * a person or body when both name any; be about one event (eventIdentity.ts); and each be its
 * article's closest telling of the other. Times are compared as clockTimeRules.ts compares them: in
 * UTC when both give it, in local time when both are local, and a local time against UTC only when
 * the story's statements that give both agree on the offset, or else the place both articles tell
 * the story from has one. Pairs of passages that the rules of
 * known actions (clockTimeRules.ts) or of event times have already set against each other on a
 * time are not reported again.
 */
import type { DetailedFact } from '../facts/detail';
import type { Passage } from '../types';
import { isVerbLike, ownTermKeys, sharedTermWords, sharedTerms, termKeys, type ClauseTerm } from '../facts/clauseTerms';
import type { MinuteWindow } from '../facts/clockTimeFacts';
import { isTimedClauseFact, timeSpan, timeText, type TimedClauseFact } from '../facts/timedClauseFacts';
import type { Steps } from '../steps';
import { findClockTimes, isPlainLocalTime } from '../values/clock';
import { clock, compareClockWindows, offsetAgreedBy, sameInstantFromTwoPlaces, sharedStoryOffset } from './clockTimeRules';
import { sameEvent, type EventContext } from './eventIdentity';
import { tiedByMinute, writtenMinute } from './minuteTie';
import { ContradictionSink, docPairKey, isClosestTelling, passageOf, sameTimeWindow, shortName, toldOnATime } from './factIndex';

/**
 * More words than this before a clause's action, or this many capitalised ones ("Antiquities Ashraf
 * Hamdan"), make a subject of names and titles (see `actionPassage`).
 */
const LONG_SUBJECT_WORDS = 3;
const NAMED_SUBJECT_CAPITALS = 2;
/** Fewest content words two clauses must share to tell one action. */
const MIN_SHARED = 2;
/** Articles further apart than this are not taken to describe one moment. */
const MAX_DAYS_APART = 3;
/** Words shared by more clauses than this are too common to find candidates by. */
const MAX_POSTINGS = 200;
/** How often (in facts) the rule yields. */
const YIELD_STRIDE = 64;

/** "First" or "last" told of the doer just before a clause ("the last of 11 flights landed"), up to its time. */
function ordinalOf(ctx: EventContext, f: TimedClauseFact): 'first' | 'last' | undefined {
  const text = ctx.textOf(f.uri, Math.max(0, f.span.start - ORDINAL_REACH), f.detail.timedClause.timeStart);
  const m = /\b(?:(first|earliest|opening)|(last|final|latest))\b(?![\s\S]*\b(?:first|earliest|opening|last|final|latest)\b)/iu.exec(text);
  return m ? (m[1] ? 'first' : 'last') : undefined;
}

/** How far before a clause "first" or "last" is looked for (characters). */
const ORDINAL_REACH = 40;

function firstAndLast(a: 'first' | 'last' | undefined, b: 'first' | 'last' | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** Adds the contradictions between clock times told of one action in the same words to `sink`. */
export function* timedClauseContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const clauses = facts.filter(isTimedClauseFact);
  if (clauses.length < 2) return;
  for (const f of clauses) ctx.anchorsOf(f);
  // The offset of local time from UTC that the story's own conversions agree on, per article pair's
  // event: the conversions of all timed clauses, as clockTimeRules.ts reads them for one action.
  const offset = offsetAgreedBy(clauses.filter((f) => !placeZoned(f)).map((f) => f.detail.timedClause));
  const byDoc = new Map<string, TimedClauseFact[]>();
  const postings = new Map<string, number[]>();
  clauses.forEach((f, i) => {
    const list = byDoc.get(f.uri);
    if (list) list.push(f);
    else byDoc.set(f.uri, [f]);
    // Indexed by words that are not names': a name's word meets only a plain word (clauseTerms.ts).
    for (const k of ownTermKeys(f.detail.timedClause.terms)) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  // Pairs of passages set against each other on a time already (by clockTimeRules.ts or the rules of event times).
  const toldAlready = toldOnATime(sink);
  const compareWindows = (a: TimedClauseFact, b: TimedClauseFact) => {
    const ca = a.detail.timedClause;
    const cb = b.detail.timedClause;
    return compareClockWindows(placeZoned(a) ? undefined : ca.local, ca.utc, placeZoned(b) ? undefined : cb.local, cb.utc, offset ?? sharedStoryOffset(ca, cb));
  };
  // The minutes an article's other timed clauses are written at, in a frame ("UTC" or local time).
  const otherMinutes = (f: TimedClauseFact, frame: string) =>
    (byDoc.get(f.uri) ?? []).filter((o) => o !== f).map((o) => {
      const w = frame === 'UTC' ? o.detail.timedClause.utc : o.detail.timedClause.local;
      return w ? writtenMinute(w) : undefined;
    });
  const best = new Map<string, { a: TimedClauseFact; b: TimedClauseFact; shared: string[]; wa: MinuteWindow; wb: MinuteWindow; frame: string; tied: boolean }>();
  for (let i = 0; i < clauses.length; i++) {
    if (i % YIELD_STRIDE === 0) yield;
    const a = clauses[i];
    const candidates = new Set<number>();
    const own = ownTermKeys(a.detail.timedClause.terms);
    for (const k of termKeys(a.detail.timedClause.terms)) {
      const p = postings.get(k);
      if (!p || p.length > MAX_POSTINGS) continue;
      // (A key of a name's word only: the earlier clause did not find this one by it.)
      for (const j of p) if ((j > i || !own.has(k)) && clauses[j].uri !== a.uri) candidates.add(j);
    }
    for (const j of candidates) {
      const b = clauses[j];
      if (toldAlready(a, b)) continue;
      const shared = sharedWords(a, b);
      // A verb and a word of what it happened to ("crush", "evacuation"): "restored" alone joins power
      // and systems. A verb of its own may do alone when it is its article's only timed clause
      // with that verb, both ways ("A police marksman shot it at 4:10 p.m." / "Bima was shot dead
      // at 11.10am CET"); a verb of beginning or ending says too little.
      const enough = shared.length >= MIN_SHARED && shared.some(isVerbLike) && !shared.every(isVerbLike);
      // The time something was said ("announced at 4:42 p.m.") is set against another telling
      // only when that names the saying and more of what was said ("read out the 94 votes to 86 at
      // 1.42am"): people speak many times a day, but one result is announced once.
      const said = a.detail.timedClause.whenSaid || b.detail.timedClause.whenSaid;
      // A news conference or a briefing that both clauses hold, told of one person or body, is
      // one event at one time, whatever verb tells what was said at it.
      // ("A news briefing" and "a press conference" are one such gathering.)
      const gathering = holdsGathering(a) && holdsGathering(b) && a.detail.timedClause.names.some((n) => b.detail.timedClause.names.includes(n));
      const alike = gathering || (said ? saidAlike(shared) : enough || (shared.length === 1 && loneAction(a, b, byDoc)));
      const ca = a.detail.timedClause;
      const cb = b.detail.timedClause;
      // A time in a named place's zone ("2.30 a.m. Belgrade time") is that place's local time, not
      // the story's: it is compared by its instant only.
      const verdict = alike || shared.length > 0 ? compareWindows(a, b) : undefined;
      if (!verdict) continue;
      // Fewer shared words do when the two times are tied by their odd minute (minuteTie.ts).
      // (Each time must be written in the frame they are compared in, not converted by a guessed offset.)
      const tied = !alike && !sameFigures(a, b) && writtenIn(a, verdict[2], offset) && writtenIn(b, verdict[2], offset) && tiedByMinute(verdict[0], verdict[1], a, b, (f) => otherMinutes(f, verdict[2]));
      if (!alike && !tied) continue;
      if (timedByAnotherVerb(a, b, byDoc) || timedByAnotherVerb(b, a, byDoc)) continue;
      const na = a.detail.timedClause.names;
      const nb = b.detail.timedClause.names;
      if (na.length > 0 && nb.length > 0 && !na.some((n) => nb.includes(n))) continue;
      if (sameInstantFromTwoPlaces(ca, cb)) continue;
      if (!sameTimeWindow(a, b, MAX_DAYS_APART) || !sameEvent(a, b, false)) continue;
      if (!closestIn(a, b, byDoc) || !closestIn(b, a, byDoc)) continue;
      // "The first aircraft landed at 6:15" and "the last aircraft landed at 15:35 GMT": two
      // landings (read last: only pairs that would be reported pay for the text it reads).
      if (firstAndLast(ordinalOf(ctx, a), ordinalOf(ctx, b))) continue;
      const key = docPairKey(a, b);
      const seen = best.get(key);
      if (!seen || shared.length > seen.shared.length) best.set(key, { a, b, shared, wa: verdict[0], wb: verdict[1], frame: verdict[2], tied });
    }
  }
  for (const { a, b, shared, wa, wb, frame, tied } of best.values()) {
    const [x, y, wx, wy] = a.uri < b.uri ? [a, b, wa, wb] : [b, a, wb, wa];
    sink.add(`timed-clause|${docPairKey(a, b)}`, {
      kind: 'time',
      fact: 'time of the event',
      explanation:
        `${shortName(x.uri)} tells it at “${x.display}” (${clock(wx)} ${frame}), ${shortName(y.uri)} at “${y.display}” (${clock(wy)} ${frame}), ` +
        (tied
          ? `${shared.length > 0 ? `both of ${shared.slice(0, 2).map((w) => `“${w}”`).join(' and ')}, ` : ''}at the same minute past the hour a whole number of hours apart: ` +
            'one time put in the wrong zone, or converted with the wrong offset.'
          : shared.length > 0
          ? `in the same words (${shared.slice(0, 3).map((w) => `“${w}”`).join(', ')}): one action happened at one time.`
          : 'both of one news conference or briefing: it began at one time.'),
      // Two tellings tied by their minute only are shown by their times: their clauses may share no action.
      items: tied ? [passageOf(x, timeSpan(x)), passageOf(y, timeSpan(y))] : [actionPassage(x, y), actionPassage(y, x)],
    }, [x, y]);
  }
}

/**
 * The passage of a timed clause: the whole clause ("The crush began at about 18:40 GMT"), or, when
 * a long subject comes before the action ("Egypt's antiquities minister, Ashraf Zaki Hamdan,
 * unveiled the discovery ... at 10am GMT"), from the action the other clause tells too to its time,
 * so that the names and titles of the subject, which may well agree, are not part of what is disputed.
 */
function actionPassage(f: TimedClauseFact, other: TimedClauseFact): Passage {
  const c = f.detail.timedClause;
  // The shared verb nearest before the time is the one the time is of ("collected 94 votes ... that
  // the president read out at 1.42am": the reading).
  const shared = sharedTerms(c.terms, other.detail.timedClause.terms).filter((t) => !t.inName);
  const verbs = shared.filter((t) => isVerbLike(t.word));
  // (Without a shared verb, the gathering both tell: "told a news conference ... at 3 p.m.")
  const anchors = verbs.length > 0 ? verbs : shared.filter((t) => GATHERINGS.has(t.word.toLowerCase())).map((t) => withPressWord(f, t));
  const verb = anchors.filter((t) => t.start < c.timeStart).pop() ?? anchors[0];
  // (A time told before the action, "At 12:15 p.m. ... their guide radioed", keeps the whole clause.)
  if (!verb || verb.start < f.span.start || c.timeStart < verb.start) return passageOf(f);
  // A gathering's passage is the gathering and its time, whatever is told around them.
  if (verbs.length === 0 && c.timeEnd <= f.span.end) return passageOf(f, { start: verb.start, end: c.timeEnd });
  const subject = f.span.text.slice(0, verb.start - f.span.start);
  const words = subject.trim().split(/\s+/u);
  if (!subject.includes(',') && words.length <= LONG_SUBJECT_WORDS && words.filter((w) => /^\p{Lu}/u.test(w)).length < NAMED_SUBJECT_CAPITALS) return passageOf(f);
  if (c.timeEnd > f.span.end) return passageOf(f);
  return passageOf(f, { start: verb.start, end: c.timeEnd });
}

/** A gathering's term with the word that names its kind before it ("news conference", "press briefing"). */
function withPressWord(f: TimedClauseFact, t: ClauseTerm): ClauseTerm {
  const before = /\b(?:news|press|media)\s+$/iu.exec(f.span.text.slice(Math.max(0, t.start - f.span.start - 8), t.start - f.span.start));
  return before ? { ...t, start: t.start - before[0].length } : t;
}

/** Most words between a verb and the time it is told at ("suspended shortly before 5 a.m."). */
const VERB_TO_TIME_WORDS = 3;

/**
 * True when `f`'s time is told of a verb that `other` does not share, though a shared verb comes
 * earlier in the clause, and `other`'s article tells that verb at a time of its own: in "Flights,
 * halted in the early hours, resumed at 07:30 GMT" the time is the resumption's, so it is not set
 * against "flights were suspended shortly before 5 a.m." of an article that has them "resumed at
 * 9:30 a.m." ("a press conference that began at 11:00" is still the time of what was announced there).
 */
function timedByAnotherVerb(f: TimedClauseFact, other: TimedClauseFact, byDoc: ReadonlyMap<string, TimedClauseFact[]>): boolean {
  const verb = timedVerb(f);
  if (!verb) return false;
  const shared = sharedTerms(f.detail.timedClause.terms, other.detail.timedClause.terms);
  if (shared.includes(verb) || !shared.some((t) => !t.inName && isVerbLike(t.word) && t.start < verb.start)) return false;
  return (byDoc.get(other.uri) ?? []).some((o) => o !== other && sharedTerms([verb], o.detail.timedClause.terms).length > 0);
}

/** The verb a clause's time is told of: the verb just before it ("resumed at 9:30 a.m."), if any. */
function timedVerb(f: TimedClauseFact): ClauseTerm | undefined {
  if (timedVerbs.has(f)) return timedVerbs.get(f);
  const verb = readTimedVerb(f);
  timedVerbs.set(f, verb);
  return verb;
}

/** `timedVerb` per fact: the rule asks of one clause for every candidate pair. */
const timedVerbs = new WeakMap<TimedClauseFact, ClauseTerm | undefined>();

function readTimedVerb(f: TimedClauseFact): ClauseTerm | undefined {
  const c = f.detail.timedClause;
  const before = c.terms.filter((t) => !t.inName && t.end <= c.timeStart);
  const verb = before[before.length - 1];
  if (!verb || !isVerbLike(verb.word)) return undefined;
  const between = f.span.text.slice(verb.end - f.span.start, c.timeStart - f.span.start);
  return between.includes(',') || between.trim().split(/\s+/u).filter(Boolean).length > VERB_TO_TIME_WORDS ? undefined : verb;
}

/** Fewest shared words besides the verb for a time of saying to be set against another telling. */
const SAID_SHARED_OBJECTS = 2;

/** Words of a gathering held once at a set time (see `timedClauseContradictions`). */
const GATHERINGS: ReadonlySet<string> = new Set(['conference', 'briefing', 'presser']);

/** True when a clause names a news conference or a briefing. */
function holdsGathering(f: TimedClauseFact): boolean {
  return f.detail.timedClause.terms.some((t) => !t.inName && GATHERINGS.has(t.word.toLowerCase()));
}

/** True when two tellings, one a time of saying, share a verb and `SAID_SHARED_OBJECTS` other words. */
function saidAlike(shared: readonly string[]): boolean {
  return shared.some(isVerbLike) && shared.filter((w) => !isVerbLike(w)).length >= SAID_SHARED_OBJECTS;
}

/** The words of `a`'s clause that `b`'s clause says too (by stem, synonym or predicate class), as `a` writes them. */
function sharedWords(a: TimedClauseFact, b: TimedClauseFact): string[] {
  return sharedTermWords(a.detail.timedClause.terms, b.detail.timedClause.terms);
}

/**
 * True when two clauses' times are written with the same clock figures ("7:15 p.m. (1915 GMT)" /
 * "7.15pm Paris time"): one time in two zones, which zoneSlipRules.ts tells.
 */
function sameFigures(a: TimedClauseFact, b: TimedClauseFact): boolean {
  const figures = (f: TimedClauseFact) => findClockTimes(timeText(f))[0]?.minutes;
  const fa = figures(a);
  return fa !== undefined && fa === figures(b);
}

/**
 * True when a clause's time is written in `frame`, or put in it by the offset the story's own
 * conversions agree on (`agreed`): as an instant ("9.40am GMT", "3:42 a.m. EDT", "10:40 a.m. local
 * time (0840 GMT)") for "UTC", as plain local time for local time; not a time that an offset
 * guessed from the article's places put in the other frame ("2.40am GMT" taken for a London paper's local time).
 */
function writtenIn(f: TimedClauseFact, frame: string, agreed: number | undefined): boolean {
  const c = f.detail.timedClause;
  if (frame === 'UTC') return c.utc !== undefined || (c.local !== undefined && agreed !== undefined && !placeZoned(f));
  const zone = findClockTimes(timeText(f))[0]?.zone;
  return c.local !== undefined && (!zone || isPlainLocalTime(zone.name));
}

/** True when a clause's time is written in a place's zone ("5am Addis Ababa time"), not plain "local time". */
function placeZoned(f: TimedClauseFact): boolean {
  let zoned = placeZones.get(f);
  if (zoned === undefined) {
    const zone = findClockTimes(timeText(f))[0]?.zone;
    zoned = Boolean(zone?.local && !isPlainLocalTime(zone.name));
    placeZones.set(f, zoned);
  }
  return zoned;
}

/** `placeZoned` per fact: the rule asks of one clause for every candidate pair. */
const placeZones = new WeakMap<TimedClauseFact, boolean>();

/** Verbs that tell that something began, ended or took place, not what: they join any two events. */
const ASPECT_VERBS = new Set([
  'began', 'begun', 'started', 'ended', 'finished', 'happened', 'occurred', 'took', 'came', 'went', 'made', 'held', 'met', 'said', 'told',
  'announced', 'reported', 'confirmed', 'continued', 'resumed', 'opened', 'closed', 'left', 'arrived', 'returned', 'reached', 'got', 'called',
]);

/**
 * True when `a` and `b` share one verb of their own (not ASPECT_VERBS) and no other timed clause
 * of either article shares anything with the other: each is its article's only telling of that action.
 */
function loneAction(a: TimedClauseFact, b: TimedClauseFact, byDoc: ReadonlyMap<string, TimedClauseFact[]>): boolean {
  const verbOf = (x: TimedClauseFact, y: TimedClauseFact) => sharedWords(x, y).find((w) => isVerbLike(w) && !ASPECT_VERBS.has(w));
  const va = verbOf(a, b);
  const vb = verbOf(b, a);
  if (!va || !vb) return false;
  // What the verb is said of must not be two different things: "Power was restored" and "Systems
  // were restored" each name a thing in plain words before the verb; "Bima was shot dead" names it.
  const plainBefore = (x: TimedClauseFact, verb: string) => {
    const terms = x.detail.timedClause.terms;
    const at = terms.findIndex((t) => t.word.toLowerCase() === verb);
    return terms.slice(0, Math.max(0, at)).some((t) => !t.inName);
  };
  if (plainBefore(a, va) && plainBefore(b, vb)) return false;
  const alone = (x: TimedClauseFact, y: TimedClauseFact) => (byDoc.get(x.uri) ?? []).every((o) => o === x || sharedWords(o, y).length === 0);
  return alone(a, b) && alone(b, a);
}

/** True when no other timed clause of `a`'s article tells `b`'s action as closely as `a` does at another time. */
function closestIn(a: TimedClauseFact, b: TimedClauseFact, byDoc: ReadonlyMap<string, TimedClauseFact[]>): boolean {
  const sameTime = (x: TimedClauseFact, y: TimedClauseFact) => x.detail.timedClause.timeStart === y.detail.timedClause.timeStart;
  return isClosestTelling(a, b, byDoc.get(a.uri) ?? [a], closeness, sameTime);
}

/**
 * How closely clause `x` tells `y`'s action: the words they share, and one more when the verb `x`'s
 * time is told of is among them ("suspended at 5 a.m. and resumed at 9:30 a.m.": the resumption is
 * the closer telling of "resumed at 07:30 GMT", though both clauses share as many words with it).
 */
function closeness(x: TimedClauseFact, y: TimedClauseFact): number {
  const verb = timedVerb(x);
  return sharedWords(x, y).length + (verb && sharedTerms([verb], y.detail.timedClause.terms).length > 0 ? 1 : 0);
}
