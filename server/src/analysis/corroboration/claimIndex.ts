/**
 * An inverted index from claim features to the claims that carry them, with feature weights.
 * Candidate pairs are found through the postings of a claim's rarer features, so the cost grows
 * with the number of claims that share something specific, not with the square of all claims.
 */
import type { ClaimFeatures } from './claimFeatures';

/** Relative strength of each kind of feature (by the key's first character). */
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  e: 1.3, // a resolved entity
  '#': 1.6, // a number
  '@': 1.2, // a calendar day
  w: 1.0, // a content word (stem)
  '~': 0.7, // a synonym concept (the exact word, if shared, counts as well)
  p: 0.8, // a country or region, from a name or an adjective
  '!': 1.2, // a denied word or concept ("no compromise")
};

/** Features shared by more claims than this are not followed when looking for candidates. */
export const MAX_POSTINGS = 400;

export class ClaimIndex {
  readonly claims: readonly ClaimFeatures[];
  private readonly postings = new Map<string, number[]>();
  private readonly weights = new Map<string, number>();
  /** Sum of feature weights per claim (the claim's own weight in a binary cosine). */
  readonly norms: Float64Array;

  constructor(claims: readonly ClaimFeatures[]) {
    this.claims = claims;
    claims.forEach((c, i) => {
      for (const k of c.keys) {
        let list = this.postings.get(k);
        if (!list) this.postings.set(k, (list = []));
        list.push(i);
      }
    });
    const n = claims.length;
    for (const [k, list] of this.postings) {
      // Inverse document frequency over claims, floored so that a feature in every claim still counts a little.
      const idf = Math.max(0.25, Math.log((n + 1) / list.length));
      // Squared, so that one rare shared word outweighs several common ones.
      this.weights.set(k, idf * idf * (KIND_WEIGHT[k[0]] ?? 1));
    }
    this.norms = new Float64Array(n);
    claims.forEach((c, i) => {
      let t = 0;
      for (const k of c.keys) t += this.weight(k);
      this.norms[i] = t;
    });
  }

  /** The weight of a feature: rarer and more specific features weigh more. */
  weight(key: string): number {
    return this.weights.get(key) ?? 0;
  }

  /** How many claims carry `key`. */
  frequency(key: string): number {
    return this.postings.get(key)?.length ?? 0;
  }

  /**
   * Claims sharing at least one not-too-common feature with claim `i`, with the weight of what
   * they share through those features. `accept` filters candidates (other documents, say).
   */
  candidates(i: number, accept: (j: number) => boolean): Map<number, number> {
    const acc = new Map<number, number>();
    for (const k of this.claims[i].keys) {
      const list = this.postings.get(k);
      if (!list || list.length > MAX_POSTINGS) continue;
      const w = this.weight(k);
      for (const j of list) {
        if (j === i) continue;
        const prev = acc.get(j);
        if (prev !== undefined) acc.set(j, prev + w);
        else if (accept(j)) acc.set(j, w);
      }
    }
    return acc;
  }

  /** The features two claims share. */
  shared(i: number, j: number): string[] {
    const a = this.claims[i].keys;
    const b = new Set(this.claims[j].keys);
    return a.filter((k) => b.has(k));
  }
}
