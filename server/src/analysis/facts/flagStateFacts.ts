/**
 * The flag state of a vessel, as facts: "a Liberia-flagged container ship", "the Liberian-flagged
 * vessel", "a Panama-registered tanker", "the ship is registered in Panama", "a freighter flying
 * the flag of Malta". A ship is registered in one country at a time; two articles about one
 * accident that give its ship two flags cannot both be right (flagStateRules.ts).
 *
 * Only a country the place lexicon knows is read (countries.ts), and only next to a word for a
 * vessel ("ship", "tanker", "ferry"...): "a Delaware-registered company" is no ship. The kind of
 * vessel is kept ("tanker", or "" for the generic "ship", "vessel", "boat"), so that a tanker's
 * flag is never set against a ferry's.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { countryKey } from './countries';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What a flag-state fact says. */
export interface FlagStateInfo {
  /** Country key of the flag ("liberia"). */
  country: string;
  /** The country as written ("Liberian", "Panama"). */
  written: string;
  /** Kind of vessel ("tanker", "container ship"); "" for a generic word ("ship", "vessel"). */
  vessel: string;
  /** True when the article tells of more than one vessel ("collided with", "two ships"): its flags may be of either. */
  severalVessels: boolean;
}

/** A fact carrying a vessel's flag state. */
export type FlagStateFact = FactWith<'flagState', FlagStateInfo>;

/** Narrows a fact to a flag-state fact. */
export const isFlagStateFact = factWithGuard<FlagStateFact>('flagState');

/** Cue words: a sentence without them gives no flag. */
const CUE = /flag|registered/iu;

/** Words for vessels: generic ones first, kinds after (one or two words). */
const GENERIC_VESSELS = new Set(['ship', 'vessel', 'boat', 'craft']);
const VESSEL =
  String.raw`(?:(container|cargo|cruise|passenger|fishing|research|supply|car|bulk|naval|merchant|tanker)\s+)?(ship|vessel|boat|tanker|freighter|carrier|ferry|trawler|yacht|barge|tug|tugboat|dredger|liner|bulker|schooner|dhow|steamer)s?\b`;
/** A country name: one to three capitalised words. */
const COUNTRY = String.raw`(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})`;

/** "Liberia-flagged container ship", "Panamanian-registered tanker", "Maltese-flag ferry". */
const FLAGGED_BEFORE = new RegExp(String.raw`${COUNTRY}[-\s](?:flagged|flag|registered)\s+(?:[\p{L}-]+\s+){0,2}?${VESSEL}`, 'gu');
/**
 * "the ship is registered in Panama", "a tanker registered in Malta", "the vessel, which flies the
 * flag of Malta", "a ferry sailing under the Panamanian flag": the vessel word, at most "which" or
 * a form of "be" between it and its verb (a gap with other words may hold another noun: "the ship,
 * owned by a firm registered in Delaware").
 */
const LINK = String.raw`(?:,?\s+(?:which|that))?(?:\s+(?:is|was|are|were|has\s+been|had\s+been))?(?:\s+(?:also|still|now))?\s+`;
const FLAG_AFTER = new RegExp(
  String.raw`\b${VESSEL}${LINK}(?:registered|flagged)\s+in\s+${COUNTRY}|\b${VESSEL}${LINK}(?:fl(?:ies|ying|ew|y)|sail(?:s|ed|ing)?\s+under)\s+(?:the|a|an)\s+(?:flag\s+of\s+${COUNTRY}|${COUNTRY}\s+flag)`,
  'gu',
);

/**
 * "the Maltese-flagged Sea Heron, a bulk carrier": a flag word before a ship's name. "-flagged" is
 * said of vessels (and aircraft), so the name may stand alone; "-registered" is said of companies
 * too, so it needs an apposition that names a vessel. The apposition, when there is one, gives the
 * kind of vessel ("a Greek-operated tanker" -> "tanker": the operator's country is no flag).
 */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|[IVX]+|\d+)){0,3})`;
const FLAGGED_NAME = new RegExp(
  String.raw`${COUNTRY}[-\s](flagged|registered)\s+${NAME}(?:,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?${VESSEL})?`,
  'gu',
);
/** "The tanker Sea Heron with the flag of Liberia", "a ferry under the Maltese flag": the vessel word, perhaps its name, then the flag. */
const WITH_FLAG = new RegExp(
  String.raw`\b${VESSEL}(?:\s+${NAME})?,?\s+(?:with|under|carrying|bearing)\s+(?:the\s+|a\s+)?(?:flag\s+of\s+${COUNTRY}|${COUNTRY}\s+flag)`,
  'gu',
);

/** Flag-state facts of one sentence. */
export function flagStateFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!CUE.test(text)) return [];
  const out: Array<FlagStateFact | undefined> = [];
  for (const m of text.matchAll(FLAGGED_BEFORE)) {
    const written = lastCountry(m[1]);
    if (!written) continue;
    const at = (m.index ?? 0) + m[1].length - written.length;
    out.push(flagFact(doc, s, at, (m.index ?? 0) + m[0].length, written, vesselOf(m[2], m[3])));
  }
  for (const m of text.matchAll(FLAG_AFTER)) {
    // Groups: 1-2 vessel and 3 country of "registered in"; 4-5 vessel and 6-7 country of "the flag".
    const vessel = m[2] ? vesselOf(m[1], m[2]) : vesselOf(m[4], m[5]);
    const written = firstCountry(m[3] ?? m[6] ?? m[7] ?? '');
    if (!written) continue;
    const captured = m[3] ?? m[6] ?? m[7];
    const end = written === captured ? (m.index ?? 0) + m[0].length : text.indexOf(written, m.index ?? 0) + written.length;
    out.push(flagFact(doc, s, m.index ?? 0, end, written, vessel));
  }
  for (const m of text.matchAll(FLAGGED_NAME)) {
    // Groups: 1 country, 2 "flagged"/"registered", 3 name, 4-5 vessel of the apposition.
    if (m[2] === 'registered' && !m[5]) continue;
    if (GENERIC_VESSELS.has(m[3].split(/\s+/u)[0].toLowerCase())) continue;
    const written = lastCountry(m[1]);
    if (!written || !startsWithName(m[3])) continue;
    const at = (m.index ?? 0) + m[1].length - written.length;
    const end = (m.index ?? 0) + m[0].indexOf(m[3], m[1].length) + m[3].length;
    out.push(flagFact(doc, s, at, end, written, m[5] ? vesselOf(m[4], m[5]) : ''));
  }
  for (const m of text.matchAll(WITH_FLAG)) {
    // Groups: 1-2 vessel, 3 name, 4 country of "the flag of", 5 of "the X flag".
    const written = firstCountry(m[4] ?? m[5] ?? '');
    if (!written) continue;
    const captured = m[4] ?? m[5];
    const end = written === captured ? (m.index ?? 0) + m[0].length : text.indexOf(written, m.index ?? 0) + written.length;
    out.push(flagFact(doc, s, m.index ?? 0, end, written, vesselOf(m[1], m[2])));
  }
  return dropRepeats(out.filter((f): f is FlagStateFact => f !== undefined));
}

/** Words that open a sentence or a clause and are no ship's name ("The", "On"). */
function startsWithName(name: string): boolean {
  return !/^(?:The|A|An|On|In|At|Its|Their|This|That)$/u.test(name.split(/\s+/u)[0]);
}

/** One flag fact per country and place: two patterns may read one phrase. */
function dropRepeats(facts: FlagStateFact[]): FlagStateFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.detail.flagState.country}|${f.span.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The country that ends a run of capitalised words ("A Liberia" -> "Liberia", "Marshall Islands"). */
function lastCountry(words: string): string | undefined {
  const parts = words.split(/\s+/u);
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join(' ');
    if (countryKey(name)) return name;
  }
  return undefined;
}

/** The country that opens a run of capitalised words ("Panama. It" -> "Panama", "Marshall Islands"). */
function firstCountry(words: string): string | undefined {
  const parts = words.split(/\s+/u);
  for (let i = parts.length; i > 0; i--) {
    const name = parts.slice(0, i).join(' ').replace(/\.$/u, '');
    if (name && countryKey(name)) return name;
  }
  return undefined;
}

function vesselOf(kind: string | undefined, noun: string): string {
  const n = noun.toLowerCase();
  if (kind) return `${kind.toLowerCase()} ${n}`.replace(/ (?:ship|vessel)$/u, '');
  return GENERIC_VESSELS.has(n) ? '' : n;
}

function flagFact(doc: DocumentAnalysis, s: Sentence, from: number, to: number, written: string, vessel: string): FlagStateFact | undefined {
  const country = countryKey(written);
  if (!country) return undefined;
  const span = spanOf(doc, s.start + from, s.start + to);
  const severalVessels = tellsOfSeveralVessels(doc);
  return factAt<FlagStateFact>(doc, span, {
    kind: 'nationality',
    subject: 'flag:vessel',
    attribute: 'flag state',
    value: { kind: 'text', text: country },
    display: span.text,
    detail: { sentence: s.index, flagState: { country, written, vessel, severalVessels } },
  });
}

/**
 * Words that tell of two vessels or more: "collided with a tanker", "a collision between two
 * ships", "both vessels". A ship that struck a bridge or a pier is still one ship.
 */
const SEVERAL_VESSELS = new RegExp(
  String.raw`\b(?:(?:two|three|both|several)\s+(?:[\p{L}-]+\s+)?${VESSEL}|collid(?:e|ed|es|ing)\s+with\s+(?:a|an|the|another)\s+(?:[\p{L}-]+\s+){0,3}?${VESSEL}|collision\s+(?:between|of|involving)\s+(?:two|the|a))`,
  'iu',
);

/** Whether each document tells of several vessels, read once per document. */
const severalByDoc = new WeakMap<DocumentAnalysis, boolean>();

function tellsOfSeveralVessels(doc: DocumentAnalysis): boolean {
  let several = severalByDoc.get(doc);
  if (several === undefined) {
    several = SEVERAL_VESSELS.test(doc.text ?? '');
    severalByDoc.set(doc, several);
  }
  return several;
}
