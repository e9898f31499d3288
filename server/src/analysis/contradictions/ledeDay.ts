/**
 * The day an article's opening tells its news happened, read without knowing the kind of event.
 *
 * eventIdentity.ts reads a story's day from the lede sentence that names the story's kind of event
 * ("the derailment on Saturday"), which needs the event's noun in its lexicon. Most stories have
 * no such noun ("a bus plunged into a ravine", "a painting sold for a record price"). The lede day
 * is the one day of the first lede sentence that gives one, or of an early sentence that restates
 * the event ("The tragedy happened on Wednesday"). Since it does not know the kind of event, two
 * lede days are compared only when their sentences share words of what happened (`ledeWordsMeet`)
 * or one restates the event as such (storyDayRules.ts).
 *
 * The day must be the event's: a day of saying ("officials said on Wednesday"), of a plan ("due
 * on Friday") or inside the date line is no event's day.
 */
import { stem } from '../corroboration/stem';
import { STOPWORDS } from '../corroboration/stopwords';
import { conceptsOf } from '../corroboration/synonyms';
import type { Dateline } from '../dates/dateline';
import { DAY_CUE, SAID_BEFORE } from '../facts/actionDayFacts';
import type { DocumentAnalysis, Sentence } from '../types';
import { findDates, type DateExpression } from '../values/dates';

/** Body sentences of the lede: the first that gives a day gives the lede day. */
const LEDE_SENTENCES = 3;
/** Body sentences searched for a restatement of the event ("The tragedy happened on ..."). */
const RESTATED_SENTENCES = 6;

/**
 * Words before a date that make it a plan, not the day of the event ("due to last until 6 a.m. on
 * Thursday", "is set to finish at 6 a.m. on Thursday", "will vote on Friday").
 */
const PLANNED_BEFORE = /\b(?:until|till|due|scheduled|expected|planned|plans?\s+to|set\s+(?:to|for)|slated|will|would|is\s+to|are\s+to)\b[^;,]{0,45}$/iu;

/** Words that write a day relative to the article's ("yesterday", "last Friday", "three days ago"). */
const DAY_WORDS = /\b(?:yesterday|today|tonight|tomorrow|last|next|ago)\b/iu;

/** True for one day written as such, not as a span ("the weekend", "last week"). */
const isNamedDay = (d: DateExpression) => /\d/u.test(d.text) || DAY_CUE.test(d.text) || /\b(?:yesterday|today|tonight)\b/iu.test(d.text);

/** Words that tell two events a day or more apart in one sentence ("a day after Lithuania expelled"): its day is not one event's. */
const RELATIVE_DAY = /\b(?:(?:a|one|two|three|four|five|the)\s+days?\s+(?:after|before|earlier|later)|the\s+(?:previous|next|following)\s+day|day\s+(?:after|before)\s+(?!yesterday))/iu;

/**
 * A sentence that restates the story's event as such: "The tragedy happened around 4:40",
 * "The robbery took place on Monday morning", "The fire was started on Monday".
 */
const RESTATED =
  /^\s*(?:The|This)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:has\s+|had\s+)?(?:happened|occurred|took\s+place|was\s+started|started|began|broke\s+out)\b/u;
/** Nouns that restate any event: a restatement with one of them ties to whatever the other lede tells. */
const ANY_EVENT = /^\s*(?:The|This)\s+(?:tragedy|incident|accident|disaster|drama|attack|event)\b/u;

/** Words of a plan changed: the days around them are of plans, old and new. */
const PLAN_CHANGED = /\b(?:postponed|rescheduled|delayed|brought\s+forward|pushed\s+back|called\s+off|cancell?ed)\b/iu;

/** The day-precise dates of a sentence that may be its event's: not a day of saying or of a plan, nor in the date line. */
export function eventDates(sentence: Sentence, published: string | undefined, dateline: Dateline | undefined): DateExpression[] {
  const text = sentence.text;
  // A plan changed ("first set for Thursday, was postponed ... to Monday") gives no day of an event.
  if (PLAN_CHANGED.test(text)) return [];
  return findDates(text, published).filter((d) => {
    // chrono reads "for a second" as today: a day is written with a number, a weekday, a month or a word of days.
    if (!/\d/u.test(d.text) && !DAY_CUE.test(d.text) && !DAY_WORDS.test(d.text)) return false;
    if (dateline && sentence.start + d.start < dateline.end && dateline.start < sentence.start + d.end) return false;
    const before = text.slice(Math.max(0, d.start - 60), d.start);
    return !PLANNED_BEFORE.test(before) && !SAID_BEFORE.test(before);
  });
}

/** True for a date expression of one calendar day. */
export function isOneDay(d: DateExpression): boolean {
  return d.grain === 'day' && d.iso !== undefined && /^\d{4}-\d\d-\d\d$/u.test(d.iso);
}

/** A lede sentence with one day, and what the rules need of it. */
export interface LedeSentence {
  sentence: Sentence;
  date: DateExpression;
  /** True when the sentence restates the event with a noun of any event ("The tragedy happened"). */
  restatesAnyEvent: boolean;
}

/** The first lede sentence that gives one day, or a restatement of the event with one. */
export function ledeSentence(doc: DocumentAnalysis, dateline: Dateline | undefined): LedeSentence | undefined {
  let body = 0;
  for (const s of doc.sentences ?? []) {
    if (s.heading) continue;
    if (body++ >= RESTATED_SENTENCES) break;
    if (s.text.length > 2000) continue;
    const restated = RESTATED.test(s.text);
    if (body > LEDE_SENTENCES && !restated) continue;
    const dates = eventDates(s, doc.published, dateline);
    if (dates.length === 0) continue;
    // A span of days is no day ("the weekend", "last week"), and a sentence that tells two events
    // a day apart ("a day after Lithuania expelled") gives neither's day alone.
    if (dates.length > 1 || !isOneDay(dates[0]) || !isNamedDay(dates[0]) || RELATIVE_DAY.test(s.text)) return undefined;
    return { sentence: s, date: dates[0], restatesAnyEvent: restated && ANY_EVENT.test(s.text) };
  }
  return undefined;
}

/** Words too common in news ledes to tie two of them to one event. */
const NEWS_WORDS = new Set(
  'say tell report accord people police official officer authority local time hour day week month year morning afternoon evening night dawn around about least more than also early late after before when where while since there here near its their this that over under into from'.split(' '),
);
const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight)$/u;

/**
 * The stems of a lede sentence's words of what happened, with their synonym concepts: lower-case
 * words only (a capital starts a name, or the sentence, whose first word is most often "The" or a
 * name), stop words, days and the common words of news ledes left out.
 */
export function ledeWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}’'-]*/gu)) {
    const word = m[0];
    if (/^\p{Lu}/u.test(word)) continue;
    const plain = word.replace(/[’']s$/u, '');
    if (plain.length < 3 || STOPWORDS.has(plain) || CALENDAR.test(plain)) continue;
    const s = stem(plain);
    if (STOPWORDS.has(s) || NEWS_WORDS.has(s) || NEWS_WORDS.has(plain)) continue;
    out.add(s);
    for (const c of conceptsOf(s)) out.add(c);
  }
  return out;
}

/** Two ledes share at least this many words of what happened to be tied by their words. */
const MIN_SHARED_WORDS = 2;

/**
 * True when two lede sentences' words (`ledeWords`) tell one happening: they share
 * `MIN_SHARED_WORDS` words, a synonym concept counting as a word when no shared word gives it
 * ("escaped" / "broke out"). One shared word ("result") is too little.
 */
export function ledeWordsMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const stems = [...a].filter((w) => !isConcept(w) && b.has(w));
  const given = new Set(stems.flatMap((w) => conceptsOf(w)));
  const concepts = [...a].filter((w) => isConcept(w) && b.has(w) && !given.has(w));
  return stems.length + concepts.length >= MIN_SHARED_WORDS;
}

const isConcept = (key: string) => key.startsWith('~');
