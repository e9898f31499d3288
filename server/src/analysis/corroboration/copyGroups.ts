/**
 * Syndicated and near-duplicate documents: copies are not independent corroboration.
 *
 * Documents are shingled (shingles.ts), MinHash signatures put similar ones in shared buckets
 * (minhash.ts), and candidate pairs are confirmed on their exact shingle overlap. A wire credit
 * that both documents carry (wireCredit.ts) is evidence of shared origin and lowers the overlap
 * needed. Confirmed pairs are joined into groups; the earliest document is the original.
 */
import { runSteps, type Steps } from '../steps';
import type { CopyGroup, DocumentAnalysis } from '../types';
import { documentDay } from './eventWindow';
import { bandKeys, signature } from './minhash';
import { intersectionSize, shingleDocument } from './shingles';
import { wireCredits } from './wireCredit';

/** Share of the smaller document's shingles found in the other for the two to be copies. */
export const COPY_CONTAINMENT = 0.6;
/** The same, when both documents credit the same wire agency. */
export const CREDITED_COPY_CONTAINMENT = 0.3;
/** Documents with fewer shingles than this are too short to call copies. */
const MIN_SHINGLES = 8;
/** Buckets holding more documents than this are boilerplate, not copies, and are skipped. */
const MAX_BUCKET = 200;
/** Documents, and buckets, that `CopyGroupFinder.findSteps` handles between two yields. */
const DOCS_PER_STEP = 64;
const BUCKETS_PER_STEP = 8192;

/** Groups of documents that are copies of one another (each group has two or more members). */
export function findCopyGroups(docs: readonly DocumentAnalysis[]): CopyGroup[] {
  return new CopyGroupFinder().find(docs);
}

/**
 * Finds copy groups again and again as the workspace changes, comparing only the pairs an edit
 * can affect. The groups are the connected components of the graph of copy pairs: documents that
 * share a MinHash bucket of a useful size (2 to `MAX_BUCKET` documents) and pass `areCopies`.
 * Between two runs that graph changes only at the documents added or removed, and at buckets whose
 * size crossed a limit (which add or drop pairs of other documents); the rest of it is kept.
 */
export class CopyGroupFinder {
  private last: { docs: Set<DocumentAnalysis>; useful: Set<string>; copies: Map<DocumentAnalysis, Set<DocumentAnalysis>> } | undefined;

  /** The copy groups of `docs`, as `findCopyGroups` gives them. */
  find(docs: readonly DocumentAnalysis[]): CopyGroup[] {
    return runSteps(this.findSteps(docs));
  }

  /** `find`, yielding between documents (see steps.ts). Abandoned midway, it leaves the finder as it was. */
  *findSteps(docs: readonly DocumentAnalysis[]): Steps<CopyGroup[]> {
    const features = docs.map(copyFeatures);
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < features.length; i++) {
      for (const key of features[i].bucketKeys) {
        const list = buckets.get(key);
        if (list) list.push(i);
        else buckets.set(key, [i]);
      }
      if (i % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
    }
    const isUseful = (list: readonly number[] | undefined) => list !== undefined && list.length >= 2 && list.length <= MAX_BUCKET;
    const usefulOf: number[][][] = features.map(() => []);
    let seen = 0;
    for (const list of buckets.values()) {
      if (isUseful(list)) for (const i of list) usefulOf[i].push(list);
      if (++seen % BUCKETS_PER_STEP === 0) yield;
    }
    const copiesOf = (i: number, j: number) => areCopies(features[i].shingles, features[j].shingles, features[i].credits, features[j].credits);
    const pairs: Array<[number, number]> = [];
    const metBy = new Int32Array(docs.length).fill(-1);
    /** Adds the copy pairs of document i with the documents it shares a useful bucket with (j > i only when `later`). */
    const pairsOf = (i: number, later: boolean, skip?: (j: number) => boolean) => {
      for (const list of usefulOf[i]) {
        for (const j of list) {
          if (j === i || (later && j < i) || metBy[j] === i || skip?.(j)) continue;
          metBy[j] = i;
          if (copiesOf(i, j)) pairs.push([i, j]);
        }
      }
    };
    const last = this.last;
    const index = new Map<DocumentAnalysis, number>();
    docs.forEach((d, i) => index.set(d, i));
    const added = docs.flatMap((d, i) => (last?.docs.has(d) ? [] : [i]));
    const removed = last ? [...last.docs].filter((d) => !index.has(d)) : [];
    // Past a quarter of the workspace (a new scan, changed options), comparing afresh is cheaper.
    if (!last || added.length + removed.length > Math.max(16, docs.length / 4)) {
      for (let i = 0; i < docs.length; i++) {
        pairsOf(i, true);
        if (i % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
      }
    } else {
      // Pairs of documents both kept: kept while they still share a useful bucket.
      const fresh = new Uint8Array(docs.length);
      for (const i of added) fresh[i] = 1;
      const touched = new Set<string>();
      for (const i of added) for (const key of features[i].bucketKeys) touched.add(key);
      for (const d of removed) for (const key of copyFeatures(d).bucketKeys) touched.add(key);
      const lostUse = new Set<string>();
      const gainedUse: number[][] = [];
      for (const key of touched) {
        const was = last.useful.has(key);
        const list = buckets.get(key);
        if (was && !isUseful(list)) lostUse.add(key);
        if (!was && isUseful(list)) gainedUse.push(list!);
      }
      for (const [a, partners] of last.copies) {
        const i = index.get(a);
        if (i === undefined || fresh[i]) continue;
        for (const b of partners) {
          const j = index.get(b);
          if (j === undefined || fresh[j]) continue;
          const mayHaveLost = lostUse.size > 0 && features[i].bucketKeys.some((k) => lostUse.has(k) && features[j].bucketKeys.includes(k));
          if (!mayHaveLost || usefulOf[i].some((list) => list.includes(j))) pairs.push(i < j ? [i, j] : [j, i]);
        }
      }
      // Pairs newly sharing a useful bucket: those of added documents, and those of buckets that
      // became useful (compared unless already kept above, or an added document's, below).
      const kept = new Set(pairs.map(([i, j]) => i * docs.length + j));
      const checked = new Set<number>();
      for (const list of gainedUse) {
        for (let x = 0; x < list.length; x++) {
          for (let y = x + 1; y < list.length; y++) {
            const [i, j] = list[x] < list[y] ? [list[x], list[y]] : [list[y], list[x]];
            const key = i * docs.length + j;
            if (fresh[i] || fresh[j] || kept.has(key) || checked.has(key)) continue;
            checked.add(key);
            if (copiesOf(i, j)) pairs.push([i, j]);
          }
        }
      }
      for (const i of added) pairsOf(i, false, (j) => fresh[j] === 1 && j < i);
    }
    const copies = new Map<DocumentAnalysis, Set<DocumentAnalysis>>();
    const parent = docs.map((_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (const [i, j] of pairs) {
      const a = docs[i];
      const b = docs[j];
      let partners = copies.get(a);
      if (!partners) copies.set(a, (partners = new Set()));
      partners.add(b);
      // Components do not depend on the order pairs are joined in.
      if (find(i) !== find(j)) parent[find(i)] = find(j);
    }
    yield;
    const useful = new Set<string>();
    for (const [key, list] of buckets) {
      if (isUseful(list)) useful.add(key);
      if (++seen % BUCKETS_PER_STEP === 0) yield;
    }
    this.last = { docs: new Set(docs), useful, copies };
    return groupsOf(docs, features, find);
  }
}

/** Copy groups from the components of `find`, each ordered with its original first. */
function groupsOf(docs: readonly DocumentAnalysis[], features: readonly CopyFeatures[], find: (x: number) => number): CopyGroup[] {
  const credits = features.map((f) => f.credits);
  const members = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const days = features.map((f) => f.day);
  const groups: CopyGroup[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const ordered = [...list].sort((a, b) => compareOrigin(days[a], days[b]) || (docs[a].uri < docs[b].uri ? -1 : docs[a].uri > docs[b].uri ? 1 : 0));
    const credit = ordered.map((i) => credits[i]).find((c) => c.length > 0)?.[0];
    groups.push({ original: docs[ordered[0]].uri, members: ordered.map((i) => docs[i].uri), ...(credit ? { credit } : {}) });
  }
  return groups.sort((a, b) => (a.original < b.original ? -1 : a.original > b.original ? 1 : 0));
}

/** What a document brings to the search for copies; it depends on the document alone. */
interface CopyFeatures {
  shingles: Uint32Array;
  credits: string[];
  /** The LSH buckets the document goes into (none when it is too short to call a copy). */
  bucketKeys: string[];
  day: string | undefined;
}

/**
 * Copy features per cached document analysis: shingling and hashing are most of the cost of this
 * stage, and an edit to one article changes the features of that article only.
 */
const featureCache = new WeakMap<DocumentAnalysis, CopyFeatures>();

function copyFeatures(doc: DocumentAnalysis): CopyFeatures {
  let f = featureCache.get(doc);
  if (!f) {
    const shingles = shingleDocument(doc);
    const credits = wireCredits(doc.text);
    const bucketKeys: string[] = [];
    if (shingles.length >= MIN_SHINGLES) {
      const sig = signature(shingles);
      bucketKeys.push(...bandKeys(sig));
      // Documents crediting the same agency meet on any single MinHash value, so that a rewritten
      // wire story sharing a third of its text is still compared.
      for (const credit of credits) for (let k = 0; k < sig.length; k++) bucketKeys.push(`${credit}#${k}:${sig[k]}`);
    }
    f = { shingles, credits, bucketKeys, day: documentDay(doc) };
    featureCache.set(doc, f);
  }
  return f;
}

/** True when two shingle sets overlap enough to be one text; shared wire credits lower the bar. */
export function areCopies(a: Uint32Array, b: Uint32Array, creditsA: readonly string[], creditsB: readonly string[]): boolean {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return false;
  const containment = intersectionSize(a, b) / smaller;
  if (containment >= COPY_CONTAINMENT) return true;
  const sharedCredit = creditsA.some((c) => creditsB.includes(c));
  return sharedCredit && containment >= CREDITED_COPY_CONTAINMENT;
}

/** Earlier known days first; documents without a day after those with one. */
function compareOrigin(a: string | undefined, b: string | undefined): number {
  if (a && b) return a < b ? -1 : a > b ? 1 : 0;
  if (a) return -1;
  if (b) return 1;
  return 0;
}
