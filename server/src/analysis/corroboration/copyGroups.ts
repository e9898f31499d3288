/**
 * Syndicated and near-duplicate documents: copies are not independent corroboration.
 */
import type { CopyGroup, DocumentAnalysis } from '../types';

/** STUB (issue 4 replaces it). */
export function findCopyGroups(_docs: readonly DocumentAnalysis[]): CopyGroup[] {
  return [];
}
