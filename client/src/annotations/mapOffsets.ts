/**
 * Moving an annotation's offsets through the edits of one change event, so that re-anchoring
 * starts from where the passage should now be (most edits then cost a single string comparison).
 */

/** One replacement in the text before the event, as VS Code reports it. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** The span `[start, end)` after `changes` (all relative to the text before them). */
export function mapSpan(start: number, end: number, changes: readonly TextChange[]): { start: number; end: number } {
  // Applied from the last to the first, so that each change's offsets are still valid.
  const sorted = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  for (const c of sorted) {
    const from = c.rangeOffset;
    const to = c.rangeOffset + c.rangeLength;
    const delta = c.text.length - c.rangeLength;
    if (to <= start) {
      start += delta;
      end += delta;
    } else if (from >= end) {
      // After the span: nothing moves.
    } else {
      // Overlaps the span (or inserts at its start): keep what survives around it.
      const newStart = Math.min(start, from);
      const newEnd = end >= to ? end + delta : from + c.text.length;
      start = newStart;
      end = Math.max(newStart, newEnd);
    }
  }
  return { start, end };
}
