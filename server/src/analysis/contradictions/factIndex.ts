/**
 * The index that keeps contradiction search cheap: facts grouped by a key built from subject and
 * attribute, so that only facts about the same thing are ever compared (the cost grows with the
 * size of each group, not with all pairs of facts in the workspace).
 */
import type { Contradiction, Passage, Span } from '../types';
import { daysBetween } from '../values/dates';
import type { DetailedFact } from '../facts/detail';

/** Facts grouped by key. */
export class FactIndex {
  private readonly groups = new Map<string, DetailedFact[]>();

  add(key: string, fact: DetailedFact): void {
    const list = this.groups.get(key);
    if (list) list.push(fact);
    else this.groups.set(key, [fact]);
  }

  /** Every group with at least two facts. */
  *pairsGroups(): Iterable<[string, DetailedFact[]]> {
    for (const entry of this.groups) if (entry[1].length >= 2) yield entry;
  }

  get(key: string): readonly DetailedFact[] {
    return this.groups.get(key) ?? [];
  }
}

/** Calls `visit` for each unordered pair of a group, skipping pairs from one statement. */
export function forEachPair(facts: readonly DetailedFact[], visit: (a: DetailedFact, b: DetailedFact) => void): void {
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      if (sameStatement(facts[i], facts[j])) continue;
      visit(facts[i], facts[j]);
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
  const d = daysBetween(a.published, b.published);
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
 * document order, so the first statement of each article is the one reported).
 */
export class ContradictionSink {
  readonly found: Contradiction[] = [];
  private readonly keys = new Set<string>();

  add(dedupKey: string, c: Contradiction): boolean {
    if (this.keys.has(dedupKey)) return false;
    this.keys.add(dedupKey);
    this.found.push(c);
    return true;
  }

  has(dedupKey: string): boolean {
    return this.keys.has(dedupKey);
  }
}

/** "a|b" for two document URIs in a stable order. */
export function docPairKey(a: DetailedFact, b: DetailedFact): string {
  return a.uri < b.uri ? `${a.uri}|${b.uri}` : `${b.uri}|${a.uri}`;
}

/** The short name of a document for explanations (file name without folders). */
export function shortName(uri: string): string {
  const parts = uri.split(/[\\/]/u);
  return parts[parts.length - 1] || uri;
}
