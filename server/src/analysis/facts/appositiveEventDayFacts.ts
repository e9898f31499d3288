/**
 * The day of a person's event given by an apposition to a date, as facts: "backdated to April 2,
 * the day she was provisionally suspended" (suspended of the person: 2 April), "count from 2 May,
 * when she was first suspended", "on 3 March, the day he was arrested". Another reading of the
 * day of a one-off event (eventDayFacts.ts): the facts carry the same `eventDay` detail and are
 * compared by eventDayRules.ts, so "when he was arrested" meets "his arrest on Friday".
 *
 * Only a passive of a past event directly after the date is read ("was suspended", "had been
 * arrested"), its person named there or told by a pronoun (personInFocus.ts); "the day after she
 * was suspended" gives no day of the suspension and is left alone.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findDates, pastYearless } from '../values/dates';
import { factAt, spanOf, type DetailedFact } from './detail';
import { datelineOf, sentenceMentions } from './documentIndex';
import type { EventDayFact } from './eventDayFacts';
import { personInFocus, protagonistOf } from './personInFocus';

/**
 * ", the day she was provisionally suspended", ", when he was first arrested": groups the person
 * (a pronoun or capitalised words) and the participle; adverbs between are skipped.
 */
const APPOSITION =
  /^,?\s+(?:the\s+(?:day|date)\s+(?:that\s+|on\s+which\s+)?|when\s+|on\s+which\s+)(he|she|they|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|initially|originally|formally|officially|provisionally|temporarily|finally)\s+)*([a-z]+(?:ed|en|un|wn|ne))\b/u;

/** Participles of events that the one-off nouns of eventDayFacts.ts name, folded to that noun's class. */
const PARTICIPLE_CLASSES: Record<string, string> = {
  arrested: 'arrest', released: 'release', freed: 'release', extradited: 'extradition', sentenced: 'sentencing', buried: 'funeral',
  married: 'wedding', signed: 'signing', inaugurated: 'inauguration', sworn: 'inauguration', unveiled: 'unveiling', operated: 'surgery',
};
/** Participles that tell no one-off event of the person ("was born" is, but is an age; "was seen", "was told" are not events). */
const NOT_EVENTS = new Set(['seen', 'told', 'given', 'asked', 'known', 'said', 'shown', 'expected', 'scheduled', 'due', 'born', 'named', 'called', 'allowed', 'based', 'involved', 'used']);

/** Day-of-event facts told by an apposition to a date, of one sentence. */
export function appositiveEventDayFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/,\s+(?:the\s+(?:day|date)|when|on\s+which)\s/iu.test(text)) return [];
  const dateline = datelineOf(doc);
  const out: DetailedFact[] = [];
  for (const found of findDates(text, doc.published)) {
    // The day told by "was suspended" is past: "on 3 March" in an October article is last March's.
    const d = pastYearless(found, doc.published);
    if (d.grain !== 'day' || !d.iso || !/^\d{4}-\d\d-\d\d$/u.test(d.iso)) continue;
    if (dateline && s.start + d.start < dateline.end && s.start + d.end > dateline.start) continue;
    const m = APPOSITION.exec(text.slice(d.end));
    if (!m) continue;
    const participle = m[2];
    if (NOT_EVENTS.has(participle)) continue;
    const person = /^(?:he|she|they)$/u.test(m[1]) ? protagonistInFocus(doc, s) : personNamedAt(doc, s, d.end + m[0].indexOf(m[1]));
    if (!person) continue;
    const cls = PARTICIPLE_CLASSES[participle] ?? participle;
    const span = spanOf(doc, s.start + d.start, s.start + d.end + m[0].length);
    out.push(factAt<EventDayFact>(doc, span, {
      kind: 'date',
      subject: `day:${person}|${cls}`,
      attribute: `day:${cls}`,
      value: { kind: 'date', iso: d.iso, grain: 'day' },
      display: span.text,
      detail: { sentence: s.index, eventDay: { key: `${person}|${cls}`, day: d.iso } },
    }));
  }
  return out;
}

/** The entity id of the person whose name starts at `at` in the sentence. */
function personNamedAt(doc: DocumentAnalysis, s: Sentence, at: number): string | undefined {
  return sentenceMentions(doc, s.index).find((m) => m.type === 'PERSON' && m.id && m.start === s.start + at)?.id;
}

/**
 * The person a pronoun stands for: the person in focus (personInFocus.ts), only when that is the
 * article's protagonist. "She" after a sentence about the coach most often still means the athlete
 * the article is about; rather than guess, a pronoun whose nearest name is someone else gives no fact.
 */
function protagonistInFocus(doc: DocumentAnalysis, s: Sentence): string | undefined {
  const person = personInFocus(doc, s);
  return person !== undefined && person === protagonistOf(doc) ? person : undefined;
}


