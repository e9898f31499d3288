/**
 * Word shingles of an article's running text, hashed to 32-bit integers: the basis for finding
 * syndicated and republished copies whatever the page layout around them.
 */
import type { DocumentAnalysis } from '../types';

/** Words per shingle: long enough that two independent reports rarely share one. */
export const SHINGLE_WORDS = 5;

/** FNV-1a over a string, 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct hashed shingles of `text` (lower-cased words, punctuation ignored). */
export function shingleText(text: string, size = SHINGLE_WORDS): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  if (words.length > 0 && words.length < size) set.add(hashString(words.join(' ')));
  for (let i = 0; i + size <= words.length; i++) set.add(hashString(words.slice(i, i + size).join(' ')));
  return Uint32Array.from(set).sort();
}

/** Shingles of a document's sentences (page furniture is left out, so shared menus do not count). */
export function shingleDocument(doc: DocumentAnalysis): Uint32Array {
  const body = doc.sentences.length > 0 ? doc.sentences.map((s) => s.text).join('\n') : doc.text;
  return shingleText(body);
}

/** Number of values two sorted arrays share. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}
