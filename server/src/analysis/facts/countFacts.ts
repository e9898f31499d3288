/**
 * Counts and ages as facts: "the 10-point plan" (a plan's number of points), "an earlier 14-point
 * framework" (the same, for an earlier version), "now trimmed to about 9-10 points", "a war
 * entering its third year" and "the nearly two-year war" (the age of a war, in years).
 * Versions are kept apart: an "original" draft and a "revised" one are two documents.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { applyHedge } from '../values/hedges';
import { ORDINAL_SOURCE, parseOrdinal, type NumberRange } from '../values/numbers';
import { findQuantities, singular, type Quantity } from '../values/quantities';
import { factAt, spanOf, type DetailedFact } from './detail';
import { findEventNouns } from './events';

/** Nouns for documents and proposals that are counted in points, with one class. */
const DOCUMENT_CLASSES: Record<string, string> = {
  plan: 'plan', proposal: 'plan', framework: 'plan', draft: 'plan', deal: 'plan', agreement: 'plan', blueprint: 'plan',
  initiative: 'plan', roadmap: 'plan', accord: 'plan', treaty: 'plan', charter: 'plan', programme: 'plan', program: 'plan',
  package: 'plan', bill: 'plan', list: 'plan', document: 'plan', memorandum: 'plan', declaration: 'plan', manifesto: 'plan',
};
/** Units that count parts of a document, folded to one. */
const PART_UNITS: Record<string, string> = { point: 'point', provision: 'point', clause: 'point', item: 'point', article: 'point', plank: 'point', section: 'point' };
/** Events whose age is told in years. */
const LASTING_EVENTS = new Set(['war', 'occupation', 'siege', 'blockade', 'strike', 'crisis', 'lockdown', 'standoff', 'protest']);

/** Units in which the age of a lasting event is told. */
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

const EARLIER = /\b(?:earlier|original|originally|initial|initially|first|old|older|previous|prior|former|leaked|preliminary)\b/iu;
const LATER = /\b(?:revised|new|newer|updated|latest|current|amended|streamlined|final|trimmed|reduced|shortened|narrowed|slimmed|cut|expanded|now)\b/iu;
const CHANGE_TO = /\b(?:reduced|trimmed|cut|narrowed|shortened|slimmed|pared|whittled|expanded|increased|raised|lowered|brought|down|up)\s+(?:down\s+|back\s+)?to\s+$/iu;
const CHANGE_FROM = /\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?$/iu;

const ORDINAL_YEAR = new RegExp(
  String.raw`\b(entering|enters|entered|enter|in|into|nearing the end of|near the end of|at the end of|the end of|end of|close to the end of|closing out|marking|marks|beginning|the start of|start of|starting|now in)\s+(?:its|their|the)\s+(` +
    ORDINAL_SOURCE +
    String.raw`)\s+(year|month|week|day)\b`,
  'giu',
);

/** Count and age facts of one sentence. */
export function countFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const out: DetailedFact[] = [];
  const events = findEventNouns(text);
  const make = (from: number, to: number, subject: string, attribute: string, range: NumberRange, unit: string, display: string, version?: 'earlier' | 'later') => {
    const span = spanOf(doc, s.start + from, s.start + to);
    out.push(factAt(doc, span, {
      kind: 'count',
      subject,
      attribute,
      value: { kind: 'number', min: range.min, max: range.max, unit },
      display,
      detail: { range, unit, version, sentence: s.index },
    }));
  };

  for (const q of findQuantities(text)) {
    if (q.type === 'MONEY' || q.type === 'PERCENT') continue;
    if (q.compound) {
      const head = headNoun(text, q.unitEnd);
      if (!head) continue;
      if (q.unit && AGE_UNITS.has(q.unit) && head.cls && LASTING_EVENTS.has(head.cls)) {
        make(q.start, head.end, eventSubject(head.cls, head.qualifier), `age:${q.unit}`, q.range, q.unit, text.slice(q.start, head.end));
        continue;
      }
      const docClass = DOCUMENT_CLASSES[head.word.toLowerCase()];
      const part = q.unit ? PART_UNITS[q.unit] : undefined;
      if (docClass && part) {
        make(q.start, head.end, docClass, `count:${part}`, q.written, part, text.slice(q.start, head.end), versionOf(text, q, head.end));
      }
      continue;
    }
    // "reduced to 9-10 points", "from 14 points": a count of a document's parts.
    const part = q.unit ? PART_UNITS[q.unit] : undefined;
    if (part) {
      const before = text.slice(Math.max(0, q.start - 40), q.start);
      const changeTo = CHANGE_TO.test(before);
      const changeFrom = CHANGE_FROM.test(before);
      if (!changeTo && !changeFrom) continue;
      const subject = documentBefore(text, q.start);
      if (!subject) continue;
      const range = applyHedge(q.written, q.hedge, true);
      const spanStart = q.start - before.length + (before.search(changeTo ? CHANGE_TO : CHANGE_FROM) ?? 0);
      make(spanStart, q.end, subject, `count:${part}`, range, part, text.slice(spanStart, q.end), changeTo ? 'later' : 'earlier');
      continue;
    }
    // "nearly two years of war"
    if (q.unit && AGE_UNITS.has(q.unit)) {
      const of = /^\s+of\s+(?:\w+\s+)?(war|conflict|fighting|occupation|siege|strike|crisis)\b/iu.exec(text.slice(q.end, q.end + 40));
      if (of) {
        const cls = /^(?:conflict|fighting)$/iu.test(of[1]) ? 'war' : of[1].toLowerCase();
        make(q.start, q.end + of[0].length, eventSubject(cls, undefined), `age:${q.unit}`, q.range, q.unit, text.slice(q.start, q.end + of[0].length));
      }
    }
  }

  for (const m of text.matchAll(ORDINAL_YEAR)) {
    const start = m.index ?? 0;
    const n = parseOrdinal(m[2]);
    if (!n) continue;
    const event = [...events].reverse().find((e) => e.end <= start && LASTING_EVENTS.has(e.cls) && !e.instance);
    if (!event) continue;
    const cue = m[1].toLowerCase();
    let range: NumberRange;
    if (/^(?:entering|enters|entered|enter|beginning|the start of|start of|starting)$/u.test(cue)) range = { min: n - 1, max: n - 1 + 0.25 };
    else if (/end of|closing out/u.test(cue)) range = { min: n - 0.34, max: n };
    else range = { min: n - 1, max: n };
    let from = start;
    const now = /\bnow\s+$/iu.exec(text.slice(Math.max(0, start - 6), start));
    if (now) from = start - now[0].length;
    make(from, start + m[0].length, eventSubject(event.cls, event.qualifier), `age:${m[3].toLowerCase()}`, range, m[3].toLowerCase(), text.slice(from, start + m[0].length));
  }
  return out;
}

/** "strike" or "strike:calloway" when a place qualifies it. */
function eventSubject(cls: string, qualifier: string | undefined): string {
  return qualifier ? `${cls}:${qualifier}` : cls;
}

/** The noun a compound number describes: the first lower-case word within four words after it. */
function headNoun(text: string, from: number): { word: string; end: number; cls?: string; qualifier?: string } | undefined {
  const rest = text.slice(from, from + 60);
  const words = [...rest.matchAll(/[\p{L}.’'-]+/gu)].slice(0, 4);
  for (const w of words) {
    // A final period ends the sentence; dots inside ("U.S.-Mexico") mark an abbreviation.
    const word = w[0].replace(/(?<=\p{Ll}{2})\.$/u, '');
    const between = rest.slice(0, w.index ?? 0);
    if (/[,;:()—–"“”]/u.test(between)) return undefined;
    if (/^\p{Lu}/u.test(word) || word.includes('.') || /-$/u.test(word)) continue;
    const end = from + (w.index ?? 0) + word.length;
    const event = findEventNouns(text.slice(0, end)).find((e) => e.end === end);
    return { word: singular(word.toLowerCase()), end, cls: event?.cls, qualifier: event?.qualifier };
  }
  return undefined;
}

/** The class of the nearest document noun before `at` in the sentence ("plan"), if any. */
function documentBefore(text: string, at: number): string | undefined {
  const words = [...text.slice(0, at).matchAll(/\p{L}+/gu)].reverse();
  for (const w of words) {
    const cls = DOCUMENT_CLASSES[singular(w[0].toLowerCase())];
    if (cls) return cls;
  }
  return undefined;
}

/** "earlier" or "later" from the words around a compound count ("an earlier 14-point framework"). */
function versionOf(text: string, q: Quantity, headEnd: number): 'earlier' | 'later' | undefined {
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  if (CHANGE_FROM.test(before)) return 'earlier';
  if (CHANGE_TO.test(before)) return 'later';
  // The noun phrase: up to three words before the number (within the clause) and the words up to the noun.
  const lead = (before.split(/[,;:()—–]/u).pop() ?? '').split(/\s+/u).filter(Boolean).slice(-3).join(' ');
  const phrase = `${lead} ${text.slice(q.start, headEnd)}`;
  if (EARLIER.test(phrase)) return 'earlier';
  if (LATER.test(phrase)) return 'later';
  return undefined;
}
