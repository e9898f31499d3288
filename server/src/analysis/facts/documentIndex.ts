/**
 * What many fact readers ask of a document for every sentence, worked out once per document: the
 * name mentions of each sentence, and the dateline. Without it each reader scanned all of the
 * document's mentions (or its head, for the dateline) for every sentence it read. Weak maps, so
 * that an analysis dropped by the corpus takes its index with it.
 */
import { findDateline, type Dateline } from '../dates/dateline';
import type { DocumentAnalysis, Mention } from '../types';

const NONE: readonly Mention[] = [];
const bySentence = new WeakMap<DocumentAnalysis, Map<number, Mention[]>>();
const datelines = new WeakMap<DocumentAnalysis, Dateline | null>();

/** The name mentions of sentence `index` of `doc`, in document order. */
export function sentenceMentions(doc: DocumentAnalysis, index: number): readonly Mention[] {
  let map = bySentence.get(doc);
  if (!map) {
    map = new Map();
    for (const m of doc.mentions ?? []) {
      const list = map.get(m.sentence);
      if (list) list.push(m);
      else map.set(m.sentence, [m]);
    }
    bySentence.set(doc, map);
  }
  return map.get(index) ?? NONE;
}

/** The document's dateline ("PISCO, Nov. 23, 2025 —"), if it has one. */
export function datelineOf(doc: DocumentAnalysis): Dateline | undefined {
  let dateline = datelines.get(doc);
  if (dateline === undefined) {
    dateline = findDateline(doc.text ?? '') ?? null;
    datelines.set(doc, dateline);
  }
  return dateline ?? undefined;
}
