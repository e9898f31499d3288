/**
 * Claim matching across documents through an index (entities, numbers, content words).
 *
 * Every claim is described by its features (claimFeatures.ts); claims of other documents that
 * share rare features are candidates (claimIndex.ts); a candidate corroborates the claim when the
 * weighted share of features is high enough (matchScore.ts), the two belong to the same event in
 * time (eventWindow.ts), and it is among the best matches in its document. Copies of one source
 * (copyGroups.ts) do not corroborate each other, and links to a copy carry `copyOf`.
 */
import type { AnalysisOptions, CancellationSignal, CopyGroup, Corroboration, DocumentAnalysis, ResolvedEntity } from '../types';
import { ClaimIndex } from './claimIndex';
import { claimFeatures, type ClaimFeatures } from './claimFeatures';
import { documentDay, sameEventTime } from './eventWindow';
import { matchScore } from './matchScore';

/** Corroborations per document URI, then per claim key. */
export type CorroborationMap = Map<string, Map<string, Corroboration[]>>;

/** At most this many passages of one other document corroborate one claim. */
const MAX_PER_DOCUMENT = 2;

/** A second passage of the same document is kept only if it scores this close to the best. */
const RUNNER_UP_RATIO = 0.85;

/** How often (in claims) the cancellation signal is read. */
const SIGNAL_STRIDE = 512;

/**
 * Links each claim to the claims of other documents that report the same fact. Throws nothing;
 * returns what was found so far if `signal` fires (the corpus checks the signal afterwards).
 */
export function corroborate(
  docs: readonly DocumentAnalysis[],
  _entities: ReadonlyMap<string, ResolvedEntity>,
  copyGroups: readonly CopyGroup[],
  options: AnalysisOptions,
  signal: CancellationSignal,
): CorroborationMap {
  const result: CorroborationMap = new Map();
  const features: ClaimFeatures[] = [];
  const docOfClaim: number[] = [];
  docs.forEach((doc, d) => {
    for (const f of claimFeatures(doc)) {
      features.push(f);
      docOfClaim.push(d);
    }
  });
  if (features.length === 0) return result;
  const index = new ClaimIndex(features);
  const days = docs.map(documentDay);
  const group = copyGroupOf(docs, copyGroups);
  const threshold = options.corroborationThreshold;

  for (let i = 0; i < features.length; i++) {
    if (i % SIGNAL_STRIDE === 0 && signal.isCancellationRequested) return result;
    const da = docOfClaim[i];
    const a = features[i];
    const candidates = index.candidates(i, (j) => {
      const db = docOfClaim[j];
      // A copy of the same source is not independent corroboration.
      return db !== da && (group[da] === undefined || group[da] !== group[db]);
    });
    const byDoc = new Map<number, Array<{ j: number; score: number }>>();
    for (const j of candidates.keys()) {
      const b = features[j];
      if (!sameEventTime(a.days, b.days, days[da], days[docOfClaim[j]])) continue;
      const score = matchScore(index, i, j);
      if (score < threshold) continue;
      const db = docOfClaim[j];
      let list = byDoc.get(db);
      if (!list) byDoc.set(db, (list = []));
      list.push({ j, score });
    }
    if (byDoc.size === 0) continue;
    const links: Corroboration[] = [];
    for (const [db, list] of byDoc) {
      list.sort((x, y) => y.score - x.score || features[x.j].claim.start - features[y.j].claim.start);
      const best = list[0].score;
      for (const { j, score } of list.slice(0, MAX_PER_DOCUMENT)) {
        if (score < best * RUNNER_UP_RATIO) break;
        const target = docs[db];
        const claim = features[j].claim;
        const original = group[db] !== undefined ? copyGroups[group[db]].original : undefined;
        links.push({
          uri: target.uri,
          start: claim.start,
          end: claim.end,
          text: claim.text,
          score,
          ...(original && original !== target.uri ? { copyOf: original } : {}),
          ...(target.headline ? { headline: target.headline.text } : {}),
        });
      }
    }
    links.sort((x, y) => y.score - x.score || (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.start - y.start));
    let perDoc = result.get(a.uri);
    if (!perDoc) result.set(a.uri, (perDoc = new Map()));
    perDoc.set(a.claim.key, links);
  }
  return result;
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
