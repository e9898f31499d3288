/**
 * What a fact carries beyond the shared `Fact` shape: the reasoning data the contradiction rules
 * need (intervals of time, number ranges with hedges, the version of a document, a person's
 * role). Kept on the fact object itself (`DetailedFact.detail`), so facts stay plain data.
 */
import type { DocumentAnalysis, Fact, Span, TextSpan } from '../types';
import type { NumberRange } from '../values/numbers';

/** Which frame a time of day is written in. */
export interface TimeFrame {
  /** "local" for local time of the event (no zone, "local time", "Lisbon time"); "absolute" for GMT/UTC/ET... */
  kind: 'local' | 'absolute';
  /** Minutes east of UTC, when known. */
  offset?: number;
  /** Extra minutes of doubt (daylight saving). */
  doubt: number;
  /** Zone name as written, for explanations. */
  name?: string;
  /**
   * The offset, on the article's date, of the places the article names most often (clockTimeFacts.ts):
   * what a plain local time is in when two articles of the same story place agree on it.
   */
  storyOffset?: number;
  /**
   * For a time written with no zone, the offset of the article's dateline place when that is also
   * its story place's (clockTimeFacts.ts, `datelineLocalOffsetOf`): the time a report datelined
   * WORCESTER means by "began at 11 a.m.".
   */
  localOffset?: number;
}

/** An interval of minutes after the midnight starting the event's day, in a frame. */
export interface TimeWindow {
  lo: number;
  hi: number;
  frame: TimeFrame;
  /** As written ("4:30 p.m. Lisbon time", "after midnight"). */
  display: string;
}

/**
 * A person's age as one statement gives it. A named person ("Edvin Brandt, 58,") has a resolved
 * entity id; an unnamed one ("police arrested a 37-year-old lorry driver") is told apart only by
 * the noun that describes them and what happened to them in the story.
 */
export interface AgeInfo {
  years: number;
  /** The resolved entity id of a named person. */
  person?: string;
  /** The name as written, for explanations. */
  name?: string;
  /** Unnamed people: the head noun ("driver"), singular and lower case. */
  noun?: string;
  /** Unnamed people: the words between the age and the noun ("lorry"), lower case. */
  modifiers?: string[];
  /** Unnamed people: what happened to them, folded ("arrested" for "detained" too, "dead", "injured", "charged"). */
  predicate?: string;
}

/** The reasoning data of a fact, by kind. */
export interface FactDetail {
  /** Event class and occurrence, for time and count facts about events ("meeting"). */
  event?: string;
  /** "earlier" or "later" version of a document or plan ("the original 12-point draft"). */
  version?: 'earlier' | 'later';
  /** Time facts: start and end of the event, in one statement when written together. */
  startWindow?: TimeWindow;
  endWindow?: TimeWindow;
  /** Tight spans of the start and of the end inside a statement that gives both. */
  startSpan?: Span;
  /** The day the start is said to fall on ("broke out on Saturday afternoon"), ISO, when written. */
  startDay?: string;
  endSpan?: Span;
  /** The day the end is said to fall on ("due to last until 6 a.m. on Thursday"), ISO, when written. */
  endDay?: string;
  /** True when the end is what was planned ("is scheduled to end", "will last until"), not what happened. */
  plannedEnd?: boolean;
  /** Duration in hours, or a count/age as a number range. */
  range?: NumberRange;
  unit?: string;
  /** Title facts. */
  person?: {
    key: string;
    name: string;
    firstName?: string;
    role: string;
    status: 'current' | 'former' | 'historical';
    portfolio?: string;
    country?: string;
    /** The body the title names, as written ("Minerals Commission", "union"), when it names one. */
    organisation?: string;
    /** The body whose department the title heads ("Möllring" of "Möllring's head of quality assurance"), when named. */
    body?: string;
    /**
     * The resolved entity id of the body the title names, when the entities stage found it there:
     * it joins a body's name and its acronym ("APAF" / "Portuguese Football Referees' Association (APAF)").
     */
    organisationEntity?: string;
    /**
     * The resolved entity id of the person's name, when the entities stage found the name: it
     * joins spellings of one name ("Valchev" / "Vulchev", "Giorgos" / "Yiorgos").
     */
    entity?: string;
    /** The words of the sentence up to the title's end, folded: a syndicated copy repeats them. */
    leadIn?: string;
    /**
     * The place the title's body is, when it names a town, district or region ("Sarlahi" of "chief
     * district officer of Sarlahi", "Varna" of "Varna province"), folded, without its admin noun.
     */
    territory?: string;
    /** The place lexicon's kind of `territory` ("city", "province"), when it knows the place. */
    territoryKind?: string;
    /** The verb right after the name ("apologised" of "chair Jo Doe apologised to ..."), folded, when one follows. */
    act?: string;
  };
  /** Participant facts: one entry per party, a country key or `person:<key>` when only a person is named. */
  parties?: string[];
  /** Quote facts. */
  /**
   * Quote facts (quoteFacts.ts): the speaker key, the words, and the quotation with its
   * attribution ("“...,” said the museum's director, Rui Caldeira"), for showing who was credited.
   */
  quote?: { speaker: string; words: string[]; inner: string; attributed?: TextSpan };
  /** Reported-speech facts (reportedSpeechFacts.ts): who said it (a person key) and the words after the verb of saying. */
  reported?: { speaker: string; text: string };
  /** Age facts (ageFacts.ts): a person's age in years, told of a named person or of a described one. */
  age?: AgeInfo;
  /**
   * Named entities (resolved ids: people, organisations, places) written in the fact's sentence:
   * the actors and place of the event, used to tell one event from another of the same kind.
   */
  actors?: string[];
  /**
   * Classes of the events named in the fact's sentence ("fire", "crash"), other occurrences
   * ("the previous fire") left out: a count told of a derailment is not one told of a fire.
   */
  events?: string[];
  /** Sentence index, to tell statements apart. */
  sentence: number;
  /** True when the sentence is a heading (headlines round and shorten; body text is preferred). */
  heading?: boolean;
}

/** A fact with the document it belongs to and its reasoning data. */
export interface DetailedFact extends Fact {
  uri: string;
  published?: string;
  /** The moment the article was published, when its date line says (see dates/publicationTime.ts). */
  publishedAt?: number;
  detail: FactDetail;
}

/**
 * A fact of one kind: its detail carries that kind's reasoning data under one key (`clock`,
 * `quantity`, `period`...). Each fact module names its kind with this and its guard with
 * `factWithGuard`, so the shape is written once.
 */
export type FactWith<K extends string, I> = DetailedFact & { detail: FactDetail & { [key in K]: I } };

/** The guard of a fact kind: true when the fact's detail carries an object under `key`. */
export function factWithGuard<F extends DetailedFact>(key: string): (f: DetailedFact) => f is F {
  return (f: DetailedFact): f is F => typeof (f.detail as unknown as Record<string, unknown>)[key] === 'object';
}

/** The claim that holds `span`, or "" when no claim does (facts are taken from all sentences). */
export function claimKeyFor(doc: DocumentAnalysis, span: Span): string {
  const claim = doc.claims.find((c) => c.start <= span.start && span.end <= c.end) ?? doc.claims.find((c) => c.start < span.end && span.start < c.end);
  return claim?.key ?? '';
}

/** What a fact says, apart from where it stands (document, publication date, claim, span). */
export type FactContent<F extends DetailedFact = DetailedFact> = Omit<F, 'uri' | 'published' | 'publishedAt' | 'claim' | 'span'>;

/**
 * A fact of `doc` at `span`: fills in the fields every fact takes from its place (document,
 * publication date, the claim that holds it) in one spot, so the fact kinds only say what is new.
 */
export function factAt<F extends DetailedFact = DetailedFact>(doc: DocumentAnalysis, span: TextSpan, content: FactContent<F>): F {
  return { uri: doc.uri, published: doc.published, ...(doc.publishedAt !== undefined ? { publishedAt: doc.publishedAt } : {}), claim: claimKeyFor(doc, span), span, ...content } as F;
}

/** A text span of `doc` from offsets. */
export function spanOf(doc: DocumentAnalysis, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Narrows a fact to a detailed fact when it carries reasoning data. */
export function isDetailed(f: Fact): f is DetailedFact {
  return typeof (f as DetailedFact).detail === 'object' && typeof (f as DetailedFact).uri === 'string';
}
