/**
 * Whether two documents can be about the same story at all: they must name at least one entity
 * in common (a person, organisation or place resolved to one id), unless one of them names none. Two reports of different
 * fires in the same week may word their sentences alike ("investigators believe the fire was
 * caused by faulty wiring"); what sets them apart is who and where, and no claim-level score
 * sees that when the sentence itself names nobody.
 *
 * In a large workspace an entity named by a great many documents (a country, a head of state)
 * says little about the story, so it does not count; a small workspace keeps every entity.
 */
import { NAME_TYPES, type DocumentAnalysis } from '../types';

/** Entities named by more documents than this (and than `UBIQUITOUS_SHARE` of them) do not count. */
const UBIQUITOUS_MIN_DOCUMENTS = 50;
const UBIQUITOUS_SHARE = 0.2;

/** Answers "may documents a and b (by position) be about the same story?", with a cache. */
export function sameStoryCheck(docs: readonly DocumentAnalysis[]): (a: number, b: number) => boolean {
  const perDoc = docs.map((d) => new Set(d.mentions.filter((m) => m.id && NAME_TYPES.has(m.type)).map((m) => m.id!)));
  const docCount = new Map<string, number>();
  for (const ids of perDoc) for (const id of ids) docCount.set(id, (docCount.get(id) ?? 0) + 1);
  const limit = Math.max(UBIQUITOUS_MIN_DOCUMENTS, UBIQUITOUS_SHARE * docs.length);
  const telling = perDoc.map((ids) => new Set([...ids].filter((id) => (docCount.get(id) ?? 0) <= limit)));
  const cache = new Map<number, boolean>();
  return (a, b) => {
    if (a === b) return true;
    const key = a < b ? a * docs.length + b : b * docs.length + a;
    let answer = cache.get(key);
    if (answer === undefined) {
      const [small, large] = telling[a].size <= telling[b].size ? [telling[a], telling[b]] : [telling[b], telling[a]];
      // A document that names nobody cannot be told apart this way: leave it to the claims.
      answer = small.size === 0;
      for (const id of small) {
        if (large.has(id)) {
          answer = true;
          break;
        }
      }
      cache.set(key, answer);
    }
    return answer;
  };
}
