/**
 * Structured facts (subject, attribute, value) from a document's claims.
 */
import type { DocumentAnalysis, Fact, ResolvedEntity } from '../types';

/** STUB (issue 4 replaces it). */
export function extractFacts(_doc: DocumentAnalysis, _entities: ReadonlyMap<string, ResolvedEntity>): Fact[] {
  return [];
}
