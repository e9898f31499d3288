/**
 * Hedges before numbers ("about", "more than", "nearly", "at least", "up to") turned into ranges,
 * so that "more than six hours" and "a six-hour meeting" are compatible statements while
 * "nearly five years" and "three years" are not.
 */
import type { NumberRange } from './numbers';

/** How a hedge changes the range a number stands for. */
export type HedgeKind = 'approx' | 'above' | 'atLeast' | 'below' | 'atMost' | 'nearly' | 'justOver';

const HEDGES: Array<[RegExp, HedgeKind]> = [
  [/^(?:about|around|roughly|approximately|some|circa|an estimated|estimated|almost exactly|close to|nearly about)$/u, 'approx'],
  [/^(?:more than|over|upwards of|in excess of|well over|well past|beyond|exceeding)$/u, 'above'],
  [/^(?:at least|no fewer than|no less than|a minimum of|a full|fully|at minimum)$/u, 'atLeast'],
  [/^(?:less than|fewer than|under|below|shy of|short of)$/u, 'below'],
  [/^(?:up to|at most|no more than|as many as|as much as|a maximum of|not more than)$/u, 'atMost'],
  [/^(?:nearly|almost|close to|just under|just shy of|nearing|approaching)$/u, 'nearly'],
  [/^(?:just over|just above|slightly more than|a little over|just more than)$/u, 'justOver'],
];

/** Regular-expression source for a hedge phrase placed before a number (use with `iu`). */
export const HEDGE_SOURCE =
  String.raw`about|around|roughly|approximately|some|circa|an estimated|estimated|close to|more than|well over|over|upwards of|in excess of|exceeding|at least|no fewer than|no less than|a minimum of|less than|fewer than|under|below|up to|at most|no more than|as many as|as much as|a maximum of|nearly|almost|just under|just over|just above|slightly more than|a little over|nearing|approaching`;

/** The kind of a hedge phrase, or undefined when the words are not a hedge. */
export function hedgeKind(phrase: string): HedgeKind | undefined {
  const p = phrase.toLowerCase().replace(/\s+/gu, ' ').trim();
  for (const [re, kind] of HEDGES) if (re.test(p)) return kind;
  return undefined;
}

/**
 * The range a hedged number stands for. `exact` says whether an unhedged number is exact
 * (counted things: "12 points") or rounded (measures: "five hours" is 4.5 to 5.5).
 */
export function applyHedge(range: NumberRange, hedge: HedgeKind | undefined, exact: boolean): NumberRange {
  const { min, max } = range;
  switch (hedge) {
    case 'approx':
      return { min: min * 0.85, max: max * 1.15 };
    case 'above':
      return { min, max: Infinity };
    case 'atLeast':
      return { min, max: Infinity };
    case 'below':
      return { min: 0, max };
    case 'atMost':
      return { min: 0, max };
    case 'nearly':
      return { min: min * 0.85, max };
    case 'justOver':
      return { min, max: max * 1.2 };
    default:
      return exact ? { min, max } : { min: min * 0.9, max: max * 1.1 };
  }
}

/** True when two ranges share at least one value. */
export function rangesOverlap(a: NumberRange, b: NumberRange): boolean {
  return a.min <= b.max && b.min <= a.max;
}

/** Writes a range for explanations: "5", "11–12", "at least 5", "at most 3". */
export function formatRange(r: NumberRange, unit?: string): string {
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(x < 10 ? 2 : 1).replace(/\.?0+$/u, ''));
  const u = unit ? ` ${unit}${r.max === 1 && r.min === 1 ? '' : 's'}` : '';
  if (r.max === Infinity) return `at least ${n(r.min)}${u}`;
  if (r.min === 0) return `at most ${n(r.max)}${u}`;
  if (r.min === r.max) return `${n(r.min)}${u}`;
  return `${n(r.min)}–${n(r.max)}${u}`;
}
