/**
 * The clause of a sentence around an offset, between two breaks of a caller's pattern. Readers
 * of facts cut clauses differently (one at every "and", another only at "but" or a semicolon),
 * so each passes its own pattern; the walk is the same.
 */

/** Start and end (in `text`) of the stretch around `at` between two matches of `breaks` (a global pattern). */
export function clauseAround(text: string, at: number, breaks: RegExp): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(breaks)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i >= at) {
      end = i;
      break;
    }
  }
  return { start, end };
}
