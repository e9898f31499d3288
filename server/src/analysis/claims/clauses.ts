/**
 * Long sentences split into clauses, so that each claim states one checkable thing. Only clear
 * clause boundaries are used (semicolons, outside quotations), and only when both sides are long
 * enough to stand alone; spans stay generous because corroboration matches on claim text.
 */
import type { Quote, Sentence, Span } from '../types';

/** Sentences shorter than this (in words) are never split. */
const MIN_WORDS_TO_SPLIT = 35;
/** Every clause of a split sentence has at least this many words. */
const MIN_CLAUSE_WORDS = 8;

/** The clause spans of `sentence`: itself, or its pieces at semicolons. */
export function clausesOf(sentence: Sentence, quotes: readonly Quote[]): Span[] {
  const text = sentence.text;
  if (countWords(text) < MIN_WORDS_TO_SPLIT) return [{ start: sentence.start, end: sentence.end }];
  const cuts: number[] = [];
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
    const at = sentence.start + i;
    if (!quotes.some((q) => at > q.start && at < q.end)) cuts.push(i);
  }
  const pieces: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = trim(text, from, cut);
    if (piece) pieces.push(piece);
    from = cut + 1;
  }
  if (pieces.length < 2 || pieces.some((p) => countWords(text.slice(p.start, p.end)) < MIN_CLAUSE_WORDS)) {
    return [{ start: sentence.start, end: sentence.end }];
  }
  return pieces.map((p) => ({ start: sentence.start + p.start, end: sentence.start + p.end }));
}

function trim(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
