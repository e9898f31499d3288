/**
 * How long someone was held captive or in detention, as a quantity fact in days (the shape of
 * quantityFacts.ts, compared by contradictions/quantityRules.ts): "They were held for 58 days",
 * "freed after 112 days in captivity", "after about seven weeks in the hands of kidnappers",
 * "spent three months as a hostage". Weeks, months and years are turned into days with the
 * rounding their unit implies ("seven weeks" is 45.5–52.5 days), so "about seven weeks" and
 * "48 days" agree while "58 days" and "48 days" do not.
 *
 * "held" is read only in an article about captivity (a kidnapping, hostages, a detention) and
 * never with an event as its subject ("talks were held for two days"). A duration told of one
 * named person is that person's, kept apart from the group's; a duration that is still running
 * ("have now been held for 100 days"), of another occurrence ("In 2022 ... held for 11 months")
 * or of a prison sentence ("jailed for five years") is left out.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { applyHedge } from '../values/hedges';
import type { NumberRange } from '../values/numbers';
import { findQuantities, type Quantity } from '../values/quantities';
import type { DetailedFact } from './detail';
import { findEventNouns } from './events';
import { contextWords, quantityFact } from './quantityFacts';
import { sentenceMentions } from './documentIndex';

/** Days in one unit of a duration, and the written rounding of that unit (half a unit either way, one day for days). */
const DAYS_PER_UNIT: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 };

/** An article about captivity: someone kidnapped, taken hostage or detained. */
const CAPTIVITY_STORY = /\b(?:kidnap\w*|abduct\w*|hostages?|captiv\w*|captors?|held\s+captive|detain\w*|detention)\b/iu;

/** "were held for", "was held hostage for", "had been kept captive for", "detained for": the verb before a duration. */
const HELD_FOR = /\b(?:was|were|been|being|is|are)\s+(?:held|kept|detained)(?:\s+(?:hostage|captive|in\s+captivity|prisoner))?\s+for\s+$/iu;
/** "spent 48 days in captivity", "freed after 112 days", "after seven weeks": the words before a duration that need captivity after it. */
const SPENT_OR_AFTER = /\b(?:spent|spending|spend|after|following)\s+$/iu;
/** Released people: "freed after 48 days" needs no captivity words after the number. */
const RELEASED_AFTER = /\b(?:freed|released|set\s+free|liberated|rescued)\s+after\s+$/iu;
/** Captivity words right after the duration: "in captivity", "in the hands of kidnappers", "as a hostage". */
const CAPTIVITY_AFTER = /^\s+(?:in\s+captivity|in\s+detention|in\s+the\s+hands\s+of\s+(?:their\s+|the\s+|his\s+|her\s+)?(?:kidnappers|captors|abductors|gunmen|militants|rebels|jihadists)|as\s+(?:a\s+)?(?:hostages?|captives?|prisoners?)|held\s+(?:hostage|captive))\b/iu;

/**
 * Words that make a duration a running figure, a plan, another occurrence or a sentence:
 * "now", "still", "so far", "could", "in 2022", "a different charity", "jailed".
 */
const UNSURE =
  /\b(?:now|still|so\s+far|as\s+of|yet|could|would|might|faces?|facing|up\s+to|sentenced|jailed|imprisoned|prison\s+term|previous(?:ly)?|earlier|former(?:ly)?|another|other|different|separate|similar|last\s+(?:year|month)|in\s+(?:1[89]|20)\d\d|each|every|average|if|not|never)\b/iu;

/** Whether each document tells of a kidnapping or a detention: read once a document, not once a sentence. */
const captivityStories = new WeakMap<DocumentAnalysis, boolean>();

function isCaptivityStory(doc: DocumentAnalysis): boolean {
  let is = captivityStories.get(doc);
  if (is === undefined) {
    is = CAPTIVITY_STORY.test(doc.text ?? '');
    captivityStories.set(doc, is);
  }
  return is;
}

/** Captivity durations of one sentence. */
export function captivityFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\b(?:days?|weeks?|months?|years?|hours?)\b/iu.test(text)) return [];
  if (!isCaptivityStory(doc)) return [];
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'QUANTITY' || q.compound || !q.unit || DAYS_PER_UNIT[q.unit] === undefined) continue;
    const cue = cueOf(text, q);
    if (!cue) continue;
    const clause = clauseOf(text, q.start);
    const clauseText = text.slice(clause.start, clause.end);
    // "may" in lower case only: "May" is also a month ("seized in May").
    if (UNSURE.test(clauseText) || /\bmay\b/u.test(clauseText)) continue;
    // "The talks were held for two days": an event, not a captive, is the subject.
    if (/held|kept/iu.test(text.slice(cue, q.start)) && findEventNouns(text.slice(clause.start, cue)).some((e) => !e.instance)) continue;
    const person = personBefore(doc, s, clause.start, cue);
    const measure = `time held${person ? ` by ${person.key}` : ''}:days`;
    const label = `time ${person ? `${person.name} was` : 'they were'} held`;
    const range = daysOf(q);
    out.push(quantityFact(doc, s, cue, captivityEnd(text, q), { measure, label, range, unit: 'days', context: contextWords(text) }));
  }
  return out;
}

/** Where the words that make `q` a time in captivity begin, or undefined when they are not there. */
function cueOf(text: string, q: Quantity): number | undefined {
  const beforeStart = Math.max(0, q.start - 60);
  // The hedge is part of the quantity; the cue sits before it.
  const before = text.slice(beforeStart, q.start);
  const held = HELD_FOR.exec(before);
  if (held) return beforeStart + held.index;
  const released = RELEASED_AFTER.exec(before);
  if (released) return beforeStart + released.index;
  const spent = SPENT_OR_AFTER.exec(before);
  if (spent && CAPTIVITY_AFTER.test(text.slice(q.end, q.end + 60))) return beforeStart + spent.index;
  // "58 days in captivity" with no verb before it ("Their 58 days in captivity ended on Friday").
  return undefined;
}

/** The end of the words that tell the captivity: the number, or the captivity words after it. */
function captivityEnd(text: string, q: Quantity): number {
  const after = CAPTIVITY_AFTER.exec(text.slice(q.end, q.end + 60));
  return after ? q.end + after[0].length : q.end;
}

/**
 * The duration in days: half a unit of rounding either way ("seven weeks" is 6.5–7.5 weeks), a
 * day either way for days (a first or last day counted or not); "about" widens that to 15% of
 * the figure when more ("about seven weeks" is 41.65–56.35 days), other hedges as usual.
 */
function daysOf(q: Quantity): NumberRange {
  const per = DAYS_PER_UNIT[q.unit!];
  const slack = q.unit === 'day' ? 1 : 0.5;
  const { min, max } = q.written;
  let r: NumberRange;
  if (q.hedge === 'approx') r = { min: min - Math.max(slack, 0.15 * min), max: max + Math.max(slack, 0.15 * max) };
  else if (q.hedge === 'nearly') r = { min: min - Math.max(slack, 0.15 * min), max };
  else if (q.hedge) r = applyHedge(q.written, q.hedge, true);
  else r = { min: min - slack, max: max + slack };
  return { min: Math.max(0, r.min * per), max: r.max * per };
}

/** A person named in the clause before the cue ("Rochat was held for ..."): the duration is theirs. */
function personBefore(doc: DocumentAnalysis, s: Sentence, from: number, to: number): { key: string; name: string } | undefined {
  const found = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.start >= s.start + from && m.end <= s.start + to);
  const last = found[found.length - 1];
  if (!last) return undefined;
  const name = last.text.trim();
  const surname = name.split(/\s+/u).pop()!.replace(/['’]s$/u, '');
  return { key: surname.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), name };
}

/** The clause around `at`: from the last semicolon or sentence stop before it to the next one after it. */
function clauseOf(text: string, at: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('. ', at)) + 1;
  const rest = text.slice(at).search(/;|\.\s/u);
  return { start, end: rest < 0 ? text.length : at + rest };
}
