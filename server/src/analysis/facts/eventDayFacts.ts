/**
 * The day a person's one-off event happened, as facts: "Teo Lindqvist passed his medical on
 * Friday, August 29" (medical of teo-lindqvist: 2025-08-29), "Lindqvist had the medical on
 * Wednesday" in an article dated Friday 29 August (2025-08-27: weekdays are resolved against the
 * article's date, backwards, as news tells past events). Only events that happen once (a
 * medical, a signing, an arrest, a funeral...) are read, only with a named person in the
 * sentence, one event noun and one day: a sentence with two days or two events is left alone.
 * Plans ("is set for Monday") and deadlines ("must complete his medical by Friday") are not facts
 * about what happened.
 */
import { clauseAround } from '../text/clauses';
import type { DocumentAnalysis, Sentence } from '../types';
import { findDates } from '../values/dates';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { datelineOf } from './documentIndex';
import { sentenceMentions } from './documentIndex';

/** One-off personal events, by noun, folded to a class. General news vocabulary. */
const ONE_OFF: Record<string, string> = {
  medical: 'medical', signing: 'signing', funeral: 'funeral', burial: 'funeral', wedding: 'wedding', arrest: 'arrest',
  resignation: 'resignation', verdict: 'verdict', sentencing: 'sentencing', inauguration: 'inauguration', swearing: 'inauguration',
  unveiling: 'unveiling', debut: 'debut', surgery: 'surgery', operation: 'surgery', release: 'release', extradition: 'extradition',
};
const ONE_OFF_RE = new RegExp(String.raw`\b(` + Object.keys(ONE_OFF).join('|') + String.raw`)\b`, 'giu');
/**
 * Words that make the event another occurrence, a plan, a deadline or a doubt: "must complete his
 * medical by Friday" sets a deadline (deadlineFacts.ts), it does not date the medical.
 */
const NOT_THIS_ONE =
  /\b(?:previous|earlier|prior|last|next|another|second|first|former|planned|scheduled|expected|due|will|would|could|should|might|may|must|(?:has|have|had|needs?) to|required|ordered|deadline|set to|set for|to be|hopes?|plans?|if|unless|before|after|until|since|not|never|delayed|postponed|rescheduled|moved)\b|n[’']t\b/iu;
/** A date written as a deadline: "by Friday", "no later than 29 August". */
const DEADLINE_BEFORE = /\b(?:by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$/iu;

/** What a day-of-event fact says. */
export interface EventDayInfo {
  /** Entity id of the person and the event class ("teo-lindqvist|medical"). */
  key: string;
  /** ISO day (yyyy-mm-dd). */
  day: string;
  /** True for the day a plan sets (plannedEventDayFacts.ts), never compared with a day something happened. */
  planned?: boolean;
}

/** A fact carrying the day of a person's event. */
export type EventDayFact = FactWith<'eventDay', EventDayInfo>;

/** Narrows a fact to a day-of-event fact. */
export const isEventDayFact = factWithGuard<EventDayFact>('eventDay');

/** Day-of-event facts of one sentence. */
export function eventDayFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const nouns = [...s.text.matchAll(ONE_OFF_RE)];
  if (nouns.length !== 1) return [];
  // Only the clause of the event is read: "... completed his medical on Wednesday 27 August,
  // before being presented on Thursday" tells the medical's day, whatever the next clause says.
  const clause = clauseAround(s.text, nouns[0].index ?? 0, CLAUSE_BREAK);
  const text = s.text.slice(0, clause.end);
  if (NOT_THIS_ONE.test(s.text.slice(clause.start, clause.end))) return [];
  // The dateline's date is the article's, not the event's.
  const dateline = datelineOf(doc);
  const dates = findDates(text, doc.published).filter(
    (d) => d.start >= clause.start && (!dateline || s.start + d.start >= dateline.end || s.start + d.end <= dateline.start),
  );
  const days = dates.filter((d) => d.grain === 'day' && d.iso && /^\d{4}-\d\d-\d\d$/u.test(d.iso));
  if (days.length !== 1 || dates.length !== 1) return [];
  if (DEADLINE_BEFORE.test(text.slice(Math.max(0, days[0].start - 30), days[0].start))) return [];
  const person = personOf(doc, s, dateline);
  if (!person) return [];
  const noun = nouns[0];
  const day = days[0];
  // The event noun and the day are told together: "... his medical on Friday" (day after noun, close).
  const nounAt = noun.index ?? 0;
  if (day.start < nounAt || day.start - (nounAt + noun[0].length) > 40) return [];
  // "operation" and "release" are events of a person only with a possessive or "the" ("his operation").
  if (!/\b(?:his|her|their|the|a)\s+$/iu.test(text.slice(Math.max(0, nounAt - 8), nounAt))) return [];
  const cls = ONE_OFF[noun[1].toLowerCase()];
  const span = spanOf(doc, s.start + nounAt, s.start + day.end);
  const fact = factAt<EventDayFact>(doc, span, {
    kind: 'date',
    subject: `day:${person}|${cls}`,
    attribute: `day:${cls}`,
    value: { kind: 'date', iso: day.iso!, grain: 'day' },
    display: span.text,
    detail: { sentence: s.index, eventDay: { key: `${person}|${cls}`, day: day.iso! } },
  });
  return [fact];
}

/**
 * Where a clause begins and ends (clauseAround): at a semicolon or dash, or at a comma or
 * "and"/"but" that opens another clause ("..., before being presented", "... and completed").
 */
const CLAUSE_BREAK = /[;—–]|,\s+(?=(?:and|but|before|after|while|when|then|having|being|as|who|which)\b)|\s+(?:and|but)\s+/giu;

/**
 * The one person the sentence is about (see subjectPerson), or, when it names nobody and opens on a
 * pronoun or a description ("He completed a medical", "The Brazilian, who passed his medical"), the
 * person the previous sentence is about.
 */
export function personOf(doc: DocumentAnalysis, s: Sentence, dateline: { start: number; end: number } | undefined, refersBack = REFERS_BACK): string | undefined {
  const own = subjectPerson(doc, s, dateline);
  if (own !== null) return own;
  const previous = doc.sentences[s.index - 1];
  if (!previous || !refersBack.test(s.text)) return undefined;
  return subjectPerson(doc, previous, dateline) ?? undefined;
}

/**
 * The person a sentence is about: the only one it names, or, among several, the one that opens it
 * ("Tigran flew in that night and completed his medical..., alongside manager X"). Undefined when
 * that cannot be told; null when it names nobody.
 */
export function subjectPerson(doc: DocumentAnalysis, s: Sentence, dateline: { start: number; end: number } | undefined): string | undefined | null {
  const inDateline = (start: number) => dateline !== undefined && start >= dateline.start && start < dateline.end;
  const people = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id && !inDateline(m.start));
  if (people.length === 0) return null;
  const ids = new Set(people.map((m) => m.id!));
  if (ids.size === 1) return people[0].id!;
  const first = people.reduce((a, b) => (b.start < a.start ? b : a));
  // What comes before the first name, a dateline ("PARIS —") aside, must be no more than "The".
  const from = Math.min(first.start, Math.max(s.start, dateline?.end ?? 0));
  return /^\W*(?:the\s+)?$/iu.test(doc.text.slice(from, first.start)) ? first.id! : undefined;
}

/** A sentence opening on "He", "She" or a short description ("The Brazilian,", "The 24-year-old has") refers to someone already named. */
export const REFERS_BACK = /^\s*(?:(?:he|she)\b|the\s+(?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+\s*(?:,|\s+(?:has|had|was|is|passed|completed|underwent)\b))/iu;
