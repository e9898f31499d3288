/**
 * How strongly two claims report the same fact: the weight of the features they share against
 * the weight of what each says, between 0 and 1. The weighted cosine of two sentences that state
 * one fact among several others is small (0.1 to 0.3); its square root spreads scores over the
 * range so that the threshold setting reads naturally (0.35 is a fair match, 0.6 a close one).
 */
import type { ClaimIndex } from './claimIndex';

/** Square root of the weighted cosine of claims `i` and `j` of the index; 0 unless they share two features. */
export function matchScore(index: ClaimIndex, i: number, j: number): number {
  const { weight: s, count } = index.shared(i, j);
  if (count < 2) return 0;
  const na = index.norms[i];
  const nb = index.norms[j];
  if (na <= 0 || nb <= 0) return 0;
  return Math.sqrt(s / Math.sqrt(na * nb));
}
