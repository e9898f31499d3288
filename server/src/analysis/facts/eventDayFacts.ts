/**
 * The day a person's one-off event happened, as facts: "Teo Lindqvist passed his medical on
 * Friday, August 29" (medical of teo-lindqvist: 2025-08-29), "Lindqvist had the medical on
 * Wednesday" in an article dated Friday 29 August (2025-08-27: weekdays are resolved against the
 * article's date, backwards, as news tells past events). Only events that happen once (a
 * medical, a signing, an arrest, a funeral...) are read, only with a named person in the
 * sentence, one event noun and one day: a sentence with two days or two events is left alone.
 * Plans ("is set for Monday") are not facts about what happened.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findDateline } from '../dates/dateline';
import { findDates } from '../values/dates';
import { factAt, spanOf, type DetailedFact, type FactDetail } from './detail';

/** One-off personal events, by noun, folded to a class. General news vocabulary. */
const ONE_OFF: Record<string, string> = {
  medical: 'medical', signing: 'signing', funeral: 'funeral', burial: 'funeral', wedding: 'wedding', arrest: 'arrest',
  resignation: 'resignation', verdict: 'verdict', sentencing: 'sentencing', inauguration: 'inauguration', swearing: 'inauguration',
  unveiling: 'unveiling', debut: 'debut', surgery: 'surgery', operation: 'surgery', release: 'release', extradition: 'extradition',
};
const ONE_OFF_RE = new RegExp(String.raw`\b(` + Object.keys(ONE_OFF).join('|') + String.raw`)\b`, 'giu');
/** Words that make the event another occurrence, a plan or a doubt. */
const NOT_THIS_ONE =
  /\b(?:previous|earlier|prior|last|next|another|second|first|former|planned|scheduled|expected|due|will|would|could|should|might|may|set to|set for|to be|hopes?|plans?|if|unless|before|after|until|since|not|never|delayed|postponed|rescheduled|moved)\b|n[’']t\b/iu;

/** What a day-of-event fact says. */
export interface EventDayInfo {
  /** Entity id of the person and the event class ("teo-lindqvist|medical"). */
  key: string;
  /** ISO day (yyyy-mm-dd). */
  day: string;
}

/** A fact carrying the day of a person's event. */
export interface EventDayFact extends DetailedFact {
  detail: FactDetail & { eventDay: EventDayInfo };
}

/** Narrows a fact to a day-of-event fact. */
export function isEventDayFact(f: DetailedFact): f is EventDayFact {
  return typeof (f.detail as { eventDay?: unknown }).eventDay === 'object';
}

/** Day-of-event facts of one sentence. */
export function eventDayFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const nouns = [...text.matchAll(ONE_OFF_RE)];
  if (nouns.length !== 1 || NOT_THIS_ONE.test(text)) return [];
  // The dateline's date is the article's, not the event's.
  const dateline = findDateline(doc.text);
  const dates = findDates(text, doc.published).filter((d) => !dateline || s.start + d.start >= dateline.end || s.start + d.end <= dateline.start);
  const days = dates.filter((d) => d.grain === 'day' && d.iso && /^\d{4}-\d\d-\d\d$/u.test(d.iso));
  if (days.length !== 1 || dates.length !== 1) return [];
  const inDateline = (start: number) => dateline !== undefined && start >= dateline.start && start < dateline.end;
  const people = [...new Set((doc.mentions ?? []).filter((m) => m.sentence === s.index && m.type === 'PERSON' && m.id && !inDateline(m.start)).map((m) => m.id!))];
  if (people.length !== 1) return [];
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
    subject: `day:${people[0]}|${cls}`,
    attribute: `day:${cls}`,
    value: { kind: 'date', iso: day.iso!, grain: 'day' },
    display: span.text,
    detail: { sentence: s.index, eventDay: { key: `${people[0]}|${cls}`, day: day.iso! } },
  });
  return [fact];
}
