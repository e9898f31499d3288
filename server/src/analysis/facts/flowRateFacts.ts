/**
 * The peak rate at which water was let out (from a dam, a reservoir, a spillway), as a quantity
 * fact compared by contradictions/quantityRules.ts: "At its peak, 4,200 cubic metres of water per
 * second was released" and "Water was discharged at up to 2,400 cubic metres per second" are two
 * peak rates of one release. Only the maximum is read ("up to", "at its peak", "as much as",
 * "maximum"): a release of 350 cubic metres a second through one gate, earlier or later, is a
 * rate at some moment, which may differ from the peak without either article being wrong.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { applyHedge } from '../values/hedges';
import { findQuantities, type Quantity } from '../values/quantities';
import type { DetailedFact } from './detail';
import { contextWords, quantityFact } from './quantityFacts';

/** A cheap test on the sentence: a unit of flow must be written for a rate to be read. */
const FLOW_WORDS = /\b(?:cubic|cumecs?|cusecs?)\b|\bm[3³]\b/iu;

/** "cubic metres (of water) per second" or "cubic feet a second" right after a number; "cumecs" and "cusecs" are read as units by quantities.ts. */
const FLOW_UNIT = /^\s*(?:(cubic\s+(?:metres?|meters?)|m[3³])|(cubic\s+feet))\s+(?:of\s+water\s+)?(?:per|a|each)\s+second\b/iu;
/** Cubic metres per second in one cubic foot per second. */
const CUSEC_IN_CUMECS = 1 / 35.3147;

/** Verbs and nouns of water let out: the rate is a release, not a river's natural flow. */
const RELEASE = /\b(?:releas(?:e|es|ed|ing)|discharg(?:e|es|ed|ing)|let\s+out|spill(?:s|ed|ing)?|outflows?|gushed|poured)\b/iu;

/** Words that make the rate the highest of the release. */
const PEAK_BEFORE = /\b(?:at\s+(?:its|the)\s+peak|peak(?:ed|ing)?|maximum|max|as\s+much\s+as|as\s+high\s+as)\b/iu;

/** Words that make the rate another one than the release's peak: planned, usual, earlier. */
const NOT_THIS_PEAK = /\b(?:would|could|might|may|can|capacity|designed|normal(?:ly)?|usual(?:ly)?|average|previous|earlier|last\s+(?:year|month|week)|in\s+(?:1[89]|20)\d\d|not|never)\b/iu;

/** Peak release rate facts of one sentence. */
export function flowRateFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!FLOW_WORDS.test(text) || !RELEASE.test(text) || NOT_THIS_PEAK.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    const flow = flowOf(text, q);
    if (!flow) continue;
    // "up to 2,400", "as much as 2,400": the hedge names the maximum itself.
    const upTo = q.hedge === 'atMost';
    if (!upTo && !PEAK_BEFORE.test(text.slice(0, q.start))) continue;
    const written = applyHedge(q.written, upTo ? undefined : q.hedge, false);
    const range = { min: written.min * flow.factor, max: written.max * flow.factor };
    out.push(quantityFact(doc, s, q.start, flow.end, { measure: 'peak release:m3/s', label: 'peak release of water', range, unit: 'm3/s', context: contextWords(text) }));
  }
  return out;
}

/** The flow unit of `q` with its factor to cubic metres per second and where it ends, or undefined. */
function flowOf(text: string, q: Quantity): { factor: number; end: number } | undefined {
  if (q.unit === 'cumec') return { factor: 1, end: q.end };
  if (q.unit === 'cusec') return { factor: CUSEC_IN_CUMECS, end: q.end };
  if (q.type !== 'CARDINAL' || q.compound) return undefined;
  const m = FLOW_UNIT.exec(text.slice(q.end));
  if (!m) return undefined;
  return { factor: m[2] ? CUSEC_IN_CUMECS : 1, end: q.end + m[0].length };
}
