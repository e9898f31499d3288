/**
 * The day a person's one-off event is scheduled for, as facts: "His initial hearing is scheduled
 * for Thursday, October 16" (first hearing of the person the previous sentence is about), "a judge
 * is due to hold his initial hearing on Friday, Oct. 17", "her trial is set to begin on Monday".
 * Weekdays are read forwards from the article's date, as plans are. These are compared only with
 * other plans (the key says "planned"): a plan against what happened may simply have changed, and
 * a sentence that tells of a change ("postponed", "moved", "now set for") is not read at all.
 *
 * The event's qualifier is part of it ("initial hearing", "bail hearing", "sentencing hearing"):
 * one person may have several hearings, and an unqualified "hearing" is kept apart from them.
 */
import { clauseAround } from '../text/clauses';
import type { DocumentAnalysis, Sentence } from '../types';
import { findDates } from '../values/dates';
import { factAt, spanOf, type DetailedFact } from './detail';
import { personOf, REFERS_BACK, type EventDayFact } from './eventDayFacts';
import { datelineOf } from './documentIndex';

/** Scheduled one-off events of a person, folded to a class. */
const PLANNED: Record<string, string> = {
  hearing: 'hearing', arraignment: 'arraignment', trial: 'trial', sentencing: 'sentencing', vote: 'vote', funeral: 'funeral',
  burial: 'funeral', memorial: 'memorial', ceremony: 'ceremony', inauguration: 'inauguration', wedding: 'wedding', surgery: 'surgery',
  extradition: 'extradition', swearing: 'inauguration',
};
const PLANNED_RE = new RegExp(String.raw`\b(` + Object.keys(PLANNED).join('|') + String.raw`)\b`, 'giu');
/** Cue words of a plan; a sentence without one is passed over before any other work. */
const PLAN_CUE = /\b(?:scheduled|set|due|will|to\s+be\s+held|to\s+take\s+place|to\s+begin|to\s+start|to\s+open)\b/iu;
/** Words that tell of a change or a doubt: the day is not one plan's fixed day. */
const CHANGED =
  /\b(?:moved|postponed|delayed|rescheduled|brought\s+forward|pushed\s+back|put\s+back|put\s+off|adjourned|cancell?ed|called\s+off|originally|initially|previously|now|instead|new\s+date|could|might|may|possibly|if|unless|not|never|until|next|another|second|last|previous|earlier)\b|n[’']t\b/iu;
/** Words before the event noun that tell which of a person's events it is. */
const QUALIFIERS: Record<string, string> = {
  initial: 'first', first: 'first', bail: 'bail', sentencing: 'sentencing', preliminary: 'preliminary', appeal: 'appeal', appeals: 'appeal',
  plea: 'plea', custody: 'custody', extradition: 'extradition', detention: 'detention', committal: 'committal', disciplinary: 'disciplinary',
};
/** A possessive or article and up to two words before the event noun: "his initial ", "Smith's bail ", "the ". */
const OWNER_BEFORE = /(?:\b(?:his|her|their|the)|['’]s)\s+((?:[\p{L}-]+\s+){0,2})$/iu;
/** A sentence opening on a possessive pronoun ("His initial hearing is ...") refers to someone already named, as do REFERS_BACK's openings. */
const REFERS_BACK_PLAN = new RegExp(String.raw`^\s*(?:his|her)\b|` + REFERS_BACK.source, 'iu');
const CLAUSE_BREAK = /[;—–]|,\s+(?=(?:and|but|before|after|while|then|as|who|which)\b)|\s+(?:and|but)\s+/giu;

/** Planned-day facts of one sentence. */
export function plannedEventDayFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!PLAN_CUE.test(text)) return [];
  // "his sentencing hearing": an event noun right before another only qualifies it.
  const all = [...text.matchAll(PLANNED_RE)];
  const nouns = all.filter((m, i) => !(all[i + 1] && /^\s+$/u.test(text.slice((m.index ?? 0) + m[0].length, all[i + 1].index))));
  if (nouns.length !== 1 || CHANGED.test(text)) return [];
  const noun = nouns[0];
  const nounAt = noun.index ?? 0;
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, nounAt - 40), nounAt));
  if (!owner) return [];
  const clause = clauseAround(text, nounAt, CLAUSE_BREAK);
  if (!PLAN_CUE.test(text.slice(clause.start, clause.end))) return [];
  const dateline = datelineOf(doc);
  const dates = findDates(text.slice(0, clause.end), doc.published, true).filter(
    (d) => d.start >= clause.start && (!dateline || s.start + d.start >= dateline.end || s.start + d.end <= dateline.start),
  );
  if (dates.length !== 1) return [];
  const day = dates[0];
  if (day.grain !== 'day' || !day.iso || !/^\d{4}-\d\d-\d\d$/u.test(day.iso)) return [];
  // The day follows the event closely: "hearing is scheduled for Thursday", "hearing on Friday".
  const nounEnd = nounAt + noun[0].length;
  if (day.start < nounEnd || day.start - nounEnd > 45) return [];
  const person = personOf(doc, s, dateline, REFERS_BACK_PLAN);
  if (!person) return [];
  const qualifier = (owner[1].toLowerCase().match(/[\p{L}-]+/gu) ?? []).map((w) => QUALIFIERS[w]).find(Boolean);
  const cls = `${qualifier ? `${qualifier} ` : ''}${PLANNED[noun[1].toLowerCase()]}`;
  const span = spanOf(doc, s.start + nounAt, s.start + day.end);
  return [factAt<EventDayFact>(doc, span, {
    kind: 'date',
    subject: `day:${person}|planned ${cls}`,
    attribute: `day:planned ${cls}`,
    value: { kind: 'date', iso: day.iso, grain: 'day' },
    display: span.text,
    detail: { sentence: s.index, eventDay: { key: `${person}|${cls}|planned`, day: day.iso, planned: true } },
  })];
}
