/**
 * Values of a claim normalised for matching: amounts of money (value and currency, whatever the
 * notation: "€85m", "85 million euros", "EUR 85 million"), clock times (local minutes, and UTC
 * minutes when a zone is written: "16:52 UTC" = "1652 GMT"), and counted or measured amounts as
 * ranges with their hedges applied ("more than 30 injured" agrees with "31 injured"). Parsing is
 * left to the values stage's pure functions (values/); this file only turns their results into
 * index keys and comparable ranges.
 */
import { findClockTimes } from '../values/clock';
import { applyHedge, hedgeKind, HEDGE_SOURCE } from '../values/hedges';
import { NUMBER_SOURCE } from '../values/numbers';
import { findQuantities } from '../values/quantities';
import { stem } from './stem';

/** An amount as a closed range, with what it counts ("passeng", "eur", "percent", "time"). */
export interface AmountRange {
  /** Stem of the counted noun, a currency code, "percent", a unit of measure, or "time" (local minutes). */
  unit: string;
  lo: number;
  hi: number;
  /** The number as written (without its hedge), for the number key `#value`. */
  written: number;
  /** True for a count of things named by a noun ("12,400 people"), not money, a measure or a time. */
  counted?: boolean;
}

/** Value keys of a claim: `$eur85000000` and `¤money` (money), `t880` (local clock time), `tz1012` (UTC). */
export interface ValueFeatures {
  keys: Array<{ start: number; end: number; key: string }>;
  /** Spans whose digits are a clock time and must not be read as plain numbers. */
  clockSpans: Array<{ start: number; end: number }>;
  amounts: AmountRange[];
}

/** ISO currency codes written beside a number ("EUR 85 million", "85m USD"). */
const CODES = 'EUR|USD|GBP|JPY|CHF|CNY|RUB|INR|AUD|CAD|SEK|NOK|DKK|PLN|CZK|HUF|TRY|UAH|BRL|ZAR|KRW|HKD|SGD|NZD|MXN';
const SYMBOLS: Readonly<Record<string, string>> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:\s*(?:bn|m|mn|k)\b|\s+(?:million|billion|trillion|thousand)\b)?`;
const HEDGE = String.raw`(?:\b(` + HEDGE_SOURCE + String.raw`)\s+)?`;
/**
 * Money written with a symbol or a code: "€85m", "US$99 million", "EUR 85 million", "85m USD".
 * (The values stage reads "€85 million" but not the compact "€85m", so money is read here.)
 * Groups: hedge, symbol or code before, digits, scale, code after.
 */
const MONEY = new RegExp(
  HEDGE + String.raw`(?:(US\s?\$|[$€£¥]|\b(?:` + CODES + String.raw`))\s?)(` + DIGITS + String.raw`)(` + SCALE + String.raw`)(?![\p{L}\p{N}])` +
    String.raw`|` + HEDGE + String.raw`(?<![\p{L}\p{N}.,])(` + DIGITS + String.raw`)(` + SCALE + String.raw`)\s?(` + CODES + String.raw`)\b`,
  'gu',
);
const SCALES: Readonly<Record<string, number>> = { bn: 1e9, m: 1e6, mn: 1e6, k: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, thousand: 1e3 };

/** How far an open-ended hedge reaches: "more than 30" is taken as 30 to 45, "under 6" as 3 to 6. */
const OPEN_REACH = 1.5;
/** Minutes either side of a clock time written with "around" or "about". */
const APPROX_MINUTES = 10;
/** Month names before a number make it a day of the month, not an amount. */
const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/iu;

/** The money, clock-time and amount features of `text` (offsets shifted by `offset`). */
export function valueFeatures(text: string, offset = 0): ValueFeatures {
  const out: ValueFeatures = { keys: [], clockSpans: [], amounts: [] };
  const digits = /\d/u.test(text);
  // Clock times and money need digits (or "noon", "midnight"); amounts in words are left to findQuantities.
  const clocks = digits || /\b(?:noon|midday|midnight)\b/iu.test(text) ? findClockTimes(text) : [];
  for (const c of clocks) {
    const start = offset + c.start;
    const end = offset + c.end;
    out.clockSpans.push({ start, end });
    const local = c.minutes % 1440;
    if (!c.zone || c.zone.local) out.keys.push({ start, end, key: `t${local}` });
    if (c.zone?.offset !== undefined) {
      out.keys.push({ start, end, key: `tz${mod(local - c.zone.offset)}` });
      // Daylight saving may put the zone an hour ahead of its standard offset.
      if (c.zone.dstUncertain) out.keys.push({ start, end, key: `tz${mod(local - c.zone.offset - 60)}` });
    }
    if (!c.zone || c.zone.local) {
      const reach = c.approximate ? APPROX_MINUTES : 0;
      out.amounts.push({ unit: 'time', lo: c.minutes - reach, hi: c.minutes + reach, written: c.minutes });
    }
  }
  const inClock = (s: number, e: number) => out.clockSpans.some((c) => c.start < offset + e && offset + s < c.end);
  const money: Array<{ start: number; end: number }> = [];
  for (const m of digits ? text.matchAll(MONEY) : []) {
    const before = m[2] !== undefined;
    const [hedge, mark, digits, scale] = before ? [m[1], m[2], m[3], m[4]] : [m[5], m[8], m[6], m[7]];
    const written = Number(digits.replace(/,/gu, '')) * (SCALES[scale.trim().toLowerCase()] ?? 1);
    if (!Number.isFinite(written)) continue;
    const currency = SYMBOLS[mark.replace(/^US\s?/u, '')] ?? mark.toLowerCase();
    const start = (m.index ?? 0) + (hedge ? m[0].indexOf(hedge) + hedge.length : 0);
    const end = (m.index ?? 0) + m[0].length;
    money.push({ start, end });
    out.keys.push({ start: offset + start, end: offset + end, key: moneyKey(currency, written) });
    const kind = hedge ? hedgeKind(hedge) : undefined;
    const range = applyHedge({ min: written, max: written }, kind, true);
    out.amounts.push({ unit: currency, ...amountRange(range, { min: written, max: written }, kind !== undefined, digits + (scale ?? '')), written });
  }
  for (const q of findQuantities(text)) {
    if (inClock(q.start, q.end) || !q.unit) continue;
    if (money.some((x) => x.start < q.end && q.start < x.end)) continue;
    if (MONTH_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start))) continue;
    const written = q.written.min;
    if (q.type === 'MONEY') out.keys.push({ start: offset + q.start, end: offset + q.end, key: moneyKey(q.unit, written) });
    const unit = q.type === 'CARDINAL' ? stem(q.unit) : q.unit;
    const range = amountRange(q.range, q.written, q.hedge !== undefined, numberText(text.slice(q.start, q.end)));
    out.amounts.push({ ...inBaseUnit(unit, range), written, ...(q.type === 'CARDINAL' ? { counted: true } : {}) });
  }
  // Any sum of money, whatever its currency: two reports of one deal in different currencies
  // ("€85m", "$99 million") without a conversion still share that they state a price.
  const firstMoney = out.keys.find((k) => k.key[0] === '$');
  if (firstMoney) out.keys.push({ start: firstMoney.start, end: firstMoney.end, key: ANY_MONEY });
  return out;
}

/**
 * Units of measure converted to one unit per dimension, so that "312 mm" agrees with "31.2 cm",
 * "400 hectares" with "about 1,000 acres" and "1.2 lakh cusecs" with "120,000 cubic feet per
 * second". Conversions in news copy are rounded, so a converted range is widened a little.
 */
const BASE_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  mm: ['m', 0.001], cm: ['m', 0.01], km: ['m', 1000], mile: ['m', 1609.344], foot: ['m', 0.3048], inch: ['m', 0.0254],
  hectare: ['km2', 0.01], acre: ['km2', 0.004046856], mile2: ['km2', 2.589988], tonne: ['kg', 1000], cumec: ['cusec', 35.3147],
  mph: ['km/h', 1.609344], knot: ['km/h', 1.852],
};
/** Relative width added on each side of a converted amount. */
const CONVERSION_SLACK = 0.03;

function inBaseUnit(unit: string, range: { lo: number; hi: number }): { unit: string; lo: number; hi: number } {
  const base = BASE_UNITS[unit];
  if (!base) return { unit, ...range };
  const [to, factor] = base;
  return { unit: to, lo: range.lo * factor * (1 - CONVERSION_SLACK), hi: range.hi * factor * (1 + CONVERSION_SLACK) };
}

/** The key every claim stating a sum of money carries. */
export const ANY_MONEY = '¤money';

/** The index key of an amount of money: currency code and value to four significant digits. */
export function moneyKey(currency: string, value: number): string {
  return `$${currency}${Number(value.toPrecision(4))}`;
}

/**
 * The range an amount stands for, for agreement: hedges as the values stage reads them, open
 * ends closed at a plausible reach, and an unhedged number widened by its rounding ("34 percent"
 * agrees with "34.2 per cent", "€12m" with "€12.4 million").
 */
function amountRange(
  range: { min: number; max: number },
  written: { min: number; max: number },
  hedged: boolean,
  digits: string,
): { lo: number; hi: number } {
  // Hedges as the values stage reads them ("about 50" is 42.5 to 57.5)...
  let lo = range.min;
  let hi = range.max;
  if (hi === Infinity) hi = Math.max(written.max * OPEN_REACH, written.max + 2);
  if (lo === 0 && written.min > 0) lo = written.min / OPEN_REACH;
  if (!hedged) {
    const rounding = roundingOf(digits, written.min);
    lo = Math.min(lo, written.min - rounding);
    hi = Math.max(hi, written.max + rounding);
  }
  return { lo, hi };
}

/** Half a unit of the last written digit, scaled ("12m" -> 0.5 million, "34.2" -> 0.05). */
function roundingOf(digits: string, value: number): number {
  const m = /(\d+)(?:\.(\d+))?/u.exec(digits);
  if (!m) return 0;
  const decimals = m[2]?.length ?? 0;
  const base = Number(m[0]);
  if (!(base > 0)) return 0;
  const scale = value / base;
  return 0.5 * Math.pow(10, -decimals) * scale;
}

/** The number part of a quantity's text ("€12.4 million" -> "12.4 million"). */
function numberText(text: string): string {
  return new RegExp(NUMBER_SOURCE, 'iu').exec(text)?.[0] ?? text;
}

/** True when two amounts count the same thing and their ranges overlap. */
export function amountsAgree(a: AmountRange, b: AmountRange): boolean {
  return a.unit === b.unit && a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * Counts of at least `LARGE_COUNT` that agree as ranges but name what they count differently ("over
 * 12,000 evacuated", "12,400 people in camps"): a large specific figure rarely recurs by chance in
 * one story, so these count as weaker agreement (see matchScore.ts).
 */
const LARGE_COUNT = 100;

export function largeCountsAgree(a: AmountRange, b: AmountRange): boolean {
  if (!a.counted || !b.counted || a.unit === b.unit) return false;
  return Math.min(a.written, b.written) >= LARGE_COUNT && a.lo <= b.hi && b.lo <= a.hi;
}

function mod(minutes: number): number {
  return ((minutes % 1440) + 1440) % 1440;
}
