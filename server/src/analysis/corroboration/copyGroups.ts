/**
 * Syndicated and near-duplicate documents: copies are not independent corroboration.
 *
 * Documents are shingled (shingles.ts), MinHash signatures put similar ones in shared buckets
 * (minhash.ts), and candidate pairs are confirmed on their exact shingle overlap. A wire credit
 * that both documents carry (wireCredit.ts) is evidence of shared origin and lowers the overlap
 * needed. Confirmed pairs are joined into groups; the earliest document is the original.
 */
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

/** Groups of documents that are copies of one another (each group has two or more members). */
export function findCopyGroups(docs: readonly DocumentAnalysis[]): CopyGroup[] {
  const features = docs.map(copyFeatures);
  const shingles = features.map((f) => f.shingles);
  const credits = features.map((f) => f.credits);
  const buckets = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of f.bucketKeys) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const parent = docs.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Each pair of documents that share a bucket (of a useful size) is compared once: the documents
  // met by document i are marked with i in `metBy` rather than kept in a set of pairs.
  const bucketsOf: number[][][] = features.map(() => []);
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (const i of list) bucketsOf[i].push(list);
  }
  const metBy = new Int32Array(docs.length).fill(-1);
  for (let i = 0; i < docs.length; i++) {
    for (const list of bucketsOf[i]) {
      for (const j of list) {
        if (j <= i || metBy[j] === i) continue;
        metBy[j] = i;
        if (find(i) === find(j)) continue;
        // Components do not depend on the order pairs are joined in, so the groups are those of
        // comparing the pairs bucket by bucket.
        if (areCopies(shingles[i], shingles[j], credits[i], credits[j])) parent[find(i)] = find(j);
      }
    }
  }
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
