/**
 * Words of a sentence as the entity stage sees them: capitalisation, possessives and hyphenated
 * compounds resolved, with the raw text between words kept so that later steps can tell a plain
 * space from a comma, a dash or an opening quote.
 */
import { FUNCTION_WORDS } from '../lexicon/commonWords';
import { TITLE_HEADS } from '../lexicon/titles';
import { isDemonym } from '../lexicon/places';
import { foldName } from '../lexicon/fold';
import type { Token } from '../text/nlp';
import { lowerBound } from '../text/sortedSpans';
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
const WORD = /\p{Lu}\.[-‐‑]\p{Lu}\.|\p{Lu}\.\p{Ll}\.\p{Lu}\.|\p{Lu}\.\p{Ll}\.\p{Ll}\.|\p{Lu}\/\p{Lu}(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|&(?=\p{Lu})|[-‐‑](?=[\p{L}\p{N}]))*/gu;
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
const CAPS = /^[\p{Lu}&]*\p{Lu}[\p{Lu}&\d]*$/u;
/** The stop and space after a name's initial ("W. "), and the initial itself. */
const INITIAL_STOP = /^\.\s+$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Arabic and similar name prefixes written in lower case with a hyphen: "al-Assad". */
const NAME_PREFIXES = new Set(['al', 'el', 'ad', 'ash', 'as', 'ar', 'an', 'bin', 'ibn', 'abu', 'ben', 'ould']);
/** An elided article or preposition before a capitalised word: "l'", "d'", "dell'", "all'". */
const ELIDED_ARTICLE = /^(?:l|d|dell|dall|all|nell|sull|degl|j|qu)['’](?=\p{Lu})/u;
/** The gap before a name word that an elided connector joins to the previous word: "Côte d'Ivoire". */
export const ELIDED_CONNECTOR_GAP = /^[ \t\u00a0]+(?:d|dell|degl)['’]$/u;

/** Openers after which any word is capitalised: quotes, brackets, colons, a dateline's dash. */
const OPENERS = /(?:[“"‘(\[«:]|\s[—–-])\s*$/u;

// Patterns used for every word, compiled once (a regex literal in a function is a new object per call).
const HYPHEN = /[-‐‑]/u;
const HYPHEN_THEN_CAPITAL = /[-‐‑]\p{Lu}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const STARTS_WITH_DIGIT = /^\d/u;
const LETTER = /\p{L}/u;
const NON_LETTERS = /[^\p{L}]/gu;

function isCapitalised(s: string): boolean {
  // Most words start with an ASCII character: no need for the Unicode property test.
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return STARTS_CAPITALISED.test(s);
}

const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLetter = (c: number) => isAsciiUpper(c) || (c >= 0x61 && c <= 0x7a);
/** ASCII letters and digits: the only ASCII characters in \p{L}, \p{M} or \p{N}. */
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * End of the match of WORD that starts at `at` (an ASCII letter or digit), read without the regex,
 * or -1 when that needs the regex: a non-ASCII character in or right after the word, or a capital
 * followed by "." or "/" (abbreviations, "A/S"). Otherwise only WORD's last alternative can match
 * there, and its greedy loop never backtracks (nothing follows it), so reading while the next
 * character may continue the word gives the same end.
 */
function asciiWordEnd(body: string, at: number): number {
  if (isAsciiUpper(body.charCodeAt(at))) {
    const n = body.charCodeAt(at + 1);
    if (n === 0x2e || n === 0x2f) return -1;
  }
  let q = at + 1;
  while (q < body.length) {
    const d = body.charCodeAt(q);
    if (d >= 0x80) return -1;
    if (isAsciiAlnum(d)) {
      q++;
      continue;
    }
    // ['’](?=\p{L}), &(?=\p{Lu}), [-‐‑](?=[\p{L}\p{N}]): the ASCII connectors, by what follows them.
    if (d !== 0x27 && d !== 0x26 && d !== 0x2d) return q;
    const n = body.charCodeAt(q + 1);
    if (n >= 0x80) return -1;
    const joins = d === 0x27 ? isAsciiLetter(n) : d === 0x26 ? isAsciiUpper(n) : isAsciiAlnum(n);
    if (!joins) return q;
    q++;
  }
  return q;
}

/** True for an apostrophe, plain or typographic. */
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/**
 * Words of `sentence`, in order. `tokens` are the document's tokens, sorted by start: a word takes
 * the part of speech of the token that starts where it does (the last one, if several do).
 */
export function sentenceWords(text: string, sentence: Sentence, tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let previousEnd = sentence.start;
  // Every word so far starts with a digit (a timestamp such as "14:05" opens the entry).
  let digitsOnly = true;
  // Words come in order, so one cursor walks the tokens (no map of all tokens, no search per word).
  let tokenAt = lowerBound(tokens, sentence.start);
  for (let at = 0; at < body.length; ) {
    // The next match of WORD from `at`: plain ASCII words are read by hand (see asciiWordEnd), the
    // rest by the regex itself.
    const c = body.charCodeAt(at);
    if (c < 0x80 && !isAsciiAlnum(c)) {
      at++;
      continue;
    }
    let index = at;
    let matchEnd = c < 0x80 ? asciiWordEnd(body, at) : -1;
    const ascii = matchEnd >= 0;
    if (!ascii) {
      WORD.lastIndex = at;
      const m = WORD.exec(body);
      if (!m) break;
      index = m.index;
      matchEnd = m.index + m[0].length;
    }
    at = matchEnd;
    let start = sentence.start + index;
    let raw = body.slice(index, matchEnd);
    let hyphenTail: string | undefined;
    let parts: Array<{ start: number; end: number }> | undefined;
    // "Sub-commissioner", "Vice-mayor": a title head with a rank prefix stays one word.
    if (HYPHEN.test(raw) && !DOTTED.test(raw) && !isRomanisedGivenName(raw) && !TITLE_HEADS.has(raw.toLowerCase())) {
      let first = 0;
      const pieces = raw.split(HYPHEN);
      // "pro-Labour", "ex-President": the lower-case prefix is not part of the name.
      if (!isCapitalised(pieces[0]) && !(NAME_PREFIXES.has(pieces[0].toLowerCase()) && pieces.length > 1 && isCapitalised(pieces[1]))) {
        while (first < pieces.length && !isCapitalised(pieces[first])) first++;
      }
      // A lower-case compound ("son-in-law", "six-hour") stays one word.
      if (first < pieces.length) {
        const keep = NAME_PREFIXES.has(pieces[first].toLowerCase()) ? 2 : 1;
        let last = first + keep - 1;
        // Keep capitalised parts and digits ("F-150"); a lower-case part ends the name ("Paris-based").
        while (last + 1 < pieces.length && (isCapitalised(pieces[last + 1]) || STARTS_WITH_DIGIT.test(pieces[last + 1]))) last++;
        if (first > 0 || last < pieces.length - 1) {
          const skip = pieces.slice(0, first).reduce((n, p) => n + p.length + 1, 0);
          const kept = pieces.slice(first, last + 1).join('-');
          const keptRaw = raw.slice(skip, skip + kept.length);
          if (last < pieces.length - 1) hyphenTail = pieces.slice(last + 1).join('-').toLowerCase();
          start += skip;
          raw = keptRaw;
        }
        const capParts = raw.split(HYPHEN);
        if (capParts.length > 1 && capParts.every((p) => isCapitalised(p))) {
          parts = [];
          let at = start;
          for (const p of capParts) {
            parts.push({ start: at, end: at + p.length });
            at += p.length + 1;
          }
        }
      }
    }
    // "l'Agence", "d'Ivoire", "dell'Ambiente": the elided article stays in the gap, the name starts after it.
    if (!parts && (raw.includes("'") || raw.includes('’'))) {
      const elided = ELIDED_ARTICLE.exec(raw);
      if (elided) {
        start += elided[0].length;
        raw = raw.slice(elided[0].length);
      }
    }
    let possessive = false;
    if (raw.charCodeAt(raw.length - 1) === 0x73 /* s */) {
      if (raw.length > 2 && isApostrophe(raw.charCodeAt(raw.length - 2))) {
        raw = raw.slice(0, -2);
        possessive = true;
      } else {
        const after = text[start + raw.length];
        const next = text[start + raw.length + 1];
        if ((after === '’' || after === "'") && (next === undefined || !LETTER.test(next))) possessive = true;
      }
    }
    const end = start + raw.length;
    if (parts) parts[parts.length - 1].end = Math.min(parts[parts.length - 1].end, end);
    const gap = text.slice(previousEnd, start);
    const dotted = raw.charCodeAt(raw.length - 1) === 0x2e /* . */ && DOTTED.test(raw);
    const capitalFirst = isCapitalised(raw);
    const cap = dotted || capitalFirst || (raw.includes('-') && NAME_PREFIXES.has(raw.split(HYPHEN)[0].toLowerCase()) && HYPHEN_THEN_CAPITAL.test(raw));
    // A plural acronym keeps two capitals at least ("NGOs"); "Is" and "As" are words.
    const stem = raw.charCodeAt(raw.length - 1) === 0x73 /* s */ ? raw.slice(0, -1) : raw;
    let acronym = dotted;
    // CAPS needs a capital first, and a word starts with a letter or digit, never "&".
    if (!acronym && capitalFirst && CAPS.test(stem)) {
      const letters = raw.replace(NON_LETTERS, '');
      acronym = letters.length >= 2 && letters.length <= 6 && stem.replace(NON_LETTERS, '').length >= 2;
    }
    while (tokenAt < tokens.length && tokens[tokenAt].start < start) tokenAt++;
    let pos = '';
    for (let k = tokenAt; k < tokens.length && tokens[k].start === start; k++) pos = tokens[k].pos;
    // "... consultant Tadeusz W. The prosecutor ...": after a name's initial, a capitalised function
    // word opens a sentence that the sentence splitter (rightly wary of initials) did not cut.
    const afterInitial = capitalFirst && INITIAL_STOP.test(gap) && out.length > 0 && SINGLE_CAPITAL.test(out[out.length - 1].text) && FUNCTION_WORDS.has(raw.toLowerCase());
    const initial = out.length === 0 || (gap !== ' ' && (OPENERS.test(gap) || gap.includes('\n'))) || digitsOnly || afterInitial;
    // Every Word has the same fields, so that the code reading them sees one object shape.
    out.push({
      start,
      end,
      text: raw,
      lower: ascii ? raw.toLowerCase() : foldName(raw),
      cap,
      acronym,
      possessive,
      gap,
      pos,
      hyphenTail,
      parts,
      code: isCode(raw, out[out.length - 1]) || isCurrencyPrefix(raw, text[end]) || isSplitFlightNumber(raw, out[out.length - 1], text.slice(end, end + 6)) || isRegistration(raw),
      // After a bullet or a timestamp ("14:05 Window of calm ...") a word opens its entry too.
      initial,
      index: out.length,
    });
    digitsOnly &&= STARTS_WITH_DIGIT.test(raw);
    previousEnd = sentence.start + matchEnd;
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
const CODE = /^\p{Lu}{1,3}[-‐‑]?(\d+)\p{Lu}?$/u;

function isCode(raw: string, previous: Word | undefined): boolean {
  const m = CODE.exec(raw);
  if (!m) return false;
  return m[1].length >= 3 || (previous !== undefined && CODE_NOUNS.has(previous.lower));
}

/** "flight VT 218": an airline's code, a space, and the number. */
function isSplitFlightNumber(raw: string, previous: Word | undefined, after: string): boolean {
  return previous !== undefined && (previous.lower === 'flight' || previous.lower === 'flights') && /^[\p{Lu}\d]{2}$/u.test(raw) && /^\s\d{1,4}\b/u.test(after);
}

/**
 * An aircraft's registration: a country prefix, a hyphen and three or four capitals ("OK-VLE",
 * "G-EUPT", "SP-LWA"); no name is written so.
 */
const REGISTRATION = /^([\p{Lu}\d]{1,2})-\p{Lu}{3,4}$/u;
/** Nationality prefixes of aircraft registers (ICAO), so that "US-IRAN" in a capitals headline stays two names. */
const REGISTER_PREFIXES = new Set(
  `G D F I EC OK OM SP EI PH OO OE HB SE LN OH OY TF 9H YR HA LZ SX TC VH C VT RA UR ES YL LY CS 4X A6 A7 HZ B PK 9M 9V HS RP ZS 5Y 5N SU CN PP PR PT LV CC XA S5 9A YU Z3 ER EW 4L EP AP`.split(' '),
);

function isRegistration(raw: string): boolean {
  const m = REGISTRATION.exec(raw);
  return m !== null && REGISTER_PREFIXES.has(m[1]);
}

/**
 * True for the capitals written onto a dollar sign ("US$6.4 million", "HK$2 billion", "NZ$40"):
 * a mark of the currency, not a mention of the country.
 */
function isCurrencyPrefix(raw: string, after: string | undefined): boolean {
  return after === '$' && /^\p{Lu}{1,3}$/u.test(raw);
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

const PLAIN_GAP = /^[ \t\u00a0]+$/u;

/** True when the text between two words is plain space (no punctuation, no line break). */
export function plainGap(gap: string): boolean {
  // Most gaps are one space.
  return gap === ' ' || PLAIN_GAP.test(gap);
}

/**
 * One syllable of a romanised Korean or Chinese name ("jun", "seok", "hye", "ping"): up to three
 * consonants, up to three vowels, and at most one closing consonant or "ng".
 */
const ROMANISED_SYLLABLE = /^[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|[nklmptr])?$/u;

/**
 * A given name of two syllables joined by a hyphen, the second in lower case: "Jun-ho",
 * "Min-seok", "Hye-jin". It is one word of a person's name, not a name ending before a lower-case
 * tail as "Paris-based" does.
 */
function isRomanisedGivenName(raw: string): boolean {
  const pieces = raw.split(HYPHEN);
  return (
    pieces.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(pieces[0]) && /^\p{Ll}+$/u.test(pieces[1]) &&
    ROMANISED_SYLLABLE.test(pieces[0].toLowerCase()) && ROMANISED_SYLLABLE.test(pieces[1]) &&
    !ENGLISH_TAILS.has(pieces[1]) && !isDemonym(pieces[0])
  );
}

/** English words that end a hyphenated adjective and are also syllables of the pattern above ("Greek-run", "week-long"). */
const ENGLISH_TAILS = new Set(['run', 'long', 'led', 'born', 'hit', 'free', 'wide', 'held', 'made', 'built', 'style', 'type', 'day', 'year', 'old', 'rich', 'poor', 'top', 'bound', 'based', 'like', 'sized', 'size', 'up', 'in', 'out', 'on', 'off']);
