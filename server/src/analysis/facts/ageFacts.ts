/**
 * People's ages as facts, in the few ways news text writes them:
 * - of a named person: "Edvin Brandt, 58, was sentenced", "Brandt, aged 58,", "Brandt (58)",
 *   "the 58-year-old Brandt", "Brandt, a 58-year-old harbour master";
 * - of an unnamed person described by a noun and what happened to them: "police arrested a
 *   37-year-old lorry driver", "a 73-year-old driver was arrested", "the fire killed an
 *   80-year-old woman".
 *
 * Only these patterns are read, never any number after a name: "Brandt, 58 percent of", "Route
 * 58", "Apollo 11" and lists of scores ("Brandt, 3, Moen, 4,") are not ages. A named age needs a
 * person (the entities stage's PERSON type, with a resolved id), and every age is a whole number
 * of years from 1 to 110.
 */
import type { DocumentAnalysis, Mention, Sentence } from '../types';
import { FUNCTION_WORDS } from '../lexicon/commonWords';
import { OCCUPATIONS, ROLE_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { parseNumber } from '../values/numbers';
import { factAt, spanOf, type AgeInfo, type DetailedFact } from './detail';
import { sentenceMentions } from './documentIndex';

/** Ages outside this range are not people's ages (years, counts, route numbers). */
const MIN_AGE = 1;
const MAX_AGE = 110;

/** A number of years as written before "-year-old": digits or number words ("forty-six"). */
const YEARS = String.raw`(?<![\p{L}\d.,-])(\d{1,3}|[a-z]+(?:-[a-z]+)?)`;
/** "58-year-old", "58 year old", "forty-six-year-old". */
const YEAR_OLD = YEARS + String.raw`[-\s]years?[-\s]old`;

/** After a name: ", 58," followed by running text (a lower-case word), not by the next item of a list. */
const COMMA_AGE = /^,\s*(\d{1,3}),(?=\s+\p{Ll})/u;
/** After a name: ", aged 58", but not "aged 34 and 41". */
const AGED = /^,?\s+aged\s+(\d{1,3})\b(?!\s*(?:[-–]|and|or|to)\s*\d)/u;
/** After a name: ", who at just 17 was the youngest", ", who at the age of 58 ...". */
const WHO_AT_AGE = /^,\s+who\s+(?:was\s+)?(?:at|aged)\s+(?:just\s+|only\s+|the\s+age\s+of\s+)?(\d{1,3})\b(?!\s*(?:%|percent|per\s?cent|[-–]|and|or|to)\b)/u;
/** After a name: " (58)" or " (aged 58)". */
const PAREN_AGE = /^\s+\((?:aged\s+)?(\d{1,3})\)/u;
/** After a name: ", a 58-year-old harbour master". */
const APPOSITIVE_AGE = new RegExp(String.raw`^,\s+(?:a|an|the)\s+` + YEAR_OLD + String.raw`\b`, 'iu');
/** Before a name: "the 58-year-old Brandt", "21-year-old forward Jørgen Østby" (up to three title words between). */
const AGE_BEFORE_NAME = new RegExp(YEAR_OLD + String.raw`\s+((?:[\p{L}.’'-]+\s+){0,3})$`, 'iu');
/** A name preceded by "3, " is an item of a list of numbers ("Brandt, 3, Moen, 4"), not a person given an age. */
const LIST_BEFORE = /\d\s*,\s*$/u;

/** "a 37-year-old", "an 80-year-old", "the 58-year-old": one person described by an age. */
const DESCRIBED_AGE = new RegExp(String.raw`\b(?:a|an|the)\s+` + YEAR_OLD + String.raw`\s+`, 'giu');

/**
 * What happened to a described person, folded as facts/countedThings.ts folds counts of people
 * ("detained" is "arrested", "died" is "dead"): things that happen to a person, not a thing.
 */
const PREDICATES: Readonly<Record<string, string>> = {
  arrested: 'arrested', arresting: 'arrested', detained: 'arrested', detaining: 'arrested',
  killed: 'dead', killing: 'dead', died: 'dead',
  injured: 'injured', injuring: 'injured', hurt: 'injured', wounded: 'injured', wounding: 'injured',
  charged: 'charged', charging: 'charged',
};
/** The predicate class as a participle, for explanations. */
export const PREDICATE_WORDS: Readonly<Record<string, string>> = { arrested: 'arrested', dead: 'killed', injured: 'injured', charged: 'charged' };

/** "police arrested a ...", "killing an ...": the predicate right before the described person. */
const PREDICATE_BEFORE = /\b(arrested|arresting|detained|detaining|killed|killing|injured|injuring|hurt|wounded|wounding|charged|charging)\s+$/iu;
/** "... was arrested", "... has been charged", "... who was injured", "... died": right after the described person. */
const PREDICATE_AFTER =
  /^\s*(?:,\s*)?(?:(?:who\s+)?(?:was|is|has|had)\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?(arrested|detained|killed|injured|hurt|wounded|charged)|(died))\b/u;
/** Words before a predicate that say it did not happen, or not yet: "have not arrested", "could be charged". */
const NOT_DONE = /\b(?:not|never|no|could|would|might|may|will|shall|to|if|whether)\s+(?:\p{L}+\s+){0,2}$/u;

/**
 * Nouns for a person, beyond the titles and occupations of lexicon/titles.ts: what news text
 * calls someone it does not name.
 */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'toddler', 'infant', 'teenager', 'teen', 'youth', 'person', 'adult', 'pensioner',
  'retiree', 'motorist', 'pedestrian', 'cyclist', 'motorcyclist', 'biker', 'passenger', 'tourist', 'hiker', 'climber', 'swimmer',
  'patient', 'prisoner', 'inmate', 'hostage', 'migrant', 'refugee', 'protester', 'demonstrator', 'mother', 'father', 'grandmother',
  'grandfather', 'grandson', 'granddaughter', 'husband', 'wife', 'son', 'daughter', 'local', 'villager', 'shopkeeper', 'labourer',
  'laborer', 'employee', 'shepherd', 'herder', 'fisherman', 'gunman', 'attacker', 'assailant', 'robber', 'thief', 'burglar', 'intruder',
  'suspect', 'victim', 'resident', 'neighbour', 'neighbor', 'worker', 'farmer', 'driver', 'officer', 'soldier', 'policeman',
  'policewoman', 'firefighter', 'fireman', 'nurse', 'doctor', 'student', 'pupil', 'teacher', 'volunteer', 'relative', 'friend',
]);

/** Sentences that can state an age at all (a cheap test before the patterns). */
const MAY_STATE_AGE = /[,(]\s*(?:aged\s+)?\d{1,3}\b|\baged\s+\d|year[-\s]old|\bwho\s+(?:was\s+)?(?:at|aged)\s/iu;

/** Age facts of one sentence. */
export function ageFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  if (!MAY_STATE_AGE.test(s.text)) return [];
  const named = namedAges(doc, s);
  const described = describedAges(doc, s).filter((d) => !named.some((n) => n.span.start < d.span.end && d.span.start < n.span.end));
  return [...named, ...described];
}

/** A whole number of years from MIN_AGE to MAX_AGE, or undefined. */
function yearsOf(written: string): number | undefined {
  const r = /^\d+$/u.test(written) ? { min: Number(written), max: Number(written) } : parseNumber(written);
  if (!r || r.min !== r.max || !Number.isInteger(r.min) || r.min < MIN_AGE || r.min > MAX_AGE) return undefined;
  return r.min;
}

/** The people named in a sentence (PERSON mentions with a resolved id). */
function peopleOf(doc: DocumentAnalysis, s: Sentence): Mention[] {
  return sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id && m.start >= s.start && m.end <= s.end);
}

/** Words allowed between "58-year-old" and a name: titles and occupations ("forward", "former harbour master"). */
function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/u, '');
  return ROLE_WORDS.has(w) || OCCUPATIONS.has(w) || TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w);
}

function namedAges(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const people = peopleOf(doc, s);
  if (people.length === 0) return [];
  const out: DetailedFact[] = [];
  // "Markus H., 47," and "Markus H. (49)": the stop of a name's closing initial is read past.
  const endOf = (m: Mention) => m.end + (/(?:^|\s)\p{Lu}$/u.test(m.text) && doc.text[m.end] === '.' ? 1 : 0);
  const afterOf = (m: Mention) => doc.text.slice(endOf(m), Math.min(s.end, m.end + 60));
  // " (23)" after several names of one sentence, one name after another, is a list (goal minutes,
  // shirt numbers: "Silva (23), Costa (67)"), not ages; "X (49) from Vegesack and Y (36)" gives ages.
  const parens = people.map((m) => PAREN_AGE.exec(afterOf(m)));
  const parenthesised = parens.filter(Boolean).length;
  const listed = parenthesised > 1 && people.some((m, k) => parens[k] && /^\s*[,;]\s*\p{Lu}/u.test(afterOf(m).slice(parens[k]![0].length)));
  for (const m of people) {
    const mEnd = endOf(m);
    const after = afterOf(m);
    const before = doc.text.slice(Math.max(s.start, m.start - 80), m.start);
    // "Brandt's lawyer, 44," gives the lawyer's age, not Brandt's.
    if (/^[’']s\b/u.test(after)) continue;
    let found: { years: number; start: number; end: number } | undefined;
    const comma = COMMA_AGE.exec(after) ?? AGED.exec(after) ?? WHO_AT_AGE.exec(after);
    if (comma && !LIST_BEFORE.test(before)) {
      const years = yearsOf(comma[1]);
      if (years !== undefined) found = { years, start: m.start, end: mEnd + comma[0].replace(/,$/u, '').length };
    }
    const paren = !found && !listed ? PAREN_AGE.exec(after) : null;
    if (paren) {
      const years = yearsOf(paren[1]);
      if (years !== undefined) found = { years, start: m.start, end: mEnd + paren[0].length };
    }
    const appositive = !found ? APPOSITIVE_AGE.exec(after) : null;
    if (appositive) {
      const years = yearsOf(appositive[1]);
      if (years !== undefined) found = { years, start: m.start, end: mEnd + appositive[0].length };
    }
    const ageFirst = !found ? AGE_BEFORE_NAME.exec(before) : null;
    if (ageFirst && ageFirst[2].split(/\s+/u).filter(Boolean).every(describesPerson)) {
      const years = yearsOf(ageFirst[1]);
      if (years !== undefined) found = { years, start: m.start - before.length + (ageFirst.index ?? 0), end: m.end };
    }
    if (!found) continue;
    const span = spanOf(doc, found.start, found.end);
    const age: AgeInfo = { years: found.years, person: m.id!, name: m.text };
    out.push(
      factAt(doc, span, {
        kind: 'count',
        subject: `person:${m.id}`,
        attribute: 'age',
        value: { kind: 'number', min: found.years, max: found.years, unit: 'years' },
        display: span.text,
        detail: { sentence: s.index, age },
      }),
    );
  }
  return out;
}

/**
 * The person noun phrase right after "a 37-year-old": its head noun (the last person noun of up
 * to four words: "lorry driver" -> driver), the words before it, and where it ends.
 */
function personPhrase(text: string, from: number): { noun: string; modifiers: string[]; end: number } | undefined {
  const words = [...text.slice(from, from + 60).matchAll(/[\p{L}’'-]+|[^\s\p{L}]/gu)].slice(0, 4);
  let head = -1;
  const run: Array<{ word: string; written: string; end: number }> = [];
  for (const w of words) {
    const word = w[0];
    const lower = word.toLowerCase();
    if (!/^\p{L}/u.test(word) || FUNCTION_WORDS.has(lower) || PREDICATES[lower]) break;
    run.push({ word: lower, written: word, end: from + (w.index ?? 0) + word.length });
    if (/^\p{Lu}/u.test(word)) continue;
    if (PERSON_NOUNS.has(lower) || ROLE_WORDS.has(lower) || OCCUPATIONS.has(lower)) head = run.length - 1;
    else if (head >= 0) break;
  }
  // An agent noun the lexicon lacks ("beekeeper", "welder") ends the phrase as its last word.
  if (head < 0 && run.length > 0 && /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian)$/u.test(run[run.length - 1].written)) head = run.length - 1;
  if (head < 0) return undefined;
  return { noun: run[head].word, modifiers: run.slice(0, head).map((r) => r.word), end: run[head].end };
}

function describedAges(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/year[-\s]old/iu.test(text)) return [];
  const people = peopleOf(doc, s);
  const out: DetailedFact[] = [];
  for (const m of text.matchAll(DESCRIBED_AGE)) {
    const start = m.index ?? 0;
    const years = yearsOf(m[1]);
    if (years === undefined) continue;
    const phrase = personPhrase(text, start + m[0].length);
    if (!phrase) continue;
    // "a 21-year-old forward Jørgen Østby" names the person: the named reader has it.
    if (people.some((p) => p.start - s.start >= phrase.end && /^\s*$/u.test(text.slice(phrase.end, p.start - s.start)))) continue;
    const lead = text.slice(Math.max(0, start - 40), start);
    const before = PREDICATE_BEFORE.exec(lead);
    const after = before ? null : PREDICATE_AFTER.exec(text.slice(phrase.end, phrase.end + 60));
    let from = start;
    let to = phrase.end;
    let verb: string;
    if (before) {
      if (NOT_DONE.test(lead.slice(0, before.index))) continue;
      verb = before[1];
      from = start - lead.length + before.index;
    } else if (after) {
      verb = after[1] ?? after[2];
      to = phrase.end + after[0].length;
    } else continue;
    const predicate = PREDICATES[verb.toLowerCase()];
    if (!predicate) continue;
    const span = spanOf(doc, s.start + from, s.start + to);
    const age: AgeInfo = { years, noun: phrase.noun, modifiers: phrase.modifiers, predicate };
    out.push(
      factAt(doc, span, {
        kind: 'count',
        subject: `age:${phrase.noun}|${predicate}`,
        attribute: 'age',
        value: { kind: 'number', min: years, max: years, unit: 'years' },
        display: span.text,
        detail: { sentence: s.index, age },
      }),
    );
  }
  return out;
}

/** Function words and verbs that end a description before a name ("the 58-year-old told Brandt"). */
const NOT_DESCRIPTION = new Set(['and', 'or', 'with', 'of', 'to', 'from', 'by', 'for', 'said', 'told', 'met', 'saw', 'says', 'tells', 'than', 'as']);

/** A word between an age and a name that describes the person: a title word, or an occupation in lower case ("apprentice electrician"). */
function describesPerson(word: string): boolean {
  return isTitleWord(word) || (/^\p{Ll}[\p{Ll}-]*$/u.test(word) && !NOT_DESCRIPTION.has(word) && !/ed$/u.test(word));
}
