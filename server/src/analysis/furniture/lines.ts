/**
 * The lines of a copied news page, with the few measurements that furniture detection needs.
 * Pages pasted from a browser put every menu item, label, caption and link on a line of its own,
 * so the line is the unit of furniture.
 */

/** One non-blank line, trimmed, with its offsets in the document. */
export interface PageLine {
  /** Position among the non-blank lines of the document. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Whitespace-separated words. */
  words: string[];
  /** True when a blank line (or the start of the text) comes right before this line. */
  blankBefore: boolean;
  /** True when the line reads as running text: long enough and ending like a sentence. */
  prose: boolean;
}

/** Final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’»)\]]*$/u;
const PROSE_MIN_WORDS = 12;
const LONG_LINE_WORDS = 30;

/** Splits `text` into its non-blank lines (CR and LF both end a line). */
export function pageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  const re = /[^\r\n]+/gu;
  let previousEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    [start, end] = withoutMarkdownMarks(text, start, end);
    if (end === start) continue;
    const gap = text.slice(previousEnd, m.index);
    const blankBefore = lines.length === 0 || (gap.match(/\n/gu)?.length ?? 0) >= 2 || /\r\r|\r\n\r\n/u.test(gap);
    const lineText = text.slice(start, end);
    const words = lineText.split(/\s+/u);
    const prose = words.length >= LONG_LINE_WORDS || (words.length >= PROSE_MIN_WORDS && SENTENCE_END.test(lineText));
    lines.push({ index: lines.length, start, end, text: lineText, words, blankBefore, prose });
    previousEnd = m.index + m[0].length;
  }
  return lines;
}

/** Markdown heading marks ("## Related") and emphasis around a whole line ("**Key events**"). */
const HEADING_MARK = /^#{1,6}[ \t]+/u;
const WRAPPING_EMPHASIS = /^(\*\*|__)(?=\S)(.*\S)\1$/u;

/**
 * The line without its Markdown heading marks and wrapping emphasis, as offsets: pages saved as
 * Markdown write "## Related" where a browser copy writes "Related", and the rules below read words.
 */
function withoutMarkdownMarks(text: string, start: number, end: number): [number, number] {
  const heading = HEADING_MARK.exec(text.slice(start, end));
  if (heading) start += heading[0].length;
  const emphasis = WRAPPING_EMPHASIS.exec(text.slice(start, end));
  if (emphasis) return [start + 2, end - 2];
  return [start, end];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x200b || code === 0xfeff || (code >= 0x2000 && code <= 0x200a);
}
