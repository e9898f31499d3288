/**
 * Broken bones of a named person, as facts: "abandoned the race with a broken wrist", "his team
 * said he had broken his collarbone", "he broke a clavicle", "a fractured left ankle". Each part is
 * kept with the regions of the body it may be reported as (a broken wrist is told as a broken arm
 * too; a clavicle is a collarbone), and its side when written.
 *
 * The person is the last person named before the words in the sentence; a sentence that names no
 * one and speaks of "he" or "she" is about the one person the sentence before names. Denied,
 * feared and suspected breaks are not read ("X-rays ruled out a broken wrist").
 */
import type { DocumentAnalysis, Mention, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { sentenceMentions } from './documentIndex';

/** What an injury fact says. */
export interface InjuryInfo {
  /** Entity id of the injured person. */
  person: string;
  /** The name as written, for explanations. */
  name: string;
  /** The part as written, lower case ("collarbone"). */
  part: string;
  /** Regions of the body the part may be reported as ("wrist": arm and hand). */
  regions: string[];
  side?: 'left' | 'right';
}

/** A fact carrying an injury. */
export type InjuryFact = FactWith<'injury', InjuryInfo>;

/** Narrows a fact to an injury fact. */
export const isInjuryFact = factWithGuard<InjuryFact>('injury');

/**
 * Bones and the regions they are reported as. Parts that reporters use for one another share a
 * region (wrist and arm, ankle and leg), so that only parts no account would swap are told apart.
 */
const PARTS: Record<string, string[]> = {
  collarbone: ['clavicle'], clavicle: ['clavicle'], shoulder: ['clavicle', 'shoulder', 'arm'], 'shoulder blade': ['shoulder'], scapula: ['shoulder'],
  arm: ['arm'], forearm: ['arm'], elbow: ['arm'], humerus: ['arm'], radius: ['arm'], ulna: ['arm'],
  wrist: ['arm', 'hand'], scaphoid: ['arm', 'hand'], hand: ['hand', 'arm'], finger: ['hand'], thumb: ['hand'], knuckle: ['hand'],
  rib: ['chest'], ribs: ['chest'], sternum: ['chest'], breastbone: ['chest'],
  pelvis: ['pelvis'], hip: ['pelvis', 'leg'],
  leg: ['leg'], femur: ['leg'], thigh: ['leg'], thighbone: ['leg'], tibia: ['leg'], fibula: ['leg'], shin: ['leg'], shinbone: ['leg'], knee: ['leg'], kneecap: ['leg'], patella: ['leg'],
  ankle: ['leg', 'foot'], foot: ['foot'], heel: ['foot'], toe: ['foot'], metatarsal: ['foot'],
  vertebra: ['spine'], vertebrae: ['spine'], back: ['spine'], spine: ['spine'], neck: ['spine'],
  skull: ['skull'], jaw: ['jaw', 'face'], nose: ['nose', 'face'], cheekbone: ['face'], 'eye socket': ['face'],
};
const PART = Object.keys(PARTS).sort((a, b) => b.length - a.length).join('|');
/** "broke his collarbone", "a broken left wrist", "fractured two ribs", "a wrist fracture", "a fracture of the left ankle". */
const INJURY = new RegExp(
  String.raw`\b(?:(?:broke|broken|fractured|cracked)\s+(?:(?:his|her|their|a|an|the|one|two|three|several)\s+)?(?:(left|right)\s+)?(${PART})|(?:(left|right)\s+)?(${PART})\s+(?:fracture|break)|fractures?\s+(?:of|to|in)\s+(?:his|her|the|a)\s+(?:(left|right)\s+)?(${PART}))\b`,
  'giu',
);
/** Words before an injury that deny it or leave it in doubt. */
const DOUBT = /\b(?:no|not|n[’']t|without|ruled\s+out|feared|fears?|suspected|possible|possibly|may|might|could|suspicion|if|whether|avoided|escaped)\b[^.;]{0,30}$/iu;
/** Words between a person and the injury that hand it to someone else ("Ruiz said his teammate had broken..."). */
const OTHER_PERSON = /[;]|\b(?:while|whereas|but)\b|\b(?:his|her|their)\s+(?:team-?mate|brother|sister|partner|son|daughter|wife|husband|colleague|rival|co-driver|passenger|driver|father|mother|opponent)\b|\b(?:said|says|told|added|confirmed)\b(?!\s+(?:that\s+)?(?:he|she)\b)/iu;

/** Injury facts of one sentence. */
export function injuryFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/broke|fractur|cracked/iu.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const m of text.matchAll(INJURY)) {
    const at = m.index ?? 0;
    if (DOUBT.test(text.slice(Math.max(0, at - 40), at))) continue;
    const person = injuredPerson(doc, s, at);
    if (!person) continue;
    const part = (m[2] ?? m[4] ?? m[6]).toLowerCase();
    const side = (m[1] ?? m[3] ?? m[5])?.toLowerCase() as InjuryInfo['side'];
    const span = spanOf(doc, s.start + at, s.start + at + m[0].length);
    const injury: InjuryInfo = { person: person.id!, name: person.text, part, regions: PARTS[part], side };
    out.push(factAt<InjuryFact>(doc, span, {
      kind: 'injury',
      subject: `injury:${person.id}`,
      attribute: 'broken bone',
      value: { kind: 'text', text: side ? `${side} ${part}` : part },
      display: span.text,
      detail: { sentence: s.index, injury },
    }));
  }
  return out;
}

/** The person an injury at `at` is told of, or undefined when unsure. */
function injuredPerson(doc: DocumentAnalysis, s: Sentence, at: number): Mention | undefined {
  const before = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id && m.end - s.start <= at);
  const last = before[before.length - 1];
  if (last) return OTHER_PERSON.test(s.text.slice(last.end - s.start, at)) ? undefined : last;
  // "His team said he had broken his collarbone": the one person of the sentence before (names
  // after the words are speakers or others in the scene: "he broke his leg, Ana Ruiz said").
  if (!/\b(?:he|she|his|her)\b/iu.test(s.text.slice(0, at))) return undefined;
  const previous = sentenceMentions(doc, s.index - 1).filter((m) => m.type === 'PERSON' && m.id);
  return new Set(previous.map((m) => m.id)).size === 1 ? previous[0] : undefined;
}
