/**
 * The longest prison term a person faces, as quantity facts: "He faces up to 12 years in prison
 * if convicted", "Lacerda could face as much as 20 years in a Brazilian prison", "faces a maximum
 * sentence of 12 years" (maximum prison term Lacerda faces: 12 years). A hedge of "up to" or "as
 * much as" is the maximum itself, so "up to 12 years" and "up to a dozen years" agree, and "up to
 * 12" against "as much as 20" is a contradiction.
 *
 * These are kept apart from terms handed down (prisonTermFacts.ts): a maximum is no sentence. A
 * term per charge or count ("on each count", "on the fraud charge") is a part, and left out; so
 * are negations. "He" or "She" is the one the story is about (see facingPerson).
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { NUMBER_SOURCE, parseNumber } from '../values/numbers';
import { quantityFact, type QuantityFact } from './quantityFacts';
import { sentenceMentions } from './documentIndex';

/** Sentences that can state a maximum term at all: a verb of facing and a word of prison (cheap tests before the patterns). */
const MAY_FACE = /\bfac(?:e|es|ing)\b/iu;
const PRISON_WORD = /\b(?:prison|jail|behind\s+bars|imprisonment|custody)\b/iu;

/**
 * "faces up to 12 years", "could face as much as 20 years", "faces a maximum sentence of 12
 * years", "facing a prison term of up to eight years": the number and its unit.
 */
const FACES = new RegExp(
  String.raw`\b(?:faces?|facing)\s+(?:an?\s+(?:possible\s+)?(?:maximum\s+)?(?:(?:prison|jail)\s+)?(?:sentence|term|penalty)\s+of\s+)?(?:up\s+to|as\s+(?:much|many)\s+as|a\s+maximum\s+of|a\s+possible|no\s+more\s+than)?\s*(` +
    NUMBER_SOURCE +
    String.raw`)\s+(years?|months?)\b`,
  'giu',
);
/** Words right after the term that place it in prison ("in prison", "in a Brazilian prison", "behind bars", "' imprisonment"). */
const IN_PRISON = /^\s*(?:['’]\s*)?(?:in\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:prison|jail)|behind\s+bars|(?:of\s+)?imprisonment|in\s+custody)\b/iu;
/** Words that make the term a part (one charge, each count) or deny it. */
const PART_OR_NOT = /\b(?:each|per|every|count|charge|not|never|no\s+longer)\b|n['’]t\b/iu;
/** A hedge that leaves the maximum unsure ("about 12 years"). */
const ROUGH = /\b(?:about|around|roughly|nearly|almost|some|more\s+than|at\s+least)\s+$/iu;

/** Maximum-term facts of one sentence. */
export function maxSentenceFactsOf(doc: DocumentAnalysis, s: Sentence): QuantityFact[] {
  const text = s.text;
  if (!MAY_FACE.test(text) || !PRISON_WORD.test(text)) return [];
  const out: QuantityFact[] = [];
  for (const m of text.matchAll(FACES)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!IN_PRISON.test(text.slice(end))) continue;
    const numberAt = start + m[0].lastIndexOf(m[1]);
    if (ROUGH.test(text.slice(start, numberAt))) continue;
    // The clause of the term: a charge or a count in it makes it one of several.
    const clauseEnd = text.slice(end).search(/[;,.]|\s[—–]\s/u);
    const clause = text.slice(Math.max(0, text.lastIndexOf(',', start)), clauseEnd < 0 ? text.length : end + clauseEnd);
    if (PART_OR_NOT.test(clause)) continue;
    const amount = parseNumber(m[1]);
    if (!amount || amount.min !== amount.max || amount.min <= 0) continue;
    const years = /^month/iu.test(m[2]) ? amount.min / 12 : amount.min;
    const person = facingPerson(doc, s, start);
    if (!person) continue;
    out.push(
      quantityFact(doc, s, start, end, {
        measure: `maximum prison term|${person.key}`,
        label: `maximum prison term ${person.name} faces`,
        range: { min: years, max: years },
        unit: 'years',
        context: [],
      }),
    );
  }
  return out;
}

/** A subject pronoun right before the verb ("He faces", "She could face"). */
const PRONOUN_SUBJECT = /(?:^|[.;:]\s*|,\s*(?:and|but)\s+)(?:he|she)\s+(?:(?:could|would|might|may|now|still|also)\s+)*$/iu;

/** Whom a term is faced by: a person's id and name, or the one the story is about. */
interface Facing {
  key: string;
  name: string;
}

/**
 * Who faces the term: the nearest person named before the verb in the sentence, or for "He" /
 * "She" the one the story is about. Which person that is is not guessed from how often names
 * occur (a company typed as a person can outnumber the accused): such terms are compared with
 * those of other articles' "He" and "She", and event identity keeps stories apart.
 */
function facingPerson(doc: DocumentAnalysis, s: Sentence, verbAt: number): Facing | undefined {
  const before = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id && m.end - s.start <= verbAt);
  if (before.length > 0) {
    const last = before[before.length - 1];
    // Only the subject of the verb: no other clause in between.
    return /[;]/u.test(s.text.slice(last.end - s.start, verbAt)) ? undefined : { key: last.id!, name: last.text };
  }
  return PRONOUN_SUBJECT.test(s.text.slice(0, verbAt)) ? { key: 'accused', name: 'the accused' } : undefined;
}
