/**
 * Range queries on spans sorted by start, so that per-item lookups (the names near a quotation,
 * the quotation around a verb) cost a binary search instead of a scan of the whole document.
 */
import type { Span } from '../types';

/** Index of the first span whose start is >= `offset`. */
export function lowerBound(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans (sorted by start) that start at or after `start` and end at or before `end`. */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i].start < end; i++) {
    if (sorted[i].end <= end) out.push(sorted[i]);
  }
  return out;
}

/**
 * The span holding `offset`, for spans sorted by start that do not overlap each other.
 * `startOf`/`endOf` choose which offsets count (e.g. the inside of a quotation).
 */
export function spanContaining<T extends Span>(sorted: readonly T[], from: number, to: number, inner: (s: T) => Span = (s) => s): T | undefined {
  const i = lowerBound(sorted, from + 1) - 1;
  if (i < 0) return undefined;
  const r = inner(sorted[i]);
  return from >= r.start && to <= r.end ? sorted[i] : undefined;
}
