/**
 * Dates as written in news text ("Dec. 2, 2025", "on Tuesday", "last week", "in 2022"), resolved
 * against the article's own date with chrono-node. Without an article date, only dates that carry
 * their own year are resolved: "on Tuesday" then stays a weekday without a calendar day.
 */
import * as chrono from 'chrono-node';

/** A date expression found in text. */
export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** ISO date (yyyy-mm-dd, yyyy-mm or yyyy) when it could be resolved. */
  iso?: string;
  grain: 'day' | 'month' | 'year';
  /** Weekday written in the expression (0 = Sunday), if any. */
  weekday?: number;
  /** True when the expression depends on the article's date ("on Tuesday", "last week"). */
  relative: boolean;
  /**
   * Set when the written weekday is not the weekday of the written date ("Tuesday, Dec. 3, 2025"
   * when Dec. 3, 2025 is a Wednesday): the weekday of the date, 0 = Sunday.
   */
  actualWeekday?: number;
}

const RELATIVE_WORDS = /\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight|earlier|later|previous|coming|past)\b/iu;
const YEAR_ONLY = /\b(?:in|since|by|until|from|of|during|early|late|mid-?|before|after)\s+((?:19|20)\d\d)(?!\d|s\b|-\d)/giu;
const MAY_HOLD_DATE =
  /\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow|week|weekend|month|year|ago)\b/iu;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Names of weekdays, 0 = Sunday. */
export function weekdayName(day: number): string {
  const name = WEEKDAY_NAMES[((day % 7) + 7) % 7];
  return name[0].toUpperCase() + name.slice(1);
}

/** Parses an ISO date (yyyy-mm-dd) to a UTC noon Date, or undefined. */
export function isoToDate(iso: string | undefined): Date | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Formats a Date's UTC calendar day as yyyy-mm-dd. */
export function dateToIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The ISO day `n` days after `iso` (before, when negative); `iso` itself when it is no date. */
export function addDays(iso: string, n: number): string {
  const d = isoToDate(iso);
  if (!d || n === 0) return iso;
  d.setUTCDate(d.getUTCDate() + n);
  return dateToIso(d);
}

/**
 * What happened on a bare weekday happened on or before the article's date: "elected on Wednesday
 * evening" in Tuesday's paper is last Wednesday's, not tomorrow's, and "died on Saturday" in
 * Wednesday's paper is four days before (the date parser takes the nearest such weekday). Up to
 * `graceDays` after the article's date are left alone (a page dated in New York tells of a
 * Thursday in Seoul).
 */
export function pastWeekday(d: DateExpression, published: string | undefined, graceDays = 0): DateExpression {
  if (!published || d.weekday === undefined || !d.relative || !d.iso || d.iso <= addDays(published.slice(0, 10), graceDays)) return d;
  // "begins on Monday 15 March": a day of the month written with the weekday pins it.
  if (/\d/u.test(d.text)) return d;
  return { ...d, iso: addDays(d.iso, -7) };
}

/**
 * What happened on a day written without its year happened before the article: "launched on
 * Oct. 8" in an April paper, which the date parser reads as next October, is last October's. Up to
 * `graceDays` after the article's date are left alone (see `pastWeekday`).
 */
export function pastYearless(d: DateExpression, published: string | undefined, graceDays = 0): DateExpression {
  if (!published || !d.iso || !/^\d{4}-\d\d-\d\d$/u.test(d.iso) || /\b\d{4}\b/u.test(d.text) || d.iso <= addDays(published.slice(0, 10), graceDays)) return d;
  // A weekday alone is `pastWeekday`'s: moved back a week, not a year.
  if (d.weekday !== undefined && d.relative && !/\d/u.test(d.text)) return d;
  return { ...d, iso: `${Number(d.iso.slice(0, 4)) - 1}${d.iso.slice(4)}` };
}

/** Whole days from `a` to `b` (ISO dates); undefined when either is missing. */
export function daysBetween(a: string | undefined, b: string | undefined): number | undefined {
  const x = isoToDate(a);
  const y = isoToDate(b);
  if (!x || !y) return undefined;
  return Math.round((y.getTime() - x.getTime()) / 86_400_000);
}

/**
 * Every date expression in `text`, resolved against `published` (ISO yyyy-mm-dd) when given.
 * Times of day are left to the clock module; only the calendar part is kept here. Weekdays are
 * read backwards from the article's date (news tells what happened), or forwards when `forward`
 * (what is planned: "is due to end on Thursday").
 */
export function findDates(text: string, published?: string, forward = false): DateExpression[] {
  // Several fact readers ask for the dates of one sentence in a row: the last answers are kept.
  const key = `${forward ? 'f' : 'b'}|${published ?? ''}|${text}`;
  const known = recentDates.get(key);
  if (known) return known.map((d) => ({ ...d }));
  const found = readDates(text, published, forward);
  if (recentDates.size >= RECENT_DATES) recentDates.delete(recentDates.keys().next().value!);
  recentDates.set(key, found);
  return found.map((d) => ({ ...d }));
}

/** How many answers of `findDates` are kept (a sentence's readers ask in a row). */
const RECENT_DATES = 8;
const recentDates = new Map<string, DateExpression[]>();

function readDates(text: string, published: string | undefined, forward: boolean): DateExpression[] {
  const ref = isoToDate(published);
  const out: DateExpression[] = [];
  let results: chrono.ParsedResult[] = [];
  // chrono is the slow part of value extraction: only text with a date word or a digit goes to it.
  if (MAY_HOLD_DATE.test(text)) {
    try {
      results = chrono.parse(blankMisreadWords(text), ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: forward });
    } catch {
      results = [];
    }
  }
  for (const r of results) {
    const c = r.start;
    const hasDay = c.isCertain('day') || c.isCertain('weekday');
    const hasMonth = c.isCertain('month');
    const hasYear = c.isCertain('year');
    // A bare clock time is not a date, and "now" is not a date either.
    if (!hasDay && !hasMonth && !hasYear) continue;
    if (/^(?:now|right now|just now)$/iu.test(r.text.trim())) continue;
    // "eleven years after the theft" is a span of time, not a date; "three days ago" is one.
    if (/\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b/iu.test(r.text) && !/\b(?:ago|last|next|this|past|coming)\b/iu.test(r.text)) continue;
    // chrono reads "in 200m" as 200 minutes from now; in news it is a distance ("second in 200m butterfly").
    if (/^(?:in|within)?\s*\d+(?:\.\d+)?\s*(?:m|mins?|h|hrs?|s|secs?|d)$/iu.test(r.text.trim())) continue;
    let start = r.index;
    let written = r.text;
    // chrono includes a leading "on"/"in"; the value starts at the date itself.
    const lead = /^(?:on|in|at|from|since|by)\s+/iu.exec(written);
    if (lead) {
      start += lead[0].length;
      written = written.slice(lead[0].length);
    }
    written = written.replace(/[\s,]+$/u, '');
    // Drop a leading clock time ("at 9 p.m. GMT on Friday"): the clock module reports it.
    const leadingClock = /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s+\(?[A-Z]{2,4}\)?)?,?\s+(?:on\s+)?(?=\p{L})/u.exec(written);
    // ("2 May" is a day and a month, not a clock time: a bare number needs a.m./p.m. or minutes.)
    if (leadingClock && /[:.]\d{2}|[ap]\.?\s?m\b/iu.test(leadingClock[0]) && written.length > leadingClock[0].length) {
      start += leadingClock[0].length;
      written = written.slice(leadingClock[0].length);
    }
    // Drop a trailing clock time ("Tuesday 4 p.m."): keep the calendar words.
    const clockAt = written.search(/\s(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m|p\.?m)|\s\d{1,2}:\d{2}/iu);
    if (clockAt > 0) written = written.slice(0, clockAt).replace(/[\s,]+(?:at)?$/u, '');
    const relative = RELATIVE_WORDS.test(r.text) || (!hasYear && (c.isCertain('weekday') || hasMonth));
    const grain: DateExpression['grain'] = hasDay ? 'day' : hasMonth ? 'month' : 'year';
    const weekday = c.isCertain('weekday') ? c.get('weekday') ?? undefined : undefined;
    // "Monday, 10 November" without a year is the 10 November that falls on a Monday nearest the
    // article's date: chrono reads it backwards, a year early for a meeting next week.
    const year = weekday !== undefined && !hasYear && ref && c.isCertain('day') && hasMonth ? yearOfWeekday(c.get('year'), c.get('month'), c.get('day'), weekday, ref) ?? c.get('year') : commonEraYear(c.get('year'), hasYear);
    let iso: string | undefined;
    if (!relative || ref) {
      const y = year;
      const mo = c.get('month');
      const d = c.get('day');
      if (y !== null) {
        iso = grain === 'year' ? String(y) : grain === 'month' ? `${y}-${pad(mo ?? 1)}` : `${y}-${pad(mo ?? 1)}-${pad(d ?? 1)}`;
      }
    }
    // "12/3" without a year is 12 March in most of the world and 3 December in the United States
    // (chrono's reading): the reading nearer the article's date is the one meant.
    // So with a weekday before it ("this Tuesday 12/3"): the weekday may be the article's slip, and
    // must not choose the reading (3 December was a Tuesday; 12 March, two days before the paper, was not).
    const swapped =
      iso && ref && grain === 'day' && (SHORT_NUMERIC.test(written) || WEEKDAY_THEN_SHORT_NUMERIC.test(written))
        ? nearerReading(iso, ref)
        : iso && ref && grain === 'day' && FULL_NUMERIC.test(written)
          ? nearerReading(iso, ref, true)
          : iso;
    let actualWeekday: number | undefined;
    if (swapped !== iso) {
      iso = swapped;
      const actual = weekday !== undefined ? isoToDate(iso)?.getUTCDay() : undefined;
      if (actual !== undefined && actual !== weekday) actualWeekday = actual;
    } else if (weekday !== undefined && c.isCertain('day') && c.isCertain('month') && (hasYear || ref)) {
      const y = year;
      const mo = c.get('month');
      const d = c.get('day');
      if (y !== null && mo !== null && d !== null) {
        const actual = new Date(Date.UTC(y, mo - 1, d, 12)).getUTCDay();
        if (actual !== weekday) actualWeekday = actual;
      }
    }
    out.push({ start, end: start + written.length, text: written, iso, grain, weekday, relative, actualWeekday });
  }
  if (ref) joinBracketedDays(text, out, ref);
  if (ref) readThisWeekdays(out, ref, forward);
  for (const m of text.matchAll(YEAR_ONLY)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    const end = start + 4;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    out.push({ start, end, text: m[1], iso: m[1], grain: 'year', relative: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A weekday with its day of the month in brackets, as papers in much of the world write it: "this
 * Tuesday (11)", "this Wednesday (16/10)", "Tuesday evening (14.01)", "On Tuesday (12. 3.)", "10/1 (Tue.)",
 * or after a comma with a stop after day and month ("Monday, 14.10."). chrono reads the weekday alone (the
 * nearest Tuesday) and the number apart, if at all; the two are one date, the day the number
 * gives, written with that weekday (which `actualWeekday` marks when the day does not fall on it).
 * `out` is changed in place.
 */
function joinBracketedDays(text: string, out: DateExpression[], ref: Date): void {
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    // "Monday, 14.10.": the parser reads the day and month as a time of day (14:10); the stop after
    // them says they are a date, written the German way.
    const german = d.weekday !== undefined ? /^\p{L}+,\s*(\d{1,2})\.(\d{1,2})$/u.exec(d.text) : null;
    if (german && text[d.end] === '.' && !/^\.\d/u.test(text.slice(d.end))) {
      const iso = nearestDay(Number(german[1]), ref, Number(german[2]));
      if (iso) out[i] = withDay(text, d.start, d.end + 1, iso, d.weekday!);
      continue;
    }
    if (d.weekday === undefined || d.grain !== 'day' || /\d/u.test(d.text)) continue;
    const next = out[i + 1];
    // "this Tuesday (11)": a bare day of the month, in the month that puts it nearest the article's date.
    const bare = /^\s*\((\d{1,2})(?:st|nd|rd|th)?\)/u.exec(text.slice(d.end));
    if (bare) {
      const iso = nearestDay(Number(bare[1]), ref);
      if (iso) out[i] = withDay(text, d.start, d.end + bare[0].length, iso, d.weekday);
      continue;
    }
    // "this Wednesday (16/10)": the weekday, then its date in brackets. Two numbers that could each
    // be the month ("(5/2)") are read the way that gives the weekday written, else day first.
    if (next?.iso && next.weekday === undefined && /^\s*\($/u.test(text.slice(d.end, next.start)) && /^\)/u.test(text.slice(next.end))) {
      out.splice(i, 2, withDay(text, d.start, next.end + 1, bracketedReading(next, d.weekday, ref), d.weekday));
      continue;
    }
    // "Tuesday evening (14.01)": day and month in brackets that the parser took for no date, day
    // first; or after a comma, written the German way with a stop after each ("Monday, 14.10.").
    const dayMonth = /^\s*\(\s*(\d{1,2})\s*[./]\s*(\d{1,2})\s*\.?\s*\)|^,\s*(\d{1,2})\.\s?(\d{1,2})\.(?!\d)/u.exec(text.slice(d.end));
    if (dayMonth && (!next || next.start >= d.end + dayMonth[0].length)) {
      const iso = nearestDay(Number(dayMonth[1] ?? dayMonth[3]), ref, Number(dayMonth[2] ?? dayMonth[4]));
      if (iso) out[i] = withDay(text, d.start, d.end + dayMonth[0].length, iso, d.weekday);
      continue;
    }
    // "10/1 (Tue.)": a date, then its weekday in brackets.
    const prev = out[i - 1];
    if (prev?.iso && prev.weekday === undefined && /^\s*$/u.test(text.slice(prev.end, d.start)) && /^\(\p{L}+\.?\)$/u.test(d.text.trim())) {
      out.splice(i - 1, 2, withDay(text, prev.start, d.end, prev.iso, d.weekday));
      i--;
    }
  }
}

/**
 * "this Monday" without a day of the month is the Monday of the article's own week (Monday to
 * Sunday), as local pages write it for a day just past ("The storm closed the harbour this
 * Monday", in an article of Tuesday); chrono reads it as the next Monday. What is planned
 * (`forward`) is not moved before the article's date. `out` is changed in place.
 */
function readThisWeekdays(out: DateExpression[], ref: Date, forward: boolean): void {
  for (const d of out) {
    if (d.weekday === undefined || !/^this\s+\p{L}+$/iu.test(d.text)) continue;
    const sinceMonday = (ref.getUTCDay() + 6) % 7;
    const offset = ((d.weekday + 6) % 7) - sinceMonday;
    if (forward && offset < 0) continue;
    d.iso = new Date(ref.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  }
}

/** A date of one day written with `weekday`, marking the weekday it really falls on when that differs. */
function withDay(text: string, start: number, end: number, iso: string, weekday: number): DateExpression {
  const actual = isoToDate(iso)?.getUTCDay();
  return { start, end, text: text.slice(start, end), iso, grain: 'day', weekday, relative: false, ...(actual !== undefined && actual !== weekday ? { actualWeekday: actual } : {}) };
}

/**
 * The date "d/m" or "m/d" in brackets after a weekday stands for: when both numbers could be the
 * month, the reading whose day falls on `weekday`, else the day-first one; otherwise as parsed.
 */
function bracketedReading(parsed: DateExpression, weekday: number, ref: Date): string {
  const m = /^(\d{1,2})\s*[./]\s*(\d{1,2})$/u.exec(parsed.text.trim());
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12) return parsed.iso!;
  const dayFirst = nearestDay(Number(m[1]), ref, Number(m[2]));
  const monthFirst = nearestDay(Number(m[2]), ref, Number(m[1]));
  const falls = (iso: string | undefined) => iso !== undefined && isoToDate(iso)?.getUTCDay() === weekday;
  if (falls(monthFirst) && !falls(dayFirst)) return monthFirst!;
  return dayFirst ?? parsed.iso!;
}

/**
 * Day `day` nearest `ref`: of month `month` (1-12) in the year before, of or after `ref`'s, or,
 * with no month, of the month before, of or after `ref`'s.
 */
function nearestDay(day: number, ref: Date, month?: number): string | undefined {
  if (day < 1 || day > 31 || (month !== undefined && (month < 1 || month > 12))) return undefined;
  const candidates = [-1, 0, 1]
    .map((k) =>
      month === undefined
        ? Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day, 12)
        : Date.UTC(ref.getUTCFullYear() + k, month - 1, day, 12),
    )
    .filter((t) => new Date(t).getUTCDate() === day);
  return candidates.length === 0 ? undefined : dateToIso(new Date(nearestTo(ref, candidates)));
}

/** Of some times (milliseconds), the one nearest `ref`. */
function nearestTo(ref: Date, times: readonly number[]): number {
  return times.reduce((a, b) => (Math.abs(b - ref.getTime()) < Math.abs(a - ref.getTime()) ? b : a));
}

/** A numeric day and month without a year ("12/3", "05.02."). */
const SHORT_NUMERIC = /^\(?\d{1,2}[./]\d{1,2}\.?\)?$/u;
/** A weekday and then such a date: "Tuesday 12/3", "this Tuesday, 12.3". */
const WEEKDAY_THEN_SHORT_NUMERIC = /^(?:(?:this|last|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\(?\d{1,2}[./]\d{1,2}\.?\)?$/iu;

/**
 * Of a date and the date with its day and month swapped, the one nearer `ref`: each in its year
 * nearest `ref`, or in the year written when `yearWritten` ("8/2/2569" keeps 2026).
 */
function nearerReading(iso: string, ref: Date, yearWritten = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (d > 12 || m === d) return iso;
  const years = yearWritten ? [y] : [y - 1, y, y + 1];
  const nearest = (month: number, day: number) => nearestTo(ref, years.map((year) => Date.UTC(year, month - 1, day, 12)));
  const asRead = nearest(m, d);
  const swapped = nearest(d, m);
  return Math.abs(swapped - ref.getTime()) < Math.abs(asRead - ref.getTime()) ? dateToIso(new Date(swapped)) : iso;
}

/** A day, month and year in figures, a weekday maybe before: "8/2/2569", "Sunday 8.2.2026". */
const FULL_NUMERIC = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\(?\d{1,2}[./]\d{1,2}[./]\d{4}\)?$/iu;

/**
 * chrono-node takes "from 2 May" for the start of a range of days ("from 2 [to ...]") and loses
 * the day ("count from 2 May" comes back as May). The word "from" before a day and a month is
 * blanked (same length, so offsets hold); "from May 2" and "since 2 May" read correctly already.
 */
const FROM_BEFORE_DAY_MONTH = /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/giu;

/**
 * chrono-node also reads "the morning of Tuesday, 11 March" (or "of this Tuesday") as the morning
 * of the reference day and drops the day named after "of": the part of the day and its "of" are
 * blanked too.
 */
const PART_OF_DAY_OF = /\b(?:morning|afternoon|evening|night|small hours|early hours)\s+of(?=\s+(?:(?:(?:this|last|past)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/giu;

/** ...and "in the evening this Sunday" as an evening with no weekday: the part of the day before "this Sunday" is blanked. */
const PART_OF_DAY_BEFORE_THIS = /\b(?:morning|afternoon|evening|night)(?=\s+(?:this|last|next|past)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/giu;

function blankMisreadWords(text: string): string {
  return text
    .replace(FROM_BEFORE_DAY_MONTH, '    ')
    .replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length))
    .replace(PART_OF_DAY_BEFORE_THIS, (m) => ' '.repeat(m.length));
}

/**
 * Years of the Buddhist Era, as Thai papers date ("8/2/2569" is 8 February 2026): 543 years
 * ahead of the common era. A year written in that range is read so; no news date falls there.
 */
const BUDDHIST_ERA = { first: 2500, last: 2700, offset: 543 };

function commonEraYear(year: number | null, written: boolean): number | null {
  return year !== null && written && year >= BUDDHIST_ERA.first && year <= BUDDHIST_ERA.last ? year - BUDDHIST_ERA.offset : year;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** How near the article's date a day must fall to be moved to the year its weekday fits (about three months). */
const NEAR_MS = 92 * 24 * 3600 * 1000;

/**
 * Of the years around `year`, the one in which `day` `month` falls on `weekday` within NEAR_MS of
 * `ref`, nearest it; undefined when none does (a wrong weekday stays as written, for the weekday rule).
 */
function yearOfWeekday(year: number | null, month: number | null, day: number | null, weekday: number, ref: Date): number | undefined {
  if (year === null || month === null || day === null) return undefined;
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day, 12) - ref.getTime());
  // Only a day near the article's date is moved: a weekday that fits no near year is a wrong weekday.
  const fits = [year, year + 1, year - 1].filter((y) => new Date(Date.UTC(y, month - 1, day, 12)).getUTCDay() === weekday && distance(y) <= NEAR_MS);
  if (fits.length === 0) return undefined;
  return fits.sort((a, b) => distance(a) - distance(b))[0];
}
