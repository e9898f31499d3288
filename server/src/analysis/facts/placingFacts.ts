/**
 * A person's medal or placing in one event of a competition, as facts: "won silver in the 200
 * metres butterfly", "took the bronze medal in the 200m butterfly at the Atlantic Games", "finished
 * second in 200m butterfly", "came fourth in the women's 10,000m". Gold, silver and bronze are
 * first, second and third places, so "finished second" and "won silver" agree. The event is known
 * by its distance and discipline ("200m butterfly"; "200 metres" and "200-metre" are one); an
 * athlete has one result in one event of one meeting, so two places for it cannot both be right
 * (placingRules.ts).
 *
 * Heats, semi-finals and relays are left out (an athlete has several of those results), as are
 * sentences about another meeting (another year, "last year", "previous") and hypotheticals.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { parseOrdinal } from '../values/numbers';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { personInFocus } from './personInFocus';

/** What a placing fact says. */
export interface PlacingInfo {
  /** Entity id of the athlete. */
  person: string;
  /** The event: distance in metres and discipline ("200m butterfly", "10000m"). */
  event: string;
  /** The place: 1 for gold, 2 for silver, 3 for bronze. */
  place: number;
  /** The result as written ("silver", "second"). */
  written: string;
  /** The meeting named after the event ("Atlantic Grand Prix"), when written. */
  meet?: string;
}

/** A fact carrying a person's placing in an event. */
export type PlacingFact = FactWith<'placing', PlacingInfo>;

/** Narrows a fact to a placing fact. */
export const isPlacingFact = factWithGuard<PlacingFact>('placing');

const MEDALS: Record<string, number> = { gold: 1, silver: 2, bronze: 3 };

/** "in the women's 200 metres butterfly": groups distance, unit, the words after. */
const EVENT = String.raw`in\s+(?:the\s+)?(?:(?:men|women|boy|girl)[’']?s[’']?\s+|mixed\s+)?(?<![\w×])(\d{1,3}(?:,\d{3})?|\d+)\s*-?\s*(m|km|metres?|meters?|metre|meter|kilometres?|kilometers?)\b((?:\s+[a-z-]+){0,3})`;
/** "won silver in", "took the bronze medal in", "claimed gold in". */
const MEDAL_WON = new RegExp(
  String.raw`\b(?:won|wins|win|took|takes|claimed|claims|earned|collected|grabbed|secured|clinched|picked\s+up|bagged)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+)?(gold|silver|bronze)(?:\s+medal)?\s+${EVENT}`,
  'giu',
);
/** "finished second in", "came 4th in", "placed third in". */
const PLACED = new RegExp(String.raw`\b(?:finished|finishes|came|comes|placed|places|was|ended)\s+(\p{L}+|\d+(?:st|nd|rd|th))\s+${EVENT}`, 'giu');

/** Words after the distance that end the discipline. */
const DISCIPLINE_END = /^(?:at|in|on|during|and|with|for|of|to|from|as|but|when|where|while|which|that|after|before|by|this|last|final|race|event|behind|ahead)$/u;
/** Words after the event that make the result a round's, not the event's. */
const ROUND = /^(?:heats?|semi-?finals?|semis|qualifying|qualifiers?|prelims?|preliminar(?:y|ies)|relay|repechage)$/u;
/** Words that make the result another meeting's, or no result at all. */
/** A medal or a placing verb: checked first. */
const RESULT_WORD = /\b(?:gold|silver|bronze|finish\w*|came|comes|placed|places|ended)\b/iu;
const NOT_THIS_RESULT = /\b(?:not|never|would|could|might|if|previous(?:ly)?|last\s+year|in\s+\d{4}|hopes?|expected|aims?)\b|n[’']t\b/iu;
/** "at the Atlantic Grand Prix": the meeting, capitalised words after "at the". */
const MEET_AFTER = /^\s*at\s+(?:the\s+)?((?:\d{4}\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,4})/u;

/** Placing facts of one sentence. */
export function placingFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\d/u.test(text) || !RESULT_WORD.test(text) || NOT_THIS_RESULT.test(text)) return [];
  const out: PlacingFact[] = [];
  for (const m of text.matchAll(MEDAL_WON)) {
    const medal = m[1].toLowerCase();
    push(doc, s, out, m, MEDALS[medal], medal, m[2], m[3], m[4]);
  }
  for (const m of text.matchAll(PLACED)) {
    const place = parseOrdinal(m[1]);
    if (place === undefined || place < 1 || place > 20) continue;
    push(doc, s, out, m, place, m[1].toLowerCase(), m[2], m[3], m[4]);
  }
  return out;
}

function push(doc: DocumentAnalysis, s: Sentence, out: PlacingFact[], m: RegExpMatchArray, place: number, written: string, distance: string, unit: string, after: string): void {
  const event = eventOf(distance, unit, after);
  if (!event) return;
  const person = personInFocus(doc, s);
  if (!person) return;
  const from = m.index ?? 0;
  // The span ends with the event's words (the discipline), not the words that end it.
  const disciplineWords = event.discipline ? event.discipline.split(' ').length : 0;
  const afterWords = [...after.matchAll(/\s+[a-z-]+/gu)].slice(0, disciplineWords);
  const to = from + m[0].length - after.length + afterWords.reduce((n, w) => n + w[0].length, 0);
  const meet = MEET_AFTER.exec(s.text.slice(to))?.[1];
  const span = spanOf(doc, s.start + from, s.start + to);
  out.push(factAt<PlacingFact>(doc, span, {
    kind: 'placing',
    subject: `placing:${person}|${event.key}`,
    attribute: 'place',
    value: { kind: 'number', min: place, max: place },
    display: span.text,
    detail: { sentence: s.index, placing: { person, event: event.key, place, written, meet } },
  }));
}

/** The event's key ("200m butterfly"), or undefined for a round or a relay. */
function eventOf(distance: string, unit: string, after: string): { key: string; discipline: string } | undefined {
  const metres = Number(distance.replace(/,/gu, '')) * (/^k/iu.test(unit) ? 1000 : 1);
  if (!Number.isFinite(metres) || metres <= 0) return undefined;
  const words: string[] = [];
  for (const w of after.trim().split(/\s+/u).filter(Boolean)) {
    if (ROUND.test(w)) return undefined;
    // A capitalised word is a name after the event ("the 100m Olympic final"), not its discipline.
    if (DISCIPLINE_END.test(w) || /\p{Lu}/u.test(w)) break;
    words.push(w);
  }
  const discipline = words.join(' ');
  return { key: `${metres}m${discipline ? ` ${discipline}` : ''}`, discipline };
}
