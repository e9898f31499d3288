/**
 * Quoted passages: pairs of quotation marks inside the article's paragraphs.
 *
 * Curly double quotes pair by direction; straight double quotes pair by position (an opening mark
 * starts a word, a closing mark ends one); guillemets pair like curly quotes; single quotes (curly
 * or straight, as in headlines: Minister calls talks 'useful') open only at a word start and close
 * only at a word end, so that apostrophes ("Costa’s", "don't") never open or close anything. A
 * quotation may run over several sentences. One left open at the end of a paragraph ends there,
 * and when the next paragraph opens with a quotation mark (the newspaper convention for a quote
 * running on), the two are linked so they share a speaker.
 */
import type { Span } from '../types';

/** A quoted passage found by its marks. */
export interface QuotedPassage extends Span {
  /** Offsets of the text between the marks. */
  innerStart: number;
  innerEnd: number;
  /** True when no closing mark was found before the paragraph ended. */
  open: boolean;
  /** True when this passage continues an open passage of the previous paragraph. */
  continues: boolean;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '"': '"', "'": "'" };
/** Single quotes close within this many characters, or were apostrophes after all. */
const MAX_SINGLE_QUOTE_LENGTH = 400;
const isSingle = (ch: string) => ch === '‘' || ch === "'";
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Finds the quoted passages inside `paragraphs` (spans of running text, in order). */
export function findQuotedPassages(text: string, paragraphs: readonly Span[]): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let previousOpen = false;
  for (const para of paragraphs) {
    const found = scanParagraph(text, para);
    if (found.length > 0 && previousOpen && found[0].start === firstNonSpace(text, para.start)) found[0].continues = true;
    previousOpen = found.length > 0 && found[found.length - 1].open;
    out.push(...found);
  }
  return out;
}

function scanParagraph(text: string, para: Span): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let i = para.start;
  while (i < para.end) {
    const ch = text[i];
    const closer = OPENERS[ch];
    if (closer === undefined || !canOpen(text, i, ch)) {
      i++;
      continue;
    }
    const end = isSingle(ch) ? Math.min(para.end, i + MAX_SINGLE_QUOTE_LENGTH) : para.end;
    const close = findCloser(text, i + 1, end, ch, closer);
    if (close === STRAY || (close < 0 && isSingle(ch))) {
      // Another quotation opens before this one closes: this mark was stray.
      i++;
      continue;
    }
    if (close < 0) {
      // Unclosed: the quotation runs to the end of the paragraph (or is a stray mark).
      if (hasWords(text, i + 1, para.end, 2)) {
        out.push({ start: i, end: para.end, innerStart: i + 1, innerEnd: trimEnd(text, i + 1, para.end), open: true, continues: false });
      }
      return out;
    }
    out.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, open: false, continues: false });
    i = close + 1;
  }
  return out;
}

/** An opening mark: curly and angle marks always; straight and single ones only at a word start. */
function canOpen(text: string, i: number, ch: string): boolean {
  if (ch === '”' || ch === '»') return false;
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined || /\s/u.test(after)) return ch === '«';
  if (ch === "'" && !/\p{L}/u.test(after)) return false;
  if (ch === '"' || isSingle(ch)) return before === undefined || !LETTER_OR_DIGIT.test(before);
  return true;
}

/** findCloser's answer when another quotation opens first. */
const STRAY = -2;

/** The offset of the closing mark, -1 when the paragraph ends first, STRAY when another quote opens first. */
function findCloser(text: string, from: number, end: number, opener: string, closer: string): number {
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === closer) {
      // A single closing quote followed by a letter is an apostrophe ("’s", "don't").
      if ((closer === '’' || closer === "'") && LETTER_OR_DIGIT.test(text[j + 1] ?? '')) continue;
      // Nor does one close right after a space (" ' " is no quotation mark).
      if (closer === "'" && /\s/u.test(text[j - 1] ?? ' ')) continue;
      if (closer === '"' && LETTER_OR_DIGIT.test(text[j + 1] ?? '') && !LETTER_OR_DIGIT.test(text[j - 1] ?? '')) return STRAY;
      return j;
    }
    // A new opening double mark before the close means the first one was never closed.
    if (!isSingle(opener) && c === opener && opener !== closer) return STRAY;
  }
  return -1;
}

function hasWords(text: string, start: number, end: number, n: number): boolean {
  return (text.slice(start, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= n;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end;
}

function firstNonSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i])) i++;
  return i;
}
