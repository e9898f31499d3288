/**
 * Building W3C selectors for a passage of a text, as Hypothesis does: the exact quote, some
 * context on each side (to tell repeated quotes apart and to score fuzzy matches), and offsets.
 */
import type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from './model';

/** Characters of context kept on each side of the quote (Hypothesis keeps 32). */
export const CONTEXT_LENGTH = 32;

/** Builds the quote and position selectors of `text[start, end)`, clamped to the text. */
export function buildSelectors(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - contextLength), s),
      suffix: text.slice(e, e + contextLength),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** Builds a target on `source` for `text[start, end)`. */
export function buildTarget(source: string, text: string, start: number, end: number): AnnotationTarget {
  return { source, ...buildSelectors(text, start, end) };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Number.isFinite(n) ? Math.round(n) : lo));
}
