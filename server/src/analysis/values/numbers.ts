/**
 * Numbers as written in news text: digits ("1,200", "3.5", "11–12"), words ("five", "twenty-one",
 * "a dozen", "two million") and ordinals ("fourth"). Pure functions, shared by value mentions,
 * facts and corroboration.
 */

/** A closed range of numbers; `min === max` for an exact number. */
export interface NumberRange {
  min: number;
  max: number;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Words that stand for a number on their own ("a dozen", "a couple of"). */
const COLLECTIVES: Record<string, number> = { dozen: 12, couple: 2, pair: 2, score: 20, half: 0.5 };
/** Vague amounts as ranges: "several hours" is not a contradiction of "six hours". */
const VAGUE: Record<string, NumberRange> = {
  several: { min: 3, max: 10 },
  few: { min: 2, max: 5 },
  'a few': { min: 2, max: 5 },
  'a couple of': { min: 2, max: 3 },
  dozens: { min: 24, max: 120 },
  hundreds: { min: 200, max: 1000 },
  thousands: { min: 2000, max: 10000 },
  millions: { min: 2e6, max: 1e7 },
};

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};

const SIMPLE_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS)].sort((a, b) => b.length - a.length).join('|');

/**
 * Regular-expression source for one written number: digits with separators and decimals (commas,
 * or points or spaces between groups of three: "1.234.567", "184 000"), a
 * digit range ("11–12", "11-12", "11 to 12"), or number words ("twenty-one", "two million",
 * "a dozen"). Use with the `iu` flags.
 */
export const NUMBER_SOURCE =
  String.raw`(?:\d{1,3},\d{1,2}(?![\d,])|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]\d|\d)|\d+)(?:\.\d+)?(?:\s*(?:[-–—]|to)\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)?(?:\s+(?:hundred|thousand|lakhs?|crores?|million|billion|trillion))?` +
  String.raw`|(?:an?\s+)?(?:dozen|couple(?:\s+of)?)` +
  String.raw`|(?:` + SIMPLE_WORDS + String.raw`)(?:[-\s](?:` + SIMPLE_WORDS + String.raw`))?(?:\s+and\s+a\s+half)?(?:\s+(?:dozen|hundred|thousand|lakhs?|crores?|million|billion|trillion))*` +
  String.raw`|(?:a\s+few|several|dozens|hundreds|thousands|millions)`;

/** Regular-expression source for an ordinal word or numeral ("fourth", "4th"). */
export const ORDINAL_SOURCE = String.raw`\d+(?:st|nd|rd|th)|` + Object.keys(ORDINALS).join('|');

/** Parses an ordinal ("fourth", "4th") to its number, or undefined. */
export function parseOrdinal(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  const digits = /^(\d+)(?:st|nd|rd|th)$/u.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINALS[w];
}

/**
 * Parses a written number (as matched by NUMBER_SOURCE) to a range: "five" -> 5..5,
 * "11–12" -> 11..12, "$100 million" style scale words included, "several" -> 3..10.
 * Returns undefined when the text is not a number.
 */
export function parseNumber(written: string): NumberRange | undefined {
  // "184 000": digits grouped by spaces, as much of Europe writes thousands.
  const text = written.toLowerCase().replace(/\s+/gu, ' ').trim().replace(/(\d) (?=\d{3}(?!\d))/gu, '$1');
  if (text.length === 0) return undefined;
  if (VAGUE[text]) return { ...VAGUE[text] };
  const range = /^([\d.,]+)\s*(?:[-–—]|to)\s*([\d.,]+)(?:\s+(\w+))?$/u.exec(text);
  if (range) {
    const scale = range[3] ? SCALES[range[3]] ?? NaN : 1;
    const a = digitsToNumber(range[1]) * scale;
    const b = digitsToNumber(range[2]) * scale;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
    return { min: Math.min(a, b), max: Math.max(a, b) };
  }
  const digits = /^([\d.,]+)(?:\s+(\w+))?$/u.exec(text);
  if (digits) {
    const scale = digits[2] ? SCALES[digits[2]] ?? NaN : 1;
    const n = digitsToNumber(digits[1]) * scale;
    return Number.isFinite(n) ? { min: n, max: n } : undefined;
  }
  // "nine and a half", "two and a half million".
  const half = /^(.*?)\s+and\s+a\s+half(?:\s+(\w+))?$/u.exec(text);
  if (half) {
    const whole = wordsToNumber(half[1]);
    const scale = half[2] ? SCALES[half[2]] : 1;
    if (whole === undefined || scale === undefined) return undefined;
    const n = (whole + 0.5) * scale;
    return { min: n, max: n };
  }
  const n = wordsToNumber(text);
  return n === undefined ? undefined : { min: n, max: n };
}

function digitsToNumber(s: string): number {
  // "1.234.567": points between groups of three are thousands separators.
  if (/^\d{1,3}(\.\d{3}){2,}$/u.test(s)) return Number(s.replace(/\./gu, ''));
  // "18,6%", "7,9 million": a comma before one or two digits is a decimal comma, as much of the world writes it.
  if (/^\d{1,3},\d{1,2}$/u.test(s)) return Number(s.replace(',', '.'));
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/u.test(s)) return NaN;
  return Number(s.replace(/,/gu, ''));
}

/** "twenty-one" -> 21, "two million" -> 2e6, "a dozen" -> 12, "two dozen" -> 24; undefined when not a number. */
function wordsToNumber(text: string): number | undefined {
  const words = text.replace(/-/gu, ' ').split(' ').filter((w) => w !== 'and' && w !== 'of');
  if (words[0] === 'a' || words[0] === 'an') words.shift();
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    // "two dozen" is 24; "a dozen" alone is 12.
    else if (w === 'dozen' && current > 0) current *= COLLECTIVES[w];
    else if (w in COLLECTIVES) current += COLLECTIVES[w];
    else if (w in SCALES) {
      const scale = SCALES[w];
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}
