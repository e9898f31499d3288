/**
 * How strongly two claims report the same fact: the weight of the features they share against
 * the weight of what each says. A plain weighted cosine divides by the square root of both
 * claims' weights, which buries a fact stated inside a long sentence among several others; the
 * normaliser here grows a little slower with length (an exponent below one half, in the spirit
 * of BM25's length normalisation), so a long sentence that states the fact still matches a short
 * one that states only it. The square root spreads scores over the range so that the threshold
 * reads naturally (about 0.45 is a fair match). Identical long claims may score above 1; links
 * report at most 1.
 */
import type { ClaimIndex } from './claimIndex';

/** Exponent of each claim's weight in the normaliser (0.5 would be the cosine). */
export const LENGTH_EXPONENT = 0.45;

/** The match score of claims `i` and `j` of the index; 0 unless they share two features. */
export function matchScore(index: ClaimIndex, i: number, j: number): number {
  const { weight: s, count } = index.shared(i, j);
  if (count < 2) return 0;
  const na = index.norms[i];
  const nb = index.norms[j];
  if (na <= 0 || nb <= 0) return 0;
  // Dividing by the workspace's mean claim weight keeps scores independent of the scale of the
  // weights (which grows with the number of claims): a claim of average weight is scored by the
  // plain cosine, longer ones a little more generously.
  const m = index.meanNorm;
  return Math.sqrt(s / Math.pow((na / m) * (nb / m), LENGTH_EXPONENT) / m);
}
