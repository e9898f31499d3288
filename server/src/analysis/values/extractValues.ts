/**
 * Value mentions (DATE, TIME, MONEY, QUANTITY, PERCENT, CARDINAL) with normalised values.
 */
import type { Mention, Sentence } from '../types';
import type { TokenizedText } from '../text/nlp';

/** STUB (issue 4 replaces it). */
export function extractValueMentions(
  _text: string,
  _tokenized: TokenizedText,
  _sentences: readonly Sentence[],
  _published: string | undefined,
): Mention[] {
  return [];
}
