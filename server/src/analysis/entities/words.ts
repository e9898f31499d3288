/**
 * Words of a sentence as the entity stage sees them: capitalisation, possessives and hyphenated
 * compounds resolved, with the raw text between words kept so that later steps can tell a plain
 * space from a comma, a dash or an opening quote.
 */
import { foldName } from '../lexicon/fold';
import type { Sentence } from '../types';

/** One word of a sentence. */
export interface Word {
  start: number;
  /** End of the word without its possessive ending ("Doe" in "Doe’s"). */
  end: number;
  text: string;
  /** Lower case, accents folded. */
  lower: string;
  /** Starts with a capital letter (or is a dotted abbreviation such as "U.S."). */
  cap: boolean;
  /** Written in capitals: "NATO", "U.S.", "AT&T". */
  acronym: boolean;
  /** Followed by a possessive ending: "’s", "'s", or a lone apostrophe after -s. */
  possessive: boolean;
  /** Raw text between the previous word (or the sentence start) and this one. */
  gap: string;
  /** Part of speech from wink-nlp for the token starting here ('' if none starts here). */
  pos: string;
  /** The lower-case rest of a hyphenated word: "based" in "Paris-based". */
  hyphenTail?: string;
  /** For compounds of capitalised parts ("Jean-Pierre"), the offsets of the parts. */
  parts?: Array<{ start: number; end: number }>;
  /**
   * A code of letters and digits, not a name: flight numbers ("TH318", "flight MH17"), aircraft and
   * product models ("A320"), form numbers. Codes are never part of a name.
   */
  code: boolean;
  /** First word of its sentence, or right after an opening quote, bracket or colon. */
  initial: boolean;
  /** Position in the sentence's word list. */
  index: number;
}

// Legal forms written with dots in mixed case or with a slash ("S.p.A.", "S.r.l.", "A/S") are one word.
const WORD = /\p{Lu}\.\p{Ll}\.\p{Lu}\.|\p{Lu}\.\p{Ll}\.\p{Ll}\.|\p{Lu}\/\p{Lu}(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|&(?=\p{Lu})|[-‐‑](?=[\p{L}\p{N}]))*/gu;
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
const CAPS = /^[\p{Lu}&]*\p{Lu}[\p{Lu}&\d]*$/u;
/** Arabic and similar name prefixes written in lower case with a hyphen: "al-Assad". */
const NAME_PREFIXES = new Set(['al', 'el', 'ad', 'ash', 'as', 'ar', 'an', 'bin', 'ibn', 'abu', 'ben', 'ould']);
/** An elided article or preposition before a capitalised word: "l'", "d'", "dell'", "all'". */
const ELIDED_ARTICLE = /^(?:l|d|dell|dall|all|nell|sull|degl|j|qu)['’](?=\p{Lu})/u;
/** The gap before a name word that an elided connector joins to the previous word: "Côte d'Ivoire". */
export const ELIDED_CONNECTOR_GAP = /^[ \t\u00a0]+(?:d|dell|degl)['’]$/u;

/** Openers after which any word is capitalised: quotes, brackets, colons, a dateline's dash. */
const OPENERS = /(?:[“"‘(\[«:]|\s[—–-])\s*$/u;

function isCapitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** Words of `sentence`, in order. `posAt` maps a token's start offset to its part of speech. */
export function sentenceWords(text: string, sentence: Sentence, posAt: ReadonlyMap<number, string>): Word[] {
  const out: Word[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let previousEnd = sentence.start;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    let start = sentence.start + m.index;
    let raw = m[0];
    let hyphenTail: string | undefined;
    let parts: Array<{ start: number; end: number }> | undefined;
    let first = 0;
    if (!DOTTED.test(raw) && /[-‐‑]/u.test(raw)) {
      const pieces = raw.split(/[-‐‑]/u);
      // "pro-Labour", "ex-President": the lower-case prefix is not part of the name.
      if (!isCapitalised(pieces[0]) && !(NAME_PREFIXES.has(pieces[0].toLowerCase()) && pieces.length > 1 && isCapitalised(pieces[1]))) {
        while (first < pieces.length && !isCapitalised(pieces[first])) first++;
      }
      // A lower-case compound ("son-in-law", "five-hour") stays one word.
      if (first === pieces.length) first = -1;
    }
    if (first >= 0 && !DOTTED.test(raw) && /[-‐‑]/u.test(raw)) {
      const pieces = raw.split(/[-‐‑]/u);
      const keep = NAME_PREFIXES.has(pieces[first].toLowerCase()) ? 2 : 1;
      let last = first + keep - 1;
      // Keep capitalised parts and digits ("F-150"); a lower-case part ends the name ("Paris-based").
      while (last + 1 < pieces.length && (isCapitalised(pieces[last + 1]) || /^\d/u.test(pieces[last + 1]))) last++;
      if (first > 0 || last < pieces.length - 1) {
        const skip = pieces.slice(0, first).reduce((n, p) => n + p.length + 1, 0);
        const kept = pieces.slice(first, last + 1).join('-');
        const keptRaw = raw.slice(skip, skip + kept.length);
        if (last < pieces.length - 1) hyphenTail = pieces.slice(last + 1).join('-').toLowerCase();
        start += skip;
        raw = keptRaw;
      }
      const capParts = raw.split(/[-‐‑]/u);
      if (capParts.length > 1 && capParts.every((p) => isCapitalised(p))) {
        parts = [];
        let at = start;
        for (const p of capParts) {
          parts.push({ start: at, end: at + p.length });
          at += p.length + 1;
        }
      }
    }
    // "l'Agence", "d'Ivoire", "dell'Ambiente": the elided article stays in the gap, the name starts after it.
    const elided = ELIDED_ARTICLE.exec(raw);
    if (elided && !parts) {
      start += elided[0].length;
      raw = raw.slice(elided[0].length);
    }
    let possessive = false;
    if (/['’]s$/u.test(raw) && raw.length > 2) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (/s$/u.test(raw)) {
      const after = text[start + raw.length];
      const next = text[start + raw.length + 1];
      if ((after === '’' || after === "'") && (next === undefined || !/\p{L}/u.test(next))) possessive = true;
    }
    const end = start + raw.length;
    if (parts) parts[parts.length - 1].end = Math.min(parts[parts.length - 1].end, end);
    const gap = text.slice(previousEnd, start);
    const dotted = DOTTED.test(raw);
    const cap = dotted || isCapitalised(raw) || (NAME_PREFIXES.has(raw.split(/[-‐‑]/u)[0].toLowerCase()) && raw.includes('-') && /[-‐‑]\p{Lu}/u.test(raw));
    const letters = raw.replace(/[^\p{L}]/gu, '');
    // A plural acronym keeps two capitals at least ("NGOs"); "Is" and "As" are words.
    const stem = raw.replace(/s$/u, '');
    const acronym = dotted || (letters.length >= 2 && letters.length <= 6 && stem.replace(/[^\p{L}]/gu, '').length >= 2 && CAPS.test(stem));
    out.push({
      start,
      end,
      text: raw,
      lower: foldName(raw),
      cap,
      acronym,
      code: isCode(raw, out[out.length - 1]),
      possessive,
      gap,
      pos: posAt.get(start) ?? '',
      ...(hyphenTail ? { hyphenTail } : {}),
      ...(parts ? { parts } : {}),
      // After a bullet or a timestamp ("14:05 Window of calm ...") a word opens its entry too.
      initial: out.length === 0 || OPENERS.test(gap) || /\n/u.test(gap) || out.every((w) => /^\d/u.test(w.text)),
      index: out.length,
    });
    previousEnd = sentence.start + m.index + m[0].length;
  }
  return out;
}

/** Words after which a letters-and-digits token is a number, whatever its length: "flight MH17". */
const CODE_NOUNS = new Set(['flight', 'flights', 'model', 'models', 'type', 'route', 'train', 'bus', 'form', 'serial', 'registration', 'reference']);

/**
 * True for a code such as "TH318" or "A320": capital letters then digits, with three digits or
 * more (shorter ones name groups and things: "G7", "M23", "F1"), or any length after a noun that
 * introduces a number ("flight MH17").
 */
function isCode(raw: string, previous: Word | undefined): boolean {
  const m = /^\p{Lu}{1,3}[-‐‑]?(\d+)\p{Lu}?$/u.exec(raw);
  if (!m) return false;
  return m[1].length >= 3 || (previous !== undefined && CODE_NOUNS.has(previous.lower));
}

/** Splits a compound word ("Paris-Berlin") into its capitalised parts, as separate words. */
export function splitCompound(text: string, w: Word): Word[] {
  if (!w.parts) return [w];
  return w.parts.map((p, i) => {
    const t = text.slice(p.start, p.end);
    return {
      ...w,
      start: p.start,
      end: p.end,
      text: t,
      lower: foldName(t),
      acronym: false,
      parts: undefined,
      possessive: i === w.parts!.length - 1 ? w.possessive : false,
      gap: i === 0 ? w.gap : '-',
      hyphenTail: i === w.parts!.length - 1 ? w.hyphenTail : undefined,
      initial: i === 0 ? w.initial : false,
    };
  });
}

/** True when the text between two words is plain space (no punctuation, no line break). */
export function plainGap(gap: string): boolean {
  return /^[ \t\u00a0]+$/u.test(gap);
}
