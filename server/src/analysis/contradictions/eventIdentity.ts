/**
 * Which facts may be about one event, found through an index so that the cost grows with the
 * matches, not with all pairs of facts in the workspace.
 *
 * Two facts of different articles are compared only when the articles share named entities about
 * the event ("anchors": people, organisations and places named in the fact's sentence, in the
 * headline or lede, named at least twice, or the dateline's place; see EventContext for how many)
 * and were published close together. A fire in one town and a fire in another town a year later
 * share neither, so their death tolls are never compared. Facts of one article are always
 * comparable with each other.
 *
 * Groups are then reduced to a few representatives per value, so that fifty articles agreeing
 * on X and one saying Y give Y against a few of the fifty, not fifty pairs.
 */
import { documentsWithCountsSoFar } from './countsSoFar';
import type { DetailedFact } from '../facts/detail';
import { findDateline, type Dateline } from '../dates/dateline';
import { slug } from '../entities/resolveEntities';
import { CLOCK_TIME, DAY_CLAUSE_BREAK, NIGHT_OR_CLOCK, partOfDayAt } from '../facts/actionDayFacts';
import { actorMentions } from '../facts/eventActors';
import { eventClassesByVerb, findEventNouns, GENERIC_EVENT_NOUNS, tellsEventByVerb } from '../facts/events';
import { FIRST_NAMES } from '../lexicon/firstNames';
import { clauseAround } from '../text/clauses';
import type { DocumentAnalysis, ResolvedEntity, Sentence } from '../types';
import { localClockHour } from '../values/clock';
import { isoToDate, type DateExpression } from '../values/dates';
import { eventDates, isOneDay, ledeSentence, ledeWords } from './ledeDay';

/** Body sentences (after the headline) whose names count as the story's own. */
const LEDE_SENTENCES = 3;
/** An anchor named in more documents than this (and than `UBIQUITOUS_SHARE` of them) tells no story apart. */
const UBIQUITOUS_MIN_DOCS = 40;
const UBIQUITOUS_SHARE = 0.05;
/** Facts kept per distinct value in a group (from different articles). */
const REPRESENTATIVES = 3;
/** Distinct values kept per group: more than this are not accounts of one event. */
const MAX_VALUES = 24;

/** Event days at least this far apart are two events (one day apart may be one night's event told either side of midnight). */
const MIN_DAYS_APART = 2;
/** Body sentences searched for the day of the story's event. */
const DAY_SENTENCES = 6;

/** A document with at most this many names of its own may be tied to another by one name. */
const FEW_NAMES = 2;

/** The names of a fact's event, as the pair test needs them. */
interface EventNames {
  /** Names of the fact's sentence and of its article's story, ubiquitous ones left out. */
  names: Set<string>;
  /** Places named in the fact's own sentence. */
  here: Set<string>;
  /** People named in the fact's own sentence. */
  people: Set<string>;
  /** Kinds of event the fact's article is about (its headline and lede), when it names any. */
  story?: readonly string[];
  /** People among the article's own names (headline, lede, named twice). */
  cast: readonly string[];
  /** Every name the article mentions, salient or not. */
  mentioned?: ReadonlySet<string>;
  /** The day the article places its story's event on, when its lede says ("the derailment on Saturday"). */
  day?: string;
  /** Named events the article's lede tells of ("cyclone zaline"), when it names any. */
  named?: readonly string[];
}

/**
 * The names recorded for each fact by `eventGroups`, read by `sameEvent`. Weak, so that facts of
 * an earlier analysis are not kept alive.
 */
const recorded = new WeakMap<DetailedFact, EventNames>();

/**
 * The anchors of each document, and the test of whether two facts of different articles may be
 * about one event: the articles must share strong evidence of it:
 * - two names or more ("brennick" and "olga-renner"): one bare surname or one town alone is shared
 *   by unrelated stories (two people called Holt; two stories in one town in one week);
 * - or one full name ("olga-renner", "harlow-mills"), or one place named in both facts' own
 *   sentences ("the talks in Kampala"), when one of the articles names hardly anything else
 *   (at most `FEW_NAMES` names): an article with many names of its own that shares only one with
 *   another tells a different story with a namesake.
 */
export class EventContext {
  private readonly docAnchors = new Map<string, string[]>();
  private readonly docMentions = new Map<string, Set<string>>();
  private readonly docEvents = new Map<string, string[]>();
  private readonly docDays = new Map<string, StoryDay>();
  private readonly docLedes = new Map<string, StoryDay>();
  private readonly docNamed = new Map<string, readonly string[]>();
  private readonly docStories = new Map<string, readonly string[]>();
  private readonly docPublished = new Map<string, string>();
  private readonly docTexts = new Map<string, string>();
  private readonly ubiquitous = new Set<string>();
  private readonly places = new Set<string>();
  private readonly people = new Set<string>();
  private readonly anchorCache = new Map<DetailedFact, string[]>();
  /** Documents that give a toll as a count so far (countsSoFar.ts). */
  readonly countsSoFar: ReadonlySet<string>;

  constructor(docs: readonly DocumentAnalysis[], entities?: ReadonlyMap<string, ResolvedEntity>) {
    this.countsSoFar = documentsWithCountsSoFar(docs);
    const df = new Map<string, number>();
    for (const doc of docs) {
      const anchors = salientEntities(doc);
      this.docAnchors.set(doc.uri, anchors);
      this.docMentions.set(doc.uri, new Set(actorMentions(doc).map((m) => m.id!)));
      const { events, told, day, lede, named } = storyOf(doc);
      if (events.length > 0) this.docEvents.set(doc.uri, events);
      if (named.length > 0) this.docNamed.set(doc.uri, named);
      if (day) this.docDays.set(doc.uri, day);
      this.docStories.set(doc.uri, told);
      if (doc.published) this.docPublished.set(doc.uri, doc.published);
      if (lede) this.docLedes.set(doc.uri, lede);
      this.docTexts.set(doc.uri, doc.text);
      for (const a of anchors) df.set(a, (df.get(a) ?? 0) + 1);
    }
    for (const e of entities?.values() ?? []) {
      if (e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC') this.places.add(e.id);
      // A full name that opens with a known first name is a person, whatever type the name got.
      if (e.type === 'PERSON' || (e.canonical.includes(' ') && FIRST_NAMES.has(e.canonical.split(' ')[0].toLowerCase()))) this.people.add(e.id);
    }
    const limit = Math.max(UBIQUITOUS_MIN_DOCS, UBIQUITOUS_SHARE * docs.length);
    for (const [a, n] of df) if (n > limit) this.ubiquitous.add(a);
  }

  /**
   * The documents whose ledes give a day: the day of their story's kind of event (`day`), and the
   * day of their first lede sentence that gives one, whatever it tells (`lede`); with their dates.
   */
  storyDays(): Array<{ uri: string; day?: StoryDay; lede?: StoryDay; published?: string }> {
    const uris = new Set([...this.docDays.keys(), ...this.docLedes.keys()]);
    return [...uris].map((uri) => ({ uri, day: this.docDays.get(uri), lede: this.docLedes.get(uri), published: this.docPublished.get(uri) }));
  }

  /** Text of a document, for report passages and for the words around a fact. */
  textOf(uri: string, start: number, end: number): string {
    return this.docTexts.get(uri)?.slice(start, end) ?? '';
  }

  /** True when an entity id is a person's. */
  isPerson(id: string): boolean {
    return this.people.has(id);
  }

  /** The kinds of event a document's headline and lede tell, by nouns or else by verbs. */
  storyEventsOf(uri: string): readonly string[] {
    return this.docStories.get(uri) ?? [];
  }

  /** The salient names of a document that are not in most documents: what ties it to other tellings of its story. */
  distinctiveAnchorsOf(uri: string): string[] {
    return (this.docAnchors.get(uri) ?? []).filter((a) => !this.ubiquitous.has(a));
  }

  /**
   * The index keys of a fact: its own document (facts of one article are always comparable) and
   * each name of its sentence and of its document's story that is not ubiquitous. Records the
   * names for `sameEvent`.
   */
  anchorsOf(f: DetailedFact): string[] {
    // Every rule asks for the anchors of the facts it groups: work them out once per fact.
    let anchors = this.anchorCache.get(f);
    if (!anchors) {
      anchors = this.computeAnchors(f);
      this.anchorCache.set(f, anchors);
    }
    return anchors;
  }

  private computeAnchors(f: DetailedFact): string[] {
    const names = new Set<string>();
    const here = new Set<string>();
    const people = new Set<string>();
    for (const a of f.detail.actors ?? []) {
      if (this.people.has(a)) people.add(a);
      if (this.ubiquitous.has(a)) continue;
      names.add(a);
      if (this.places.has(a)) here.add(a);
    }
    for (const a of this.docAnchors.get(f.uri) ?? []) if (!this.ubiquitous.has(a)) names.add(a);
    const cast = (this.docAnchors.get(f.uri) ?? []).filter((a) => this.people.has(a));
    recorded.set(f, { names, here, people, story: this.docEvents.get(f.uri), cast, mentioned: this.docMentions.get(f.uri), day: this.docDays.get(f.uri)?.iso, named: this.docNamed.get(f.uri) });
    return [`doc:${f.uri}`, ...[...names].map((n) => `name:${n}`)];
  }
}

/**
 * True when two facts may be about one event (see EventContext): always within one article;
 * across articles when their names say so and their own sentences do not name different kinds of
 * event or two different sets of people. Facts that `eventGroups` has not seen pass. `tiedByWords`: the
 * facts share words only one event has (a long remark quoted word for word), in place of names.
 * `scope`: what the facts are facts of (see `EventScope`).
 */
export function sameEvent(a: DetailedFact, b: DetailedFact, tiedByWords = false, scope: EventScope = 'sentence'): boolean {
  if (a.uri === b.uri) return true;
  const na = recorded.get(a);
  const nb = recorded.get(b);
  if (!na || !nb) return true;
  // A number told of a derailment and one told of a fire are about two events; a sentence that
  // names no event speaks of its article's story ("59 injured" under "Factory fire in ..."). A
  // plan is of its sentence's events only; remarks and standing facts are of neither (`EventScope`).
  const eventsOf = (f: DetailedFact, n: EventNames) =>
    scope === 'sentence' ? incidents(f.detail.events) ?? n.story : scope === 'plan' ? incidents(f.detail.events) : undefined;
  const ea = eventsOf(a, na);
  const eb = eventsOf(b, nb);
  if (ea && eb && !kindsMeet(ea, eb) && !talksOfTheStory(a, b, na, nb, scope)) return false;
  // Two articles whose headlines and ledes tell different kinds of event (a flood, a bridge
  // collapse) are two stories, even when both mention a meeting held in the same town.
  // (Not for remarks and standing facts: one drone incident may be told as a flight story by one
  // article and as an airport shutdown by another, and the remark is the same.)
  if ((scope === 'sentence' || scope === 'plan') && na.story && nb.story && !kindsMeet(na.story, nb.story)) return false;
  // Two ledes that name different storms or operations ("Cyclone Zaline", "Cyclone Belisa").
  if (na.named && nb.named && !na.named.some((e) => nb.named!.includes(e))) return false;
  // "The meeting between Holt and Berg" and "the meeting between Costa and Lima" are two meetings.
  if (na.people.size >= 2 && nb.people.size >= 2 && ![...na.people].some((p) => nb.people.has(p))) return false;
  // Two articles that place their story's event days apart ("the derailment on Thursday", "the
  // derailment on Saturday") tell of two events; a day either way is allowed for a night-time event.
  if (na.day && nb.day && Math.abs(daysApart(na.day, nb.day) ?? 0) >= MIN_DAYS_APART) return false;
  // Two articles that tell of their own people (one of them of two or more) and share none of
  // them tell two stories (two derailments in one town a few days apart, each with its own officials).
  // One that names the other's people only in passing (a quote's speaker after the lede) shares them.
  if (Math.min(na.cast.length, nb.cast.length) >= 1 && Math.max(na.cast.length, nb.cast.length) >= 2 && !na.cast.some((p) => nb.cast.includes(p) || nb.mentioned?.has(p)) && !nb.cast.some((p) => na.mentioned?.has(p))) return false;
  // Word-for-word evidence (the same long remark) stands in for shared names.
  if (tiedByWords) return true;
  let shared: string | undefined;
  let count = 0;
  for (const n of na.names) {
    if (!nb.names.has(n)) continue;
    shared = n;
    if (++count >= 2) return true;
  }
  if (count === 0 || shared === undefined) return false;
  const strong = shared.includes('-') || (na.here.has(shared) && nb.here.has(shared));
  return strong && Math.min(na.names.size, nb.names.size) <= FEW_NAMES;
}

/**
 * True when one sentence names talks only ("Mediation ended without agreement ... after five days
 * of talks") and the other no event, in two articles whose stories are not of two kinds: talks held
 * in a story of another kind (a strike) are a part of it, as the sentence with no event of its own is.
 */
function talksOfTheStory(a: DetailedFact, b: DetailedFact, na: EventNames, nb: EventNames, scope: EventScope): boolean {
  if (scope !== 'sentence' || (na.story && nb.story && !kindsMeet(na.story, nb.story))) return false;
  const ownA = incidents(a.detail.events);
  const ownB = incidents(b.detail.events);
  // (Talks by their own words: a press conference is a meeting too, and one held to announce a
  // win is no part of the story's events.)
  const talksOnly = (f: DetailedFact, own: readonly string[] | undefined) => own !== undefined && own.every((e) => e === 'meeting') && TALKS.test(f.span.text);
  return (talksOnly(a, ownA) && !ownB) || (talksOnly(b, ownB) && !ownA);
}

/** Words of talks between sides (not of a press conference or a summit's session). */
const TALKS = /\b(?:talks|negotiations?|mediation|bargaining|arbitration)\b/iu;

/**
 * Kinds of event one story holds together: a state visit is told as the visit or as the leaders'
 * meeting ("holds talks in Lisbon" / "visits Portugal").
 */
const KINDS_TOLD_TOGETHER: ReadonlyArray<readonly [string, string]> = [['visit', 'meeting']];

/** True when two lists of event kinds share one, or hold two kinds one story is told by. */
function kindsMeet(a: readonly string[], b: readonly string[]): boolean {
  return a.some((e) => b.includes(e)) || KINDS_TOLD_TOGETHER.some(([x, y]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)));
}

/**
 * What a rule's facts are facts of, for `sameEvent`:
 * - `sentence`: the events their sentences name, or else their article's story ("59 injured").
 * - `plan`: what is to come after the story ("must explain the failure to the committee next
 *   Monday"): the events its sentence names, not the story's; it may be the hearing another article names.
 * - `remark`: what a person said: about what it says, wherever it was said and whatever
 *   events its sentence or its article names ("We will not put this offer to a vote" is the remark
 *   another article tells as "the union would put the offer to a ballot, and the strike would go
 *   on"; one drone incident may be a flight story in one article and an airport shutdown in another).
 * - `standing`: a person's title, true whatever event the sentence or the article tells ("State-Owned
 *   Enterprises Minister X" in a story of talks, "the minister of Energy X" in one of the visit).
 */
export type EventScope = 'sentence' | 'plan' | 'remark' | 'standing';

/**
 * Event classes of the response to an incident, not of an incident: a search, a rescue, an
 * operation or an evacuation is part of the avalanche, the fire or the flood it answers, so a
 * count told "in the search" and one told "in the operation" may be about one event, and a lede
 * that says "the search would go on overnight" does not make the story a search.
 */
const RESPONSES = new Set(['search', 'rescue', 'operation', 'evacuation']);

/** The incident classes among a sentence's event classes; undefined when it names none. */
function incidents(events: readonly string[] | undefined): readonly string[] | undefined {
  const kept = events?.filter((e) => !RESPONSES.has(e));
  return kept && kept.length > 0 ? kept : undefined;
}

/**
 * A document's story: the kinds of event its headline and lede name (`events`), those or the kinds
 * its verbs tell when it names none (`told`), and the day of the event.
 */
interface Story {
  events: string[];
  told: string[];
  day?: StoryDay;
  /** The day of the first lede sentence that gives one, whatever event it tells (ledeDay.ts). */
  lede?: StoryDay;
  /** Named events of the lede ("cyclone zaline", "operation sentinel"), lower case. */
  named: string[];
}

/** The story of each document analysis, kept while the analysis lives (date parsing is slow, and corpus runs repeat). */
const stories = new WeakMap<DocumentAnalysis, Story>();

function storyOf(doc: DocumentAnalysis): Story {
  let story = stories.get(doc);
  if (!story) {
    const { nouns, verbs } = storyEvents(doc);
    const told = nouns.length > 0 ? nouns : verbs;
    const dateline = findDateline(doc.text ?? '');
    const lede = ledeSentence(doc, dateline);
    story = {
      events: nouns,
      told,
      day: storyDay(doc, told, dateline),
      lede: lede && dayOfSentence(lede.sentence, lede.date, dateline, lede.restatesAnyEvent),
      named: namedEvents(doc),
    };
    stories.set(doc, story);
  }
  return story;
}

/** The day a document's lede gives its story's event, and where (offsets in the document). */
export interface StoryDay {
  iso: string;
  /** The clause of the lede sentence that gives it. */
  start: number;
  end: number;
  /** True when the sentence tells a time of night or a clock time: the day may differ by one in another zone. */
  night: boolean;
  /**
   * The part of the day the lede puts the event in, when it says so with no clock time ("early on
   * Tuesday", "in the small hours of Monday": early; "late on Monday", "Monday night": late). Two
   * ledes that both say early (or both late) a day apart are a day apart in any zone.
   */
  partOfDay?: 'early' | 'late';
  /** True when the words before the day tell a later development ("the toll rose to seven on Monday", "police said on Monday"). */
  development: boolean;
  /** The hour of the sentence's local clock time ("at around 10:15"), when it gives one. */
  hour?: number;
  /** The sentence's words of what happened (ledeDay.ts), to tie it to another article's lede. */
  words: ReadonlySet<string>;
  /** True when the sentence restates the event with a noun of any event ("The tragedy happened"). */
  restatesAnyEvent: boolean;
}


/** Words before a day that make it the day of a development, not of the event. */
const DEVELOPMENT_BEFORE = /\b(?:rose|risen|climbed|reached|said|says|told|announced|confirmed|reported|arrested|charged|detained|found|recovered)\b[^.;]{0,40}$/iu;


/**
 * The kinds of event a document's headline and lede name ("fire", "crash"), other occurrences
 * ("a previous fire") left out: what the story is about.
 */
function storyEvents(doc: DocumentAnalysis): { nouns: string[]; verbs: string[] } {
  const nouns = new Set<string>();
  // Verbs ("lorry burns") tell the kind only where no noun does, and only to find the story's day:
  // a dam that "gave way" and the flood it caused are one story, told by its cause or its effect.
  const verbs = new Set<string>();
  let body = 0;
  for (const s of doc.sentences ?? []) {
    if (!s.heading && body++ >= LEDE_SENTENCES) break;
    if (s.text.length > 2000) continue;
    for (const e of findEventNouns(s.text)) if (!otherThanStory(e.instance) && !RESPONSES.has(e.cls) && !GENERIC_EVENT_NOUNS.has(e.text.toLowerCase()) && !isVenueOfSaying(s.text, e) && !isMoneyTransfer(s.text, e) && !endedByStory(s.text, e)) nouns.add(e.cls);
    for (const cls of eventClassesByVerb(s.text)) verbs.add(cls);
  }
  return { nouns: [...nouns], verbs: [...verbs] };
}

/**
 * True when a lede's event noun is marked as another occurrence: "Sunday's referendum" in the
 * opening lines is the story's own event, told by its day; "the previous talks" is not.
 */
function otherThanStory(instance: string | undefined): boolean {
  return instance !== undefined && !DAYS_OF_THE_STORY.has(instance);
}

const DAYS_OF_THE_STORY = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday']);

/**
 * "new speaker after 72 days of blockade", "ending a 10-week deadlock": a state that lasted until
 * the story's event, which the event ended; not what the story is about.
 */
function endedByStory(sentence: string, e: { start: number }): boolean {
  return ENDED_BEFORE.test(sentence.slice(Math.max(0, e.start - 48), e.start));
}

const ENDED_BEFORE = /\b(?:after|ending|end(?:s|ed|ing)?\s+(?:to|of))\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:\d+|[a-z]+)[\s-](?:days?|weeks?|months?|years?)(?:-long)?\s+(?:of\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "told a news conference", "told the press briefing": where the story was told, not what it is
 * about. (A press conference that is itself the story, "did not attend the press conference", stays.)
 */
function isVenueOfSaying(sentence: string, e: { start: number; text: string }): boolean {
  const before = sentence.slice(Math.max(0, e.start - 24), e.start);
  if (/\btold\s+(?:a|an|the)\s+(?:(?:press|news|media)\s+)?$/iu.test(before)) return true;
  // "at the press conference held at SBV headquarters": where the news was given out.
  return /\b(?:press|news|media)\s+$/iu.test(before) && /^(?:conference|briefing)s?$/iu.test(e.text) && !/\b(?:attend|miss|boycott|walk(?:ed)?\s+out)/iu.test(sentence);
}

/** "the transfers were made from 22h52 on 31/1": payments, not the handover of people that "transfer" names as an event. */
function isMoneyTransfer(sentence: string, e: { text: string }): boolean {
  return /^transfers?$/iu.test(e.text) && MONEY_WORDS.test(sentence);
}

const MONEY_WORDS = /\b(?:money|funds?|payments?|orders?|banks?|banking|wire|swift|accounts?|fraudulent|billion|million|dollars?|euros?)\b|[$€£¥]/iu;

/** Weekdays and months, which follow "storm" as a time, not a name ("the storm Tuesday"). */
const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/**
 * An event with a name of its own: a storm or an operation ("Cyclone Zaline", "Operation Sentinel").
 * The kind word in any case; the name's capital is tested apart, since the "i" flag makes \p{Lu} match any letter.
 */
const NAMED_EVENT = /\b(cyclone|hurricane|typhoon|storm|operation)\s+(\p{L}[\p{L}-]+)/giu;
const NAMED_EVENT_HEAD = /\b(?:Cyclone|Hurricane|Typhoon|Storm|Operation|cyclone|hurricane|typhoon|storm|operation)\s+\p{Lu}/u;

/**
 * The named events of a document's lede: two articles whose ledes name different
 * storms ("Cyclone Zaline" / "Cyclone Belisa") tell two events, however alike their words.
 */
function namedEvents(doc: DocumentAnalysis): string[] {
  const out = new Set<string>();
  let body = 0;
  for (const s of doc.sentences ?? []) {
    // Headlines are left out: in title case every word looks like a name ("Storm Floods Festival").
    if (s.heading) continue;
    if (body++ >= LEDE_SENTENCES) break;
    if (!NAMED_EVENT_HEAD.test(s.text)) continue;
    for (const m of s.text.matchAll(NAMED_EVENT)) {
      if (/^\p{Lu}/u.test(m[2]) && !CALENDAR_WORD.test(m[2])) out.add(`${m[1].toLowerCase()} ${m[2].toLowerCase()}`);
    }
  }
  return [...out];
}

/**
 * The day of the story's event: the one day-precise date of the first lede sentence that names
 * one of the story's kinds of event ("45 people were hurt after the train derailment on
 * Saturday"), resolved against the article's date; the dateline's date is the article's own, and a
 * day of saying ("officials said on Wednesday") is not the event's.
 */
function storyDay(doc: DocumentAnalysis, events: readonly string[], dateline: Dateline | undefined): StoryDay | undefined {
  if (events.length === 0) return undefined;
  let body = 0;
  for (const s of doc.sentences ?? []) {
    if (s.heading) continue;
    if (body++ >= DAY_SENTENCES) break;
    if (s.text.length > 2000) continue;
    if (!findEventNouns(s.text).some((e) => !e.instance && events.includes(e.cls)) && !events.some((e) => tellsEventByVerb(s.text, e))) continue;
    const dates = eventDates(s, doc.published, dateline);
    // (A day that dates what came days after the event, "toured the vineyards on Thursday, two days
    // after a violent storm", leaves the event's day to a later sentence: "The storm broke ... on
    // Tuesday". A day told "after" the event with no such count, "returned on Sunday after crews
    // accepted a deal, ending a stoppage", may be the end of a long event: it gives no day at all.)
    if (dates.length === 1 && isOneDay(dates[0])) {
      if (!earlierEventAfter(s.text, dates[0].end, events)) return dayOfSentence(s, dates[0], dateline);
      if (DAYS_AFTER.test(s.text.slice(dates[0].end))) continue;
      return undefined;
    }
    // "After the hailstorm of this Monday (14) ..., the minister arrived this Thursday (17)": of
    // several days, the one written right after the event's noun is the event's.
    const named = dates.length > 1 ? dayOfEventNoun(s.text, dates, events) : undefined;
    if (named) return dayOfSentence(s, named, dateline);
    if (dates.length > 0) return undefined;
  }
  return undefined;
}

/** A count of days before "after" ("two days after", "a day after"): the event is that many days earlier. */
const DAYS_AFTER = /\b(?:\d+|a|one|two|three|four|five|six|several|few)\s+days?\s+after\b/iu;

/** The one day of `dates` written right after a noun of the story's event ("the hailstorm of this Monday (14)"), if any. */
function dayOfEventNoun(text: string, dates: readonly DateExpression[], events: readonly string[]): DateExpression | undefined {
  const nouns = findEventNouns(text).filter((e) => !e.instance && events.includes(e.cls));
  const found = dates.filter((d) => isOneDay(d) && nouns.some((e) => e.end <= d.start && /^\s+(?:of|on)\s+(?:this\s+|last\s+|the\s+)?$/iu.test(text.slice(e.end, d.start))));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * True when the story's event is told after the day, in a clause of what came before: "were
 * rescued on Wednesday after their boat capsized in a storm" dates the rescue, not the storm.
 */
function earlierEventAfter(text: string, dayEnd: number, events: readonly string[]): boolean {
  const after = /\b(?:after|following)\b/iu.exec(text.slice(dayEnd));
  if (!after) return false;
  const from = dayEnd + after.index;
  return findEventNouns(text).some((e) => e.start >= from && !e.instance && events.includes(e.cls));
}

/** The story day a sentence gives with its one day `date`: the clause around the day, after any date line. */
function dayOfSentence(s: Sentence, date: DateExpression, dateline: Dateline | undefined, restatesAnyEvent = false): StoryDay {
  const clause = clauseAround(s.text, date.start, DAY_CLAUSE_BREAK);
  if (dateline && dateline.end > s.start + clause.start && dateline.end <= s.start + date.start) clause.start = dateline.end - s.start;
  const text = s.text.slice(clause.start, clause.end);
  const before = s.text.slice(Math.max(0, date.start - 60), date.start);
  const part = partOfDayAt(s.text, date.start, date.end);
  const clock = CLOCK_TIME.test(s.text);
  const hour = clock ? localClockHour(s.text) : undefined;
  return {
    iso: date.iso!,
    start: s.start + clause.start,
    end: s.start + clause.end,
    night: NIGHT_OR_CLOCK.test(s.text),
    ...(part && !clock ? { partOfDay: part } : {}),
    ...(hour !== undefined ? { hour } : {}),
    development: DEVELOPMENT_BEFORE.test(before),
    words: ledeWords(text),
    restatesAnyEvent,
  };
}

/** A byline: "By Jessica Tran", "*By J. Tran | Aug. 4*", "Reporting by X; Editing by Y". */
const BYLINE_LINE = /^[\s*_]*(?:by|(?:additional\s+)?reporting\s+by|written\s+by|words\s+by)\s+\p{Lu}/iu;

/** Names that say what a document is about: headline, dateline, lede, and names repeated (bylines left out). */
function salientEntities(doc: DocumentAnalysis): string[] {
  const out = new Set<string>();
  const lede = new Set<number>();
  const bylines = new Set<number>();
  let body = 0;
  for (const s of doc.sentences ?? []) {
    // The reporter of a byline is not one of the story's people.
    if (BYLINE_LINE.test(s.text)) bylines.add(s.index);
    else if (s.heading) lede.add(s.index);
    else if (body++ < LEDE_SENTENCES) lede.add(s.index);
  }
  const count = new Map<string, number>();
  for (const m of actorMentions(doc)) {
    if (bylines.has(m.sentence)) continue;
    const id = m.id!;
    const n = (count.get(id) ?? 0) + 1;
    count.set(id, n);
    if (n >= 2 || lede.has(m.sentence)) out.add(id);
  }
  const place = datelinePlace(doc);
  if (place !== null) out.add(place);
  return [...out];
}

/** The slug of each document's dateline place (null for none), kept while the analysis lives. */
const datelinePlaces = new WeakMap<DocumentAnalysis, string | null>();

function datelinePlace(doc: DocumentAnalysis): string | null {
  let place = datelinePlaces.get(doc);
  if (place === undefined) {
    const dateline = findDateline(doc.text ?? '');
    place = dateline ? slug(dateline.place) : null;
    datelinePlaces.set(doc, place);
  }
  return place;
}

/** A group of facts that may be about one event, already reduced to representatives. */
export interface EventGroup {
  key: string;
  facts: DetailedFact[];
}

/**
 * The groups of facts to compare: facts with the same `keyOf` that share an anchor, split where
 * their articles' dates are more than `maxDays` apart, each reduced to a few facts per value
 * (`valueOf`: facts with equal values agree, so a few of them stand for all). Facts come in
 * document order. A pair of facts may occur in several groups (several shared anchors):
 * `PairVisits` lets a rule compare it once.
 */
export function* eventGroups(
  facts: readonly DetailedFact[],
  ctx: EventContext,
  keyOf: (f: DetailedFact) => string | undefined,
  valueOf: (f: DetailedFact) => string,
  maxDays: number,
): Iterable<EventGroup> {
  const buckets = new Map<string, { key: string; facts: DetailedFact[] }>();
  for (const f of facts) {
    const key = keyOf(f);
    if (key === undefined) continue;
    for (const anchor of ctx.anchorsOf(f)) {
      const k = `${key}\u0000${anchor}`;
      const bucket = buckets.get(k);
      if (bucket) bucket.facts.push(f);
      else buckets.set(k, { key, facts: [f] });
    }
  }
  // Each article's own group first, so that a statement is set against its own article's
  // statements before those of others; then the groups shared across articles.
  const own = [...buckets].filter(([k, b]) => k.endsWith(`\u0000doc:${b.facts[0].uri}`));
  const shared = [...buckets].filter(([k, b]) => !k.endsWith(`\u0000doc:${b.facts[0].uri}`) && b.facts.some((f) => f.uri !== b.facts[0].uri));
  for (const [, { key, facts: group }] of [...own, ...shared]) {
    if (group.length < 2) continue;
    for (const cluster of timeClusters(group, maxDays)) {
      if (cluster.length < 2) continue;
      yield { key, facts: representatives(cluster, valueOf) };
    }
  }
}

/**
 * Splits facts where their articles' dates leave a gap of more than `maxDays`; facts of undated
 * articles may belong to any of the stretches, so they join each.
 */
function timeClusters(facts: DetailedFact[], maxDays: number): DetailedFact[][] {
  const dated = facts.filter((f) => isDate(f.published));
  if (dated.length <= 1) return [facts];
  const undated = facts.filter((f) => !isDate(f.published));
  const sorted = [...dated].sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0));
  const clusters: DetailedFact[][] = [];
  let current: DetailedFact[] = [sorted[0]];
  for (let i = 1; i < sorted.length; i++) {
    if ((daysApart(sorted[i - 1].published, sorted[i].published) ?? 0) > maxDays) {
      clusters.push(current);
      current = [];
    }
    current.push(sorted[i]);
  }
  clusters.push(current);
  return clusters.map((c) => byDocumentOrder([...c, ...undated]));
}

/** The time of each ISO day seen (null when not a valid day); a workspace has few distinct ones. */
const dayTimes = new Map<string, number | null>();

function timeOfDay(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  let t = dayTimes.get(iso);
  if (t === undefined) {
    t = isoToDate(iso)?.getTime() ?? null;
    if (dayTimes.size > 10_000) dayTimes.clear();
    dayTimes.set(iso, t);
  }
  return t ?? undefined;
}

function isDate(iso: string | undefined): boolean {
  return timeOfDay(iso) !== undefined;
}

/**
 * `daysBetween` of values/dates.ts, with each day parsed once: the rules compare the dates of
 * many pairs of facts.
 */
export function daysApart(a: string | undefined, b: string | undefined): number | undefined {
  const x = timeOfDay(a);
  const y = timeOfDay(b);
  if (x === undefined || y === undefined) return undefined;
  return Math.round((y - x) / 86_400_000);
}

/**
 * A few facts per value, from different articles, body text before headlines. A group with more
 * than `MAX_VALUES` values keeps the most reported ones: so many values are not accounts of one
 * event, and comparing them all would cost the square of their number.
 */
function representatives(facts: DetailedFact[], valueOf: (f: DetailedFact) => string): DetailedFact[] {
  const ordered = byDocumentOrder(facts);
  const byValue = new Map<string, DetailedFact[]>();
  for (const f of ordered) {
    const v = valueOf(f);
    const list = byValue.get(v);
    if (list) list.push(f);
    else byValue.set(v, [f]);
  }
  const values = [...byValue.values()];
  if (values.length > MAX_VALUES) values.sort((a, b) => b.length - a.length).splice(MAX_VALUES);
  const kept: DetailedFact[] = [];
  for (const list of values) {
    // One fact per article: its first statement in body text, else its first in a headline.
    const perDoc = new Map<string, DetailedFact>();
    for (const f of list) {
      const seen = perDoc.get(f.uri);
      if (!seen || (seen.detail.heading && !f.detail.heading)) perDoc.set(f.uri, f);
    }
    kept.push(...[...perDoc.values()].slice(0, REPRESENTATIVES));
  }
  return byDocumentOrder(kept);
}

function byDocumentOrder(facts: DetailedFact[]): DetailedFact[] {
  return [...new Set(facts)].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.span.start - b.span.start));
}

/** Remembers which pairs of facts a rule has compared, so that a pair in two groups is compared once. */
export class PairVisits {
  private readonly ids = new Map<DetailedFact, number>();
  private readonly seen = new Set<number>();

  /** True the first time the pair is offered, false afterwards. */
  first(a: DetailedFact, b: DetailedFact): boolean {
    const ia = this.idOf(a);
    const ib = this.idOf(b);
    const key = ia < ib ? ia * 4_194_304 + ib : ib * 4_194_304 + ia;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  private idOf(f: DetailedFact): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(f, id);
    }
    return id;
  }
}
