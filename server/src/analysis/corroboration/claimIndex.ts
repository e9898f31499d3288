/**
 * An inverted index from claim features to the claims that carry them, with feature weights.
 * Candidate pairs are found through the postings of a claim's rarest features, so the cost grows
 * with the number of claims that share something specific, not with the square of all claims.
 */
import { runSteps, type Steps } from '../steps';
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
  q: 1.0, // a word inside quotation marks (on top of its plain word key)
  $: 1.6, // an amount of money with its currency (on top of its number key)
  t: 1.6, // a clock time, local or UTC
  '¤': 0.6, // some sum of money, in any currency
};

/**
 * A feature is part of a story's backdrop when it is in at least this share of the claims of the
 * documents that carry it (and in more than one document): the main actors and the place of the
 * story, named in most sentences, say little about which fact a sentence reports.
 */
export const BACKDROP_SHARE = 0.3;
/** ...and in at least this many claims (in a handful of short claims, every overlap is "frequent"). */
export const BACKDROP_MIN_CLAIMS = 3;
/** Weight left to a name of the backdrop. */
export const BACKDROP_NAME_FACTOR = 0.75;

/** Kinds of feature that always count as evidence of the fact (see `isEvidence`). */
const VALUE_KINDS: ReadonlySet<string> = new Set(['#', '$', '¤', 't', '@', 'q', '!']);

/** Features shared by more claims than this are not followed when looking for candidates. */
export const MAX_POSTINGS = 300;
/**
 * A claim's features are followed rarest first; once this many have been followed and their
 * postings hold more than `PROBE_BUDGET` claims, the rest are not (small corpora follow all).
 */
export const MAX_PROBES = 6;
export const PROBE_BUDGET = 400;

export class ClaimIndex {
  readonly claims: readonly ClaimFeatures[];
  /** Per claim, its feature ids in increasing order. */
  private readonly ids: Int32Array[];
  /** Per feature id, the claims that carry it, in increasing order. */
  private readonly postings: number[][];
  private readonly weights: number[];
  /** Sum of feature weights per claim (the claim's own weight in a binary cosine). */
  readonly norms: Float64Array;
  /** The mean of `norms` (1 when there are no claims). */
  readonly meanNorm: number;
  /** For `candidates`: the last claim for which each claim was seen (instead of a set per call). */
  private readonly seenBy: Int32Array;
  /** Per feature id: 1 when it can show what a claim reports (not a name, not the backdrop). */
  private readonly evidence: Uint8Array;
  private readonly idOf: Map<string, number>;
  private readonly amountWeightCache: Array<Float64Array | undefined> = [];

  /** `tables`: what the index is made of (`indexTables`), when built beforehand. */
  constructor(claims: readonly ClaimFeatures[], tables: IndexTables = runSteps(indexTables(claims))) {
    this.claims = claims;
    this.idOf = tables.idOf;
    this.ids = tables.ids;
    this.postings = tables.postings;
    this.weights = tables.weights;
    this.evidence = tables.evidence;
    this.norms = tables.norms;
    this.meanNorm = tables.meanNorm;
    this.seenBy = new Int32Array(claims.length).fill(-1);
  }

  /**
   * Claims sharing at least one of the rarer features of claim `i` (see `MAX_PROBES`), in the
   * order found. `accept` filters candidates (other documents, say).
   */
  candidates(i: number, accept: (j: number) => boolean): number[] {
    const probes = Array.from(this.ids[i])
      .filter((id) => this.postings[id].length <= MAX_POSTINGS)
      .sort((a, b) => this.postings[a].length - this.postings[b].length);
    this.seenBy[i] = i;
    const out: number[] = [];
    let followed = 0;
    let visited = 0;
    for (const id of probes) {
      if (followed >= MAX_PROBES && visited > PROBE_BUDGET) break;
      followed++;
      visited += this.postings[id].length;
      for (const j of this.postings[id]) {
        if (this.seenBy[j] === i) continue;
        this.seenBy[j] = i;
        if (accept(j)) out.push(j);
      }
    }
    return out;
  }

  /**
   * Weight of the features claims `i` and `j` share, how many they share, and how many of those
   * are evidence (`isEvidence`).
   */
  shared(i: number, j: number): { weight: number; count: number; evidence: number } {
    const a = this.ids[i];
    const b = this.ids[j];
    let x = 0;
    let y = 0;
    let weight = 0;
    let count = 0;
    let evidence = 0;
    while (x < a.length && y < b.length) {
      if (a[x] === b[y]) {
        weight += this.weights[a[x]];
        count++;
        evidence += this.evidence[a[x]];
        x++;
        y++;
      } else if (a[x] < b[y]) x++;
      else y++;
    }
    return { weight, count, evidence };
  }

  /** The ids of the features claims `i` and `j` share, in increasing order. */
  sharedIds(i: number, j: number): number[] {
    const a = this.ids[i];
    const b = this.ids[j];
    const out: number[] = [];
    for (let x = 0, y = 0; x < a.length && y < b.length; ) {
      if (a[x] === b[y]) {
        out.push(a[x]);
        x++;
        y++;
      } else if (a[x] < b[y]) x++;
      else y++;
    }
    return out;
  }

  /** The weight of feature `id`. */
  weightOf(id: number): number {
    return this.weights[id];
  }

  /** The weight of the feature with key `key`, 0 when no claim has it. */
  weightOfKey(key: string): number {
    const id = this.idOf.get(key);
    return id === undefined ? 0 : this.weights[id];
  }

  /** Per amount of claim `i` (`ClaimFeatures.amounts`), the weight of its number key `#value`. */
  amountWeights(i: number): Float64Array {
    let w = this.amountWeightCache[i];
    if (!w) {
      const amounts = this.claims[i].amounts;
      w = new Float64Array(amounts.length);
      for (let n = 0; n < amounts.length; n++) w[n] = this.weightOfKey(`#${amounts[n].written}`);
      this.amountWeightCache[i] = w;
    }
    return w;
  }

  /**
   * True when feature `id` can show which fact a claim reports: a value, quoted or denied words,
   * or a word that is neither a name (an entity, a place, a capitalised word) nor part of the
   * story's backdrop (see `BACKDROP_SHARE`).
   */
  isEvidence(id: number): boolean {
    return this.evidence[id] === 1;
  }

  /** The shared feature keys of two claims, for explanations and tests. */
  sharedKeys(i: number, j: number): string[] {
    const b = new Set(this.claims[j].keys);
    return this.claims[i].keys.filter((k) => b.has(k));
  }
}

/** The claims' feature keys as numbers, and the claims that carry each. */
export interface InternedFeatures {
  /** Per claim, its feature ids in increasing order. */
  ids: Int32Array[];
  /** Per feature id, the claims that carry it, in increasing order. */
  postings: number[][];
  /** Per feature id, its kind (the key's first character). */
  kinds: string[];
  idOf: Map<string, number>;
}

/** How many claims, and features, `indexTables` handles between two yields. */
const CLAIMS_PER_STEP = 512;
const FEATURES_PER_STEP = 16_384;

/** The tables of a `ClaimIndex`. */
export interface IndexTables extends InternedFeatures {
  weights: number[];
  evidence: Uint8Array;
  norms: Float64Array;
  meanNorm: number;
}

/** Builds the tables of a `ClaimIndex` over `claims`, yielding every few claims or features (see steps.ts). */
export function* indexTables(claims: readonly ClaimFeatures[]): Steps<IndexTables> {
  const interned = yield* internFeatures(claims);
  const { ids, postings, kinds, idOf } = interned;
  const n = claims.length;
  const nameLike = nameLikeFeatures(claims, idOf, kinds);
  yield;
  const backdrop = backdropFeatures(claims, postings);
  yield;
  const weights: number[] = [];
  const evidence = new Uint8Array(kinds.length);
  for (let id = 0; id < postings.length; id++) {
    if (id % FEATURES_PER_STEP === FEATURES_PER_STEP - 1) yield;
    // Inverse document frequency over claims, floored so that a feature in every claim still
    // counts a little; squared, so that one rare shared word outweighs several common ones.
    const idf = Math.max(0.25, Math.log((n + 1) / postings[id].length));
    const factor = nameLike[id] && backdrop[id] ? BACKDROP_NAME_FACTOR : 1;
    weights[id] = idf * idf * (KIND_WEIGHT[kinds[id]] ?? 1) * factor;
    // A value (number, sum, time, day) or quoted or denied words are the fact itself, however often repeated.
    evidence[id] = VALUE_KINDS.has(kinds[id]) || !(nameLike[id] || backdrop[id]) ? 1 : 0;
  }
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
    let t = 0;
    for (const id of ids[i]) t += weights[id];
    norms[i] = t;
  }
  let total = 0;
  for (const x of norms) total += x;
  const meanNorm = n > 0 && total > 0 ? total / n : 1;
  return { ...interned, weights, evidence, norms, meanNorm };
}

/** Numbers the feature keys of `claims` in order of first appearance, yielding every few claims. */
export function* internFeatures(claims: readonly ClaimFeatures[]): Steps<InternedFeatures> {
  const idOf = new Map<string, number>();
  const kinds: string[] = [];
  const postings: number[][] = [];
  const ids: Int32Array[] = [];
  for (let i = 0; i < claims.length; i++) {
    if (i % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
    const keys = claims[i].keys;
    const own = new Int32Array(keys.length);
    keys.forEach((k, n) => {
      let id = idOf.get(k);
      if (id === undefined) {
        id = kinds.length;
        idOf.set(k, id);
        kinds.push(k[0]);
        postings.push([]);
      }
      own[n] = id;
      postings[id].push(i);
    });
    ids.push(own.sort());
  }
  return { ids, postings, kinds, idOf };
}

/** Per feature id: true for entities, places, and keys that are mostly names where they occur. */
function nameLikeFeatures(claims: readonly ClaimFeatures[], idOf: ReadonlyMap<string, number>, kinds: readonly string[]): boolean[] {
  const asName = new Int32Array(kinds.length);
  const total = new Int32Array(kinds.length);
  for (const c of claims) {
    for (const k of c.keys) total[idOf.get(k)!]++;
    for (const k of c.nameKeys) asName[idOf.get(k)!]++;
  }
  return kinds.map((kind, id) => kind === 'e' || kind === 'p' || 2 * asName[id] > total[id]);
}

/** Per feature id: true when it is in `BACKDROP_SHARE` of the claims of the documents that carry it. */
function backdropFeatures(claims: readonly ClaimFeatures[], postings: readonly number[][]): boolean[] {
  const docOf = new Int32Array(claims.length);
  const claimsPerDoc: number[] = [];
  const docIndex = new Map<string, number>();
  claims.forEach((c, i) => {
    let d = docIndex.get(c.uri);
    if (d === undefined) {
      d = claimsPerDoc.length;
      docIndex.set(c.uri, d);
      claimsPerDoc.push(0);
    }
    docOf[i] = d;
    claimsPerDoc[d]++;
  });
  const seenFor = new Int32Array(claimsPerDoc.length).fill(-1);
  return postings.map((list, id) => {
    let docs = 0;
    let room = 0;
    for (const i of list) {
      if (seenFor[docOf[i]] === id) continue;
      seenFor[docOf[i]] = id;
      docs++;
      room += claimsPerDoc[docOf[i]];
    }
    return docs > 1 && list.length >= BACKDROP_MIN_CLAIMS && list.length >= BACKDROP_SHARE * room;
  });
}
