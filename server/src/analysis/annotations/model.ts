/**
 * The data model of user annotations (issue 5): a verdict and a note on a passage of an article,
 * with evidence links, author and time. Stored and exported in the W3C Web Annotation model
 * (see `w3c.ts`); this is the friendlier shape the rest of the code works with.
 */

/** A fact-checker's verdict on a claim. */
export type Verdict = 'verified' | 'false' | 'misleading' | 'unproven' | 'needs-source';

/** Every verdict, in the order menus show them. */
export const VERDICTS: readonly Verdict[] = ['verified', 'false', 'misleading', 'unproven', 'needs-source'];

/** Human-readable names of the verdicts (ClaimReview's `alternateName` uses them too). */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unproven: 'Unproven',
  'needs-source': 'Needs source',
};

/** True when `v` is one of the verdicts (accepts "needs source" with a space as typed by people). */
export function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);
}

/** Parses a verdict as a person may write it ("Needs source", "FALSE"); undefined if unknown. */
export function parseVerdict(v: string): Verdict | undefined {
  const k = v.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return isVerdict(k) ? k : undefined;
}

/** W3C TextQuoteSelector: the quoted text with some context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets into the article's text, `end` exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where an annotation (or a piece of evidence) points: a document and a passage of it. */
export interface AnnotationTarget {
  /** The article: a path relative to the workspace root, with forward slashes. */
  source: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Evidence for a verdict: a URL typed by the user, or a passage of another article. */
export type Evidence = { kind: 'url'; url: string } | { kind: 'passage'; target: AnnotationTarget };

/** One annotation. `id` is stable across edits and is what merges match on. */
export interface Annotation {
  /** `urn:uuid:...`, unique across every store file. */
  id: string;
  verdict: Verdict;
  /** Free text; may be empty. */
  note: string;
  evidence: Evidence[];
  author: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  target: AnnotationTarget;
}
