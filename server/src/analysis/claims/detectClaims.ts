/**
 * Check-worthy claims: sentences (or clauses) that assert checkable facts.
 */
import type { Claim, Mention, Quote, Sentence } from '../types';

/** STUB (issue 3 replaces it): every non-heading sentence with a digit or a name. */
export function detectClaims(
  _text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  _quotes: readonly Quote[],
  _threshold: number,
): Claim[] {
  return sentences
    .filter((s) => !s.heading && (/\d/u.test(s.text) || mentions.some((m) => m.sentence === s.index)))
    .map((s) => ({ start: s.start, end: s.end, text: s.text, key: `c${s.index}`, sentence: s.index, score: 0.6, cues: ['event'] }));
}
