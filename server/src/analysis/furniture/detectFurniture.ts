/**
 * Page furniture: the parts of a copied news page that are not the article (menus, breadcrumbs,
 * "Related Articles", newsletter boxes, footers in other languages). Nothing inside is analysed.
 */
import type { Span, TextSpan } from '../types';

/** The furniture regions of `text` and the article's headline. */
export interface FurnitureResult {
  furniture: Span[];
  headline?: TextSpan;
}

/** STUB (issue 3 replaces it): no furniture; the first non-empty line is the headline. */
export function detectFurniture(text: string): FurnitureResult {
  const match = /\S[^\n]*/u.exec(text);
  const headline = match ? { start: match.index, end: match.index + match[0].trimEnd().length, text: match[0].trimEnd() } : undefined;
  return { furniture: [], headline };
}
