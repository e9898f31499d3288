/**
 * The article's own date, from a dateline or byline, used to resolve relative dates.
 */
import type { Sentence } from '../types';

/** STUB (issue 4 replaces it). Returns an ISO date (yyyy-mm-dd) or undefined. */
export function findPublicationDate(_text: string, _sentences: readonly Sentence[]): string | undefined {
  return undefined;
}
