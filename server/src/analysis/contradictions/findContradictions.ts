/**
 * Contradictions between facts, across documents and within one.
 */
import type { CancellationSignal, Contradiction, DocumentAnalysis, ResolvedEntity } from '../types';

/** STUB (issue 4 replaces it). */
export function findContradictions(
  _docs: readonly DocumentAnalysis[],
  _entities: ReadonlyMap<string, ResolvedEntity>,
  _signal: CancellationSignal,
): Contradiction[] {
  return [];
}
