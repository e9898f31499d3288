/**
 * Making annotations and keeping them attached to their passage as the article changes.
 */
import { anchor, type AnchorOptions, type AnchorResult } from './anchor';
import type { Annotation, Evidence, Verdict } from './model';
import { buildTarget } from './selectors';

/** A new `urn:uuid:` id (the Web Crypto API is global in Node 20 and in VS Code). */
export function newAnnotationId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

export interface NewAnnotation {
  /** The article: a workspace-relative path. */
  source: string;
  /** The article's current text and the annotated range in it. */
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  note?: string;
  evidence?: Evidence[];
  author: string;
  /** ISO timestamp; now by default. */
  now?: string;
  id?: string;
}

/** An annotation on `text[start, end)`, with selectors built from the text. */
export function createAnnotation(n: NewAnnotation): Annotation {
  const now = n.now ?? new Date().toISOString();
  return {
    id: n.id ?? newAnnotationId(),
    verdict: n.verdict,
    note: n.note ?? '',
    evidence: n.evidence ?? [],
    author: n.author,
    created: now,
    modified: now,
    target: buildTarget(n.source, n.text, n.start, n.end),
  };
}

/**
 * Anchors `a` in `text`. When it is found, `updated` carries selectors rebuilt from the current
 * text (so that the next edit starts from here); `modified` is left alone since the user's
 * annotation did not change. An orphan keeps its last known selectors.
 */
export function reanchor(a: Annotation, text: string, options?: AnchorOptions): { result: AnchorResult; updated: Annotation } {
  const result = anchor(text, a.target.quote, a.target.position, options);
  if (result.status !== 'anchored') return { result, updated: a };
  const target = buildTarget(a.target.source, text, result.start, result.end);
  const q = a.target.quote;
  const same = target.position.start === a.target.position.start && target.position.end === a.target.position.end && target.quote.exact === q.exact && target.quote.prefix === q.prefix && target.quote.suffix === q.suffix;
  return { result, updated: same ? a : { ...a, target } };
}
