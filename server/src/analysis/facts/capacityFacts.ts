/**
 * How many people a structure, a venue or a vessel was built or allowed to hold, as a quantity
 * fact (the shape of quantityFacts.ts, compared by contradictions/quantityRules.ts): "the stand,
 * which had been built for 1,200", "certified to hold 2,000 spectators", "had a capacity of
 * 1,200", "licensed for 90", "the arena seats 5,000". A capacity is a measure of its own: the
 * crowd that was on a stand ("around 2,000 people were on the stand") is not its capacity.
 *
 * The capacity belongs to the structure it is told of, folded to a class (a stand, a venue, a
 * vessel): a stadium that holds 15,000 and a temporary stand built for 1,200 are two capacities.
 * "which" is the noun right before it; "It" and "the structure" stand for the nearest structure
 * named before, in the sentence or the two before it; a capacity with no structure to tie it to
 * (an unknown noun: "the showground, which can hold 8,000") is left out. So is one that is
 * planned or changed ("would be expanded to hold 20,000"), of another occurrence ("In 2019 ...")
 * or per unit ("each carriage seats 80").
 */
import type { DocumentAnalysis, Sentence } from '../types';
import type { NumberRange } from '../values/numbers';
import { findQuantities, type Quantity } from '../values/quantities';
import type { DetailedFact } from './detail';
import { contextWords, quantityFact } from './quantityFacts';

/** Words before a number that make it a capacity. */
const CAPACITY_BEFORE =
  /\b(?:(?:built|designed|made|meant|intended|certified|rated|licensed|licenced|registered|approved|authori[sz]ed|permitted|cleared|allowed)\s+(?:for|to\s+(?:hold|carry|seat|take|accommodate|bear))|(?:can|could)\s+(?:hold|seat|carry|accommodate)|seats|capacity\s+(?:of|for|is|was|:)|capacity\s+(?:is|was)\s+(?:put\s+at|set\s+at)?)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|just\s+|only\s+)?$/iu;

/** Structures and vessels, folded to a class: two capacities are compared only within one class. */
const STRUCTURE_CLASSES: Record<string, string> = {
  stand: 'stand', grandstand: 'stand', stands: 'stand', terrace: 'stand', bleachers: 'stand', tribune: 'stand', gallery: 'stand', balcony: 'stand',
  stadium: 'venue', arena: 'venue', ground: 'venue', venue: 'venue', hall: 'venue', theatre: 'venue', theater: 'venue', auditorium: 'venue', club: 'venue', nightclub: 'venue',
  boat: 'vessel', ferry: 'vessel', launch: 'vessel', vessel: 'vessel', ship: 'vessel', trawler: 'vessel', dinghy: 'vessel', barge: 'vessel', steamer: 'vessel',
  bus: 'bus', coach: 'bus', minibus: 'bus',
  plane: 'aircraft', aircraft: 'aircraft', jet: 'aircraft', helicopter: 'aircraft',
  lift: 'lift', elevator: 'lift', 'cable car': 'lift', gondola: 'lift',
  bridge: 'bridge', footbridge: 'bridge', platform: 'platform', stage: 'platform', building: 'building', tent: 'tent', marquee: 'tent',
};
/** Words that stand for a structure named before: the capacity is that structure's. */
const STAND_INS = /^(?:it|its|structure|facility)$/iu;
const STRUCTURE_WORD = new RegExp(String.raw`\b(${Object.keys(STRUCTURE_CLASSES).sort((a, b) => b.length - a.length).join('|')})\b`, 'giu');

/** Words that make a capacity planned, changed, of another occurrence or per unit. */
const UNSURE =
  /\b(?:would|could\s+be|will|might|plans?|planned|proposed|expand\w*|extend\w*|increas\w*|reduc\w*|rais\w*|cut|lowered|original(?:ly)?|previous(?:ly)?|former(?:ly)?|once|another|other|similar|each|every|per|average|in\s+(?:1[89]|20)\d\d|not|never|twice|half)\b/iu;

/** Capacity facts of one sentence. */
export function capacityFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\d/u.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'CARDINAL' || q.compound || q.written.min < 2) continue;
    const before = text.slice(Math.max(0, q.start - 60), q.start);
    const cue = CAPACITY_BEFORE.exec(before);
    if (!cue) continue;
    const cueAt = q.start - before.length + cue.index;
    // The words of the capacity's own clause up to the number, and the number's own phrase after it.
    const clauseStart = Math.max(text.lastIndexOf(';', cueAt) + 1, text.lastIndexOf('. ', cueAt) + 1, cueAt - 80, 0);
    const tail = text.slice(q.end, q.end + 40).split(/[,;.]/u)[0];
    if (UNSURE.test(text.slice(clauseStart, q.start)) || UNSURE.test(tail)) continue;
    const structure = structureOf(doc, s, cueAt);
    if (!structure) continue;
    const measure = `capacity of the ${structure}`;
    const range = capacityRange(q);
    out.push(quantityFact(doc, s, cueAt, q.end, { measure, label: measure, range, context: contextWords(text) }));
  }
  return out;
}

/**
 * The class of the structure a capacity at `at` is told of: the nearest structure word before it
 * in the sentence when the subject is one or a stand-in ("It", "which", "the structure") points
 * back to one; else the last structure word of the two sentences before.
 */
function structureOf(doc: DocumentAnalysis, s: Sentence, at: number): string | undefined {
  const lead = s.text.slice(0, at);
  // "the showground, which can hold 8,000": "which" is the noun right before it, known or not.
  const relative = /([\p{L}-]+),?\s+(?:which|that)\s+[^,;]*$/u.exec(lead);
  if (relative) {
    const noun = relative[1].toLowerCase();
    if (STRUCTURE_CLASSES[noun]) return STRUCTURE_CLASSES[noun];
    if (!STAND_INS.test(noun)) return undefined;
  } else {
    const inSentence = lastStructure(lead);
    if (inSentence) return inSentence;
  }
  const words = lead.match(/\p{L}+/gu) ?? [];
  if (!words.some((w) => STAND_INS.test(w))) return undefined;
  const sentences = doc.sentences ?? [];
  const i = sentences.indexOf(s);
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    if (sentences[k].heading) break;
    const found = lastStructure(sentences[k].text);
    if (found) return found;
  }
  return undefined;
}

/** The class of the last structure word in `text`, if any. */
function lastStructure(text: string): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(STRUCTURE_WORD)) last = STRUCTURE_CLASSES[m[1].toLowerCase()];
  return last;
}

/** A capacity is a round figure when written as one ("2,000" is 1,950–2,050); hedges widen it. */
function capacityRange(q: Quantity): NumberRange {
  const { min, max } = q.written;
  const zeros = min >= 100 && Number.isInteger(min) ? /0*$/u.exec(String(min))![0].length : 0;
  const slack = zeros > 0 ? Math.min(0.5 * 10 ** (zeros - 1), min * 0.05) : 0;
  const r = { min: min - slack, max: max + slack };
  switch (q.hedge) {
    case 'approx':
      return { min: r.min * 0.85, max: r.max * 1.15 };
    case 'above':
    case 'atLeast':
    case 'justOver':
      return { min: r.min, max: Infinity };
    case 'below':
    case 'atMost':
      return { min: 0, max: r.max };
    case 'nearly':
      return { min: r.min * 0.85, max: r.max };
    default:
      return r;
  }
}
