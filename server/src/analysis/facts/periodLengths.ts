/**
 * Lengths of time as written in a sentence ("seven days", "a week", "72 hours", "three weeks",
 * "a fortnight", "at least three months"), in days, for the facts about how long someone is
 * given for something (allowedTimeFacts.ts) and how long a closure lasts (closurePeriodFacts.ts).
 * "A week" and "seven days", "72 hours" and "three days" are one length.
 */
import { hedgeKind, HEDGE_SOURCE } from '../values/hedges';
import { NUMBER_SOURCE, parseNumber, type NumberRange } from '../values/numbers';

/** One length of time found in a sentence. */
export interface PeriodLength {
  start: number;
  end: number;
  text: string;
  /** The days the words allow, hedges applied. */
  days: NumberRange;
  /** The number and unit as written, without the hedge ("three weeks"). */
  written: string;
}

const DAYS_PER: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.4, year: 365 };

const PERIOD_RE = new RegExp(
  String.raw`(?:\b(` + HEDGE_SOURCE + String.raw`)\s+)?(?:the\s+(?:next|coming|following)\s+)?(?<![\p{L}\p{N}.,])(?:(` + NUMBER_SOURCE + String.raw`|an?|one)[\s-]+)?(hours?|days?|weeks?|fortnights?|months?|years?)\b`,
  'giu',
);

/**
 * The lengths of time in `text`. A unit without a number counts one only after "a"/"an"/"one"
 * ("a week"); a bare "days" or "weeks" is no length. Unhedged lengths are taken as written, with
 * a little slack for rounding in hours ("72 hours" is three days); "at least N" and "more than N"
 * are read as an estimate of N up to twice N (see `estimateOf`).
 */
export function findPeriodLengths(text: string): PeriodLength[] {
  const out: PeriodLength[] = [];
  for (const m of text.matchAll(PERIOD_RE)) {
    const [whole, hedgeText, numberText, unitText] = m;
    if (!numberText) continue;
    const n = /^(?:an?|one)$/iu.test(numberText) ? { min: 1, max: 1 } : parseNumber(numberText);
    if (!n || !Number.isFinite(n.max) || n.max <= 0) continue;
    const unit = unitText.toLowerCase().replace(/s$/u, '');
    const per = DAYS_PER[unit];
    if (per === undefined) continue;
    const exact = { min: n.min * per, max: n.max * per };
    const start = m.index ?? 0;
    const writtenStart = whole.search(new RegExp(String.raw`(?:` + NUMBER_SOURCE + String.raw`|an?|one)[\s-]+` + unitText + '$', 'iu'));
    out.push({
      start,
      end: start + whole.length,
      text: whole,
      days: estimateOf(exact, hedgeText ? hedgeKind(hedgeText) : undefined),
      written: writtenStart >= 0 ? whole.slice(writtenStart) : whole,
    });
  }
  return out;
}

/** A verb and the length its clause gives it (see `lengthsAfterVerbs`). */
export interface VerbWithLength {
  verb: RegExpMatchArray;
  verbAt: number;
  verbEnd: number;
  length: PeriodLength;
  /** The words between the verb and the length. */
  between: string;
}

/**
 * Each match of `verb` in `text` (a global pattern) with the first of `lengths` that `link` ends
 * the words before ("for", "within") no more than `reach` characters after it, when no stop of
 * `stops` (a full stop, a semicolon...) stands between: "closed 11 beaches for 10 days",
 * "suspended three deputies for 60 days", "will reopen within a week".
 */
export function* lengthsAfterVerbs(text: string, lengths: readonly PeriodLength[], verb: RegExp, link: RegExp, reach: number, stops = /[.;:!?]\s/u): Generator<VerbWithLength> {
  for (const v of text.matchAll(verb)) {
    const verbAt = v.index ?? 0;
    const verbEnd = verbAt + v[0].length;
    const length = lengths.find((p) => p.start >= verbEnd && p.start - verbEnd <= reach && link.test(text.slice(verbEnd, p.start)));
    if (!length) continue;
    const between = text.slice(verbEnd, length.start);
    if (stops.test(between)) continue;
    yield { verb: v, verbAt, verbEnd, length, between };
  }
}

/**
 * The days a hedged length allows. A minimum given for a closure or a stay is a forecast of about
 * that length: whoever expected three months would not say "at least three weeks", so "at least N"
 * is read as N to twice N ("at least three weeks" fits "a month", not "three months").
 */
function estimateOf(days: NumberRange, hedge: ReturnType<typeof hedgeKind>): NumberRange {
  switch (hedge) {
    case 'approx':
      return { min: days.min * 0.8, max: days.max * 1.25 };
    case 'above':
    case 'atLeast':
    case 'justOver':
      return { min: days.min, max: days.max * 2 };
    case 'below':
    case 'atMost':
      return { min: days.min / 2, max: days.max };
    case 'nearly':
      return { min: days.min * 0.8, max: days.max };
    default:
      return days;
  }
}

/** True when two lengths cannot be one: their ranges, widened by a tenth, do not meet. */
export function lengthsApart(a: NumberRange, b: NumberRange): boolean {
  return a.max * 1.1 < b.min || b.max * 1.1 < a.min;
}

/** "10 days", "21 to 42 days", "48 hours" for explanations. */
export function formatDays(r: NumberRange): string {
  const hours = r.max < 1;
  const n = (x: number) => String(Math.round((hours ? x * 24 : x) * 10) / 10);
  const unit = hours ? 'hours' : 'days';
  return r.min === r.max ? `${n(r.min)} ${unit}` : `${n(r.min)} to ${n(r.max)} ${unit}`;
}
