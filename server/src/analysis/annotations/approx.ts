/**
 * A typed wrapper around approx-string-match (Myers' bit-parallel approximate matching, the
 * library Hypothesis uses). The package is an ES module while this project compiles to CommonJS,
 * so it is loaded with `require` (esbuild bundles it) and typed through a type-only import.
 */
import type * as ApproxStringMatch from 'approx-string-match' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const approx: typeof ApproxStringMatch = require('approx-string-match');

/** An approximate occurrence of a pattern: `[start, end)` in the text and its edit distance. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** The lowest-cost occurrences of `pattern` in `text` with at most `maxErrors` edits. */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (!pattern || !text) return [];
  return approx.default(text, pattern, Math.max(0, Math.floor(maxErrors)));
}

/**
 * How much of `expected` is found (approximately) in `actual`, between 0 and 1: 1 minus the edit
 * distance of its best occurrence over its length. Used for prefix and suffix scoring.
 */
export function contextSimilarity(actual: string, expected: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  const m = approxSearch(actual, expected, expected.length);
  return m.length === 0 ? 0 : 1 - m[0].errors / expected.length;
}
