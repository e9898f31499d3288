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

/**
 * Answers "may documents a and b (by position) be about the same story?". Each document's telling
 * entities are interned as a sorted list of numbers, so a check is a merge of two short lists;
 * answers are remembered for the last document asked about as `a` (callers ask about one
 * document against many in a row), which keeps the memory linear in the number of documents.
 */
export function sameStoryCheck(docs: readonly DocumentAnalysis[]): (a: number, b: number) => boolean {
  const perDoc = docs.map((d) => new Set(d.mentions.filter((m) => m.id && NAME_TYPES.has(m.type)).map((m) => m.id!)));
  const docCount = new Map<string, number>();
  for (const ids of perDoc) for (const id of ids) docCount.set(id, (docCount.get(id) ?? 0) + 1);
  const limit = Math.max(UBIQUITOUS_MIN_DOCUMENTS, UBIQUITOUS_SHARE * docs.length);
  const number = new Map<string, number>();
  const telling = perDoc.map((ids) => {
    const out: number[] = [];
    for (const id of ids) {
      if ((docCount.get(id) ?? 0) > limit) continue;
      let n = number.get(id);
      if (n === undefined) number.set(id, (n = number.size));
      out.push(n);
    }
    return Int32Array.from(out).sort();
  });
  // Answers for documents against `rowOf`: 0 not yet known, 1 same story, 2 not.
  const row = new Uint8Array(docs.length);
  let rowOf = -1;
  return (a, b) => {
    if (a === b) return true;
    if (a !== rowOf) {
      row.fill(0);
      rowOf = a;
    }
    let answer = row[b];
    if (answer === 0) {
      // A document that names nobody cannot be told apart this way: leave it to the claims.
      answer = telling[a].length === 0 || telling[b].length === 0 || shareOne(telling[a], telling[b]) ? 1 : 2;
      row[b] = answer;
    }
    return answer === 1;
  };
}

/** True when two sorted lists have a value in common. */
function shareOne(x: Int32Array, y: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) return true;
    if (x[i] < y[j]) i++;
    else j++;
  }
  return false;
}
