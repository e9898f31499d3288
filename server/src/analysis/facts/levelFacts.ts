/**
 * Levels on a warning scale, as quantity facts (compared by contradictions/quantityRules.ts):
 * "raised the alert level to Level IV", "alert status to Level III (Siaga)", "a level 4 travel
 * warning", "a Category 4 hurricane". A level is exact: Level III and Level IV cannot both be
 * the level one body set for one event. The level a scale was raised *from* is the one before
 * and is not read.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import type { DetailedFact } from './detail';
import { contextWords, quantityFact } from './quantityFacts';

/** Scales of warning, by the word that names them before "level", "status" or "category". */
const SCALE_NOUNS = /\b(alert|warning|threat|danger|terror(?:ism)?|risk|emergency|evacuation|volcano|storm|hurricane|cyclone|typhoon|heat|flood|fire|avalanche|tsunami)\b/iu;
/** "Level IV", "level 4", "Category 4", with the word before it ("to", "at", "from"). */
const LEVEL = /\b(to|at|from|of|a|an|the)?\s*(?:level|category|stage|phase)\s+(IV|V|I{1,3}|[1-9])\b(?!\s*[-–]\s*(?:IV|V|I{1,3}|[1-9])\b)/giu;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
/** Words that make a level a plan, a possibility or a past state rather than the one set now. */
const NOT_SET = /\b(?:could|might|may|would|will|if|unless|previous(?:ly)?|earlier|last\s+(?:year|time)|in\s+\d{4}|before|highest\s+ever|scale\s+of)\b/iu;

/** Warning-level facts of one sentence. */
export function levelFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const scale = SCALE_NOUNS.exec(text);
  if (!scale || !/\b(?:level|category|stage|phase)\s+(?:IV|V|I{1,3}|[1-9])\b/iu.test(text)) return [];
  // One story has one scale of warning: a storm's category, a threat level, or an alert level
  // (of a volcano, a flood, a heatwave: "alert", "warning" and "danger" name one scale).
  const noun = /\b(?:threat|terror(?:ism)?)\b/iu.test(text) ? 'threat' : /\bcategory\b/iu.test(text) && /\b(?:storm|hurricane|cyclone|typhoon)\b/iu.test(text) ? 'storm category' : 'alert';
  const out: DetailedFact[] = [];
  for (const m of text.matchAll(LEVEL)) {
    if (m[1]?.toLowerCase() === 'from') continue;
    const at = m.index ?? 0;
    // The clause of the level: from the sentence start or last comma/semicolon before it.
    const clauseStart = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(',', at), 0);
    if (NOT_SET.test(text.slice(clauseStart, at + m[0].length + 30))) continue;
    const written = m[2].toLowerCase();
    const value = ROMAN[written] ?? Number(written);
    const start = at + (m[0].length - m[0].trimStart().length) + (m[1] ? m[1].length + 1 : 0);
    const end = at + m[0].length;
    const measure = noun === 'storm category' ? noun : `${noun} level`;
    out.push(quantityFact(doc, s, start, end, { measure, label: measure, range: { min: value, max: value }, context: contextWords(text) }));
  }
  return out;
}
