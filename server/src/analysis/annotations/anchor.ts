/**
 * Re-anchoring an annotation in a text that may have changed since it was made, as Hypothesis
 * does: the stored position first, then the exact quote, then a fuzzy match of the quote scored
 * with its prefix, suffix and distance from the expected place. When nothing matches well
 * enough the annotation is an orphan: shown as such, never silently dropped or misplaced.
 *
 * The fuzzy step uses approx-string-match (Myers' bit-parallel edit distance). Its cost grows with
 * text length × pattern blocks, so it is bounded: past `maxFuzzyWork` only a window around the
 * expected place is searched, and very long quotes are matched by their head and tail.
 */
import type { TextPositionSelector, TextQuoteSelector } from './model';
import { approxSearch, contextSimilarity } from './approx';

/** How an annotation was found again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** The outcome of anchoring: a range in the current text, or an orphan. */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; /** 0..1, 1 for an exact match in place. */ score: number }
  | { status: 'orphan'; reason: string };

export interface AnchorOptions {
  /**
   * Where the passage is expected (e.g. its old position moved through the edits since). Defaults
   * to the position selector's start.
   */
  hint?: number;
  /** Bound on fuzzy work: text characters × 32-character pattern blocks. */
  maxFuzzyWork?: number;
}

/** Default bound on fuzzy work: a few tens of milliseconds at worst. */
export const DEFAULT_MAX_FUZZY_WORK = 6_000_000;

/** Share of the quote's length that may differ in a fuzzy match (searched; acceptance is stricter). */
const SEARCH_ERROR_RATE = 0.4;
/**
 * Acceptance of the best fuzzy candidate, from its similarity to the quote (1 - errors / length)
 * and to the stored context (the better of prefix and suffix). Measured on generated edits
 * (server/test/unit/annotations/anchorGeneratedEdits.test.ts): passages reworded by a word or two
 * score >= 0.6 with their context intact, or >= 0.8 after a move; the best candidates left when the
 * passage was deleted scored <= 0.76 with context <= 0.44.
 */
const ACCEPT_ALONE = 0.8;
/** Below this length a quote needs agreeing context even when it is this similar. */
const ACCEPT_ALONE_MIN_LENGTH = 32;
/** Context agrees at this similarity... */
const CONTEXT_AGREES = 0.5;
/** ...and a candidate with strongly agreeing context needs only this similarity to the quote. */
const ACCEPT_WITH_CONTEXT = 0.6;
const CONTEXT_STRONG = 0.6;
/** Quotes shorter than this are matched exactly only: a few characters match anything fuzzily. */
const MIN_FUZZY_LENGTH = 12;
/** Quotes longer than this are matched fuzzily by their head and tail. */
const LONG_QUOTE = 1000;
const HEAD_TAIL_LENGTH = 256;
/** Context characters looked for when snapping a fuzzy match's bounds, and the least that is useful. */
const SNAP_CONTEXT = 16;
const MIN_SNAP_CONTEXT = 6;
/** Exact occurrences scored at most. */
const MAX_CANDIDATES = 500;

/** Weights of the candidate score, as in Hypothesis's match-quote. */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/**
 * Finds the passage described by `quote` (and `position`, when known) in `text`.
 * Never throws; an empty quote is an orphan.
 */
export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector, options: AnchorOptions = {}): AnchorResult {
  const exact = quote.exact;
  if (!exact) return { status: 'orphan', reason: 'the annotation has no quoted text' };
  const hint = clampInt(options.hint ?? position?.start ?? 0, 0, text.length);
  const maxWork = options.maxFuzzyWork ?? DEFAULT_MAX_FUZZY_WORK;

  // 1. In place: the hint (or the stored position) still holds the quote.
  for (const start of position && position.start !== hint ? [hint, position.start] : [hint]) {
    if (text.startsWith(exact, start)) return { status: 'anchored', start, end: start + exact.length, method: 'position', score: 1 };
  }

  // 2. The exact quote elsewhere; several occurrences are told apart by context and distance.
  const exactHit = bestExactOccurrence(text, quote, hint);
  if (exactHit) return exactHit;

  // 3. A fuzzy match of the quote.
  if (exact.length < MIN_FUZZY_LENGTH) return { status: 'orphan', reason: 'the quoted text is no longer in the article' };
  if (exact.length > LONG_QUOTE) return anchorLongQuote(text, quote, hint, maxWork);
  return fuzzyMatch(text, quote, hint, maxWork) ?? { status: 'orphan', reason: 'no passage of the article is close enough to the quoted text' };
}

function bestExactOccurrence(text: string, quote: TextQuoteSelector, hint: number): AnchorResult | undefined {
  const { exact } = quote;
  let best: { start: number; score: number } | undefined;
  let count = 0;
  for (let i = text.indexOf(exact); i !== -1 && count < MAX_CANDIDATES; i = text.indexOf(exact, i + 1), count++) {
    const prefix = exactContextScore(quote.prefix, text, i, 'before');
    const suffix = exactContextScore(quote.suffix, text, i + exact.length, 'after');
    const score = combine(1, prefix, suffix, positionScore(i, hint, text.length));
    if (!best || score > best.score) best = { start: i, score };
  }
  return best && { status: 'anchored', start: best.start, end: best.start + exact.length, method: 'quote', score: best.score };
}

/**
 * Fuzzy match of the whole quote, in the whole text when the work allows, else in a window
 * around the hint.
 */
function fuzzyMatch(text: string, quote: TextQuoteSelector, hint: number, maxWork: number): AnchorResult | undefined {
  const { exact } = quote;
  const maxErrors = Math.min(256, Math.floor(exact.length * SEARCH_ERROR_RATE));
  const blocks = Math.ceil(exact.length / 32);
  let from = 0;
  let to = text.length;
  if (text.length * blocks > maxWork) {
    const half = Math.max(exact.length * 2, Math.floor(maxWork / blocks / 2));
    from = Math.max(0, hint - half);
    to = Math.min(text.length, hint + half);
  }
  const region = text.slice(from, to);
  const matches = approxSearch(region, exact, maxErrors).slice(0, MAX_CANDIDATES);
  let best: { start: number; end: number; score: number; quoteSim: number; contextSim: number } | undefined;
  for (const m of matches) {
    const start = from + m.start;
    const end = from + m.end;
    const quoteSim = 1 - m.errors / exact.length;
    const prefix = quote.prefix ? contextSimilarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) : start === 0 ? 1 : 0.5;
    const suffix = quote.suffix ? contextSimilarity(text.slice(end, end + quote.suffix.length), quote.suffix) : end === text.length ? 1 : 0.5;
    const score = combine(quoteSim, prefix, suffix, positionScore(start, hint, text.length));
    if (!best || score > best.score) best = { start, end, score, quoteSim, contextSim: Math.max(prefix, suffix) };
  }
  if (!best) return undefined;
  const accepted =
    (best.quoteSim >= ACCEPT_ALONE && (exact.length >= ACCEPT_ALONE_MIN_LENGTH || best.contextSim >= CONTEXT_AGREES)) ||
    (best.quoteSim >= ACCEPT_WITH_CONTEXT && best.contextSim >= CONTEXT_STRONG);
  if (!accepted) return undefined;
  const { start, end } = snapToContext(text, best.start, best.end, quote, Math.max(8, Math.round(2 * (1 - best.quoteSim) * exact.length)));
  return { status: 'anchored', start, end, method: 'fuzzy', score: best.score };
}

/**
 * Edit distance alone can cut a reworded passage short ("near the summit." matched as "near
 * officia" in "near officially the summit."). When the stored prefix or suffix is found intact
 * within `slack` of a bound, the bound is moved to it.
 */
function snapToContext(text: string, start: number, end: number, quote: TextQuoteSelector, slack: number): { start: number; end: number } {
  const suffix = quote.suffix.slice(0, SNAP_CONTEXT);
  if (suffix.length >= MIN_SNAP_CONTEXT) {
    const best = nearestOccurrence(text, suffix, end - slack, end + slack, end);
    if (best !== undefined && best > start) end = best;
  }
  const prefix = quote.prefix.slice(-SNAP_CONTEXT);
  if (prefix.length >= MIN_SNAP_CONTEXT) {
    const best = nearestOccurrence(text, prefix, start - slack - prefix.length, start + slack, start + -prefix.length);
    if (best !== undefined && best + prefix.length < end) start = best + prefix.length;
  }
  return { start, end };
}

/** The occurrence of `s` starting in `[from, to]` nearest to `at`. */
function nearestOccurrence(text: string, s: string, from: number, to: number, at: number): number | undefined {
  let best: number | undefined;
  for (let i = text.indexOf(s, Math.max(0, from)); i !== -1 && i <= to; i = text.indexOf(s, i + 1)) {
    if (best === undefined || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best;
}

/**
 * A very long quote (a whole paragraph) is found by its head and its tail: both must anchor, in
 * order, at a plausible distance from each other.
 */
function anchorLongQuote(text: string, quote: TextQuoteSelector, hint: number, maxWork: number): AnchorResult {
  const { exact } = quote;
  const head: TextQuoteSelector = { type: 'TextQuoteSelector', prefix: quote.prefix, exact: exact.slice(0, HEAD_TAIL_LENGTH), suffix: '' };
  const tail: TextQuoteSelector = { type: 'TextQuoteSelector', prefix: '', exact: exact.slice(-HEAD_TAIL_LENGTH), suffix: quote.suffix };
  const h = bestExactOccurrence(text, head, hint) ?? fuzzyMatch(text, head, hint, maxWork);
  const tailHint = h?.status === 'anchored' ? h.start + exact.length - HEAD_TAIL_LENGTH : hint + exact.length - HEAD_TAIL_LENGTH;
  const t = bestExactOccurrence(text, tail, tailHint) ?? fuzzyMatch(text, tail, tailHint, maxWork);
  if (h?.status === 'anchored' && t?.status === 'anchored' && h.start < t.end) {
    const length = t.end - h.start;
    if (length >= exact.length / 2 && length <= exact.length * 2) return { status: 'anchored', start: h.start, end: t.end, method: 'fuzzy', score: Math.min(h.score, t.score) };
  }
  return { status: 'orphan', reason: 'the start and end of the quoted passage are no longer found together' };
}

/** Share of the stored context that still sits next to an exact occurrence (cheap, no edit distance). */
function exactContextScore(context: string, text: string, at: number, side: 'before' | 'after'): number {
  if (!context) return side === 'before' ? (at === 0 ? 1 : 0.5) : at === text.length ? 1 : 0.5;
  let n = 0;
  if (side === 'before') {
    while (n < context.length && at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === context.charCodeAt(context.length - n - 1)) n++;
  } else {
    while (n < context.length && at + n < text.length && text.charCodeAt(at + n) === context.charCodeAt(n)) n++;
  }
  return n / context.length;
}

function positionScore(start: number, hint: number, length: number): number {
  return length === 0 ? 1 : 1 - Math.abs(start - hint) / length;
}

function combine(quote: number, prefix: number, suffix: number, position: number): number {
  return (W_QUOTE * quote + W_PREFIX * prefix + W_SUFFIX * suffix + W_POSITION * position) / (W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION);
}

function clampInt(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.max(lo, Math.min(hi, Math.round(n))) : lo;
}
