/**
 * The age of the one unnamed person a story is about, given in an apposition: "The man, a
 * 47-year-old local resident, entered the branch", "The suspect, 47, was taken to hospital",
 * "The gunman, aged 47, ...". "The man" written so is the story's one man (the one the article
 * has spoken of or is about to), so the fact is keyed by the noun and the pseudo-predicate
 * `APPOSITION` ("man|apposition"): two articles of one story that give him two ages cannot both
 * be right (contradictions/ageRules.ts, which already leaves out an article that gives two ages
 * for one key: it speaks of two men).
 *
 * Only a definite "the" + person noun (with at most two words before the noun: "the young man")
 * reads, only when no name follows in the apposition ("The man, a 47-year-old named ..."), and
 * only in an article that tells of one such person (not of "two men" or "the other man").
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { ROLE_WORDS, OCCUPATIONS } from '../lexicon/titles';
import { parseNumber } from '../values/numbers';
import { PERSON_NOUNS } from './ageFacts';
import { factAt, spanOf, type AgeInfo, type DetailedFact } from './detail';

/** The predicate that marks an age given in an apposition to "the <noun>". */
export const APPOSITION = 'apposition';

/**
 * "The man, a 47-year-old ...", "the suspect, 47,", "the gunman, aged 47,". Groups: 1 words before
 * the noun, 2 noun, 3 years of "-year-old", 4 years of a bare or "aged" number.
 */
const THE_NOUN_AGE = new RegExp(
  String.raw`\b[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}+),\s+(?:(?:a|an)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s]years?[-\s]old\b|(?:aged\s+)?(\d{1,3}),(?=\s+\p{Ll}))`,
  'gu',
);
/** Words before the noun that point at one of several ("the other man", "the second suspect"). */
const ONE_OF_SEVERAL = /^(?:other|another|second|third|fourth|first|last|younger|older|elder|eldest|youngest|oldest|two|three|both)$/u;
/** A name right after the age: the person is named, and namedAges in ageFacts.ts reads it. */
const NAME_FOLLOWS = /^[\s\p{Ll}-]{0,30}?\b(?:named|called)\b|^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** Age facts of "the <person noun>, <age>" appositions in one sentence. */
export function appositiveAgeFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/,\s+(?:(?:a|an)\s+\S+[-\s]years?[-\s]old|(?:aged\s+)?\d{1,3},)/iu.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const m of text.matchAll(THE_NOUN_AGE)) {
    const noun = m[2];
    if (!PERSON_NOUNS.has(noun) && !ROLE_WORDS.has(noun) && !OCCUPATIONS.has(noun)) continue;
    if (tellsOfSeveral(doc.text, noun)) continue;
    const years = yearsOf(m[3] ?? m[4]);
    if (years === undefined) continue;
    const end = (m.index ?? 0) + m[0].length - (m[4] ? 1 : 0);
    if (NAME_FOLLOWS.test(text.slice(end, end + 40))) continue;
    const modifiers = m[1].trim() ? m[1].trim().split(/\s+/u) : [];
    if (modifiers.some((w) => ONE_OF_SEVERAL.test(w))) continue;
    const span = spanOf(doc, s.start + (m.index ?? 0), s.start + end);
    const age: AgeInfo = { years, noun, modifiers, predicate: APPOSITION };
    out.push(
      factAt(doc, span, {
        kind: 'count',
        subject: `age:${noun}|${APPOSITION}`,
        attribute: 'age',
        value: { kind: 'number', min: years, max: years, unit: 'years' },
        display: span.text,
        detail: { sentence: s.index, age },
      }),
    );
  }
  return out;
}

/**
 * True when the article tells of more than one person of the noun ("two men", "the other man", "a
 * second suspect"): "the man" is then one of them, and may be another than the other article's.
 */
function tellsOfSeveral(text: string, noun: string): boolean {
  const plural = PLURALS[noun] ?? `${noun}s`;
  return new RegExp(String.raw`\b(?:(?:the\s+)?other|another|a\s+second|second|two|three|four|both|several)\s+(?:\p{L}+\s+)?(?:${noun}|${plural})\b`, 'iu').test(text);
}
const PLURALS: Readonly<Record<string, string>> = { man: 'men', woman: 'women', child: 'children', policeman: 'policemen', gunman: 'gunmen', fisherman: 'fishermen', fireman: 'firemen', person: 'people' };

/** A whole number of years from 1 to 110 ("47", "forty-seven"), or undefined. */
function yearsOf(written: string): number | undefined {
  const r = /^\d+$/u.test(written) ? { min: Number(written), max: Number(written) } : parseNumber(written);
  if (!r || r.min !== r.max || !Number.isInteger(r.min) || r.min < 1 || r.min > 110) return undefined;
  return r.min;
}
