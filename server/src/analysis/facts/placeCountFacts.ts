/**
 * A total split by country, as one count per country (quantity facts, compared by
 * contradictions/quantityRules.ts): "Of the affected vehicles, 142,000 are in Japan and 98,500 in
 * the United States" gives "vehicles in japan: 142,000" and "vehicles in united-states: 98,500";
 * "about 95,000 are in the US" gives the same measure with the hedge's range, so the two cannot
 * both hold. The country is its canonical key ("US" = "United States").
 *
 * Only the parts of a whole the sentence names are read ("Of the recalled cars, ...", "of those
 * vehicles"), or counts with their own noun in a sentence about a recall ("The recall covers 98,500
 * vehicles in the United States"): a plain "employs 5,000 workers in France" is a different kind of
 * figure, and a count followed by what happened there ("Two people in Canada died") is another
 * measure. Sentences about another period or occurrence ("last year", "in 2019", "a previous
 * recall") are left out, and so are counts of people that say what befell them elsewhere.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findQuantities } from '../values/quantities';
import { countryKey } from './countries';
import { singularNoun } from './countedThings';
import type { DetailedFact } from './detail';
import { contextWords, countRange, quantityFact } from './quantityFacts';

/** The whole the sentence splits: "Of the affected vehicles,", "of the recalled cars are", "Of those vehicles". */
const WHOLE = /\bof\s+(?:the|those|these)\s+(?:(?:affected|recalled|involved|faulty|defective)\s+)?(\p{L}[\p{L}-]*)(?=\s*,|\s+(?:are|were|is|was)\b|\s+\d)/giu;
/** A recall named in the sentence: counts with their own noun then speak of what it covers. */
const RECALL = /\brecall(?:s|ed|ing)?\b|\bcalling\s+back\b|\bcalled\s+back\b/iu;
/** Words of another period or occurrence, or of a rate: such counts are not the story's split. */
const ELSEWHERE =
  /\b(?:last|previous|earlier|prior|another|similar|separate|per|each|every|annually|since|ago|would|could|might|if|expected|estimated)\b|\b(?:in|of|during|for)\s+(?:1[89]|20)\d\d\b/iu;
/** "may" as a modal verb (lower case: "May" is also a month). */
const MODAL_MAY = /\bmay\b/u;
/**
 * After the number: its own noun (optional), a verb of being or of where things were sold, "in",
 * the country, and then the end of the part (a comma, "and", "with the rest", the sentence's end).
 */
const IN_PLACE =
  /^\s*(?:(\p{L}[\p{L}-]*)\s+)?(?:(?:are|were|is|was)\s+)?(?:(?:sold|registered|located|based|on\s+the\s+road|on\s+roads)\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})(?=\s*(?:[,.;)]|$|\band\b|\bwith\b|\bwhile\b))/u;
/** Words after a number that are not its noun. */
const NOT_NOUNS = new Set(['are', 'were', 'is', 'was', 'in', 'sold', 'registered', 'located', 'based', 'on']);
/** Nouns of one kind of thing: a car is a vehicle in every recall story. */
const SAME_THING: Readonly<Record<string, string>> = { car: 'vehicle', automobile: 'vehicle', vehicle: 'vehicle' };

/** Counts of one sentence's whole, per country. */
export function placeCountFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\d/u.test(text) || !/\bin\s/u.test(text) || ELSEWHERE.test(text) || MODAL_MAY.test(text)) return [];
  const wholes = [...text.matchAll(WHOLE)];
  const recall = RECALL.test(text);
  if (wholes.length === 0 && !recall) return [];
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'CARDINAL' || q.compound) continue;
    // "two of the 14", "the other 3,000": a part of a part, or another group.
    if (/\b(?:of|other|another|remaining)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
    const m = IN_PLACE.exec(text.slice(q.end));
    if (!m) continue;
    const own = m[1] && !NOT_NOUNS.has(m[1].toLowerCase()) ? m[1] : undefined;
    // The whole named before the number, else the number's own noun in a sentence about a recall.
    const whole = [...wholes].reverse().find((w) => (w.index ?? 0) < q.start);
    const noun = own ?? whole?.[1];
    if (!noun || (!whole && !recall)) continue;
    // "the U.S." keeps its stops; "the United States." ends the sentence.
    const place = countryKey(m[2]) ? m[2] : m[2].replace(/\.$/u, '');
    const country = countryKey(place);
    if (!country) continue;
    const singular = singularNoun(noun);
    const thing = SAME_THING[singular] ?? singular;
    const measure = `${thing}|located in ${country}`;
    const label = `${thing === 'people' ? thing : `${thing}s`} in ${place}`;
    out.push(quantityFact(doc, s, q.start, q.end + m[0].length - (m[2].length - place.length), { measure, label, range: countRange(q), context: contextWords(text) }));
  }
  return out;
}
