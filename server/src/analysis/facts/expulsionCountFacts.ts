/**
 * How many diplomats of one nationality were expelled, as facts: "Belarus ordered two Lithuanian
 * diplomats to leave the country", "Lithuania expelled three Belarusian diplomats", "declared three
 * diplomats of Belarus persona non grata", "four Russian embassy staff were expelled". A round of
 * expulsions sends home one number of a country's diplomats; two articles about one round that give
 * two numbers cannot both be right (expulsionCountRules.ts).
 *
 * The nationality is part of what is counted: in a tit-for-tat, "three Belarusian diplomats" and
 * "two Lithuanian diplomats" are two counts of two expulsions. A count without a nationality is
 * left out, as are hedged counts ("at least two"), denials ("did not expel") and sentences about
 * an earlier round (a year other than the article's, "last year", "previous").
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { NUMBER_SOURCE, parseNumber, type NumberRange } from '../values/numbers';
import { countryKey } from './countries';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What an expulsion-count fact says. */
export interface ExpulsionCountInfo {
  /** Country key of the expelled people's nationality ("lithuania"). */
  country: string;
  /** The nationality as written ("Lithuanian", "Belarus"). */
  written: string;
  /** How many. */
  range: NumberRange;
}

/** A fact carrying a count of expelled diplomats. */
export type ExpulsionCountFact = FactWith<'expulsion', ExpulsionCountInfo>;

/** Narrows a fact to an expulsion-count fact. */
export const isExpulsionCountFact = factWithGuard<ExpulsionCountFact>('expulsion');

/** Cue words: a sentence without them tells of no expulsion. */
const CUE = /expel|persona non grata|out of|to leave|home\b|\bout\b/iu;
/** Words of diplomacy: checked first, since CUE's words are common. */
const DIPLOMATIC = /diplomat|envoy|attach|embass|consul|mission|persona non grata/iu;

/** People a country expels: its diplomats and the staff of its missions. */
const EXPELLED_PEOPLE = String.raw`(?:diplomats?|envoys?|attach[eé]s?|(?:embassy|consular|diplomatic|mission)\s+(?:staff(?:\s+members)?|officials|officers|employees|workers|personnel))`;
/** A nationality word before the noun ("Lithuanian", "Belarus", "North Korean"). */
const NATIONALITY = String.raw`(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`;
/** "of Belarus", "from neighbouring Belarus" after the noun. */
const OF_COUNTRY = String.raw`(?:\s+(?:of|from)\s+(?:neighbou?ring\s+|the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)??))?`;
/** The counted phrase: a number, perhaps a nationality, the noun, perhaps "of <country>". Groups: number, nationality, country. */
const COUNTED = String.raw`(${NUMBER_SOURCE})\s+(?:${NATIONALITY}\s+)?${EXPELLED_PEOPLE}\b${OF_COUNTRY}`;

/**
 * Verbs that expel, each with the words that must follow the counted phrase (within a few words)
 * for it to be an expulsion: "ordered three diplomats out", "told them to leave", "declared ...
 * persona non grata", "sent ... home"; "expelled" needs nothing more.
 */
const ACTIVE = new RegExp(String.raw`\b(expel(?:s|led|ling)?|order(?:s|ed)?|told|tells?|declared?|declares|sen[dt]s?|kicked|kicks)\s+(?:out\s+)?(?:the\s+)?${COUNTED}`, 'giu');
const COMPLETION: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:order|told|tell|kick)/iu, /^[^.;]{0,30}?\b(?:out|to\s+(?:leave|go|depart|quit))\b/iu],
  [/^declare/iu, /^[^.;]{0,20}?\bpersona\s+non\s+grata\b/iu],
  [/^sen[dt]/iu, /^[^.;]{0,20}?\b(?:home|packing)\b/iu],
];
/** "three Belarusian diplomats were expelled", "two diplomats of X have been ordered to leave". */
const PASSIVE = new RegExp(
  String.raw`${COUNTED}\s+(?:were|have\s+been|had\s+been|are|will\s+be|are\s+being|being)\s+(?:expelled|ordered\s+(?:out|to\s+leave)|told\s+to\s+leave|declared\s+persona\s+non\s+grata|sent\s+home)`,
  'giu',
);

/** Words before the number that make it a bound, not a count. */
const HEDGE_BEFORE = /\b(?:at\s+least|more\s+than|over|up\s+to|about|around|some|nearly|almost|roughly|as\s+many\s+as|fewer\s+than|less\s+than)\s+$/iu;
/** Words that make the sentence deny the expulsion or tell of another round. */
const NOT_THIS_ROUND = /\b(?:not|never|no|previous|previously|earlier\s+(?:round|expulsions?)|last\s+(?:year|month|time)|similar|would|could|may|might|threatened\s+to|in\s+the\s+past)\b/iu;
/** A four-digit year. */
const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;

/** Expulsion-count facts of one sentence. */
export function expulsionCountFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!DIPLOMATIC.test(text) || !CUE.test(text) || NOT_THIS_ROUND.test(text) || otherYear(text, doc.published)) return [];
  const out: ExpulsionCountFact[] = [];
  for (const m of text.matchAll(ACTIVE)) {
    const verb = m[1];
    const end = (m.index ?? 0) + m[0].length;
    const completion = COMPLETION.find(([v]) => v.test(verb));
    if (completion && !completion[1].test(text.slice(end))) continue;
    const numberAt = (m.index ?? 0) + m[0].indexOf(m[2], verb.length);
    const fact = factOf(doc, s, m[2], m[3], m[4], numberAt, end);
    if (fact) out.push(fact);
  }
  for (const m of text.matchAll(PASSIVE)) {
    const fact = factOf(doc, s, m[1], m[2], m[3], m.index ?? 0, (m.index ?? 0) + m[0].length);
    if (fact) out.push(fact);
  }
  return out;
}

/** True when the sentence names a year other than the article's own: it tells of an earlier round. */
function otherYear(text: string, published: string | undefined): boolean {
  const own = published?.slice(0, 4);
  for (const m of text.matchAll(YEAR)) if (m[1] !== own) return true;
  return false;
}

function factOf(
  doc: DocumentAnalysis,
  s: Sentence,
  number: string,
  nationality: string | undefined,
  ofCountry: string | undefined,
  from: number,
  to: number,
): ExpulsionCountFact | undefined {
  if (HEDGE_BEFORE.test(s.text.slice(Math.max(0, from - 20), from))) return undefined;
  const range = parseNumber(number);
  if (!range || range.min !== range.max) return undefined;
  // A word before the noun that is no nationality ("senior", "Western") leaves the count to "of <country>".
  const before = nationality ? countryAtEnd(nationality) : undefined;
  const after = ofCountry ? countryFrom(s.text, s.text.indexOf(ofCountry, from)) : undefined;
  const written = before ?? after;
  const country = written ? countryKey(written) : undefined;
  if (!written || !country) return undefined;
  // "two Lithuanian diplomats of Belarus" would be no one nationality.
  if (before && after && countryKey(after) !== country) return undefined;
  const afterEnd = after ? s.text.indexOf(after, from) + after.length : to;
  const span = spanOf(doc, s.start + from, s.start + Math.max(to, afterEnd));
  return factAt<ExpulsionCountFact>(doc, span, {
    kind: 'count',
    subject: `expelled:${country}`,
    attribute: 'count:expelled diplomats',
    value: { kind: 'number', min: range.min, max: range.max },
    display: span.text,
    detail: { sentence: s.index, expulsion: { country, written, range } },
  });
}

/** The nationality that ends the words before the noun ("senior Belarusian" -> "Belarusian"). */
function countryAtEnd(words: string): string | undefined {
  const parts = words.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join(' ');
    if (countryKey(name)) return name;
  }
  return undefined;
}

/** The country named at `at` ("Belarus", "North Korea", "the Czech Republic"), one or two capitalised words. */
function countryFrom(text: string, at: number): string | undefined {
  if (at < 0) return undefined;
  const words = /^(\p{Lu}[\p{L}-]+)(?:\s+(\p{Lu}[\p{L}-]+))?/u.exec(text.slice(at));
  if (!words) return undefined;
  if (words[2] && countryKey(`${words[1]} ${words[2]}`)) return `${words[1]} ${words[2]}`;
  return countryKey(words[1]) ? words[1] : undefined;
}
