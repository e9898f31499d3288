/**
 * Sentences of an article, outside its page furniture.
 *
 * wink-nlp finds the boundaries inside running text; on top of that every line break ends a
 * sentence, because text copied from news pages puts headlines, bylines, captions and list items
 * on lines of their own without final punctuation.
 */
import type { Sentence, Span } from '../types';
import type { TokenizedText } from './nlp';
import { lowerBound } from './sortedSpans';
import { ABBREVIATED_TITLES } from '../lexicon/titles';

/** Final punctuation, possibly inside closing quotes or brackets; a colon announces what follows. */
const TERMINAL = /[.!?…:;]["”’»)\]]*$/u;
/**
 * List items ("• ...", "- ...", "1. ...") and a quote's credit ("— Yerlan Sadvakassov, energy
 * minister", in a blockquote or not) are not headings, whatever their length.
 */
const LIST_ITEM = /^(?:>\s*)?(?:[•·▪◦*–—-]|\d{1,2}[.)])\s/u;
const MAX_HEADING_WORDS = 16;

/** True when `span` overlaps one of the `regions`. */
function overlapsAny(span: Span, regions: readonly Span[]): boolean {
  return regions.some((r) => span.start < r.end && r.start < span.end);
}

/** A line of text that could be a heading: short, no final punctuation, not a list item. */
function looksLikeHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || TERMINAL.test(trimmed) || LIST_ITEM.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u);
  return words.length <= MAX_HEADING_WORDS;
}

/**
 * Splits `text` into sentences, skipping any that overlap `furniture`, and marks headings (short
 * lines without final punctuation, and the line of the page's `headline`). Offsets are trimmed of
 * surrounding whitespace. Paragraphs are counted at blank lines.
 */
export function splitSentences(text: string, tokenized: TokenizedText, furniture: readonly Span[], headline?: Span): Sentence[] {
  const boundaries = new Set<number>();
  for (const [first] of tokenized.sentenceTokens) {
    const token = tokenized.tokens[first];
    if (token) boundaries.add(token.start);
  }
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length === 0) {
      if (sentences.length > 0 && sentences[sentences.length - 1].paragraph === paragraph) paragraph++;
    } else {
      let pieceStart = lineStart;
      const cuts: number[] = [];
      // Furniture is sorted and disjoint: a binary search finds the regions this line can touch.
      const nearby = furnitureNear(furniture, lineStart, lineEnd);
      for (let i = lineStart + 1; i < lineEnd; i++) if (boundaries.has(i) && !insideNumber(text, i) && !afterTitleAbbreviation(text, i)) cuts.push(i);
      cuts.push(lineEnd);
      // The page's headline line is a heading however long it runs ("... Cobres: 32 arrested and
      // many injured"), when it is one sentence with no final stop ("IT IS OURS! Workers of ..."
      // opens with a cry; a page of running text may have its first sentence taken for a headline).
      const heading =
        looksLikeHeading(line) ||
        (cuts.length === 1 && headline !== undefined && headline.start >= lineStart && headline.start < lineEnd && !TERMINAL.test(line.trim()));
      for (const cut of cuts) {
        pushTrimmed(text, pieceStart, cut, (start, end) => {
          const span = { start, end };
          if (overlapsAny(span, nearby)) return;
          sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph, heading });
        });
        pieceStart = cut;
      }
      // A single line is a paragraph of its own in copied web text.
      if (sentences.length > 0 && sentences[sentences.length - 1].paragraph === paragraph) paragraph++;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** Abbreviated titles written before a name: "Mons. Václav Kameník", "Msgr. Ruiz", "Fr. Tomás", "Cel. Antônio"; and "Av." (avenida) before a street's. */
const TITLE_ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])(?:${ABBREVIATED_TITLES.join('|')})\.\s+$`, 'u');

/** True when a boundary at `i` would cut an abbreviated title from the name after it. */
function afterTitleAbbreviation(text: string, i: number): boolean {
  return /\p{Lu}/u.test(text[i] ?? '') && TITLE_ABBREVIATION.test(text.slice(Math.max(0, i - 8), i));
}

/**
 * True when a boundary at `i` would cut a number written with a full stop: "1.15pm", "11.40 CET".
 * The model takes the stop for the end of a sentence when a time follows it.
 */
function insideNumber(text: string, i: number): boolean {
  return text[i - 1] === '.' && /\d/u.test(text[i - 2] ?? '') && /\d/u.test(text[i]);
}

/** The regions of sorted, disjoint `furniture` that overlap [start, end). */
function furnitureNear(furniture: readonly Span[], start: number, end: number): readonly Span[] {
  if (furniture.length === 0) return furniture;
  // The region starting before `start` may still reach into the line.
  const from = Math.max(0, lowerBound(furniture, start) - 1);
  let to = from;
  while (to < furniture.length && furniture[to].start < end) to++;
  return furniture.slice(from, to);
}

function pushTrimmed(text: string, start: number, end: number, push: (start: number, end: number) => void): void {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) push(start, end);
}
