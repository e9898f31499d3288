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

/** A relative clause set off by commas: ", who had never gone past the quarter-finals,". */
const ASIDE = /,\s+(?:who|whom|whose|which)\b[^,;]*,/gu;

/**
 * `clause` with its relative clauses set off by commas blanked (same length), except one that
 * holds `figure`: what such an aside says of its own subject ("who had never gone past the
 * quarter-finals") is no doubt about the figures of the clause around it ("as a crowd of 14,612
 * rose").
 */
export function withoutAsides(clause: string, figure: { start: number; end: number }): string {
  return clause.replace(ASIDE, (m, at: number) => (at <= figure.start && figure.end <= at + m.length ? m : ' '.repeat(m.length)));
}
