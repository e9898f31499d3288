/**
 * When something is due, as written after "by", "before" or "until": "the end of March",
 * "March 31", "31 March 2026", "mid-June", "the end of the year", "the end of the first quarter",
 * "2027", "Friday". A due date names a day or a stretch of days; it is kept as the window of days
 * the deadline may fall on ("by the end of March": 25 to 31 March; "by March": the last day of
 * February to 31 March, as "by March" is read both ways), so that two wordings of one deadline
 * meet and two deadlines months apart do not.
 *
 * A deadline lies ahead of the article that reports it, so dates without a year are resolved
 * forwards from the article's date (a report of 10 February that says "by the end of March"
 * means the March that follows), allowing for a deadline that passed shortly before the article.
 * Without an article date, only dates that carry their year are resolved. Financial and fiscal
 * years and seasons are left alone: their days differ between companies and hemispheres.
 */
import { dateToIso, isoToDate } from './dates';

/** A due date read from text: its words and the window of days it names (ISO yyyy-mm-dd). */
export interface DueDate {
  /** Offsets of the date's words in the text read. */
  start: number;
  end: number;
  text: string;
  /** First and last day the deadline may fall on. */
  lo: string;
  hi: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const ORDINAL_QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Days of the end, middle or start of a stretch: how much of it "the end of" covers. */
const END_DAYS = 7;
const START_DAYS = 10;

/** How long before the article a deadline without a year may have passed and still be the one meant. */
const PAST_GRACE_DAYS = 62;

type Edge = 'end' | 'start' | 'middle' | undefined;

/** A stretch of days, as UTC noon dates. */
interface Stretch {
  first: Date;
  last: Date;
}

/** Readers of the words after "by", each anchored at the start; the first that matches wins. */
const READERS: Array<[RegExp, (m: RegExpExecArray, ref: Date | undefined) => Stretch | undefined]> = [
  // "the end of March", "the end of March 2026", "the middle of June"
  [new RegExp(String.raw`^(?:the\s+)?(end|close|middle|start|beginning)\s+of\s+${MONTH}(?:,?\s+${YEAR})?\b`, 'iu'), (m, ref) =>
    edgeOf(monthStretch(MONTHS[m[2].toLowerCase()], m[3], ref), edgeWord(m[1]))],
  // "the end of 2026"
  [new RegExp(String.raw`^(?:the\s+)?(end|close|middle|start|beginning)\s+of\s+${YEAR}\b`, 'iu'), (m) =>
    edgeOf(yearStretch(Number(m[2])), edgeWord(m[1]))],
  // "the end of the first quarter (of 2026)", "the end of Q1"
  [new RegExp(String.raw`^(?:the\s+)?(end|close|middle|start|beginning)\s+of\s+(?:the\s+)?(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter|q([1-4]))(?:\s+(?:of\s+)?(?:(this|next)\s+year|${YEAR}))?\b(?!\s+of\s+(?:the\s+)?(?:fiscal|financial))`, 'iu'), (m, ref) =>
    edgeOf(quarterStretch(m[3] ? Number(m[3]) : ORDINAL_QUARTER[m[2].toLowerCase()], m[5], m[4], ref), edgeWord(m[1]))],
  // "the end of the first half (of 2026)"
  [new RegExp(String.raw`^(?:the\s+)?(end|close)\s+of\s+(?:the\s+)?(first|second)\s+half(?:\s+of\s+(?:(this|next)\s+year|${YEAR}))?\b(?!\s+of\s+(?:the\s+)?(?:fiscal|financial))`, 'iu'), (m, ref) =>
    edgeOf(halfStretch(m[2].toLowerCase() === 'first' ? 1 : 2, m[4], m[3], ref), 'end')],
  // "the end of the year", "the end of this month", "the end of next week"
  [/^(?:the\s+)?(end|close|middle|start|beginning)\s+of\s+(?:the|this|(next))\s+(year|month|week)\b/iu, (m, ref) =>
    edgeOf(currentStretch(m[3].toLowerCase() as 'year' | 'month' | 'week', m[2] ? 1 : 0, ref), edgeWord(m[1]))],
  // "year-end", "year end"
  [/^(?:the\s+)?year[-\s]end\b/iu, (_m, ref) => edgeOf(currentStretch('year', 0, ref), 'end')],
  // "mid-June", "early March 2026", "late April"
  [new RegExp(String.raw`^(early|mid|late)[-\s]+${MONTH}(?:,?\s+${YEAR})?\b`, 'iu'), (m, ref) =>
    edgeOf(monthStretch(MONTHS[m[2].toLowerCase()], m[3], ref), m[1].toLowerCase() === 'early' ? 'start' : m[1].toLowerCase() === 'mid' ? 'middle' : 'end')],
  // "mid-2026"
  [new RegExp(String.raw`^(early|mid|late)[-\s]+${YEAR}\b`, 'iu'), (m) =>
    edgeOf(yearStretch(Number(m[2])), m[1].toLowerCase() === 'early' ? 'start' : m[1].toLowerCase() === 'mid' ? 'middle' : 'end')],
  // "March 31", "March 31, 2026"
  [new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+${YEAR}\b)?`, 'iu'), (m, ref) =>
    dayStretch(MONTHS[m[1].toLowerCase()], Number(m[2]), m[3], ref)],
  // "31 March", "31st March 2026", "the 31st of March"
  [new RegExp(String.raw`^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?`, 'iu'), (m, ref) =>
    dayStretch(MONTHS[m[2].toLowerCase()], Number(m[1]), m[3], ref)],
  // "March", "March 2026": by the start or by the end of the month
  [new RegExp(String.raw`^${MONTH}(?:,?\s+${YEAR})?\b(?!\s*\d)`, 'iu'), (m, ref) => {
    const month = monthStretch(MONTHS[m[1].toLowerCase()], m[2], ref);
    return month && { first: addDays(month.first, -1), last: month.last };
  }],
  // "2027": by its start or by its end
  [new RegExp(String.raw`^${YEAR}\b(?![-/]\d)`, 'iu'), (m) => {
    const year = yearStretch(Number(m[1]));
    return { first: addDays(year.first, -1), last: year.last };
  }],
  // "Friday", "this Friday": the first such day from the article's date
  [/^(?:this\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!\s*,?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu, (m, ref) => {
    if (!ref) return undefined;
    const ahead = (WEEKDAYS.indexOf(m[1].toLowerCase()) - ref.getUTCDay() + 7) % 7;
    const day = addDays(ref, ahead);
    return { first: day, last: day };
  }],
];

/**
 * The due date written at the start of `text` (the words right after "by"), resolved against the
 * article's date `published` (ISO); undefined when the words are not a date this module reads.
 */
export function readDueDate(text: string, published?: string): DueDate | undefined {
  const ref = isoToDate(published);
  // "midnight on Friday, June 20", "Sunday 22 June": the hour and the weekday before a date name no other day.
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  for (const [re, read] of READERS) {
    const m = re.exec(rest);
    if (!m) continue;
    const stretch = read(m, ref);
    if (!stretch) return undefined;
    const written = text.slice(0, lead) + m[0].replace(/[\s,.]+$/u, '');
    return { start: 0, end: written.length, text: written, lo: dateToIso(stretch.first), hi: dateToIso(stretch.last) };
  }
  return undefined;
}

/**
 * An hour ("midnight on", "6 a.m.", "noon") and a weekday written before a day of the month
 * ("Friday, June 20", "Sunday 22 June"); the weekday alone is read as a day by its own reader.
 */
const LEAD = new RegExp(
  String.raw`^(?:(?:midnight|midday|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[:.]\d\d)\s+(?:(?:local\s+time|gmt|utc)\s+)?(?:on\s+)?)?` +
    String.raw`(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday),?\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d))?`,
  'iu',
);

function edgeWord(word: string): Edge {
  const w = word.toLowerCase();
  return w === 'end' || w === 'close' ? 'end' : w === 'middle' ? 'middle' : 'start';
}

/** The part of a stretch an edge word names: its last week, its middle, its first ten days. */
function edgeOf(s: Stretch | undefined, edge: Edge): Stretch | undefined {
  if (!s) return undefined;
  const length = Math.round((s.last.getTime() - s.first.getTime()) / 86_400_000) + 1;
  if (edge === 'end') return { first: addDays(s.last, -Math.min(END_DAYS, length) + 1), last: s.last };
  if (edge === 'start') return { first: s.first, last: addDays(s.first, Math.min(START_DAYS, length) - 1) };
  if (edge === 'middle') {
    const mid = addDays(s.first, Math.floor(length / 2));
    const half = Math.max(1, Math.round(length / 6));
    return { first: addDays(mid, -half), last: addDays(mid, half) };
  }
  return s;
}

/** A calendar month; without a written year, the first one that has not ended long before the article. */
function monthStretch(month: number, year: string | undefined, ref: Date | undefined): Stretch | undefined {
  const of = (y: number): Stretch => ({ first: utc(y, month, 1), last: utc(y, month + 1, 0) });
  if (year) return of(Number(year));
  return ahead(of, ref);
}

function yearStretch(year: number): Stretch {
  return { first: utc(year, 1, 1), last: utc(year, 12, 31) };
}

function quarterStretch(quarter: number, year: string | undefined, thisOrNext: string | undefined, ref: Date | undefined): Stretch | undefined {
  const of = (y: number): Stretch => ({ first: utc(y, quarter * 3 - 2, 1), last: utc(y, quarter * 3 + 1, 0) });
  if (year) return of(Number(year));
  if (thisOrNext) return ref ? of(ref.getUTCFullYear() + (thisOrNext.toLowerCase() === 'next' ? 1 : 0)) : undefined;
  return ahead(of, ref);
}

function halfStretch(half: 1 | 2, year: string | undefined, thisOrNext: string | undefined, ref: Date | undefined): Stretch | undefined {
  const of = (y: number): Stretch => (half === 1 ? { first: utc(y, 1, 1), last: utc(y, 6, 30) } : { first: utc(y, 7, 1), last: utc(y, 12, 31) });
  if (year) return of(Number(year));
  if (thisOrNext) return ref ? of(ref.getUTCFullYear() + (thisOrNext.toLowerCase() === 'next' ? 1 : 0)) : undefined;
  return ahead(of, ref);
}

/** The year, month or week of the article's date, or the one after it. */
function currentStretch(unit: 'year' | 'month' | 'week', next: number, ref: Date | undefined): Stretch | undefined {
  if (!ref) return undefined;
  const y = ref.getUTCFullYear();
  if (unit === 'year') return yearStretch(y + next);
  if (unit === 'month') {
    const m = ref.getUTCMonth() + 1 + next;
    return { first: utc(y, m, 1), last: utc(y, m + 1, 0) };
  }
  // A week from Monday to Sunday.
  const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * next);
  return { first: monday, last: addDays(monday, 6) };
}

function dayStretch(month: number, day: number, year: string | undefined, ref: Date | undefined): Stretch | undefined {
  if (day < 1 || day > 31) return undefined;
  const of = (y: number): Stretch => {
    const d = utc(y, month, day);
    return { first: d, last: d };
  };
  // "February 30" is no day.
  const probe = of(2000);
  if (probe.first.getUTCDate() !== day) return undefined;
  if (year) return of(Number(year));
  return ahead(of, ref);
}

/** The stretch of the article's year (or the year after or before) that ends nearest after the article, a short grace allowed. */
function ahead(of: (year: number) => Stretch, ref: Date | undefined): Stretch | undefined {
  if (!ref) return undefined;
  const earliest = addDays(ref, -PAST_GRACE_DAYS).getTime();
  for (const y of [ref.getUTCFullYear() - 1, ref.getUTCFullYear(), ref.getUTCFullYear() + 1]) {
    const s = of(y);
    if (s.last.getTime() >= earliest) return s;
  }
  return undefined;
}

/** UTC noon of a day; day 0 is the last day of the month before, as with Date.UTC. */
function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}
