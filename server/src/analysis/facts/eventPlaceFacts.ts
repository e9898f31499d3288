/**
 * Where a person's one-off event happened, as facts: "Ruiz was arrested at Lisbon airport"
 * (arrest of ruiz: Lisbon), "Police detained him at a hotel in Porto" (the person of the sentence
 * before), "She was born in Braga", "Born in 1970 in Faro, Ruiz...". A person is arrested, born or
 * killed once in one story; two towns for it in two articles cannot both be right
 * (contradictions/eventPlaceRules.ts).
 *
 * The place is kept as the names of the "at"/"in" phrases after the verb ("Madrid's Barajas
 * airport" -> Madrid, Barajas), with the towns among them marked from the place lexicon: a place
 * and a place inside it ("Barajas airport", "Madrid's Barajas airport"), or a country and its town,
 * must never be set apart, so only two towns are compared. Other arrests ("was first arrested",
 * "arrested again") and doubtful ones ("may have been born") are not read.
 */
import { placeKind } from '../lexicon/places';
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { sentenceMentions } from './documentIndex';

/** What an event-place fact says. */
export interface EventPlaceInfo {
  /** Entity id of the person and the event class ("ana-ruiz|arrest"). */
  key: string;
  /** Every name of the place phrases, folded ("madrid", "barajas"). */
  names: string[];
  /** The towns and cities among them (place lexicon), folded. */
  towns: string[];
  /** The place as written ("at Madrid's Barajas airport"). */
  written: string;
}

/** A fact carrying the place of a person's event. */
export type EventPlaceFact = FactWith<'eventPlace', EventPlaceInfo>;

/** Narrows a fact to an event-place fact. */
export const isEventPlaceFact = factWithGuard<EventPlaceFact>('eventPlace');

/** Cue words: a sentence without them tells no place of such an event. */
const CUE = /\b(?:arrested|detained|apprehended|captured|born|died|killed)\b/iu;
/** Verbs folded to their event. */
const EVENTS: Record<string, string> = { arrested: 'arrest', detained: 'arrest', apprehended: 'arrest', captured: 'arrest', born: 'birth', died: 'death', killed: 'death' };

/** "was arrested", "had been detained", "was born", "died", "was killed". */
const PASSIVE = /\b(?:(?:was|were|is|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(arrested|detained|apprehended|captured|born|killed)|(died))\b/gu;
/** "police arrested him", "officers detained Ruiz": the object follows. */
const ACTIVE = /\b(arrested|detained|apprehended|captured)\s+(him|her|(?=\p{Lu}))/gu;
/** "Born in 1970 in Faro, Ruiz ...": the person follows the comma. */
const BORN_OPENING = /^\s*Born\s+([^,]{3,80}),\s+/u;

/** Words that make the event another occurrence or a doubt. */
const NOT_THIS_ONE = /\b(?:previous(?:ly)?|earlier|first|second|again|twice|once|former(?:ly)?|if|unless|not|never|may|might|could|would|allegedly|reportedly|believed|thought)\b|n[’']t\b/u;
/** Where the place phrases end: a clause break or a word that opens another phrase. */
const PHRASE_END = /[,;:()—–"“”]|\.(?:\s|$)|\s(?:as|when|while|after|before|on|for|from|to|with|by|and|but|where|who|which|during|following)\s/u;
/** "at"/"in" phrases: where. */
const AT_IN = /\b(?:at|in|inside|near|outside)\s+/gu;
/** Capitalised words that name no place: months, days, bodies of law. */
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'interpol', 'europol', 'police', 'the',
]);

/** Event-place facts of one sentence. */
export function eventPlaceFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!CUE.test(text)) return [];
  const out: DetailedFact[] = [];
  const born = BORN_OPENING.exec(text);
  if (born) {
    const person = personAt(doc, s, born[0].length);
    const place = placeOf(born[1], 0);
    if (person && place && !NOT_THIS_ONE.test(born[1])) out.push(placeFact(doc, s, 0, born[1].length + born[0].indexOf(born[1]), person, 'birth', place));
  }
  for (const m of text.matchAll(PASSIVE)) {
    const at = m.index ?? 0;
    const verbEnd = at + m[0].length;
    const event = EVENTS[(m[1] ?? m[2]).toLowerCase()];
    const person = subjectBefore(doc, s, at);
    if (!person) continue;
    const tail = text.slice(verbEnd);
    const place = placeOf(tail, verbEnd);
    if (!place || NOT_THIS_ONE.test(text.slice(Math.max(0, at - 30), verbEnd + place.end - verbEnd))) continue;
    out.push(placeFact(doc, s, person.start, place.end, person.id, event, place));
  }
  for (const m of text.matchAll(ACTIVE)) {
    const at = m.index ?? 0;
    const event = EVENTS[m[1].toLowerCase()];
    let person: string | undefined;
    let after = at + m[0].length;
    if (m[2]) person = previousPerson(doc, s, at);
    else {
      const named = sentenceMentions(doc, s.index).find((x) => x.type === 'PERSON' && x.id && x.start - s.start === after);
      person = named?.id;
      if (named) after = named.end - s.start;
    }
    if (!person) continue;
    const place = placeOf(text.slice(after), after);
    if (!place || NOT_THIS_ONE.test(text.slice(Math.max(0, at - 30), place.end))) continue;
    out.push(placeFact(doc, s, at, place.end, person, event, place));
  }
  return out;
}

interface Place {
  names: string[];
  towns: string[];
  written: string;
  /** End of the place words, in the sentence. */
  end: number;
}

/**
 * The names of the "at"/"in" phrases at the start of `tail` (up to the end of the phrase group),
 * or undefined when they name no place; `offset` is where `tail` starts in the sentence.
 */
function placeOf(tail: string, offset: number): Place | undefined {
  const stop = tail.search(PHRASE_END);
  const group = stop < 0 ? tail : tail.slice(0, stop);
  // The place phrase must come right after the verb, or after a short adjunct ("on March 14").
  const first = group.search(AT_IN);
  if (first < 0 || first > 2) return undefined;
  const names: string[] = [];
  for (const chunk of group.slice(first).matchAll(/\p{Lu}[\p{L}.-]*(?:\s+(?:de\s+|del\s+|da\s+|do\s+)?\p{Lu}[\p{L}.-]*)*/gu)) {
    for (const part of chunk[0].split(/[’']s\b/u)) {
      const name = part.trim().toLowerCase();
      if (name && !NOT_PLACES.has(name)) names.push(name);
    }
  }
  if (names.length === 0) return undefined;
  const towns = names.filter((n) => {
    const kind = placeKind(n);
    return kind === 'city' || kind === 'capital';
  });
  const written = group.trimEnd();
  return { names, towns, written: written.trim(), end: offset + written.length };
}

/** The named person right before a passive verb ("Ruiz, 58, was arrested"), or of the sentence before for "He was arrested". */
function subjectBefore(doc: DocumentAnalysis, s: Sentence, at: number): { id: string; start: number } | undefined {
  const before = s.text.slice(0, at);
  if (/(?:^|[.;]\s*|,\s*)(?:he|she)\s+$/iu.test(before)) {
    const id = previousPerson(doc, s, at);
    return id ? { id, start: before.search(/\b(?:he|she)\s+$/iu) } : undefined;
  }
  const people = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id && m.end - s.start <= at);
  const last = people[people.length - 1];
  if (!last) return undefined;
  // Only an apposition of age or description may stand between: "Ruiz, 58,", "Ruiz, the former chairman,".
  const between = s.text.slice(last.end - s.start, at);
  if (!/^(?:,\s*[^,.;]{1,40},)?\s*$/u.test(between)) return undefined;
  return { id: last.id!, start: last.start - s.start };
}

/**
 * Whom a pronoun at offset `at` stands for: the one person named before it in its sentence, or,
 * when none is, the one person the sentence before names (names after the pronoun are others).
 */
function previousPerson(doc: DocumentAnalysis, s: Sentence, at: number): string | undefined {
  const own = new Set(sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id && m.end - s.start <= at).map((m) => m.id!));
  if (own.size > 0) return own.size === 1 ? [...own][0] : undefined;
  const ids = new Set(sentenceMentions(doc, s.index - 1).filter((m) => m.type === 'PERSON' && m.id).map((m) => m.id!));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** The first named person from offset `from` of the sentence. */
function personAt(doc: DocumentAnalysis, s: Sentence, from: number): string | undefined {
  return sentenceMentions(doc, s.index).find((m) => m.type === 'PERSON' && m.id && m.start - s.start === from)?.id;
}

function placeFact(doc: DocumentAnalysis, s: Sentence, from: number, to: number, person: string, event: string, place: Place): EventPlaceFact {
  const span = spanOf(doc, s.start + from, s.start + to);
  const key = `${person}|${event}`;
  return factAt<EventPlaceFact>(doc, span, {
    kind: 'place',
    subject: `place:${key}`,
    attribute: `place:${event}`,
    value: { kind: 'text', text: place.names.join('+') },
    display: span.text,
    detail: { sentence: s.index, eventPlace: { key, names: place.names, towns: place.towns, written: place.written } },
  });
}
