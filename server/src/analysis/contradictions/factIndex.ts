/**
 * What the contradiction rules share: pair visits inside a group of facts about one event (the
 * groups come from eventIdentity.ts), the date window, the sink that dedupes and caps reports,
 * and the passages and names used in explanations.
 */
import type { Contradiction, Passage, Span } from '../types';
import type { DetailedFact } from '../facts/detail';
import { daysApart, sameEvent, type EventScope, type PairVisits } from './eventIdentity';

/** Most contradictions reported from one group of facts about one event. */
export const MAX_PER_GROUP = 8;
/** Most contradictions one statement takes part in: it stands against a few others, not all. */
export const MAX_PER_FACT = 4;

/** How `forEachPair` walks a group. */
export interface PairOptions {
  /** Pairs already seen in another group of the same rule are skipped. */
  visits?: PairVisits;
  /** Pairs of articles published further apart than this are skipped (see `sameTimeWindow`). */
  maxDays?: number;
  /** After this many reports the group is left. */
  limit?: number;
  /** What the facts are facts of (see `EventScope`). */
  scope?: EventScope;
  /**
   * Pairs for which this holds need no shared names to be one event (a remark quoted word for
   * word); they must still tell the same kind of event, days and people (`sameEvent`).
   */
  tiedByWords?: (a: DetailedFact, b: DetailedFact) => boolean;
}

/**
 * Calls `visit` for each unordered pair of a group, skipping pairs from one statement, pairs of
 * articles published more than `maxDays` apart, pairs `visits` has seen in another group, and
 * pairs of articles that do not tell one event (`sameEvent`). `visit` returns true when it
 * reported a contradiction; after `limit` reports the group is left.
 */
export function forEachPair(
  facts: readonly DetailedFact[],
  visit: (a: DetailedFact, b: DetailedFact) => boolean | void,
  { visits, maxDays, limit = MAX_PER_GROUP, tiedByWords, scope = 'sentence' }: PairOptions = {},
): void {
  let reported = 0;
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      if (sameStatement(facts[i], facts[j])) continue;
      if (maxDays !== undefined && !sameTimeWindow(facts[i], facts[j], maxDays)) continue;
      if (visits && !visits.first(facts[i], facts[j])) continue;
      if (!sameEvent(facts[i], facts[j], tiedByWords?.(facts[i], facts[j]) ?? false, scope)) continue;
      if (visit(facts[i], facts[j]) === true && ++reported >= limit) return;
    }
  }
}

/** True when two facts come from one sentence of one document. */
export function sameStatement(a: DetailedFact, b: DetailedFact): boolean {
  return a.uri === b.uri && a.detail.sentence === b.detail.sentence;
}

/**
 * True when two articles may describe the same moment: their dates are unknown or at most
 * `maxDays` apart. Two meetings of the same people months apart are different events.
 */
export function sameTimeWindow(a: DetailedFact, b: DetailedFact, maxDays: number): boolean {
  const d = daysApart(a.published, b.published);
  return d === undefined || Math.abs(d) <= maxDays;
}

/** A report passage from a fact (or a tighter span inside it). */
export function passageOf(fact: DetailedFact, span?: Span): Passage {
  const s = span ?? fact.span;
  const offset = s.start - fact.span.start;
  const text = span ? sliceOf(fact, offset, s.end - s.start) : fact.span.text;
  return { uri: fact.uri, start: s.start, end: s.end, text };
}

function sliceOf(fact: DetailedFact, offset: number, length: number): string {
  if (offset >= 0 && offset + length <= fact.span.text.length) return fact.span.text.slice(offset, offset + length);
  return fact.span.text;
}

/**
 * Collects contradictions, keeping one per `dedupKey` (first found wins: facts are visited in
 * document order, so the first statement of each article is the one reported), and at most
 * `MAX_PER_FACT` per statement among `facts` (the statements the contradiction opposes).
 */
export class ContradictionSink {
  readonly found: Contradiction[] = [];
  private readonly keys = new Set<string>();
  private readonly perFact = new Map<DetailedFact, number>();

  add(dedupKey: string, c: Contradiction, facts: readonly DetailedFact[] = []): boolean {
    if (this.keys.has(dedupKey)) return false;
    if (facts.some((f) => (this.perFact.get(f) ?? 0) >= MAX_PER_FACT)) return false;
    this.keys.add(dedupKey);
    for (const f of new Set(facts)) this.perFact.set(f, (this.perFact.get(f) ?? 0) + 1);
    this.found.push(c);
    return true;
  }

  has(dedupKey: string): boolean {
    return this.keys.has(dedupKey);
  }
}

/** The kind of event of a qualified subject ("meeting@ana-costa" -> "meeting", "strike:calloway" -> "strike"). */
export function eventLabel(subject: string): string {
  return subject.split('@')[0].split(':')[0];
}

/** "a|b" for the documents of two facts in a stable order. */
export function docPairKey(a: DetailedFact, b: DetailedFact): string {
  return uriPairKey(a.uri, b.uri);
}

/** "a|b" for two document URIs in a stable order. */
export function uriPairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The pairs of documents (`uriPairKey`) a rule has already set against each other on a date: the
 * rules that read days by the words around them (actionDayRules.ts, storyDayRules.ts) run last and
 * leave such pairs to the rule that spoke first.
 */
export function datedPairs(sink: ContradictionSink): Set<string> {
  return new Set(sink.found.filter((c) => c.kind === 'date' && c.items.length === 2).map((c) => uriPairKey(c.items[0].uri, c.items[1].uri)));
}

/**
 * Whether two facts' passages have already been set against each other on a time (by the rules of
 * known actions or of event times): the rules that read times by their words (timedClauseRules.ts,
 * zoneSlipRules.ts) run later and do not tell a pair twice. Read once, when the rule starts.
 */
export function toldOnATime(sink: ContradictionSink): (a: DetailedFact, b: DetailedFact) => boolean {
  const timed = sink.found.filter((c) => c.kind === 'time' && c.items.length === 2);
  const told = (f: DetailedFact, p: Passage) => p.uri === f.uri && p.start < f.span.end && f.span.start < p.end;
  return (a, b) => timed.some((c) => (told(a, c.items[0]) && told(b, c.items[1])) || (told(a, c.items[1]) && told(b, c.items[0])));
}

/** The short name of a document for explanations (file name without folders). */
export function shortName(uri: string): string {
  const parts = uri.split(/[\\/]/u);
  return parts[parts.length - 1] || uri;
}

/**
 * True when `a` is its article's closest telling of what `b` tells: no other statement of `a`'s
 * article (`own`) with another value (`sameValue` false) is at least as like `b` (`likeness`,
 * shared words). An article that tells two values in the words of `b` leaves the pair undecided;
 * one that repeats `a`'s value elsewhere has no rival in it.
 */
export function isClosestTelling<T>(a: T, b: T, own: readonly T[], likeness: (x: T, y: T) => number, sameValue: (x: T, y: T) => boolean): boolean {
  const mine = likeness(a, b);
  return !own.some((o) => o !== a && !sameValue(o, a) && likeness(o, b) >= mine);
}
