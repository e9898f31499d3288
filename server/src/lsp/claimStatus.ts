/**
 * What the workspace says about one claim: its corroborating passages (independent sources first,
 * copies grouped with their original) and its contradictions. Shared by diagnostics and hovers so
 * that both always agree.
 */
import { contradictionsOf } from '../analysis/report';
import type { Claim, Contradiction, CorpusAnalysis, Corroboration, Passage } from '../analysis';

export interface ClaimStatus {
  claim: Claim;
  /** Passages from independent sources (one per source document). */
  independent: Corroboration[];
  /** Passages from documents that are copies of another source. */
  copies: Corroboration[];
  contradictions: Array<{ contradiction: Contradiction; other: Passage }>;
}

/** The status of `claim` of document `uri`. */
export function claimStatus(analysis: CorpusAnalysis, uri: string, claim: Claim): ClaimStatus {
  const links = analysis.corroborations.get(uri)?.get(claim.key) ?? [];
  const independent = links.filter((l) => !l.copyOf && !l.sameOrigin);
  const copies = links.filter((l) => l.copyOf || l.sameOrigin);
  return { claim, independent, copies, contradictions: contradictionsOf(analysis.contradictions, uri, claim) };
}

/**
 * Number of independent sources other than the claim's own: copies of one original count once,
 * and copies of the claim's own source not at all.
 */
export function independentSourceCount(status: ClaimStatus): number {
  const sources = new Set<string>();
  for (const l of [...status.independent, ...status.copies]) if (!l.sameOrigin) sources.add(l.copyOf ?? l.uri);
  return sources.size;
}
