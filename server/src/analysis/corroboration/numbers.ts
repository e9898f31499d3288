/**
 * Numbers and calendar dates read straight from a claim's words, so that "six-hour" meets
 * "6 hours" and "$100 million" meets "$100m" even before (or without) the value extractor's
 * mentions. Values from `Mention.value` are used too when they exist; this is the fallback.
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  // South Asian scales ("7.5 lakh barrels" is 750,000 barrels).
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** The value of a number word ("five" -> 5), or undefined. "one" is left out: it is mostly a pronoun. */
export function numberWordValue(word: string): number | undefined {
  return SMALL[word.toLowerCase()];
}

/** The multiplier of a scale word ("million" -> 1e6), or undefined. */
export function scaleValue(word: string): number | undefined {
  return SCALE[word.toLowerCase()];
}

/** Parses digits with thousands separators or a decimal point ("5,000", "2.5"); NaN when not a number. */
export function parseDigits(token: string): number {
  if (!/^\d[\d,]*(\.\d+)?$/u.test(token)) return NaN;
  return Number(token.replace(/,/gu, ''));
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'giu');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;

/** Full calendar dates written out in `text` ("Dec. 2, 2025", "2 December 2025", "2025-12-02"), as ISO days. */
export function findCalendarDates(text: string): Array<{ iso: string; index: number }> {
  const out: Array<{ iso: string; index: number }> = [];
  const push = (y: number, m: number, d: number, index: number) => {
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1800 && y <= 2200) out.push({ iso: isoDay(y, m, d), index });
  };
  for (const x of text.matchAll(MONTH_DAY_YEAR)) push(+x[3], MONTHS[x[1].toLowerCase()], +x[2], x.index ?? 0);
  for (const x of text.matchAll(DAY_MONTH_YEAR)) push(+x[3], MONTHS[x[2].toLowerCase()], +x[1], x.index ?? 0);
  for (const x of text.matchAll(ISO)) push(+x[1], +x[2], +x[3], x.index ?? 0);
  return out.sort((a, b) => a.index - b.index);
}

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of an ISO date (yyyy-mm-dd, or yyyy-mm, or yyyy); NaN when it does not parse. */
export function dayNumber(iso: string): number {
  const full = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10);
  return Math.floor(Date.parse(full) / 86_400_000);
}
