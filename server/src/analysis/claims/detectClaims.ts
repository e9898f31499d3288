/**
 * Check-worthy claims: sentences (or clauses of long ones) that assert checkable facts: numbers
 * and units, dates and times, attributed quotations, actions with named actors, comparisons and
 * superlatives. Headings, questions, teasers and hedged opinion score low and are left out.
 */
import type { Token } from '../text/nlp';
import type { Claim, Mention, Quote, Sentence, Span } from '../types';
import { lowerBound } from '../text/sortedSpans';
import { clausesOf } from './clauses';
import { findCues } from './cues';

/**
 * The claims of a document with a score of at least `threshold`. `tokens` (from the tokenizer)
 * give parts of speech; without them verbs are not seen and scores are lower.
 */
export function detectClaims(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  threshold: number,
  tokens: readonly Token[] = [],
): Claim[] {
  const claims: Claim[] = [];
  const bySentence = groupBySentence(mentions);
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const sentenceQuotes = quotesOverlapping(quotes, sentence);
    const clauses = clausesOf(sentence, sentenceQuotes);
    clauses.forEach((clause, i) => {
      const view = {
        start: clause.start,
        end: clause.end,
        text: text.slice(clause.start, clause.end),
        tokens: within(tokens, clause),
        mentions: (bySentence.get(sentence.index) ?? []).filter((m) => m.start >= clause.start && m.end <= clause.end),
        quotes: sentenceQuotes.filter((q) => q.start < clause.end && clause.start < q.end),
      };
      const { cues, score } = findCues(view);
      if (score < threshold) return;
      const key = clauses.length === 1 ? `c${sentence.index}` : `c${sentence.index}.${i + 1}`;
      claims.push({ start: clause.start, end: clause.end, text: view.text, key, sentence: sentence.index, score: round(score), cues });
    });
  }
  return claims;
}

/**
 * The quotations overlapping `span`. Quotations are sorted and disjoint, and one may start before
 * the sentence (a quotation over several sentences), so the search starts one before.
 */
function quotesOverlapping(quotes: readonly Quote[], span: Span): Quote[] {
  const out: Quote[] = [];
  for (let i = Math.max(0, lowerBound(quotes, span.start) - 1); i < quotes.length && quotes[i].start < span.end; i++) {
    if (quotes[i].end > span.start) out.push(quotes[i]);
  }
  return out;
}

function groupBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/** The tokens inside `span` (binary search for the first; tokens are in order). */
function within(tokens: readonly Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i].end <= span.end; i++) out.push(tokens[i]);
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
