/**
 * The day a clause tells something happened, with the words it tells it in: "the privacy
 * authority fined the webshop on Monday" (2025-10-13; fined, privacy, authority, webshop). The
 * readers of eventDayFacts.ts know a handful of one-off events by name; these facts carry the words
 * instead, and actionDayRules.ts compares two articles' days only when their clauses tell the same
 * thing in the same words. A clause is read only when it holds one day; plans, deadlines, other
 * occasions and the day something was said are left out, as is the date line's date.
 */
import { clauseAround } from '../text/clauses';
import type { DocumentAnalysis, Sentence } from '../types';
import { findClockTimes, localClockHour } from '../values/clock';
import { findDates, pastWeekday, pastYearless, type DateExpression } from '../values/dates';
import { clauseTerms, namesIn, type ClauseTerm } from './clauseTerms';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { datelineOf } from './documentIndex';

/** What an action-day fact says. */
export interface ActionDayInfo {
  /** ISO day (yyyy-mm-dd). */
  day: string;
  /** The content words of the clause, the day's own words left out (offsets in the document). */
  terms: ClauseTerm[];
  /** Where the day is written (offsets in the document). */
  dayStart: number;
  dayEnd: number;
  /** The names of the clause with where they are (offsets in the document), for who did what. */
  nameSpans: Array<{ id: string; start: number; end: number }>;
  /** Resolved ids of the names in the clause. */
  names: string[];
  /** True when the clause tells a time of night or a clock time: its day may be told a day apart in another zone. */
  nearMidnight: boolean;
  /** Early or late in the day, when the clause says so and tells no clock time (partOfDayAt). */
  partOfDay?: 'early' | 'late';
  /** The weekday written (0 = Sunday) when the day is told by its weekday against the article's date ("on Monday"). */
  relativeWeekday?: number;
  /** True for the day something is planned for ("will begin consultations on Monday"), read forwards from the article's date; plans meet only plans. */
  planned?: boolean;
  /**
   * The sentence's one clock time when it is to the odd minute, neither on the hour nor on the half
   * hour ("5:40 p.m.", "17h40"): a round hour is anyone's, 5:40 is the act's (actionDayRules.ts).
   */
  oddMinute?: { text: string; minutes: number; offset: number };
}

export type ActionDayFact = FactWith<'actionDay', ActionDayInfo>;

export const isActionDayFact = factWithGuard<ActionDayFact>('actionDay');

/** Where a clause ends: a semicolon, a dash, "but", "while", "after", "before", "when". */
export const DAY_CLAUSE_BREAK = /;|\s[—–]\s|,?\s+(?:but|while|whereas|after|before|when|until|since)\s+/giu;

/** Words that make a clause's day a plan, a deadline, a doubt or another occasion ("may", not the month of "13 May"). */
export const NOT_WHAT_HAPPENED =
  /\b(?:will|would|could|should|might|(?<!\d\s*)may(?!\s*\d)|must|shall|expected|due|scheduled|planned|plans?|set to|to be|next|until|deadline|previous|earlier|prior|another|last (?:year|month|week)|if|unless|not|never|no)\b|n[’']t\b/iu;
/**
 * Words that make a clause's day a firm plan ("will begin consultations on Monday", "the cuts start
 * next Monday"), or a duty with a day ("must explain the failure to the committee next Monday")...
 */
const PLAN = /\b(?:will|would|is to|are to|was to|is due to|are due to|is scheduled to|are scheduled to|must(?!\s+have)|has to|have to|next\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/iu;
/**
 * A summons to a meeting before the day: "summoned both sides to a conciliation meeting in Abuja at
 * 11 a.m. on Thursday", "has invited the union for a meeting this Friday": the day is the meeting's,
 * a plan, whatever the tense of the summons.
 */
const SUMMONED_TO =
  /\b(?:summon(?:ed|s)?|invit(?:ed|es)|call(?:ed|s)|convened|convenes)\b[^.;]{0,80}?\b(?:to|for)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|hearing|session|summit|conference|negotiations?|consultations?)\b/iu;
/** ...unless they make it a doubt, a deadline, a change of plan or another occasion. */
const NOT_A_FIRM_PLAN =
  /\b(?:could|should|might|may|must\s+have|if|unless|not|never|no|until|deadline|postponed|delayed|moved|rescheduled|brought forward|previous|earlier|prior|another|last (?:year|month|week)|hopes?|wants?)\b|n[’']t\b/iu;

/** A verb of saying right before the day: the day something was said, which articles may well tell apart. */
export const SAID_BEFORE = /\b(?:said|says|told|added|stated|wrote|according|confirmed|announced|reported)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * Words of night and clock times: a night-time event is one day in one zone and the next in another.
 * (Not a count of nights, "a 10-night cruise", nor a day and month in brackets, "Saturday (7.06)".)
 */
export const NIGHT_OR_CLOCK =
  /\b(?:(?<!-)night|overnight|midnight|dawn|evening|early hours|(?:late|early)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|gmt|utc|local time|a\.m\.|p\.m\.|am|pm)\b|\d{1,2}:\d\d|(?<!\()\d{1,2}\.\d\d/iu;

/** Words right before a day that put the event early in it: "early on", "in the early hours of", "at dawn on". */
const EARLY_BEFORE = /\b(?:early\s+(?:on\s+)?|(?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+of\s+|(?:at\s+)?dawn\s+(?:of|on)\s+|(?:in\s+)?the\s+early\s+morning\s+of\s+)(?:this\s+)?$/iu;

/** Words later in the day's clause that put the event early in it: "on Tuesday after their trawler collided ... before dawn". */
const EARLY_LATER = /\b(?:before|at|around|just after)\s+dawn\b|\bin\s+the\s+(?:early|small|wee)\s+hours\b|\bbefore\s+daybreak\b/iu;
/** How far after a day its clause is read for EARLY_LATER. */
const LATER_REACH = 100;

/** The rest of the clause after `from`, at most LATER_REACH characters (to a semicolon, a dash or a sentence's end). */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + LATER_REACH);
  const stop = rest.search(/[;:!?]|\.\s|\s[—–]\s/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/**
 * The part of the day that `text` puts the day written at [start, end) in: early ("early on
 * Friday", "Friday morning", "on Friday ... before dawn") or late ("late on Friday", "Friday
 * evening", "Friday night"). Two tellings of one event a day apart that both say early (or both
 * late) disagree in any time zone.
 */
export function partOfDayAt(text: string, start: number, end: number): 'early' | 'late' | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  // The day as written may hold its part already ("Friday evening").
  const written = text.slice(start, end);
  const after = text.slice(end, end + 12);
  if (EARLY_BEFORE.test(before) || /^\s+morning\b/iu.test(after) || /\bmorning\b/iu.test(written) || EARLY_LATER.test(clauseAfter(text, end))) return 'early';
  if (/\blate\s+(?:on\s+)?$/iu.test(before) || /^\s+(?:night|evening)\b/iu.test(after) || /\b(?:night|evening)\b/iu.test(written)) return 'late';
  return undefined;
}

/**
 * True when the day is written inside a conversion to UTC ("at 5:15 a.m. local time (2215 GMT on
 * Monday)"): it is the day in London, not where the action happened.
 */
function inUtcConversion(text: string, d: DateExpression): boolean {
  const open = text.lastIndexOf('(', d.start);
  if (open < 0 || text.slice(open, d.start).includes(')')) return false;
  return /\b(?:GMT|UTC)\b/u.test(text.slice(open, d.start));
}

/** A clock time, which says more than a part of the day. */
export const CLOCK_TIME = /\d{1,2}[:.]\d\d|\b\d{1,2}\s*(?:a\.?m|p\.?m)\b/iu;

/**
 * The part of the day a clause's local clock hour (`localClockHour`: no zone is written, or "local
 * time") puts its action in: "stopped in the early morning of Tuesday, at 3:47" is early on Tuesday
 * in the story's place, which is where the other articles' days are told too. A clock in another
 * zone ("GMT", "Paris time") has no local hour and says nothing of the local part of the day.
 */
function partOfClockHour(hour: number | undefined): 'early' | 'late' | undefined {
  return hour === undefined ? undefined : hour < 9 ? 'early' : hour >= 19 ? 'late' : undefined;
}

/**
 * True when the clause's local clock hour is in the middle of the day and no word of night is
 * written ("a meeting in Abuja at 11 a.m. on Thursday"): the same calendar day in the zones of
 * papers a few hours away, so a day's difference is no slip of zones.
 */
function midday(hour: number | undefined, clause: string): boolean {
  return hour !== undefined && hour >= 9 && hour <= 15 && !NIGHT_WORDS.test(clause);
}

/** NIGHT_OR_CLOCK's words of night, without its clock times. */
const NIGHT_WORDS = /\b(?:(?<!-)night|overnight|midnight|dawn|evening|early hours|(?:late|early)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/iu;

/** A weekday's or a month's name, or a numeric date. */
export const DAY_CUE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d/iu;

/** A date expression of one day. */
const isDay = (d: DateExpression) => d.grain === 'day' && d.iso !== undefined && /^\d{4}-\d\d-\d\d$/u.test(d.iso);

/** The action-day facts of one sentence. */
export function actionDayFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  // chrono-node is slow: only sentences with a weekday, a month or a numeric date go to it.
  if (!DAY_CUE.test(text)) return [];
  const days = findDates(text, doc.published).filter(isDay);
  if (days.length === 0) return [];
  // Planned days are read forwards: "will begin on Monday" in Thursday's paper is the next Monday.
  let forward: DateExpression[] | undefined;
  const forwardDay = (d: DateExpression) => (forward ??= findDates(text, doc.published, true).filter(isDay)).find((f) => f.start === d.start && f.end === d.end);
  const dateline = datelineOf(doc);
  const out: DetailedFact[] = [];
  const inDateline = (d: DateExpression) => dateline !== undefined && s.start + d.start < dateline.end && dateline.start < s.start + d.end;
  for (const d of days) {
    if (inDateline(d) || inUtcConversion(text, d)) continue;
    const around = clauseAround(text, d.start, DAY_CLAUSE_BREAK);
    // A lede's clause starts after its date line ("PORTO, Oct 11 (Meridian) - The airport was closed on Friday").
    if (dateline && dateline.end > s.start + around.start && dateline.end <= s.start + d.start) around.start = dateline.end - s.start;
    const clause = text.slice(around.start, around.end);
    if (days.some((o) => o !== d && !inDateline(o) && o.start >= around.start && o.end <= around.end && o.iso !== d.iso)) continue;
    const before = text.slice(around.start, d.start);
    if (SAID_BEFORE.test(before) || /\bby\s+$/iu.test(before)) continue;
    // "Prince Florian (born 3rd March 1994) has married": a birth date dates the person, not the
    // act, and so does a death date in brackets ("(died 2 May 1990)"); "a man died on Saturday" is the act.
    if (/\b(?:born|b\.|née)\s+(?:on\s+)?$|[(,]\s*(?:died|d\.)\s+(?:on\s+)?$/iu.test(text.slice(Math.max(0, d.start - 12), d.start))) continue;
    // Doubts after the day belong to what follows it ("will open talks on Tuesday and hopes to ...").
    const planned = (PLAN.test(clause) || SUMMONED_TO.test(before)) && !NOT_A_FIRM_PLAN.test(text.slice(around.start, d.end));
    if (!planned && NOT_WHAT_HAPPENED.test(clause)) continue;
    const day = planned ? forwardDay(d) : pastYearless(pastWeekday(d, doc.published), doc.published, 1);
    if (!day?.iso) continue;
    // "arrested three men over Tuesday morning's hold-up": a day in the possessive dates a noun, not the clause's action.
    if (/^(?:\s+(?:morning|afternoon|evening|night))?['’]s\b/iu.test(text.slice(d.end, d.end + 12))) continue;
    // A range of days or a season is no day: "weekend", "this week".
    if (!/\d/u.test(d.text) && !DAY_CUE.test(d.text)) continue;
    const names = namesIn(doc, s.start + around.start, s.start + around.end);
    const terms = clauseTerms(text, around, { start: d.start, end: d.end }, undefined, names.spans).map((t) => ({ ...t, start: s.start + t.start, end: s.start + t.end }));
    if (terms.filter((t) => !t.inName).length < 2) continue;
    const span = spanOf(doc, s.start + around.start, s.start + around.end);
    // The clause's local clock hour, read once for the part of the day and the zone slip below.
    const clock = CLOCK_TIME.test(clause);
    const hour = clock ? localClockHour(clause) : undefined;
    const part = clock ? partOfClockHour(hour) : partOfDayAt(text, d.start, d.end);
    const oddMinute = oddMinuteOf(text);
    out.push(
      factAt<ActionDayFact>(doc, span, {
        kind: 'date',
        subject: 'action-day',
        attribute: 'action-day',
        value: { kind: 'date', iso: day.iso, grain: 'day' },
        display: d.text,
        detail: {
          sentence: s.index,
          actionDay: {
            day: day.iso,
            terms,
            names: names.ids,
            nearMidnight: NIGHT_OR_CLOCK.test(clause) && !midday(hour, clause),
            ...(part ? { partOfDay: part } : {}),
            ...(d.relative && d.weekday !== undefined ? { relativeWeekday: d.weekday } : {}),
            ...(planned ? { planned } : {}),
            ...(oddMinute ? { oddMinute } : {}),
            dayStart: s.start + d.start,
            dayEnd: s.start + d.end,
            nameSpans: names.located.map((n) => ({ id: n.id, start: s.start + around.start + n.start, end: s.start + around.start + n.end })),
          },
        },
      }),
    );
  }
  return out;
}

/** The one clock time of a sentence when it is to the odd minute (see ActionDayInfo.oddMinute). */
function oddMinuteOf(sentence: string): ActionDayInfo['oddMinute'] {
  if (!/\d/u.test(sentence)) return undefined;
  const times = findClockTimes(sentence);
  if (times.length !== 1 || times[0].approximate || times[0].minutes % 30 === 0) return undefined;
  return { text: times[0].text, minutes: times[0].minutes, offset: times[0].zone?.offset ?? 0 };
}
