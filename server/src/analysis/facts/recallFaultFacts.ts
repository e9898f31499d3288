/**
 * The faulty part a recall is for, as facts: "will recall 50,000 cars because their rear brake
 * hoses can crack", "is recalling vans because of a problem in the front seat-belt anchors",
 * "calling back trucks after it emerged that a fuel line at the back can chafe". A part is read as
 * its system ("brake", "fuel", "seat-belt"), its kind ("hose", "caliper", "anchor") and where it
 * sits ("front", "rear"; "at the back" is "rear"), so that paraphrases agree and a recall told of
 * the front brake calipers in one article and of the rear brake hoses in another does not
 * (recallFaultRules.ts).
 *
 * Only the cause of a recall is read: the words after "because (of)", "due to", "over", "for" or
 * "after it emerged that" in a sentence that tells of a recall, up to the end of their clause, and
 * only parts of a small general lexicon. Headlines (which shorten) and sentences about another
 * recall ("previous", "last year", "in 2019") are left out.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What a recall-fault fact says. */
export interface RecallFaultInfo {
  /** The system the part belongs to ("brake", "fuel"), or "" when none is written. */
  system: string;
  /** The kind of part, singular ("hose", "caliper"). */
  part: string;
  /** Where the part sits, when written. */
  position?: 'front' | 'rear';
}

/** A fact carrying the faulty part of a recall. */
export type RecallFaultFact = FactWith<'fault', RecallFaultInfo>;

/** Narrows a fact to a recall-fault fact. */
export const isRecallFaultFact = factWithGuard<RecallFaultFact>('fault');

/** A sentence that tells of a recall. */
const RECALL = /\brecall(?:s|ed|ing)?\b|\bcall(?:s|ed|ing)?\s+back\b/iu;
/** Words of another recall or another time. */
const ELSEWHERE = /\b(?:previous|previously|earlier|prior|last|another|separate|similar|ago|would|could|might|if)\b|\b(?:in|of|during)\s+(?:19|20)\d\d\b/iu;
/** Words that introduce a recall's cause. */
const CAUSE = /\b(?:because(?:\s+of)?|due\s+to|owing\s+to|over|for|after\s+it\s+(?:emerged|was\s+found)\s+that)\s+/giu;
/** Systems of a vehicle or machine a part belongs to. */
const SYSTEMS = ['brake', 'fuel', 'steering', 'seat-belt', 'seat belt', 'seatbelt', 'airbag', 'air bag', 'oil', 'coolant', 'exhaust', 'suspension', 'transmission', 'battery', 'engine', 'door', 'wheel', 'seat', 'power-steering', 'power steering'];
/** Kinds of part, singular; plurals add "s" (or the listed form). */
const PARTS = [
  'hose', 'caliper', 'pad', 'disc', 'disk', 'line', 'pipe', 'pump', 'inflator', 'latch', 'lock', 'sensor', 'valve', 'axle', 'bolt', 'nut', 'weld',
  'spring', 'joint', 'bearing', 'cable', 'anchor', 'buckle', 'pretensioner', 'module', 'tank', 'filter', 'rod', 'shaft', 'harness', 'wiring',
  'connector', 'fuse', 'relay', 'switch', 'pedal', 'rack', 'booster', 'master cylinder', 'cylinder', 'mount', 'hinge', 'belt', 'cell', 'software',
];
const ALT = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-\s]/gu, '[\\s-]')).join('|');
/** "(front|rear)? (system)? part(s)", then "at the back", "in the rear" when written after the part. */
const PART_PHRASE = new RegExp(
  String.raw`\b(?:(front|rear)\s+)?(?:(${ALT(SYSTEMS)})[\s-]+)?(${ALT(PARTS)})(?:e?s)?\b(?:\s+(?:at|in|on)\s+the\s+(back|rear|front))?`,
  'iu',
);
/** Where a clause of a cause ends. */
const CLAUSE_END = /[,;:.]\s|[—–]|\bwhile\b|\bwhich\b|\bthe\s+(?:company|ministry|regulator)\b/iu;

/** The recall-fault facts of one sentence. */
export function recallFaultFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (s.heading || !RECALL.test(text) || ELSEWHERE.test(text)) return [];
  for (const cause of text.matchAll(CAUSE)) {
    const from = (cause.index ?? 0) + cause[0].length;
    const rest = text.slice(from, from + 120);
    const stop = rest.search(CLAUSE_END);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    const m = PART_PHRASE.exec(clause);
    if (!m) continue;
    const where = (m[1] ?? m[4])?.toLowerCase();
    const position = where === 'front' ? 'front' : where === 'rear' || where === 'back' ? 'rear' : undefined;
    const system = (m[2] ?? '').toLowerCase().replace(/[\s-]+/gu, '-').replace(/^seatbelt$/u, 'seat-belt').replace(/^air-bag$/u, 'airbag');
    const part = m[3].toLowerCase().replace(/\s+/gu, ' ');
    const start = from + (m.index ?? 0);
    const span = spanOf(doc, s.start + start, s.start + start + m[0].length);
    const written = [position, system, part].filter(Boolean).join(' ');
    return [
      factAt<RecallFaultFact>(doc, span, {
        kind: 'substance',
        subject: 'recall-fault',
        attribute: 'faulty part',
        value: { kind: 'text', text: written },
        display: span.text,
        detail: { sentence: s.index, fault: { system, part, ...(position ? { position } : {}) } },
      }),
    ];
  }
  return [];
}
