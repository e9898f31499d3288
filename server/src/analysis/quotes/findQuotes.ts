/**
 * Quotations and their speakers.
 */
import type { Mention, Quote, Sentence } from '../types';

/** STUB (issue 3 replaces it). */
export function findQuotes(_text: string, _sentences: readonly Sentence[], _mentions: readonly Mention[]): Quote[] {
  return [];
}
