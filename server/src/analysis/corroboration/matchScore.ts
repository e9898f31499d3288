/**
 * How strongly two claims report the same fact: the weight of the features they share against
 * the weight of what each says, between 0 and 1.
 */
import type { ClaimIndex } from './claimIndex';

/** Weighted overlap of claims `i` and `j` of the index. */
export function matchScore(index: ClaimIndex, i: number, j: number): number {
  const shared = index.shared(i, j);
  if (shared.length < 2) return 0;
  let s = 0;
  for (const k of shared) s += index.weight(k);
  const wa = index.totals[i];
  const wb = index.totals[j];
  if (wa <= 0 || wb <= 0) return 0;
  return s / Math.sqrt(wa * wb);
}
