/**
 * People arrested besides the one a story is about, as a quantity fact compared by
 * contradictions/quantityRules.ts: "Four other people were detained" and "Investigators also took
 * five other people into custody" count one group (arrested, detained and taken into custody are
 * one act here). The count of all people arrested ("Five people were arrested") is another
 * measure, read by quantityFacts.ts; the two are never set against each other.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findQuantities } from '../values/quantities';
import type { DetailedFact } from './detail';
import { contextWords, quantityFact } from './quantityFacts';

/** A cheap test on the sentence: "other"/"others" and a verb of arrest. */
const CUES = /\bothers?\b[^.;]*\b(?:arrest|detain|custody)|\b(?:arrest|detain|took|taken|taking)[^.;]*\bothers?\b/iu;

/** "other people", "other suspects", "others" right after the number. */
const OTHER_PEOPLE = /^\s+(?:other\s+(?:people|persons|suspects|individuals|men|women)|others)\b/iu;
/** "were detained", "have also been arrested", "were taken into custody" after the group. */
const PASSIVE_ARREST = /^\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:arrested|detained|taken\s+into\s+custody)\b/iu;
/** "arrested", "detained", "took ... into custody" before the number. */
const ACTIVE_ARREST = /\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|(took|taken|taking))\s+(?:also\s+)?$/iu;
const INTO_CUSTODY = /^\s+into\s+custody\b/iu;
/** Words that make the count a later or uncertain one, or of people sought rather than held. */
const NOT_HELD = /\b(?:later|since|earlier|previous(?:ly)?|would|could|may|might|sought|wanted|searching|not|no|another|so\s+far|still)\b/iu;

/** Facts of people arrested besides the named one, in one sentence. */
export function otherArrestFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!CUES.test(text) || NOT_HELD.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'CARDINAL' || q.hedge) continue;
    const group = OTHER_PEOPLE.exec(text.slice(q.end));
    if (!group) continue;
    const after = q.end + group[0].length;
    const passive = PASSIVE_ARREST.exec(text.slice(after));
    const active = ACTIVE_ARREST.exec(text.slice(Math.max(0, q.start - 30), q.start));
    // "took five other people into custody": "took" counts only with "into custody".
    const activeHolds = active && (!active[1] || INTO_CUSTODY.test(text.slice(after)));
    if (!passive && !activeHolds) continue;
    const custody = INTO_CUSTODY.exec(text.slice(after));
    const start = passive ? q.start : q.start - active![0].length;
    const end = passive ? after + passive[0].length : after + (custody?.[0].length ?? 0);
    out.push(quantityFact(doc, s, start, end, {
      measure: 'other people|arrested',
      label: 'other people arrested',
      range: q.range,
      context: contextWords(text),
    }));
  }
  return out;
}
