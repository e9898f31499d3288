/**
 * Passengers whose travel a disruption upset, as a quantity fact compared by
 * contradictions/quantityRules.ts: "disrupting travel for about 38,000 passengers", "Around 38,000
 * passengers were affected", "Some 83,000 passengers saw their plans wrecked" all count the people
 * hit by one outage, strike or storm. Passengers stranded, rebooked or carried are other counts
 * (a part of those affected, or not affected at all) and are not read here.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findQuantities } from '../values/quantities';
import type { DetailedFact } from './detail';
import { contextWords, quantityFact } from './quantityFacts';

/** A cheap test on the sentence: passengers or travellers, and a word of disruption. */
const CUES = /\b(?:passengers?|travell?ers?)\b/iu;
const DISRUPTION = /\b(?:affect|disrupt|wreck|upend|ruin)/iu;

/** Counted nouns that are the people travelling. */
const TRAVELLERS = new Set(['passenger', 'traveller', 'traveler']);
/** "disrupting travel for", "affecting" right before the number (its hedge included). */
const BEFORE = /\b(?:disrupt(?:ing|ed|s)?\s+(?:the\s+)?(?:travel|journeys|plans|trips)\s+(?:of|for)|affect(?:ing|ed|s)?)\s+$/iu;
/** "passengers were affected", "passengers saw their plans wrecked" right after the number. */
const AFTER =
  /^\s+(?:passengers|travell?ers)\s+(?:(?:were|have\s+been|had\s+been)\s+(?:affected|disrupted)|(?:saw|had)\s+(?:their\s+)?(?:plans|journeys|travel|trips)\s+(?:wrecked|disrupted|upended|ruined))\b/iu;
/** Words that make the count a forecast, a rate, a part or another disruption's. */
const NOT_THIS_COUNT = /\b(?:would|could|may|might|expected|forecasts?|so\s+far|still|another|previous|similar|last\s+(?:year|month|week)|in\s+(?:1[89]|20)\d\d|(?:each|every|a|per)\s+(?:day|week|month|year|hour)|daily|stranded)\b/iu;

/** Facts of passengers affected by a disruption, in one sentence. */
export function passengerImpactFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!CUES.test(text) || !DISRUPTION.test(text) || NOT_THIS_COUNT.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'CARDINAL' || !q.unit || !TRAVELLERS.has(q.unit) || q.compound) continue;
    const after = AFTER.exec(text.slice(q.end));
    const before = BEFORE.exec(text.slice(Math.max(0, q.start - 50), q.start));
    if (!after && !before) continue;
    const start = before && !after ? q.start - before[0].length : q.start;
    const end = after ? q.end + after[0].length : q.end + (/^\s+\p{L}+/u.exec(text.slice(q.end))?.[0].length ?? 0);
    out.push(quantityFact(doc, s, start, end, { measure: 'passenger|affected', label: 'passengers affected', range: q.range, context: contextWords(text) }));
  }
  return out;
}
