/**
 * The matching features of a claim: which entities it names (by resolved id), which numbers and
 * dates it states, and which content words it uses (stemmed, plus the synonym concepts they
 * belong to). Two claims that report the same fact share many rare features.
 */
import { lowerBound } from '../text/sortedSpans';
import { NAME_TYPES, type Claim, type DocumentAnalysis } from '../types';
import { dayNumber, findCalendarDates, numberWordValue, parseDigits, scaleValue } from './numbers';
import { placeKey } from './places';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { conceptsOf } from './synonyms';
import { valueFeatures, type AmountRange } from './valueFeatures';

/** Kinds of feature, by the first character of the key. */
export const FEATURE_KIND = {
  entity: 'e',
  number: '#',
  date: '@',
  word: 'w',
  concept: '~',
  place: 'p',
  negated: '!',
  quoted: 'q',
  money: '$',
  anyMoney: '¤',
  time: 't',
} as const;

/** The features of one claim. */
export interface ClaimFeatures {
  uri: string;
  claim: Claim;
  /** Distinct feature keys. */
  keys: string[];
  /** Calendar days the claim states explicitly, as day numbers (numbers.ts), for event identity. */
  days: number[];
  /** The claim's meaningful words and mentions with their keys, in text order. */
  items: WordFeature[];
  /** Counted and measured amounts, money and local clock times as ranges (valueFeatures.ts). */
  amounts: AmountRange[];
  /**
   * Keys that come only from names in this claim (entity ids, places, words of a name or other
   * capitalised words inside the sentence): who and where, not what happened.
   */
  nameKeys: string[];
}

/** A word of the document with the feature keys it yields, before entity substitution. */
export interface WordFeature {
  start: number;
  end: number;
  keys: string[];
  /** True for a name mention, or a word of one (set by `claimFeatures`). */
  name?: boolean;
}

/** A word, or a number with thousands separators ("3,200" is one number, not 3 and 200). */
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;

/** Lexical features depend on the text only, so they are kept per analysis object. */
const lexicalCache = new WeakMap<DocumentAnalysis, WordFeature[]>();

/** The words of `text` that carry meaning, with their feature keys. Exported for tests. */
export function wordFeatures(text: string, offset = 0): WordFeature[] {
  const out: WordFeature[] = [];
  const words = [...text.matchAll(WORD)];
  /** End (in `text`) of the last negating word whose scope is still open. */
  let negationEnd = -1;
  let negatedWords = 0;
  for (let i = 0; i < words.length; i++) {
    const m = words[i];
    const at = m.index ?? 0;
    // Possessive endings and a final full stop are not part of the word ("Costa’s", "talks.").
    let raw = m[0].replace(/['’]s$/u, '');
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
    if (raw.length === 0) continue;
    const start = offset + at;
    const end = start + raw.length;
    const lower = raw.toLowerCase().replace(/’/gu, "'");
    if (negationEnd >= 0 && (negatedWords >= NEGATION_REACH || /[,;:.!?—–]/u.test(text.slice(negationEnd, at)))) negationEnd = -1;
    if (NEGATORS.has(lower) || lower.endsWith("n't")) {
      negationEnd = at + m[0].length;
      negatedWords = 0;
      continue;
    }
    // Numbers: digits ("5,000", "100"), number words ("five"), with a scale word after them.
    let value = parseDigits(lower);
    if (Number.isNaN(value)) value = numberWordValue(lower) ?? NaN;
    const compact = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/u.exec(lower);
    if (compact) value = Number(compact[1]) * (scaleValue(compact[2]) ?? 1);
    if (!Number.isNaN(value)) {
      const next = words[i + 1]?.[0]?.toLowerCase().replace(/\.$/u, '');
      const scale = next ? scaleValue(next) : undefined;
      if (scale !== undefined && next && next.length > 2) {
        value *= scale;
        i++;
      }
      out.push({ start, end, keys: [`${FEATURE_KIND.number}${value}`] });
      continue;
    }
    if (STOPWORDS.has(lower) || lower.length < 2 || /^\d/u.test(lower)) continue;
    const keys: string[] = [];
    const place = placeKey(raw);
    if (place) keys.push(`${FEATURE_KIND.place}${place}`);
    const s = stem(lower.replace(/\./gu, ''));
    if (STOPWORDS.has(s)) continue;
    keys.push(`${FEATURE_KIND.word}${s}`);
    for (const c of conceptsOf(s)) keys.push(c);
    if (negationEnd >= 0) {
      // "no compromise", "without reaching a deal": what is denied is a fact of its own.
      negatedWords++;
      for (const k of [...keys]) if (k[0] !== FEATURE_KIND.place) keys.push(`${FEATURE_KIND.negated}${k}`);
    }
    out.push({ start, end, keys });
  }
  return out;
}

/** Words that deny what follows them. */
const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'never', 'nor', 'neither', 'none', 'nothing', 'cannot', 'unable', 'unwilling', 'refused', 'failed']);
/** How many meaningful words after a negator are taken as denied. */
const NEGATION_REACH = 3;

function lexicalFeatures(doc: DocumentAnalysis): WordFeature[] {
  let words = lexicalCache.get(doc);
  if (!words) {
    words = [];
    // Only claim text is ever read, so only claims are scanned (overlapping claims once).
    for (const span of mergedSpans(doc.claims)) words.push(...wordFeatures(doc.text.slice(span.start, span.end), span.start));
    lexicalCache.set(doc, words);
  }
  return words;
}

/** The union of possibly overlapping spans, sorted. */
function mergedSpans(spans: readonly { start: number; end: number }[]): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Index of the first item of a start-sorted array that may overlap a span starting at `pos`:
 * the first item starting at or after `pos`, moved back over items that reach past `pos`.
 */
function firstEndingAfter<T extends { start: number; end: number }>(xs: readonly T[], pos: number): number {
  let lo = lowerBound(xs, pos);
  while (lo > 0 && xs[lo - 1].end > pos) lo--;
  return lo;
}

/**
 * A dateline opening a claim ("PARIS, March 11, 2024 —", "LONDON (Reuters) -"): where and when
 * the article was filed, not part of the fact, so its words are left out of the claim's features.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,\s*[\p{L}\d ,.]{0,30}?\d{4})?\s*(?:\([^)]{0,40}\))?\s*[—–-]{1,2}\s*/u;

/** Length of the dateline at the start of `text`, 0 when there is none. */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** Features of every claim of `doc`. Name mentions with a resolved id stand for their words. */
export function claimFeatures(doc: DocumentAnalysis): ClaimFeatures[] {
  const words = lexicalFeatures(doc);
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const out: ClaimFeatures[] = [];
  for (const claim of doc.claims) {
    const from = claim.start + datelineLength(claim.text);
    const values = valueFeatures(doc.text.slice(from, claim.end), from);
    // Digits of a clock time ("16:52", "1652 GMT") are the time, not two numbers.
    const inClock = (x: { start: number; end: number }) => values.clockSpans.some((c) => c.start < x.end && x.start < c.end);
    const items: WordFeature[] = values.keys.map((v) => ({ start: v.start, end: v.end, keys: [v.key] }));
    const days = new Set<string>();
    const names: Array<{ start: number; end: number }> = [];
    for (let i = firstEndingAfter(mentions, from); i < mentions.length && mentions[i].start < claim.end; i++) {
      const m = mentions[i];
      if (m.end <= from) continue;
      if (NAME_TYPES.has(m.type) && m.id) {
        const keys = [`${FEATURE_KIND.entity}${m.id}`];
        const place = placeKey(m.text);
        if (place) keys.push(`${FEATURE_KIND.place}${place}`);
        items.push({ start: m.start, end: m.end, keys, name: true });
        names.push(m);
      } else if (m.value?.kind === 'number' && m.value.min === m.value.max) {
        // Hedged ranges ("several" -> 2..11) are not the number written; the words give that.
        if (!inClock(m)) items.push({ start: m.start, end: m.end, keys: [`${FEATURE_KIND.number}${m.value.min}`] });
      } else if (m.value?.kind === 'date' && m.value.grain === 'day') {
        const iso = m.value.iso.slice(0, 10);
        days.add(iso);
        items.push({ start: m.start, end: m.end, keys: [`${FEATURE_KIND.date}${iso}`] });
      }
    }
    const quotes = doc.quotes.filter((q) => q.start < claim.end && claim.start < q.end);
    let first = true;
    for (let i = firstEndingAfter(words, from); i < words.length && words[i].start < claim.end; i++) {
      const w = words[i];
      // Words of names are kept beside the entity id: "Costa" still meets "Ana Costa" when
      // the two were not resolved to one entity.
      if (w.start < from) continue;
      if (inClock(w)) continue;
      const isFirst = first && !/[\p{L}\p{N}]/u.test(doc.text.slice(from, w.start));
      first = false;
      const name = names.some((n) => n.start <= w.start && w.end <= n.end) || (!isFirst && /^\p{Lu}/u.test(doc.text[w.start]) && !w.keys.some((k) => k[0] === FEATURE_KIND.number));
      // A name inside a quotation ("Tigrinho was the one we had to get") is still who, not what was
      // said: it gets no quoted-word key, which would count as evidence of the statement.
      const item = !name && quotes.some((q) => q.start < w.start && w.end < q.end) ? quotedWord(w) : w;
      items.push(name ? { ...item, name } : item);
    }
    for (const d of findCalendarDates(doc.text.slice(from, claim.end))) {
      days.add(d.iso);
      items.push({ start: from + d.index, end: from + d.index + 1, keys: [`${FEATURE_KIND.date}${d.iso}`] });
    }
    items.sort((a, b) => a.start - b.start);
    out.push({
      uri: doc.uri,
      claim,
      keys: unique(items.flatMap((it) => it.keys)),
      days: [...days].map(dayNumber).filter((d) => !Number.isNaN(d)),
      items,
      amounts: values.amounts,
      nameKeys: nameOnlyKeys(items),
    });
  }
  return out;
}

/** Keys that only name items of a claim carry. */
function nameOnlyKeys(items: readonly WordFeature[]): string[] {
  const other = new Set<string>();
  for (const it of items) if (!it.name) for (const k of it.keys) other.add(k);
  const out = new Set<string>();
  for (const it of items) if (it.name) for (const k of it.keys) if (!other.has(k)) out.add(k);
  return [...out];
}

/**
 * A word inside quotation marks also yields a quoted key for its stem or number: two articles
 * quoting the same words ("useful and constructive") report the same statement, which is
 * stronger evidence than the same word in the reporter's own prose.
 */
function quotedWord(w: WordFeature): WordFeature {
  const quoted = w.keys.filter((k) => k[0] === FEATURE_KIND.word || k[0] === FEATURE_KIND.number).map((k) => `${FEATURE_KIND.quoted}${k}`);
  return quoted.length ? { ...w, keys: [...w.keys, ...quoted] } : w;
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}
