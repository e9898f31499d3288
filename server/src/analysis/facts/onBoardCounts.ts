/**
 * How many were on board a ship, an aircraft or a bus, read where the number names the whole
 * company rather than those something happened to: "None of its 22 crew members was hurt" (22 on
 * board, none hurt), "the ferry's 180 passengers", "all 22 seafarers", "a crew of 22". A reading
 * for quantityFacts.ts, which compares it with "There were 25 crew members on board" (crew on
 * board: 25). Sub-groups ("its 12 Filipino crew") are other measures and left out.
 */
import type { Quantity } from '../values/quantities';
import { readCountedPhrase } from './countedThings';

/** A count of those on board, with where its words stand in the sentence. */
export interface OnBoardReading {
  measure: string;
  label: string;
  range: { min: number; max: number };
  /** Counts have no unit. */
  unit?: undefined;
  start: number;
  end: number;
}

/** "a crew of 22", "its crew of 22": the whole crew. */
const CREW_OF = /\b(?:a|its|the|their)\s+crew\s+of\s+$/iu;
/**
 * Words before a number that make it the whole company: a possessive ("its", "the ferry's", "the
 * Jade Horizon's"), "all" ("all 22", "all of its 22") or "none of the" ("none of the 22 seafarers
 * aboard was hurt": none of all 22).
 */
const WHOLE_BEFORE = /\b(?:its|their|none\s+of\s+the|the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s|all(?:\s+of\s+(?:its|their|the))?)\s+$/iu;
/** "On board were", "Aboard the plane were": the list after it is all those on board. */
const ON_BOARD_BEFORE = /\b(?:on\s+board|aboard)(?:\s+(?:the|its)\s+[\p{L}-]+)?\s+(?:were|was)\s+(?:a\s+total\s+of\s+)?$/iu;
/** "There were" opening the list... */
const THERE_WERE = /\bthere\s+(?:were|was)\s+$/iu;
/** ...and a list of two ending in "on board" ("112 passengers and five crew members on board"; one alone is read by its predicate). */
const ON_BOARD_AFTER_LIST = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+and\s+(?:\d+|[\p{L}-]+)\s+[\p{L}-]+(?:\s+members)?\s+(?:on\s+board|aboard)\b/iu;

/** Those on board whose whole company a possessive names: the crew always, passengers of a vehicle. */
const ON_BOARD_NOUNS = new Set(['crew', 'passenger']);

/** The number of crew or passengers on board that `q` states, or undefined. */
export function onBoardOf(text: string, q: Quantity): OnBoardReading | undefined {
  if (q.type !== 'CARDINAL' || q.compound || q.hedge) return undefined;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const crewOf = CREW_OF.exec(before);
  if (crewOf) {
    return { measure: 'crew|aboard', label: 'crew on board', range: q.range, start: q.start - before.length + (crewOf.index ?? 0), end: q.end };
  }
  // "On board were 117 passengers and five crew", "There were 112 passengers and five crew members
  // on board": the company listed as a whole, the words of being on board before it or after the list.
  const onBoardBefore = ON_BOARD_BEFORE.exec(before);
  if (onBoardBefore || (THERE_WERE.test(before) && ON_BOARD_AFTER_LIST.test(text.slice(q.end, q.end + 80)))) {
    const phrase = readCountedPhrase(text.slice(q.end));
    if (phrase && !phrase.partial && !phrase.group && ON_BOARD_NOUNS.has(phrase.noun) && (!phrase.predicate || phrase.predicate === 'aboard')) {
      const start = onBoardBefore ? q.start - before.length + onBoardBefore.index : q.start;
      return onBoard(phrase.noun, q, start, q.end + phrase.end);
    }
  }
  const whole = WHOLE_BEFORE.exec(before);
  if (!whole) return undefined;
  const phrase = readCountedPhrase(text.slice(q.end));
  if (!phrase || phrase.partial || phrase.group || !ON_BOARD_NOUNS.has(phrase.noun)) return undefined;
  // "its 22 injured crew" counts the injured; "its 22 crew members on board" is the whole.
  if (phrase.predicate && phrase.predicate !== 'aboard') return undefined;
  // "their 180 passengers" may be an airline's or a company's customers: only "all" and a named
  // vehicle speak for the passengers of one trip.
  if (phrase.noun === 'passenger' && /^(?:its|their)\s/iu.test(whole[0])) return undefined;
  return onBoard(phrase.noun, q, q.start - before.length + (whole.index ?? 0), q.end + phrase.end);
}

/** The reading of `q` as the number of crew or passengers on board, told from `start` to `end`. */
function onBoard(noun: string, q: Quantity, start: number, end: number): OnBoardReading {
  return { measure: `${noun}|aboard`, label: noun === 'crew' ? 'crew on board' : 'passengers on board', range: q.range, start, end };
}
