/**
 * Claim matching across documents through an index (entities, numbers, content words).
 */
import type { AnalysisOptions, CancellationSignal, CopyGroup, Corroboration, DocumentAnalysis, ResolvedEntity } from '../types';

/** Corroborations per document URI, then per claim key. */
export type CorroborationMap = Map<string, Map<string, Corroboration[]>>;

/** STUB (issue 4 replaces it). */
export function corroborate(
  _docs: readonly DocumentAnalysis[],
  _entities: ReadonlyMap<string, ResolvedEntity>,
  _copyGroups: readonly CopyGroup[],
  _options: AnalysisOptions,
  _signal: CancellationSignal,
): CorroborationMap {
  return new Map();
}
