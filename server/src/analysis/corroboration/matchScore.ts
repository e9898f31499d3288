/**
 * How strongly two claims report the same fact: the weight of the features they share against
 * the weight of what each says. A plain weighted cosine divides by the square root of both
 * claims' weights, which buries a fact stated inside a long sentence among several others; the
 * normaliser here grows a little slower with length (an exponent below one half, in the spirit
 * of BM25's length normalisation), so a long sentence that states the fact still matches a short
 * one that states only it. The square root spreads scores over the range so that the threshold
 * reads naturally (about 0.45 is a fair match). Identical long claims may score above 1; links
 * report at most 1.
 *
 * Two claims must share evidence of the fact itself, not only its actors: a word or concept that
 * is neither a name nor the story's backdrop (claimIndex.ts), a value, or amounts that agree as
 * ranges ("more than 30" and "31"). A sentence that shares only the company and its plant with
 * another ("X halted production" / "X declined to comment") reports something else.
 */
import type { Claim, ClaimCue } from '../types';
import type { ClaimIndex } from './claimIndex';
import { amountsAgree, largeCountsAgree } from './valueFeatures';

/** Exponent of each claim's weight in the normaliser (0.5 would be the cosine). */
export const LENGTH_EXPONENT = 0.45;

/** Amounts that agree without being the same number count as this share of a shared number. */
const AGREEING_AMOUNT_SHARE = 0.8;
/** ...and large counts that agree but count differently named things (largeCountsAgree), this share. */
const LOOSE_AMOUNT_SHARE = 0.5;

/**
 * Claims scored below this check-worthiness (opinion lines, asides) are matched less readily:
 * the score of a pair is scaled down by up to `LOW_CLAIM_FACTOR` (at a check-worthiness of 0.5 or
 * less for the lower of the two).
 */
const LOW_CLAIM_SCORE = 0.6;
const LOW_CLAIM_FACTOR = 0.8;

/** The match score of claims `i` and `j` of the index; 0 unless they share two features. */
export function matchScore(index: ClaimIndex, i: number, j: number): number {
  const { weight: shared, count: sharedCount, evidence } = index.shared(i, j);
  const agreeing = agreeingAmounts(index, i, j);
  const count = sharedCount + agreeing.count;
  if (count < 2) return 0;
  if (agreeing.count === 0 && evidence === 0) return 0;
  const s = shared + agreeing.weight;
  const na = index.norms[i];
  const nb = index.norms[j];
  if (na <= 0 || nb <= 0) return 0;
  // Dividing by the workspace's mean claim weight keeps scores independent of the scale of the
  // weights (which grows with the number of claims): a claim of average weight is scored by the
  // plain cosine, longer ones a little more generously.
  const m = index.meanNorm;
  const score = Math.sqrt(s / Math.pow((na / m) * (nb / m), LENGTH_EXPONENT) / m);
  return score * worthiness(index.claims[i].claim) * worthiness(index.claims[j].claim);
}

/**
 * The factor for a claim's check-worthiness: 1 for ordinary claims; less for a claim that scored
 * low and has no cue of a reported fact (an event, a value, a quotation), such as an opinion line.
 */
function worthiness(claim: Claim): number {
  if (!(claim.score < LOW_CLAIM_SCORE) || claim.cues.some((c) => FACT_CUES.has(c))) return 1;
  const t = Math.max(0, (claim.score - 0.5) / (LOW_CLAIM_SCORE - 0.5));
  return LOW_CLAIM_FACTOR + (1 - LOW_CLAIM_FACTOR) * t;
}

const FACT_CUES: ReadonlySet<ClaimCue> = new Set<ClaimCue>(['event', 'number', 'date', 'time', 'quote']);

/**
 * Amounts of the two claims that agree as ranges but are written as different numbers ("about
 * 50" and "48", "a dozen" and "at least 12"), each amount counted once, weighted like the rarer
 * of the two numbers.
 */
function agreeingAmounts(index: ClaimIndex, i: number, j: number): { weight: number; count: number } {
  const a = index.claims[i].amounts;
  const b = index.claims[j].amounts;
  let weight = 0;
  let count = 0;
  if (a.length === 0 || b.length === 0) return { weight, count };
  const wa = index.amountWeights(i);
  const wb = index.amountWeights(j);
  let used = 0;
  for (let m = 0; m < a.length; m++) {
    const x = a[m];
    for (let n = 0; n < b.length; n++) {
      const y = b[n];
      // (A bit set: claims state a handful of amounts; past 30, later ones are never marked used.)
      if ((n < 30 && used & (1 << n)) || x.written === y.written) continue;
      const share = amountsAgree(x, y) ? AGREEING_AMOUNT_SHARE : largeCountsAgree(x, y) ? LOOSE_AMOUNT_SHARE : 0;
      if (share === 0) continue;
      if (n < 30) used |= 1 << n;
      const w = Math.max(wa[m], wb[n]);
      weight += share * (w > 0 ? w : 1);
      count++;
      break;
    }
  }
  return { weight, count };
}
