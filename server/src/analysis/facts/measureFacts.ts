/**
 * Measures told with a unit, as quantity facts (the shape of quantityFacts.ts, compared by
 * contradictions/quantityRules.ts):
 *  - a winning margin over a named rival: "crossed the line 14 seconds ahead of Peter Hudák",
 *    "41 seconds in front of him" (the rival named before), "beat Hudák by 14 seconds";
 *  - the distance of an event from a place: "crashed 13 km from the finish", "fell ... 30 km from
 *    the finish", with who it happened to when the sentence names a person before the verb.
 * Margins in a standing ("leads by 22 seconds overall") are not margins of a finish and are left out.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { applyHedge } from '../values/hedges';
import type { NumberRange } from '../values/numbers';
import { findQuantities, type Quantity } from '../values/quantities';
import type { DetailedFact } from './detail';
import { contextWords, quantityFact } from './quantityFacts';
import { sentenceMentions } from './documentIndex';

/** Units a margin is told in, with the factor to the first unit of its kind (minutes in seconds). */
const MARGIN_UNITS: Record<string, [string, number]> = {
  second: ['seconds', 1], minute: ['seconds', 60], point: ['points', 1], vote: ['votes', 1], length: ['lengths', 1],
  stroke: ['strokes', 1], shot: ['shots', 1], goal: ['goals', 1], run: ['runs', 1], wicket: ['wickets', 1],
};

/** "ahead of", "in front of", "clear of" right after a margin. */
const AHEAD_OF = /^\s+(?:ahead\s+of|in\s+front\s+of|clear\s+of)\s+/iu;
/** "beat Hudák by" right before a margin; the rival's words are the group. */
const BEAT_BY = /\bbeat(?:s|ing)?\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})by\s+$/u;
/** Words of a standing, not a finish: a lead in a table, a classification or a poll. */
const STANDING = /\b(?:overall|standings?|classification|general|table|polls?|survey|leads?|leading|lead\s+of|total|aggregate|series)\b/iu;
/** Pronouns standing for the rival named before ("41 seconds in front of him"). */
const PRONOUN = /^(?:him|her|them)\b/iu;

/** Units of distance from a place. */
const DISTANCE_UNITS: Record<string, string> = { km: 'km', mile: 'miles', m: 'm' };
/** "from the finish", "short of the line", "away from Poprad": the place a distance is measured from. */
const FROM_PLACE = /^\s+(?:away\s+)?(?:from|short\s+of|before)\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)/u;
/** Places that are the end of a race, one place. */
const FINISH_WORDS = new Set(['finish', 'line', 'home', 'finishing', 'end']);

/** Events placed by a distance, nearest before the number: what happened there. */
const DISTANCE_EVENTS: Array<[RegExp, string]> = [
  [/\b(?:crash(?:ed|es)?|fell|falls?|fallen|went\s+down|came\s+down|collided|pile-?up)\b/giu, 'crash'],
  [/\b(?:attack(?:ed|s)?|went\s+clear|broke\s+(?:away|clear)|jumped\s+clear|surged\s+clear)\b/giu, 'attack'],
  [/\bpunctur(?:ed|e)\b/giu, 'puncture'],
  [/\bderail(?:ed|s|ment)?\b/giu, 'derailment'],
  [/\b(?:sank|sunk|capsi[sz]ed)\b/giu, 'sinking'],
  [/\b(?:explod(?:ed|es)|explosion|blast)\b/giu, 'explosion'],
  [/\b(?:epicent(?:re|er)|cent(?:red|ered))\b/giu, 'epicentre'],
];

/** Margin and distance facts of one sentence. */
export function measureFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty)\b/iu.test(text)) return [];
  const out: DetailedFact[] = [];
  const quantities = findQuantities(text);
  const people = personSurnames(doc, s);
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    const read = marginOf(text, q, quantities[i - 1], people) ?? distanceOf(text, q, people);
    if (!read) continue;
    out.push(quantityFact(doc, s, read.start, read.end, { measure: read.measure, label: read.label, range: read.range, unit: read.unit, context: contextWords(text) }));
  }
  return out;
}

interface Reading {
  measure: string;
  label: string;
  range: NumberRange;
  unit: string;
  start: number;
  end: number;
}

/** A person's surname with where it stands in the sentence. */
interface NamedPerson {
  surname: string;
  name: string;
  start: number;
  end: number;
}

/** A winning margin over a named rival, or undefined. */
function marginOf(text: string, q: Quantity, previous: Quantity | undefined, people: readonly NamedPerson[]): Reading | undefined {
  const unit = q.unit ? MARGIN_UNITS[q.unit] : undefined;
  if (!unit || q.compound) return undefined;
  const clause = clauseOf(text, q.start);
  if (STANDING.test(text.slice(clause.start, clause.end))) return undefined;
  // "1 minute 5 seconds": the minutes are read with the seconds that follow them.
  if (q.unit === 'minute' && /^\s*(?:and\s+)?\d+\s*seconds?\b/iu.test(text.slice(q.end))) return undefined;
  let range = applyHedge(q.written, q.hedge, true);
  let start = q.start;
  // "1 minute 5 seconds": the minutes before the seconds belong to one margin.
  if (previous && previous.unit === 'minute' && q.unit === 'second' && /^\s*(?:and\s+)?$/iu.test(text.slice(previous.end, q.start))) {
    range = { min: range.min + previous.written.min * 60, max: range.max + previous.written.max * 60 };
    start = previous.start;
  }
  range = { min: range.min * unit[1], max: range.max * unit[1] };
  let rival: NamedPerson | undefined;
  let end = q.end;
  const ahead = AHEAD_OF.exec(text.slice(q.end));
  if (ahead) {
    const at = q.end + ahead[0].length;
    if (PRONOUN.test(text.slice(at))) {
      rival = [...people].reverse().find((p) => p.end <= q.start);
      end = at + (PRONOUN.exec(text.slice(at))?.[0].length ?? 0);
    } else {
      // The rival's name within a few words ("Slovakia's Peter Hudák", "the Slovak Peter Hudák").
      rival = people.find((p) => p.start >= at && p.start - at <= 30);
      end = rival ? rival.end : at;
    }
  } else {
    const beat = BEAT_BY.exec(text.slice(Math.max(0, start - 60), start));
    if (beat) {
      const from = Math.max(0, start - 60) + (beat.index ?? 0);
      rival = people.find((p) => p.start >= from && p.end <= start);
      start = from;
    }
  }
  if (!rival) return undefined;
  return {
    measure: `margin over ${rival.surname}:${unit[0]}`,
    label: `winning margin over ${rival.name}`,
    range,
    unit: unit[0],
    start,
    end,
  };
}

/** The distance of an event from a place ("crashed 13 km from the finish"), or undefined. */
function distanceOf(text: string, q: Quantity, people: readonly NamedPerson[]): Reading | undefined {
  const unit = q.unit ? DISTANCE_UNITS[q.unit] : undefined;
  if (!unit || q.compound) return undefined;
  const from = FROM_PLACE.exec(text.slice(q.end));
  if (!from) return undefined;
  const word = from[1].toLowerCase();
  const place = FINISH_WORDS.has(word) ? 'finish' : word;
  const clause = clauseOf(text, q.start);
  const before = text.slice(clause.start, q.start);
  let event: string | undefined;
  let at = -1;
  for (const [re, name] of DISTANCE_EVENTS) {
    for (const m of before.matchAll(re)) {
      if ((m.index ?? 0) > at) {
        at = m.index ?? 0;
        event = name;
      }
    }
  }
  if (!event) return undefined;
  const cueAt = clause.start + at;
  // Who it happened to: the last person named before the verb ("Luca Bertolini of Italy crashed").
  const subject = [...people].reverse().find((p) => p.end <= cueAt);
  const who = subject ? subject.surname : '';
  const range = q.hedge ? applyHedge(q.written, q.hedge, false) : { min: q.written.min * 0.9, max: q.written.max * 1.1 };
  return {
    measure: `${event}${who ? ` of ${who}` : ''} from ${place}:${unit}`,
    label: `distance of the ${event}${subject ? ` of ${subject.name}` : ''} from the ${place}`,
    range,
    unit,
    start: Math.min(cueAt, q.start),
    end: q.end + from[0].length,
  };
}

/**
 * The people named in a sentence, in order, with offsets in the sentence. The type of a name is
 * read from one article before the workspace weighs it, so a full name typed as an organisation
 * ("the Norwegian Sindre Haugland") is taken too; a one-word organisation ("Geilo") is not.
 */
function personSurnames(doc: DocumentAnalysis, s: Sentence): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (const m of sentenceMentions(doc, s.index)) {
    if (m.start < s.start || m.end > s.end) continue;
    if (m.type !== 'PERSON' && !(m.type === 'ORG' && /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(m.text.trim()))) continue;
    const parts = m.text.trim().split(/\s+/u);
    const last = parts[parts.length - 1].replace(/['’]s$/u, '');
    const surname = last.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (surname) out.push({ surname, name: m.text.trim(), start: m.start - s.start, end: m.end - s.start });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The clause around `at`: from the last semicolon or sentence stop before it to the next after it. */
function clauseOf(text: string, at: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('. ', at)) + 1;
  const rest = text.slice(at).search(/;|\.\s/u);
  return { start, end: rest < 0 ? text.length : at + rest };
}


