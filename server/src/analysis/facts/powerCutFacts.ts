/**
 * How many homes lost power, as quantity facts: "about 6,500 households lost power on Monday
 * night", "power cuts affected about 61,000 households", "tens of thousands of homes were left
 * without electricity", "the blackout left 40,000 customers without power" (households without
 * power: about 61,000). Homes, houses and households are one class; customers (businesses too)
 * are another.
 *
 * Only the loss is read, not a state at some hour: "supply had been restored to all but about
 * 6,500 of them by Tuesday morning" or "12,000 homes were still without power" are running figures
 * and left out. The weekday a sentence names is the fact's period, so that a cut on Monday and
 * one on Friday are never set against each other (quantityRules.ts).
 */
import type { DocumentAnalysis, Sentence } from '../types';
import type { NumberRange } from '../values/numbers';
import { findQuantities } from '../values/quantities';
import { contextWords, quantityFact, type QuantityFact } from './quantityFacts';

/** Sentences that can tell of homes losing power (cheap tests before any number is read). */
const POWER_WORD = /\b(?:power|electricity|blackouts?|outages?|darkness)\b/iu;
const HOME_WORD = /\b(?:households?|homes?|houses|customers|properties)\b/iu;

/** The counted nouns, folded to a class. */
const HOME_CLASSES: Record<string, string> = {
  household: 'household', households: 'household', home: 'household', homes: 'household', houses: 'household',
  customers: 'customer', properties: 'property',
};
const SUPPLY = String.raw`(?:power|electricity|(?:power|electricity)\s+supply|supply|lights)`;
/**
 * The loss told after the noun, a place between them allowed: "lost power", "in Seville and
 * Córdoba provinces were left without electricity", "were plunged into darkness", "were cut off".
 */
const LOSS_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|across|throughout)\s+[^,.;:()]{1,50}?)?\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:left\s+)?without\s+` + SUPPLY + String.raw`|lost\s+` + SUPPLY + String.raw`|plunged\s+into\s+(?:darkness|the\s+dark)|cut\s+off)\b`,
  'iu',
);
/** The loss told before the number: "power cuts affected", "the blackout left", "cut power to", "outages hit". */
const LOSS_BEFORE =
  /\b(?:(?:power\s+cuts?|(?:power\s+)?outages?|blackouts?)\s+(?:affected|hit|left|struck|plunged)|cut\s+(?:off\s+)?(?:power|electricity)\s+to|left)\s+(?:some\s+|a\s+total\s+of\s+)?$/iu;
/** Words of a figure at one moment, a forecast or another group ("still", "all but", "restored", "by Tuesday morning"). */
const RUNNING =
  /\b(?:still|remain(?:ed|s|ing)?|restored|reconnected|all\s+but|so\s+far|as\s+of|by\s+(?:then|now|(?:\w+\s+)?(?:morning|afternoon|evening|night|noon|midday))|at\s+(?:the|its)\s+peak|up\s+from|down\s+from|could|would|might|may|if|each|every|another|other|more|previous|last\s+(?:year|month|week)|in\s+(?:1[89]|20)\d\d|not|no)\b/iu;
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;
/** "tens of thousands of", "hundreds of thousands of": vague amounts the number reader takes for "thousands". */
const TENS_OF = /\b(tens|hundreds)\s+of\s+$/iu;

/** Households-without-power facts of one sentence. */
export function powerCutFactsOf(doc: DocumentAnalysis, s: Sentence): QuantityFact[] {
  const text = s.text;
  if (!POWER_WORD.test(text) || !HOME_WORD.test(text)) return [];
  const out: QuantityFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'CARDINAL' || q.compound) continue;
    // The noun after the number, past "of" for a vague amount ("thousands of homes").
    const noun = /^\s+(?:of\s+)?([\p{L}]+)/u.exec(text.slice(q.end, q.end + 30));
    const cls = noun ? HOME_CLASSES[noun[1].toLowerCase()] : undefined;
    if (!noun || !cls) continue;
    const nounEnd = q.end + noun[0].length;
    const before = text.slice(Math.max(0, q.start - 50), q.start);
    const after = LOSS_AFTER.exec(text.slice(nounEnd));
    const lossBefore = after ? undefined : LOSS_BEFORE.exec(before);
    if (!after && !lossBefore) continue;
    // "left 40,000 homes": only with "without power" after the noun.
    if (lossBefore && /^left$/iu.test(lossBefore[0].trim()) && !/^\s+without\s+(?:power|electricity)\b/iu.test(text.slice(nounEnd))) continue;
    // A vague amount counts only as "tens (hundreds) of thousands": plain "thousands" is said of
    // tens of thousands too.
    let range: NumberRange = q.range;
    let from = q.start;
    if (/^(?:thousands|hundreds|millions|dozens|several|a few)$/iu.test(q.text)) {
      const tens = /^thousands$/iu.test(q.text) ? TENS_OF.exec(text.slice(Math.max(0, q.start - 20), q.start)) : undefined;
      if (!tens) continue;
      range = tens[1].toLowerCase() === 'tens' ? { min: 20_000, max: 99_999 } : { min: 200_000, max: 999_999 };
      from = q.start - tens[0].length;
    }
    if (lossBefore) from = q.start - before.length + (lossBefore.index ?? 0);
    const to = after ? nounEnd + after[0].length : nounEnd;
    // The clause of the figure: a running figure or another group is no count of the loss.
    const clauseStart = Math.max(0, text.lastIndexOf(';', from), text.lastIndexOf(', and ', from), text.lastIndexOf(' but ', from));
    const clauseEndAt = text.slice(to).search(/;|,\s+(?:and|but|while)\s/u);
    const clause = text.slice(clauseStart, clauseEndAt < 0 ? text.length : to + clauseEndAt);
    if (RUNNING.test(clause)) continue;
    const label = `${cls === 'household' ? 'households' : cls === 'customer' ? 'customers' : 'properties'} without power`;
    const day = WEEKDAY.exec(text)?.[1].toLowerCase();
    out.push(quantityFact(doc, s, from, to, { measure: `${cls}|without power`, label, range, context: contextWords(text), ...(day ? { period: day } : {}) }));
  }
  return out;
}
