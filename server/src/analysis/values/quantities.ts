/**
 * Amounts in news text: money ("$100 million"), percentages ("3.1%"), measures ("six-hour",
 * "5,000 square kilometers") and counts ("9–10 points", "a dozen envoys"), with hedges turned
 * into ranges. Pure functions.
 */
import { foldName } from '../lexicon/fold';
import { CURRENCY_CODES as ISO_CURRENCY_CODES } from '../lexicon/currencies';
import { applyHedge, hedgeKind, HEDGE_SOURCE, type HedgeKind } from './hedges';
import { NUMBER_SOURCE, parseNumber, type NumberRange } from './numbers';

export type QuantityType = 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL';

/** An amount found in text. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  type: QuantityType;
  /** The range the words stand for, hedges applied ("more than five" -> 5..Infinity). */
  range: NumberRange;
  /** The number as written, without the hedge. */
  written: NumberRange;
  /** Normalised unit: "hour", "year", "km2", "usd", "percent", or the counted noun ("point"). */
  unit?: string;
  hedge?: HedgeKind;
  /** True for the compound-adjective form ("six-hour meeting", "10-point plan"). */
  compound: boolean;
  /** Offset just after the unit word: where the noun a compound describes begins. */
  unitEnd: number;
}

/** Units of measure (rounded when written without a hedge), mapped to a normal form. */
const MEASURE_UNITS: Record<string, string> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', decade: 'decade',
  km: 'km', kilometre: 'km', kilometer: 'km', mile: 'mile', metre: 'm', meter: 'm', foot: 'foot', feet: 'foot',
  mm: 'mm', millimetre: 'mm', millimeter: 'mm', cm: 'cm', centimetre: 'cm', centimeter: 'cm', inch: 'inch', inches: 'inch',
  cusec: 'cusec', cumec: 'cumec',
  'square kilometre': 'km2', 'square kilometer': 'km2', 'square mile': 'mile2', hectare: 'hectare', acre: 'acre',
  kg: 'kg', kilogram: 'kg', tonne: 'tonne', ton: 'tonne', litre: 'litre', liter: 'litre', barrel: 'barrel', degree: 'degree',
  // Speeds: "165 kph", "103 mph", "60 knots" (and "165 km/h", "100 miles per hour": see SPEED_AFTER).
  kph: 'km/h', kmh: 'km/h', mph: 'mph', knot: 'knot',
};
/** Words after a unit of length that make it a speed: "165 km/h", "165 km per hour", "100 miles an hour". */
const SPEED_AFTER = /^(?:\s*\/\s*h(?:r|our)?\b|\s+(?:per|an|a)\s+hour\b)/iu;
const SPEED_OF_LENGTH: Record<string, string> = { km: 'km/h', mile: 'mph' };
const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', '₩': 'krw', Rs: 'inr', 'Rs.': 'inr', '₦': 'ngn', N: 'ngn', '₱': 'peso',
  // The Kenyan shilling's mark ("KSh 50 million"), one unit with the word "shillings".
  KSh: 'shilling', Ksh: 'shilling', 'KSh.': 'shilling', 'Ksh.': 'shilling',
  // East African papers write any shilling so: "Sh1 million", "TSh 2 million".
  Sh: 'shilling', 'Sh.': 'shilling', TSh: 'shilling', Tsh: 'shilling', USh: 'shilling', Ush: 'shilling',
  // Dollars and reais of other countries, written with a prefix to the dollar sign ("S$3.8 billion").
  'R$': 'brl', 'S$': 'sgd', 'HK$': 'hkd', 'A$': 'aud', 'C$': 'cad', 'NZ$': 'nzd',
};
/** True for a currency's mark written with letters ("KSh", "Rs"; case as written: "KSH" is an acronym). */
export function isCurrencyMark(text: string): boolean {
  return /\p{L}/u.test(text) && CURRENCY_SYMBOLS[text] !== undefined;
}
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd', euro: 'eur', pound: 'gbp', rouble: 'rub', ruble: 'rub', yuan: 'cny', yen: 'jpy', hryvnia: 'uah', rupee: 'inr',
  reais: 'brl', reai: 'brl', real: 'brl', won: 'krw', rand: 'zar', lira: 'try', zloty: 'pln', ringgit: 'myr', baht: 'thb', rupiah: 'idr',
  naira: 'ngn', riyal: 'sar', dirham: 'aed', peso: 'peso', franc: 'franc',
  // Swedish kronor, Danish and Norwegian kroner, and the English "crowns" for either: one word family,
  // so that "1,500 kroner" and "1,500 Norwegian crowns" are one sum.
  krona: 'crown', kronor: 'crown', krone: 'crown', kroner: 'crown', crown: 'crown',
  // Czech and Slovak koruna (English "crowns" too), and the other currencies of Central and Eastern
  // Europe, Africa and Asia that news copy names by their own word.
  koruna: 'crown', korun: 'crown', koruny: 'crown', korunas: 'crown',
  forint: 'huf', leu: 'ron', lei: 'ron', lev: 'bgn', leva: 'bgn', kuna: 'hrk', kune: 'hrk', denar: 'mkd', denari: 'mkd',
  dinar: 'dinar', lari: 'gel', manat: 'manat', tenge: 'kzt', som: 'som', shekel: 'ils', shekels: 'ils',
  taka: 'bdt', dong: 'vnd', kip: 'lak', kyat: 'mmk', shilling: 'shilling', cedi: 'ghs', cedis: 'ghs', birr: 'etb',
  kwacha: 'kwacha', rial: 'rial', afghani: 'afn', quetzal: 'gtq', quetzales: 'gtq', colon: 'crc', colones: 'crc',
  bolivar: 'ves', bolivares: 'ves', sol: 'pen', soles: 'pen', guarani: 'pyg',
};
/** ISO codes of the crown currencies, which the words above fold into one family ("CZK 52m", "52 million crowns"). */
const CROWN_CODES = new Set(['czk', 'sek', 'nok', 'dkk', 'isk']);
/** The pesos' codes: one word family, as "2.8 million pesos" and "PHP 2.8 million" are one sum in a Manila story. */
const PESO_CODES = new Set(['php', 'mxn', 'clp', 'ars', 'cop', 'uyu', 'dop', 'cup']);
/**
 * A nationality written between the number and the currency word ("1,500 Norwegian crowns",
 * "2 million Mexican pesos"). Dollars of a named country get that country's code; other currency
 * words keep their own.
 */
const COUNTRY_BEFORE_CURRENCY = /^\s+([\p{L}]+)\b/u;
const DOLLARS_OF: Record<string, string> = { us: 'usd', american: 'usd', canadian: 'cad', australian: 'aud', singapore: 'sgd', zealand: 'nzd' };
const CURRENCY_NATIONALITIES = new Set([
  'norwegian', 'swedish', 'danish', 'icelandic', 'mexican', 'argentine', 'chilean', 'colombian', 'philippine', 'swiss', 'us', 'american',
  'canadian', 'australian', 'singapore', 'brazilian', 'indian', 'pakistani', 'russian', 'chinese', 'japanese', 'turkish', 'polish',
  'georgian', 'hungarian', 'czech', 'slovak', 'romanian', 'bulgarian', 'serbian', 'croatian', 'ukrainian', 'kazakh', 'kyrgyz', 'egyptian',
  'kenyan', 'nigerian', 'ghanaian', 'tanzanian', 'ugandan', 'ethiopian', 'moroccan', 'thai', 'indonesian', 'vietnamese', 'malaysian',
  'saudi', 'peruvian', 'israeli', 'south',
  // East African shillings are written with the country's name: "50 million Kenya shillings".
  'kenya', 'kenyan', 'uganda', 'tanzania', 'somali',
]);
/** Currency words that are also common English words ("four won", "two real threats"): money only for large sums. */
const AMBIGUOUS_CURRENCY_WORDS = new Set(['won', 'real', 'rand', 'crown', 'sol', 'colon', 'som', 'dong', 'kip', 'lev', 'lei', 'leu']);
/**
 * ISO codes written for a currency ("EUR 85 million", "85m USD", "50 000 GEL"): the lexicon's, in
 * upper case only ("try", "all" are words), less the codes that are English words in a headline's
 * capitals ("TOP 10", "ALL 5 RESCUED").
 */
const WORD_CODES = new Set(['ALL', 'TOP', 'CUP', 'BOB', 'SOS', 'MOP']);
const CURRENCY_CODES = [...ISO_CURRENCY_CODES].filter((c) => !WORD_CODES.has(c));
const CODE_SET = new Set(CURRENCY_CODES);
const SCALE_WORDS: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, bln: 1e9, tn: 1e12, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3, thousand: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };
/** Words after a number that are not what it counts. */
const NOT_A_UNIT = new Set([
  'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'the', 'a', 'an', 'was', 'were', 'is', 'are', 'had', 'have',
  'has', 'said', 'percent', 'per', 'more', 'less', 'than', 'times', 'that', 'who', 'which', 'as', 'after', 'before', 'p', 'a.m', 'p.m',
]);

/** Scale words written after a sum in Portuguese and Spanish pages (accents folded), and their English plurals. */
const FOREIGN_SCALE_WORDS: Readonly<Record<string, number>> = {
  mil: 1e3,
  mi: 1e6, milhao: 1e6, milhoes: 1e6, millon: 1e6, millones: 1e6, millions: 1e6,
  bi: 1e9, bilhao: 1e9, bilhoes: 1e9, billions: 1e9,
  // Swahili, as East African pages keep it: "Sh1 milioni".
  milioni: 1e6, bilioni: 1e9,
};

/** Currencies of Portuguese- and Spanish-speaking countries, whose pages write "mil" for a thousand. */
const IBERIAN_CURRENCIES: ReadonlySet<string> = new Set(['brl', 'ars', 'mxn', 'clp', 'cop', 'pen', 'uyu', 'pyg', 'bob', 'aoa', 'mzn', 'cve', 'eur']);

/**
 * The naira's mark written as a plain "N" ("N240 million", "N5bn"), as Nigerian copy writes "₦":
 * only before a sum with a scale, since "N95" and "N1" name masks and roads.
 */
const NAIRA_MARK = String.raw`\bN(?=\d[\d.,]*\s?(?:million|billion|trillion|bn|m)\b)`;

/**
 * Hedge, currency mark (symbol or ISO code), number, compact scale written onto the number or
 * after it ("€85m", "$1.2bn", "85 mn"), percent sign, and the word after (unit or counted noun).
 * A letter may follow the digits only when it opens a compact scale: "10km" and "5pm" are no amounts.
 */
const QUANTITY_RE = new RegExp(
  String.raw`(?:\b(` + HEDGE_SOURCE + String.raw`)\s+)?(?:(US\s?\$|\b(?:R|S|HK|A|C|NZ)\$|[$€£¥₹₩₦₱]|\bRs\.?(?=\s?\d)|\b[KTU]?sh\.?(?=\s?\d)|` + NAIRA_MARK + String.raw`|\b(?:` + CURRENCY_CODES.join('|') + String.raw`)(?=\s?\d))\s?|(?<![\p{L}\p{N}.,]))(` + NUMBER_SOURCE +
    String.raw`)(?!(?!(?:bn|bln|tn|mn|mln|m|k)\b)[\p{L}\p{N}]|[.,]\d)(?:\s*(bn|bln|tn|mn|mln|m|k)\b)?(?:\s*(%|percent\b|per\s?cent\b))?(?:(-|\s+)((?:square\s+)?[\p{L}]+))?`,
  'giu',
);

/** Verbs whose particle "over" comes right before a number ("handed over six", "turned over 20"). */
const PARTICLE_VERB_BEFORE = /\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|took|take[sn]?|taking|pass(?:es|ed|ing)?|sign(?:s|ed|ing)?)\s+$/iu;

/** A cheap test that lets most sentences without any number skip the full pattern. */
const MAY_HOLD_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|couple|several|few|hundreds|thousands|millions)\b/iu;

let cachedText: string | undefined;
let cachedAll: Quantity[] = [];

/** Every amount in `text` outside the `skip` spans (dates and times found before). */
export function findQuantities(text: string, skip: ReadonlyArray<{ start: number; end: number }> = []): Quantity[] {
  // Fact readers ask for the same sentence in a row: the last answer is kept.
  if (text !== cachedText) {
    cachedAll = MAY_HOLD_NUMBER.test(text) ? readQuantities(text) : [];
    cachedText = text;
  }
  if (skip.length === 0) return cachedAll.slice();
  return cachedAll.filter((q) => {
    const numberEnd = q.end;
    return !skip.some((s) => s.start < numberEnd && q.start < s.end);
  });
}

function readQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY_RE)) {
    let hedgeText: string | undefined = m[1];
    let symbol: string | undefined = m[2];
    // The pattern ignores case; a mark of letters counts only as written ("Sh1 million", not "sh5").
    if (symbol && /^\p{L}+\.?$/u.test(symbol) && !/^[a-z]{3}$/iu.test(symbol) && CURRENCY_SYMBOLS[symbol] === undefined) continue;
    // A currency code counts only in capitals ("try 5 times" is no money).
    if (symbol && /^[a-z]{3}$/iu.test(symbol) && !CODE_SET.has(symbol) && CURRENCY_SYMBOLS[symbol] === undefined) {
      symbol = undefined;
      hedgeText = undefined;
    }
    const numberText = m[3];
    const shortScale = m[4];
    const percent = m[5];
    const joiner = m[6];
    const unitWord = m[7];
    let start = m.index ?? 0;
    const numberStart = start + m[0].indexOf(numberText, (hedgeText?.length ?? 0) + (symbol?.length ?? 0));
    // "handed over six", "took over 20": the particle of a phrasal verb, not "more than".
    if (hedgeText && /^over$/iu.test(hedgeText) && PARTICLE_VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
      hedgeText = undefined;
      start = numberStart;
    }
    const written = parseNumber(numberText);
    if (!written) continue;
    const lower = numberText.toLowerCase();
    // "one" is a pronoun more often than a number ("one of the", "no one").
    if (lower === 'one' && !(joiner === '-' && unitWord)) continue;
    // A bare four-digit year is a date, not a number.
    if (!symbol && !percent && /^(?:1[89]|20)\d\d$/u.test(numberText) && joiner !== '-') continue;
    if (/^(?:several|a few|dozens|hundreds|thousands|millions)$/iu.test(lower) && !unitWord) continue;
    let end = numberStart + numberText.length;
    let value: NumberRange = { ...written };
    let type: QuantityType = 'CARDINAL';
    let unit: string | undefined;
    let compound = false;
    let unitEnd = end;
    // "85m USD": a code after the amount marks it as money as a symbol before it does.
    const codeAfter = !symbol && unitWord && joiner !== '-' && CODE_SET.has(unitWord) ? unitWord : undefined;
    // "52m koruna", "3bn euros": a compact scale before a currency word marks money as a symbol does.
    const currencyWordAfter = !symbol && !codeAfter && unitWord && joiner !== '-' && currencyOfWord(unitWord) !== undefined;
    // "6,380 m", "a 15m-deep crater": with no money about it, a lone "m" after a space, or before
    // a word of size, is metres, not millions ("revenue of 5m" stays unread).
    const spaced = shortScale === 'm' && /^\s+m\b/u.test(m[0].slice(numberStart - (m.index ?? 0) + numberText.length));
    const metres = shortScale === 'm' && !(symbol || codeAfter || currencyWordAfter) && (spaced || /^(?:high|long|deep|wide|tall)$/iu.test(unitWord ?? ''));
    if (shortScale && !metres) {
      const s = SCALE_WORDS[shortScale.toLowerCase()];
      if (!(symbol || codeAfter || currencyWordAfter) || !s) continue;
      value = { min: value.min * s, max: value.max * s };
      end = start + m[0].indexOf(shortScale, end - start) + shortScale.length;
    }
    if (metres) {
      type = 'QUANTITY';
      unit = 'm';
      end = start + m[0].indexOf(shortScale!, end - start) + 1;
      unitEnd = end;
    } else if (symbol) {
      type = 'MONEY';
      unit = CODE_SET.has(symbol) ? codeUnit(symbol) : CURRENCY_SYMBOLS[symbol.replace(/^US\s?/u, '')] ?? 'usd';
      unitEnd = end;
    } else if (codeAfter) {
      type = 'MONEY';
      unit = codeUnit(codeAfter);
      end = start + m[0].length;
      unitEnd = end;
    } else if (percent) {
      type = 'PERCENT';
      unit = 'percent';
      end = start + m[0].indexOf(percent, end - start) + percent.length;
      unitEnd = end;
    } else if (unitWord) {
      const word = unitWord.toLowerCase().replace(/\s+/gu, ' ');
      const norm = singular(word);
      const after = start + m[0].length;
      const currency = currencyOfWord(word);
      if (currency && (!AMBIGUOUS_CURRENCY_WORDS.has(norm) || value.min >= 1000)) {
        type = 'MONEY';
        unit = currency;
        end = after;
      } else if (MEASURE_UNITS[norm]) {
        type = 'QUANTITY';
        unit = MEASURE_UNITS[norm];
        end = after;
        compound = joiner === '-';
        const speed = SPEED_OF_LENGTH[unit] ? SPEED_AFTER.exec(text.slice(after)) : null;
        if (speed) {
          unit = SPEED_OF_LENGTH[unit];
          end = after + speed[0].length;
        }
      } else if (!NOT_A_UNIT.has(word) && /^\p{Ll}/u.test(unitWord) && word.split(' ').length === 1) {
        // A counted noun ("10 points", "12-point draft"): the unit is the noun's singular.
        unit = norm;
        compound = joiner === '-';
        if (compound) end = after;
      }
      unitEnd = after;
    }
    // "R$ 200 mil", "R$ 4,8 mi", "R$ 1,2 bi", "R$ 412,6 milhões", "US$ 77,4 millions": Portuguese and
    // Spanish scale words after a sum, and the plural they lend to English. "Mil" is
    // a thousand there but a million in English slang ("$5 mil"), so in another currency the sum is left unread.
    const scaleWord = type === 'MONEY' && unitWord && joiner !== '-' ? foldName(unitWord) : undefined;
    if (scaleWord && FOREIGN_SCALE_WORDS[scaleWord]) {
      if (scaleWord === 'mil' && !IBERIAN_CURRENCIES.has(unit ?? '')) continue;
      const scale = FOREIGN_SCALE_WORDS[scaleWord];
      value = { min: value.min * scale, max: value.max * scale };
      end = start + m[0].length;
      unitEnd = end;
    }
    // "R$ 3.500", "1.214 votes", "6.380 m": one point before three digits separates thousands in
    // much of the world. A sum, a count of things, a height in metres or feet and an area in hectares
    // or acres are read so (none is written to three decimals); other measures ("2.345 km") and percentages keep their decimals.
    if (/^\d{1,3}\.\d{3}$/u.test(numberText) && (type === 'MONEY' || (type === 'CARDINAL' && unit !== undefined) || (type === 'QUANTITY' && (unit === 'm' || unit === 'foot' || unit === 'hectare' || unit === 'acre')))) {
      value = { min: value.min * 1000, max: value.max * 1000 };
    }
    const hedge = hedgeText ? hedgeKind(hedgeText) : undefined;
    if (!hedge && hedgeText) start = numberStart - (symbol ? m[0].indexOf(numberText) - m[0].indexOf(symbol) : 0);
    if (!hedgeText) start = symbol ? numberStart - (m[0].indexOf(numberText) - m[0].indexOf(symbol)) : numberStart;
    const exact = type === 'CARDINAL' && !/^(?:several|a few|dozens|hundreds|thousands|millions)$/iu.test(lower);
    const range = applyHedge(value, hedge, exact || type === 'PERCENT' || type === 'MONEY');
    out.push({ start, end, text: text.slice(start, end), type, range, written: value, unit, hedge, compound, unitEnd });
  }
  return out;
}

/**
 * The sum of "1,500 Norwegian crowns", "5 million Canadian dollars": a number that `findQuantities`
 * reads as a bare number, followed by a nationality and a currency word, with the currency and the
 * end of the words. The facts read it (`withNationalSums`); corroboration, which takes any sum of
 * money as shared evidence, leaves these sums to its other features.
 */
export function sumWithNationality(text: string, q: Quantity): { unit: string; end: number } | undefined {
  if (q.type !== 'CARDINAL' || q.unit !== undefined || q.compound) return undefined;
  const m = /^\s+([\p{L}]+)/u.exec(text.slice(q.end));
  if (!m) return undefined;
  const after = q.end + m[0].length;
  const named = currencyAfterNationality(m[1].toLowerCase(), text.slice(after, after + 30));
  return named ? { unit: named.unit, end: after + named.length } : undefined;
}

/** `quantities` of `text` with the sums named by a nationality read as money ("50 million Kenya shillings"; see `sumWithNationality`). */
export function withNationalSums(text: string, quantities: readonly Quantity[]): Quantity[] {
  return quantities.map((q) => {
    const named = sumWithNationality(text, q);
    return named ? { ...q, type: 'MONEY', unit: named.unit, end: named.end, unitEnd: named.end, text: text.slice(q.start, named.end) } : q;
  });
}

/** The currency of "Norwegian crowns", "US dollars" after a number, and how far it reaches past `nationality`; `rest` is the text after it. */
function currencyAfterNationality(nationality: string, rest: string): { unit: string; length: number } | undefined {
  if (!CURRENCY_NATIONALITIES.has(nationality)) return undefined;
  const m = COUNTRY_BEFORE_CURRENCY.exec(rest);
  if (!m) return undefined;
  const word = singular(m[1].toLowerCase());
  const own = CURRENCY_WORDS[word];
  if (!own || (AMBIGUOUS_CURRENCY_WORDS.has(word) && word !== 'crown')) return undefined;
  const unit = own === 'usd' ? DOLLARS_OF[nationality] : own;
  return unit ? { unit, length: m[0].length } : undefined;
}

/** English singular of a unit noun ("hours" -> "hour", "points" -> "point", "feet" stays). */
export function singular(word: string): string {
  if (/(?:ss|us|is)$/u.test(word)) return word;
  if (/ies$/u.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes)$/u.test(word)) return word.slice(0, -2);
  if (/s$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** The unit of an ISO currency code: its lower case, or the crown family for the crown currencies. */
function codeUnit(code: string): string {
  const lower = code.toLowerCase();
  return CROWN_CODES.has(lower) ? 'crown' : PESO_CODES.has(lower) ? 'peso' : lower;
}

/** The currency a word after a number names ("koruna", "euros"), if any. */
function currencyOfWord(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/\s+/gu, ' ');
  return CURRENCY_WORDS[singular(lower)] ?? CURRENCY_WORDS[lower];
}
