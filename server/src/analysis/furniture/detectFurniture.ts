/**
 * Page furniture: the parts of a copied news page that are not the article (menus, breadcrumbs,
 * section labels, "Related Articles", newsletter boxes, share buttons, photo credits, footers in
 * other languages). Nothing inside is analysed.
 *
 * The page is read line by line. Three regions are treated differently:
 * - the top, before the first paragraph of running text, where section labels, breadcrumbs and
 *   keyword slugs sit around the headline;
 * - the body, where only lines that are unmistakably furniture are taken (ads, share rows,
 *   "Read more:" links, credits, cookie and newsletter prompts, lines in another language);
 * - the tail, from a "Related"/"Subscribe"/"Tags"/"Leave a reply" line on, when little running
 *   text follows it: that whole tail is one region.
 */
import type { Span, TextSpan } from '../types';
import { isMostlyEnglish, isNotEnglish } from './language';
import { pageLines, type PageLine } from './lines';
import {
  ADVERTISEMENT,
  AGENCY_ALONE,
  AUTHOR_BIO,
  BYLINE_OR_DATE,
  COMMENT_FORM,
  COMMENTS_TRIGGER,
  COOKIE_BUTTON,
  COOKIES,
  FOREIGN_COOKIES,
  FOREIGN_TAIL_TRIGGER,
  INLINE_LINK,
  isLinkRow,
  isBreadcrumb,
  isShareRow,
  isShortTrail,
  KEY_EVENTS,
  LABEL,
  MARKDOWN_IMAGE,
  MARKDOWN_LINK_ITEM,
  MARKDOWN_NAV,
  NEWSLETTER,
  PAGE_CHROME,
  PHOTO_CREDIT,
  PRESS_RELEASE_TAIL,
  PUBLICATION_WORD,
  SOCIAL_PROMPT,
  SUBSCRIBER_OFFER,
  SYNDICATION_NOTE,
  TAIL_TRIGGER,
  TIP_PROMPT,
} from './patterns';

/** The furniture regions of `text` and the article's headline. */
export interface FurnitureResult {
  /** Sorted, non-overlapping regions. */
  furniture: Span[];
  headline?: TextSpan;
}

/** Share of the page's running text that may follow a tail trigger (teasers of related links). */
const TAIL_PROSE_SHARE = 0.2;
/** Running text after a trigger below this many words never keeps it from starting the tail. */
const TAIL_PROSE_ALWAYS_OK = 40;

const LEADING_EMPHASIS = /^(?:\*\*|__)/u;
/** A box's name before a colon: "IPO Watch: ", "Morning Briefing: ". */
const BOX_NAME = /^(?:\p{Lu}[\p{L}\p{N}'’&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}'’&-]*:\s+/u;
const SIGN_UP_LINK_AT_END = /\[(?:sign up|subscribe|register)[^\]\n]{0,30}\]\([^)\s]*\)\s*$/iu;
/** Two or more words in capitals ending in a question mark, then a sentence: a promotional box. */
const CAPITALS_QUESTION_LEAD = /^\p{Lu}[\p{Lu}'’-]*(?:\s+[\p{Lu}\d'’-]+)+\?\s+\p{Lu}\p{Ll}/u;
const NEWSLETTER_PROMPT_START = /^(?:sign up|subscribe|get |enter |join |receive |want |never miss|don'?t miss|stay (?:informed|updated|up to date)|be the first)/iu;
const LIST_TRIGGER = /^(?:related|more |read |also |see also|you (?:may|might)|recommended|top |trending|most |popular|latest|editor|what to read)/iu;
const TERMINAL = /[.!?…]["”’»)\]]*$/u;
const WEATHER = /-?\d{1,3}\s?°\s?[CF]?\b/u;

/** Finds the furniture regions of `text` and the article's headline. */
export function detectFurniture(text: string): FurnitureResult {
  const lines = pageLines(text);
  if (lines.length === 0) return { furniture: [] };
  const marked = new Array<boolean>(lines.length).fill(false);
  const english = isMostlyEnglish(text);

  for (const line of lines) if (isFurnitureLine(line, english)) marked[line.index] = true;
  markLinkLists(lines, marked);
  markKeyEventsBox(text, lines, marked);

  const firstProse = lines.findIndex((l) => l.prose && !marked[l.index]);
  const topEnd = firstProse < 0 ? lines.length : firstProse;
  markMasthead(lines, marked, topEnd);
  const headline = markTop(lines, marked, topEnd);
  markCredits(lines, marked);
  const tailStart = findTail(lines, marked, headline?.index ?? -1);

  const spans: Span[] = [];
  const limit = tailStart ?? lines.length;
  for (let i = 0; i < limit; i++) if (marked[i]) pushMerged(spans, text, lines[i].start, lines[i].end);
  if (tailStart !== undefined) pushMerged(spans, text, lines[tailStart].start, lines[lines.length - 1].end);

  const head = headline ? { start: headline.start, end: headline.end, text: headline.text } : undefined;
  return { furniture: spans, headline: head };
}

/** Rules that hold anywhere on the page. */
function isFurnitureLine(line: PageLine, english: boolean): boolean {
  const { text, words } = line;
  const n = words.length;
  if (n <= 40 && !TERMINAL.test(text) && isBreadcrumb(text)) return true;
  if (ADVERTISEMENT.test(text) || PAGE_CHROME.test(text) || isShareRow(words)) return true;
  // Markdown pictures and navigation rows: never the article's text.
  if (MARKDOWN_IMAGE.test(text) || MARKDOWN_NAV.test(text) || isLinkRow(text)) return true;
  if ((n <= 60 && (COOKIES.test(text) || FOREIGN_COOKIES.test(text))) || COOKIE_BUTTON.test(text)) return true;
  if (n <= 60 && (SYNDICATION_NOTE.test(text) || TIP_PROMPT.test(text))) return true;
  // A newsletter prompt speaks to the reader; a short line naming a newsletter is a box title.
  // Markdown pages write the prompt in bold ("**Sign up for the Chronicle's Morning** — ...") or
  // end it with a sign-up link ("**The Courier's Briefing** lands every Friday. [Sign up](/newsletters)").
  // A box's name may come first ("IPO Watch: get every new listing ... in your inbox. Sign up free.").
  const prompt = NEWSLETTER_PROMPT_START.test(text.replace(LEADING_EMPHASIS, '').replace(BOX_NAME, '')) || SIGN_UP_LINK_AT_END.test(text);
  if (NEWSLETTER.test(text) && (prompt ? n <= 40 : n <= 8 && !TERMINAL.test(text))) return true;
  // A box for travellers or readers led by a question in capitals ("TRAVELLING TO BALI? Check ...").
  if (n <= 40 && CAPITALS_QUESTION_LEAD.test(text)) return true;
  if (n <= 30 && (COMMENT_FORM.test(text) || SUBSCRIBER_OFFER.test(text) || SOCIAL_PROMPT.test(text))) return true;
  if (isMenu(words, text)) return true;
  // A weather widget beside the site's date ("Thursday, May 8 | 18°C Sunny").
  if (n <= 12 && !TERMINAL.test(text) && WEATHER.test(text)) return true;
  if (n <= 20 && PHOTO_CREDIT.test(text)) return true;
  if (n <= 30 && INLINE_LINK.test(text)) return true;
  if (english && isNotEnglish(text, words)) return true;
  return false;
}

/**
 * Marks section labels and keyword slugs above the article's first paragraph and returns the
 * headline: the first line there that is neither furniture nor a byline or date.
 */
function markTop(lines: readonly PageLine[], marked: boolean[], topEnd: number): PageLine | undefined {
  let headline: PageLine | undefined;
  for (let i = 0; i < topEnd; i++) {
    const line = lines[i];
    if (marked[i]) continue;
    if (BYLINE_OR_DATE.test(line.text)) continue;
    // Keyword slugs sit under the headline; a sentence-case headline can look like one.
    if (headline && isSlug(line)) {
      marked[i] = true;
      continue;
    }
    if (!headline) {
      if (isLabel(line) || isShortTrail(line.text) && nextHeadingLike(lines, marked, i, topEnd) || (line.words.length <= 2 && !/\d/u.test(line.text) && nextHeadingLike(lines, marked, i, topEnd))) {
        marked[i] = true;
        continue;
      }
      headline = line;
    } else if (line.words.length <= 3 && LABEL.test(line.text)) {
      marked[i] = true;
    }
  }
  // A page that opens with running text has no headline line, unless its first line is short.
  if (!headline) {
    const first = lines.find((l) => !marked[l.index]);
    if (first && !first.prose && first.words.length <= 25) headline = first;
  }
  return headline;
}

/** Most lines a masthead block (site name, tagline, menu, date) holds before the blank line. */
const MAX_MASTHEAD_BLOCK_LINES = 5;
const MAX_MASTHEAD_WORDS = 6;
const MAX_TAGLINE_WORDS = 12;
/** Separators between the items of a menu or a masthead ("AEGEAN DAILY · English Edition"). */
const ITEM_SEPARATOR = /\s[|·•]\s/u;
/** Lower-case words a site name may hold ("Voice of the North"). */
const NAME_PARTICLE = /^(?:of|and|the|de|la|le|du|del|di|&|[|·•–-])$/u;

/**
 * The site's masthead: the page's first line when it is short and sits in one block with the
 * site's menu or breadcrumb (a line already taken as furniture), while the headline comes in a
 * later block. Taglines in that block ("Portugal's English-language news since 1998") go with it;
 * date lines stay, since the publication date is read from them. A first line alone in its block is
 * taken when it reads as a name (capitals, separators or a publication word: "The Lisbon Post",
 * "NewsPortal24") and the menu comes right after it.
 */
function markMasthead(lines: readonly PageLine[], marked: boolean[], topEnd: number): void {
  const first = lines[0];
  if (!first || marked[0] || first.prose || TERMINAL.test(first.text) || BYLINE_OR_DATE.test(first.text)) return;
  // The name may carry its tagline on the same line ("FOLHA DO NORTE - The newspaper of the north coast").
  const withTagline = isNameWithTagline(first.text);
  const items = first.text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // Site names are short and capitalised throughout ("The Lisbon Post", "Krakow Courier | English Edition").
  if (!withTagline && (items.length > MAX_MASTHEAD_WORDS || !items.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE.test(w)))) return;
  let blockEnd = 1;
  while (blockEnd < lines.length && !lines[blockEnd].blankBefore) blockEnd++;
  const headlineLater = lines.some(
    (l) => l.index >= blockEnd && l.index < topEnd && !marked[l.index] && !BYLINE_OR_DATE.test(l.text) && l.words.length >= 3,
  );
  if (!headlineLater) return;
  // The menu or breadcrumb beside it (not any furniture: a share row can sit under a headline).
  const isNav = (l: PageLine | undefined) => l !== undefined && marked[l.index] && (isBreadcrumb(l.text) || isMenu(l.words, l.text) || isLabel(l));
  const menuBeside = blockEnd <= MAX_MASTHEAD_BLOCK_LINES && lines.slice(1, blockEnd).some(isNav);
  // Alone in its block, the line must also read as a name, with the menu in the next block.
  const nameLike = isAllCaps(first.text) || ITEM_SEPARATOR.test(first.text) || PUBLICATION_WORD.test(first.text);
  if (!menuBeside && !(nameLike && blockEnd === 1 && isNav(lines[1])) && !withTagline) return;
  marked[0] = true;
  if (!menuBeside) return;
  for (let j = 1; j < blockEnd; j++) {
    const line = lines[j];
    if (!marked[j] && !line.prose && line.words.length <= MAX_TAGLINE_WORDS && !BYLINE_OR_DATE.test(line.text)) marked[j] = true;
  }
}

/** A site's name and its tagline on one line: "FOLHA DO NORTE - The newspaper of the north coast". */
const NAME_AND_TAGLINE = /^(.{3,50}?)\s[-–—|:]\s(.{3,90})$/u;
/** Words of a tagline ("English-language news from ...", "independent since 1988"). */
const TAGLINE_WORD = /\b(?:news|newspaper|journal|jornal|peri[oó]dico|since\s\d{4}|independent|edition|english-language)\b/iu;

/** A coined one-word site name: inner capitals or a web domain ("SfaxActu", "AfricaDigest.net"). */
const COINED_SITE_NAME = /^\s*(?:\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|[\p{L}\p{N}-]+\.(?:com|net|org|info|news|co\.\p{Ll}{2}|\p{Ll}{2}))\s*$/u;

function isNameWithTagline(text: string): boolean {
  const m = NAME_AND_TAGLINE.exec(text.trim());
  if (!m) return false;
  const items = m[1].split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (items.length > MAX_MASTHEAD_WORDS || !items.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE.test(w))) return false;
  const taglineWords = m[2].split(/\s+/u).length;
  // A site's name: in capitals, with a word of publishing, or coined ("SfaxActu", "AfricaDigest.net").
  const siteName = isAllCaps(m[1]) || PUBLICATION_WORD.test(m[1]) || COINED_SITE_NAME.test(m[1]);
  return taglineWords <= MAX_TAGLINE_WORDS && siteName && (TAGLINE_WORD.test(m[2]) || COINED_SITE_NAME.test(m[1]));
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * A navigation menu without separators ("News Sport Business Culture Opinion"): capitalised items,
 * most of them section names, no final punctuation.
 */
function isMenu(words: readonly string[], text: string): boolean {
  if (words.length < 3 || words.length > 14 || TERMINAL.test(text)) return false;
  // "Home | Fixtures | Club Shop | Tickets": three or more short capitalised items between separators.
  const items = text.split(/\s+[|·•]\s+/u);
  if (items.length >= 3 && items.every((item) => /^\p{Lu}/u.test(item) && item.split(/\s+/u).length <= 3)) return true;
  // "World  Africa  Middle East  Business  Sign in": items set apart by wide spaces.
  const spaced = text.trim().split(/\s{2,}/u);
  if (spaced.length >= 4 && spaced.every((item) => /^\p{Lu}/u.test(item) && item.split(/\s+/u).length <= 3)) return true;
  let sections = 0;
  for (const w of words) {
    if (w === '&' || w === '|' || w === '·' || w === '•') continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    if (LABEL.test(w)) sections++;
  }
  return sections >= 3 && sections * 5 >= words.length * 3;
}

/** A section label: a known label word, or a short line in capitals ("LIFESTYLE"). */
function isLabel(line: PageLine): boolean {
  if (line.words.length <= 3 && LABEL.test(line.text)) return true;
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  return line.words.length <= 3 && letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\d/u.test(line.text);
}

/** True when a heading-like line (three or more words, not running text) follows line `i`. */
function nextHeadingLike(lines: readonly PageLine[], marked: readonly boolean[], i: number, topEnd: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    if (marked[j]) continue;
    return j < topEnd && !lines[j].prose && lines[j].words.length >= 3;
  }
  return false;
}

const FUNCTION_WORDS = /^(?:a|an|the|of|to|in|on|at|for|from|by|with|and|or|but|as|is|are|was|were|be|has|have|had|will|after|over|into|amid|says?|said)$/iu;

/** A keyword slug ("museum theft paris police jewels"): no function words, mostly lower case. */
function isSlug(line: PageLine): boolean {
  const words = line.words;
  if (words.length < 4 || words.length > 12 || TERMINAL.test(line.text) || /[:,;"“”]/u.test(line.text)) return false;
  if (words.some((w) => FUNCTION_WORDS.test(w))) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= Math.ceil(words.length / 2);
}

/**
 * Lines that are one Markdown link each ("- [Title](url)"): a list of them, or one alone, is a list
 * of other articles or a "read more" teaser, not the article's text. A lone link line that reads
 * as a sentence of its own (final punctuation, many words) is left alone.
 */
function markLinkLists(lines: readonly PageLine[], marked: boolean[]): void {
  const isItem = (l: PageLine | undefined) => l !== undefined && MARKDOWN_LINK_ITEM.test(l.text);
  for (const line of lines) {
    if (marked[line.index] || !isItem(line)) continue;
    const inList = isItem(lines[line.index - 1]) || isItem(lines[line.index + 1]);
    if (inList || (line.words.length <= 20 && !TERMINAL.test(line.text.replace(/\]\(.*$/u, '')))) marked[line.index] = true;
  }
}

const LIST_MARK = /^(?:[-*+•·▪]\s+|\d{1,2}[.)]\s+|\d{1,2}[:.]\d{2}\s+)/u;

/** Lower case, marks and punctuation gone, spaces collapsed: for finding an item's words again. */
function looseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A live page's "Key events" box: its title and the short items under it, when every item repeats
 * an entry further down the page (otherwise it is left alone, since it may be the only place a fact
 * is written).
 */
function markKeyEventsBox(text: string, lines: readonly PageLine[], marked: boolean[]): void {
  for (const title of lines) {
    if (!KEY_EVENTS.test(title.text)) continue;
    const items: PageLine[] = [];
    for (let j = title.index + 1; j < lines.length; j++) {
      const line = lines[j];
      if (line.prose || line.words.length > 25 || (line.blankBefore && !LIST_MARK.test(line.text))) break;
      items.push(line);
    }
    if (items.length === 0) continue;
    const rest = ` ${looseText(text.slice(items[items.length - 1].end))} `;
    const repeated = items.every((item) => {
      const words = looseText(item.text.replace(LIST_MARK, ''));
      return words.length > 0 && rest.includes(` ${words} `);
    });
    if (!repeated) continue;
    marked[title.index] = true;
    for (const item of items) marked[item.index] = true;
  }
}

/** A news or picture agency alone on a line, right under a caption or at the top, is a credit. */
function markCredits(lines: readonly PageLine[], marked: boolean[]): void {
  for (const line of lines) {
    if (marked[line.index] || line.words.length > 4 || !AGENCY_ALONE.test(line.text)) continue;
    const previous = lines[line.index - 1];
    const underCaption = previous !== undefined && !line.blankBefore && previous.words.length >= 6;
    if (underCaption) marked[line.index] = true;
  }
}

/**
 * Finds where the rest-of-page tail starts: the first trigger line after the headline with little
 * running text after it. Triggers followed by much running text mark only their own box.
 */
function findTail(lines: readonly PageLine[], marked: boolean[], headlineIndex: number): number | undefined {
  const proseAfter = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) {
    proseAfter[i] = proseAfter[i + 1] + (lines[i].prose && !marked[i] ? lines[i].words.length : 0);
  }
  const totalProse = proseAfter[0];
  for (let i = headlineIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    // An author's bio box sits after the article, with at most a few teasers below it.
    if (line.words.length <= 60 && proseAfter[i + 1] <= TAIL_PROSE_ALWAYS_OK && AUTHOR_BIO.test(line.text)) marked[i] = true;
    // A press release's "About Acme" and its legal notes close it, however long they run; only in
    // the page's second half, so that a section heading near the top is never taken for them.
    if (line.words.length <= 8 && !line.prose && proseAfter[i] <= totalProse / 2 && PRESS_RELEASE_TAIL.test(line.text)) return i;
    if (line.words.length > 8 || line.prose || !(TAIL_TRIGGER.test(line.text) || FOREIGN_TAIL_TRIGGER.test(line.text) || COMMENTS_TRIGGER.test(line.text))) continue;
    const after = proseAfter[i + 1];
    // Readers' comments can be long, but they only ever follow the article's second half.
    const comments = COMMENTS_TRIGGER.test(line.text) && after <= totalProse - after;
    if (comments || after <= TAIL_PROSE_ALWAYS_OK || after <= TAIL_PROSE_SHARE * totalProse) {
      let start = i;
      // Labels and furniture right above the trigger ("More", "Share") belong to the tail.
      while (start - 1 > headlineIndex && (marked[start - 1] || isLabel(lines[start - 1]))) start--;
      return start;
    }
    markBox(lines, marked, i);
  }
  return undefined;
}

/** Marks a trigger inside the body and, for link lists, the short link lines under it. */
function markBox(lines: readonly PageLine[], marked: boolean[], i: number): void {
  marked[i] = true;
  if (!LIST_TRIGGER.test(lines[i].text)) return;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    if (line.prose || line.words.length > 15) return;
    // A short line right above running text is the next section's heading, not a link.
    const next = lines[j + 1];
    if (next && next.prose && !marked[next.index]) return;
    marked[j] = true;
  }
}

/** Adds [start, end) to `spans`, merging with the previous span when only whitespace separates them. */
function pushMerged(spans: Span[], text: string, start: number, end: number): void {
  const last = spans[spans.length - 1];
  if (last && /^\s*$/u.test(text.slice(last.end, start))) {
    last.end = Math.max(last.end, end);
    return;
  }
  spans.push({ start, end });
}
