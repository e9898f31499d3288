/**
 * Who was with a person, as facts: "accompanied only by his agent" (exclusive: the agent and no
 * one else), "accompanied by his agent and his father", "arrived with his lawyer", "travelled
 * alone" (exclusive: no one). The person is the last named person before the words in the same
 * sentence (a pronoun subject is not resolved: precision first). Companions are kept as the head
 * noun of each conjunct ("agent", "father") or the id of a named person.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { sentenceMentions } from './documentIndex';

/** What a presence fact says. */
export interface PresenceInfo {
  /** Entity id of the person accompanied. */
  person: string;
  /** Companions: head nouns ("agent") or entity ids of named people. */
  companions: string[];
  /** True when the words say no one else was there ("only", "alone", "sole", "just"). */
  exclusive: boolean;
}

/** A fact carrying presence. */
export type PresenceFact = FactWith<'presence', PresenceInfo>;

/** Narrows a fact to a presence fact. */
export const isPresenceFact = factWithGuard<PresenceFact>('presence');

/** "accompanied (only) by", "(arrived|came|travelled|flew...) [at the ground] (only) with", "alone". */
const CUE = /\b(?:accompanied\s+(only\s+|solely\s+|just\s+)?by|(?:arrived|came|travel+ed|went|turned up|showed up|flew|flown|drove|driven|returned|landed|sailed)(?:\s+(?:at|to|in|into|back)(?:\s+[\p{L}’'-]+){0,5}?)?\s+(?:(only|solely|just)\s+)?with|(?:arrived|came|travel+ed|went|turned up|showed up|flew|flown|drove|driven|returned|landed|sailed)\s+(alone|on (?:his|her|their) own))\s+/giu;
/** Conjuncts end at a clause boundary or a preposition that starts another phrase. */
const LIST_END = /[.;:!?()"“”—–]|,\s+(?:who|which|where|while|but|as|after|before|when|was|were|is|are|has|had|will|and\s+(?:was|were|had|then|later))\b|,?\s+and\s+\p{Ll}+ed\b|\s+(?:to|for|at|on|in|into|from|as|when|after|before|while|who|and\s+(?:was|were|had|then|later|left|said))\b/u;
/** Words in a companion phrase that say nothing of who it is. */
const FILLER = new Set(['his', 'her', 'their', 'the', 'a', 'an', 'its', 'own', 'only', 'just', 'also', 'both']);
/** Words that make a list vague: no fact ("several advisers", "other relatives"). */
const VAGUE = /\b(?:several|some|other|others|many|various|members?|team|entourage|group|staff|delegation|family|friends|relatives)\b/iu;

/** Presence facts of one sentence. */
export function presenceFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/accompanied|\bwith\b|alone|on (?:his|her|their) own/iu.test(text)) return [];
  const people = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id);
  if (people.length === 0) return [];
  const out: DetailedFact[] = [];
  for (const m of text.matchAll(CUE)) {
    const at = m.index ?? 0;
    const subject = [...people].reverse().find((p) => p.end - s.start <= at);
    if (!subject) continue;
    // The cue must belong to the subject's clause: no other clause opener in between.
    // ("Lemos, who flew in accompanied only by his agent": a relative clause right after the name is about it.)
    const between = text.slice(subject.end - s.start, at).replace(/^,\s*who\b/u, '');
    if (/[.;]|\b(?:who|which|while|but)\b/u.test(between)) continue;
    const alone = m[3];
    const exclusive = Boolean(alone || m[1] || m[2]);
    let companions: string[] = [];
    let end = at + m[0].trimEnd().length;
    if (!alone) {
      const listStart = at + m[0].length;
      const rest = text.slice(listStart, listStart + 120);
      const stop = rest.search(LIST_END);
      const list = stop < 0 ? rest : rest.slice(0, stop);
      if (VAGUE.test(list)) continue;
      const read = readCompanions(doc, s, listStart, list);
      if (!read) continue;
      companions = read;
      end = listStart + list.trimEnd().length;
    }
    const span = spanOf(doc, s.start + at, s.start + end);
    const info: PresenceInfo = { person: subject.id!, companions, exclusive };
    const fact = factAt<PresenceFact>(doc, span, {
      kind: 'participants',
      subject: `presence:${subject.id}`,
      attribute: 'companions',
      value: { kind: 'set', items: companions },
      display: span.text,
      detail: { sentence: s.index, presence: info },
    });
    out.push(fact);
  }
  return out;
}

/** The companions of a list ("his agent and his father", "Ana Ruiz and her lawyer"), or undefined when a conjunct is unclear. */
function readCompanions(doc: DocumentAnalysis, s: Sentence, listStart: number, list: string): string[] | undefined {
  const out: string[] = [];
  let pos = 0;
  for (const part of list.split(/(,\s*(?:and\s+)?|\s+and\s+)/u)) {
    const partStart = pos;
    pos += part.length;
    if (/^(?:,\s*(?:and\s+)?|\s+and\s+)$/u.test(part)) continue;
    const abs = s.start + listStart + partStart;
    const named = (doc.mentions ?? []).find((m) => m.type === 'PERSON' && m.id && m.start >= abs && m.start < abs + part.length);
    if (named) {
      out.push(named.id!);
      continue;
    }
    const words = part.toLowerCase().match(/[\p{L}’'-]+/gu)?.filter((w) => !FILLER.has(w)) ?? [];
    // A companion is one or two lower-case words ("agent", "younger brother"); anything else is not read.
    if (words.length === 0 || words.length > 2 || /\p{Lu}/u.test(part)) return undefined;
    out.push(words[words.length - 1].replace(/[’']s$/u, ''));
  }
  return out.length > 0 ? [...new Set(out)].sort() : undefined;
}
