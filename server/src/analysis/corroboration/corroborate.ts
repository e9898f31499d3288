/**
 * Claim matching across documents through an index (entities, numbers, content words).
 *
 * Every claim is described by its features (claimFeatures.ts); claims of other documents that
 * share rare features are candidates (claimIndex.ts) and get a weighted-overlap score
 * (matchScore.ts). A candidate corroborates a claim when
 *  - it is among the best matches in its document and scores above the threshold, or
 *  - it is reached through a third document: A's best match in C is C's claim X, X's best match
 *    in B is the candidate, and both matches are mutual and strong. Five articles rarely word one
 *    fact the same way, but they tend to word it alike pairwise, so the chain finds what the
 *    direct comparison misses; the candidate must still share something with the claim.
 * Claims of events at different times never match (eventWindow.ts), nor do claims of documents
 * that name no entity in common (sameStory.ts). Copies of one source
 * (copyGroups.ts) do not corroborate each other, and links to a copy carry `copyOf`.
 */
import { runSteps, type Steps } from '../steps';
import type { AnalysisOptions, CancellationSignal, CopyGroup, Corroboration, DocumentAnalysis, ResolvedEntity } from '../types';
import { ClaimIndex, indexTables } from './claimIndex';
import { claimFeatures, type ClaimFeatures } from './claimFeatures';
import { documentDayNumber, sameEventTime } from './eventWindow';
import { matchScore } from './matchScore';
import { sameStoryCheck } from './sameStory';

/** Corroborations per document URI, then per claim key. */
export type CorroborationMap = Map<string, Map<string, Corroboration[]>>;

/** At most this many passages of one other document corroborate one claim directly. */
const MAX_PER_DOCUMENT = 3;
/** A further passage of the same document is kept if it scores this close to the best... */
const RUNNER_UP_RATIO = 0.85;
/**
 * ...or if at least this share of what it has in common with the claim (by weight) is not shared
 * by the passages already kept: a long sentence often states several facts that another article
 * reports in different sentences, and each of those sentences corroborates part of it.
 */
const NOVEL_SHARE = 0.6;
/** A link in a chain must score this multiple of the threshold, and be mutual best. */
const CHAIN_STRENGTH = 1;
/** The claim and the end of a chain must still score this multiple of the threshold. */
const CHAIN_FLOOR = 0.8;
/** Links to at most this many other documents per claim (the best matching ones). */
const MAX_DOCUMENTS = 40;
/** How often (in claims) the cancellation signal is read. */
const SIGNAL_STRIDE = 256;
/** How often (in claims) `corroborateSteps` yields. */
const YIELD_STRIDE = 32;

interface Scored {
  j: number;
  score: number;
}

/**
 * Links each claim to the claims of other documents that report the same fact. If `signal`
 * fires, returns what was found so far (the corpus checks the signal afterwards).
 */
export function corroborate(
  docs: readonly DocumentAnalysis[],
  entities: ReadonlyMap<string, ResolvedEntity>,
  copyGroups: readonly CopyGroup[],
  options: AnalysisOptions,
  signal: CancellationSignal,
): CorroborationMap {
  return runSteps(corroborateSteps(docs, entities, copyGroups, options, signal));
}

/** `corroborate`, yielding every few claims (see steps.ts). */
export function* corroborateSteps(
  docs: readonly DocumentAnalysis[],
  _entities: ReadonlyMap<string, ResolvedEntity>,
  copyGroups: readonly CopyGroup[],
  options: AnalysisOptions,
  signal: CancellationSignal,
): Steps<CorroborationMap> {
  const result: CorroborationMap = new Map();
  const features: ClaimFeatures[] = [];
  const docOf: number[] = [];
  for (let d = 0; d < docs.length; d++) {
    for (const f of cachedClaimFeatures(docs[d])) {
      features.push(f);
      docOf.push(d);
    }
    if (d % YIELD_STRIDE === YIELD_STRIDE - 1) yield;
  }
  if (features.length === 0) return result;
  yield;
  const index = new ClaimIndex(features, yield* indexTables(features));
  yield;
  const days = docs.map(documentDayNumber);
  const group = copyGroupOf(docs, copyGroups);
  const threshold = options.corroborationThreshold;
  const floor = threshold * CHAIN_FLOOR;

  // 1. Scores of every claim against its candidates in other documents: the best two per
  // document, for the documents where the claim matches best.
  // A document does not corroborate itself. Copies of one source are linked (a fact-checker wants
  // to see them) but marked, so that they are never counted as independent sources.
  const sameOrigin = (da: number, db: number) => group[da] !== undefined && group[da] === group[db];
  const sameStory = sameStoryCheck(docs);
  const independent = (da: number, db: number) => da !== db && (sameOrigin(da, db) || sameStory(da, db));
  const eventTime = (i: number, j: number) => sameEventTime(features[i].days, features[j].days, days[docOf[i]], days[docOf[j]]);
  const matches: Array<Map<number, Scored[]>> = [];
  for (let i = 0; i < features.length; i++) {
    if (i % SIGNAL_STRIDE === 0 && signal.isCancellationRequested) return result;
    if (i % YIELD_STRIDE === 0) yield;
    const da = docOf[i];
    const candidates = index.candidates(i, (j) => independent(da, docOf[j]));
    const byDoc = new Map<number, Scored[]>();
    for (const j of candidates) {
      const score = matchScore(index, i, j);
      if (score < floor || !eventTime(i, j)) continue;
      const list = byDoc.get(docOf[j]);
      if (!list) byDoc.set(docOf[j], [{ j, score }]);
      else insertTop(list, { j, score }, MAX_PER_DOCUMENT);
    }
    matches.push(keepBestDocuments(byDoc, MAX_DOCUMENTS));
  }

  // 2. Strong mutual best matches: the links that chains are made of.
  const best = (i: number, d: number): Scored | undefined => matches[i].get(d)?.[0];
  const strong = (i: number, j: number, score: number) =>
    score >= threshold * CHAIN_STRENGTH && best(j, docOf[i])?.j === i;

  // 3. Direct links, then links through a chain of two strong links.
  for (let i = 0; i < features.length; i++) {
    if (i % SIGNAL_STRIDE === 0 && signal.isCancellationRequested) return result;
    if (i % YIELD_STRIDE === 0) yield;
    const chosen = new Map<number, number>();
    for (const list of matches[i].values()) chooseInDocument(index, i, list, threshold, chosen);
    for (const [dc, list] of matches[i]) {
      const x = list[0];
      if (!strong(i, x.j, x.score) || best(i, dc)?.j !== x.j) continue;
      for (const [db, viaList] of matches[x.j]) {
        if (!independent(docOf[i], db)) continue;
        const y = viaList[0];
        if (!strong(x.j, y.j, y.score) || chosen.has(y.j)) continue;
        // The chain's end must still resemble the claim itself.
        const direct = matchScore(index, i, y.j);
        if (direct >= floor && eventTime(i, y.j)) chosen.set(y.j, direct);
      }
    }
    if (chosen.size === 0) continue;
    const links = [...chosen].map(([j, score]) =>
      toCorroboration(docs[docOf[j]], features[j], score, group[docOf[j]], copyGroups, sameOrigin(docOf[i], docOf[j])),
    );
    links.sort((p, q) => q.score - p.score || (p.uri < q.uri ? -1 : p.uri > q.uri ? 1 : p.start - q.start));
    const a = features[i];
    let perDoc = result.get(a.uri);
    if (!perDoc) result.set(a.uri, (perDoc = new Map()));
    perDoc.set(a.claim.key, links);
  }
  return result;
}

/**
 * The direct links of claim `i` into one document (`list`, best first): the best match above the
 * threshold, then runners-up that score nearly as well or that corroborate another part of the
 * claim (see `NOVEL_SHARE`).
 */
function chooseInDocument(index: ClaimIndex, i: number, list: readonly Scored[], threshold: number, chosen: Map<number, number>): void {
  const top = list[0].score;
  if (top < threshold) return;
  const covered = new Set<number>();
  for (const { j, score } of list) {
    if (score < threshold) break;
    const shared = index.sharedIds(i, j);
    if (score < top * RUNNER_UP_RATIO) {
      let total = 0;
      let novel = 0;
      for (const id of shared) {
        const w = index.weightOf(id);
        total += w;
        if (!covered.has(id)) novel += w;
      }
      if (novel < NOVEL_SHARE * total) continue;
    }
    chosen.set(j, score);
    for (const id of shared) covered.add(id);
  }
}

/** Inserts `x` into `list` (best first, ties by position) and keeps the best `max`. */
function insertTop(list: Scored[], x: Scored, max: number): void {
  let at = list.length;
  while (at > 0 && (list[at - 1].score < x.score || (list[at - 1].score === x.score && list[at - 1].j > x.j))) at--;
  if (at >= max) return;
  list.splice(at, 0, x);
  if (list.length > max) list.length = max;
}

/** The `max` documents whose best match scores highest. */
function keepBestDocuments(byDoc: Map<number, Scored[]>, max: number): Map<number, Scored[]> {
  if (byDoc.size <= max) return byDoc;
  const kept = [...byDoc].sort((a, b) => b[1][0].score - a[1][0].score || a[0] - b[0]).slice(0, max);
  return new Map(kept);
}

function toCorroboration(
  target: DocumentAnalysis,
  f: ClaimFeatures,
  score: number,
  groupIndex: number | undefined,
  copyGroups: readonly CopyGroup[],
  sameOrigin: boolean,
): Corroboration {
  const original = groupIndex !== undefined ? copyGroups[groupIndex].original : undefined;
  return {
    ...(sameOrigin ? { sameOrigin: true } : {}),
    uri: target.uri,
    start: f.claim.start,
    end: f.claim.end,
    text: f.claim.text,
    score: Math.min(1, score),
    ...(original && original !== target.uri ? { copyOf: original } : {}),
    ...(target.headline ? { headline: target.headline.text } : {}),
  };
}

/** For each document (by position), the index of the copy group it belongs to, if any. */
function copyGroupOf(docs: readonly DocumentAnalysis[], groups: readonly CopyGroup[]): Array<number | undefined> {
  const byUri = new Map<string, number>();
  groups.forEach((g, gi) => {
    for (const m of g.members) byUri.set(m, gi);
    byUri.set(g.original, gi);
  });
  return docs.map((d) => byUri.get(d.uri));
}

/**
 * Claim features per cached document analysis, reused while the document's entity ids are
 * unchanged: an edit to one article then re-reads the claims of that article only. (The index
 * and the scores still cover the whole workspace, since word weights depend on all of it.)
 */
const featureCache = new WeakMap<DocumentAnalysis, { signature: string; features: ClaimFeatures[] }>();

function cachedClaimFeatures(doc: DocumentAnalysis): ClaimFeatures[] {
  const signature = `${doc.published ?? ''}|${doc.mentions.map((m) => `${m.start}:${m.end}:${m.id ?? ''}:${m.type}`).join('|')}`;
  const cached = featureCache.get(doc);
  if (cached && cached.signature === signature) return cached.features;
  const features = claimFeatures(doc);
  featureCache.set(doc, { signature, features });
  return features;
}
