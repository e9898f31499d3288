/** Helpers for the furniture tests. */
import assert from 'node:assert/strict';
import type { Span } from '../../../src/analysis/types';

/** True when `needle` (which the fixture must hold) lies wholly inside one of `spans`. */
export function inside(text: string, spans: readonly Span[], needle: string): boolean {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `fixture lacks "${needle}"`);
  return spans.some((s) => at >= s.start && at + needle.length <= s.end);
}
