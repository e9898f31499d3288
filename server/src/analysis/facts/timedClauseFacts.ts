/**
 * Clock times with the words of their clause: "The crush began at about 18:40 GMT" (18:20–19:00
 * UTC; crush, began). clockTimeFacts.ts reads the actions it knows by their verbs; these facts
 * carry the clause's words instead, and timedClauseRules.ts compares two articles' times only when
 * their clauses tell the same thing in the same words, as actionDayFacts.ts does for days. Plans,
 * habits, denials, ranges of times and the date line are left out; the time something was said is
 * marked (`whenSaid`).
 */
import { clauseAround, withoutAsides } from '../text/clauses';
import type { DocumentAnalysis, Sentence } from '../types';
import { NOT_WHAT_HAPPENED, SAID_BEFORE } from './actionDayFacts';
import { clauseTerms, isVerbLike, namesIn, type ClauseTerm } from './clauseTerms';
import { clockWindows, linkWindow, writtenTimes, type MinuteWindow } from './clockTimeFacts';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { datelineOf } from './documentIndex';
import { OPENS_ACCORDING_TO } from '../quotes/speechVerbs';

/** What a timed-clause fact says. */
export interface TimedClauseInfo {
  /** The time in the place's local time and in UTC, as far as the text tells them. */
  local?: MinuteWindow;
  utc?: MinuteWindow;
  /** The offset of the article's own story place, when one stands out (clockWindows in clockTimeFacts.ts). */
  storyOffset?: number;
  /** The content words of the clause, the time's own words left out (offsets in the document). */
  terms: ClauseTerm[];
  /**
   * Resolved ids of the people and bodies the clause names: who did it. Places are left out: "on
   * Busan's waterfront" and "at Suyeong Harbour Plaza" may tell one finish, and the place of a
   * zone ("5am Addis Ababa time") is no part of the action.
   */
  names: string[];
  /** Where the time is written (offsets in the document). */
  timeStart: number;
  timeEnd: number;
  /**
   * True when the time is when something was said ("announced at 21:15"): not the time of what
   * happened (timedClauseRules.ts leaves it), but still a time the story's zones must agree on (zoneSlipRules.ts).
   */
  whenSaid?: boolean;
}

export type TimedClauseFact = FactWith<'timedClause', TimedClauseInfo>;

export const isTimedClauseFact = factWithGuard<TimedClauseFact>('timedClause');

/** Where a timed clause's time is written (offsets in the document). */
export function timeSpan(f: TimedClauseFact): { start: number; end: number } {
  return { start: f.detail.timedClause.timeStart, end: f.detail.timedClause.timeEnd };
}

/** A timed clause's time as written ("5.40pm GMT", "10:40 a.m. local time (0840 GMT)"). */
export function timeText(f: TimedClauseFact): string {
  const info = f.detail.timedClause;
  return f.span.text.slice(info.timeStart - f.span.start, info.timeEnd - f.span.start);
}

/**
 * Where a clause ends: a semicolon, a dash, "but", "while", "after", "before", "when", "and"; not
 * "after", "before", "until" or "since" that opens the time itself ("crossed the line shortly
 * after 5am Addis Ababa time").
 */
const CLAUSE_BREAK = /;|\s[—–]\s|,?\s+(?:but|while|whereas|when|and|(?:after|before|until|since)(?!\s+(?:about\s+|around\s+|roughly\s+)?\d))\s+/giu;
/** A time that opens or closes a range ("between 21:45 and 01:00", "from 9 a.m. to 5 p.m."). */
const RANGE_BEFORE = /\b(?:between|from|until|till|to|and)\s+$|[-–]\s*$/iu;
const RANGE_AFTER = /^\s*(?:and|to|until|till|[-–])\s*\d/iu;

/** Words that tell when, which two tellings of one time share whatever they tell. */
const TIME_WORDS = /^(?:morning|afternoon|evening|night|tonight|midnight|midday|noon|local|time|hours?|minutes?|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|gmt|utc|bst|cet|cest)$/iu;

/** An attribution after the time: ", the operator said", ", police chief Mara Lind told reporters". */
const SAID_AFTER = /,\s+(?:[^,;]{0,60}?\s)?(?:said|says|told|added|according)\b/iu;

/** The source after an opening "according to", up to its comma ("the UK Coastguard, "). */
const SOURCE_TO_COMMA = /^[^,;:.]{1,60},\s*/u;

/** What a timed message reported, from its reporting words to the end of the clause ("to report that ...", "saying ..."). */
const REPORTED_CONTENT = /\b(?:to\s+(?:say|report|tell\s+\p{L}+|warn|announce|confirm|explain)|saying|reporting|warning)\b.*$/su;

/** The timed-clause facts of one sentence. */
export function timedClauseFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const written = writtenTimes(text);
  if (written.length === 0) return [];
  const dateline = datelineOf(doc);
  const out: DetailedFact[] = [];
  for (const { time: c, restated } of written) {
    const last = restated ?? c;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(text.slice(last.end, last.end + 12))) continue;
    // "around 7:15 a.m. Eastern": a word after a time without a zone may name one we do not know.
    if (!last.zone && /^\s+\p{Lu}/u.test(text.slice(last.end, last.end + 3))) continue;
    const around = clauseAround(text, c.start, CLAUSE_BREAK);
    if (dateline && dateline.end > s.start + around.start && dateline.end <= s.start + c.start) around.start = dateline.end - s.start;
    // "Power, which failed when the quake hit, was back by noon": a clause that "when" opened ends
    // at its comma; the time after it is the main clause's.
    const opened = /\b(?:when|after|before|while|since|until)\s+$/iu.test(text.slice(Math.max(0, around.start - 8), around.start));
    const comma = opened ? text.slice(around.start, c.start).indexOf(',') : -1;
    if (comma >= 0) around.start += comma + 1;
    // "According to the UK Coastguard, the trawler sent ...": who told it is not what happened.
    const opening = OPENS_ACCORDING_TO.exec(text.slice(around.start, c.start));
    const source = opening && SOURCE_TO_COMMA.exec(text.slice(around.start + opening[0].length, c.start));
    if (opening && source) around.start += opening[0].length + source[0].length;
    // "..., the operator said": who told it is not what happened.
    const said = SAID_AFTER.exec(text.slice(last.end, around.end));
    if (said) around.end = last.end + said.index;
    const clause = text.slice(around.start, around.end);
    // "he radioed rangers to report that the group could go no further": what the call said may be
    // a doubt or a plan; the call itself happened.
    if (NOT_WHAT_HAPPENED.test(whatHappened(doc, s, around.start, clause, last.end - around.start))) continue;
    // "announced at 21:15 local time": when something was said, which only the zone-slip rule reads.
    const whenSaid = SAID_BEFORE.test(text.slice(around.start, c.start));
    const [lo, hi] = linkWindow(before);
    const { local, utc, storyOffset } = clockWindows(doc, s, c, restated, lo, hi);
    if (!local && !utc) continue;
    const timeEnd = last.end + (restated && /^\s*\)/u.test(text.slice(last.end)) ? /^\s*\)/u.exec(text.slice(last.end))![0].length : 0);
    const names = namesIn(doc, s.start + around.start, s.start + around.end);
    // "Power, which failed ... when the quake hit, was back by noon": an aside's words are not what was timed.
    const told = withoutAsides(clause, { start: c.start - around.start, end: timeEnd - around.start });
    const own = clauseTerms(text, around, { start: c.start, end: timeEnd }, undefined, names.spans).filter(
      (t) => !TIME_WORDS.test(t.word) && told[t.start - around.start] !== ' ',
    );
    const terms = [...sharedSubject(doc, s, around.start, own), ...own].map((t) => ({ ...t, start: s.start + t.start, end: s.start + t.end }));
    if (terms.filter((t) => !t.inName).length < 2) continue;
    const span = spanOf(doc, s.start + around.start, s.start + around.end);
    out.push(
      factAt<TimedClauseFact>(doc, span, {
        kind: 'time',
        subject: 'timed-clause',
        attribute: 'timed-clause',
        value: { kind: 'text', text: text.slice(c.start, timeEnd) },
        display: text.slice(c.start, timeEnd),
        detail: { sentence: s.index, timedClause: { local, utc, ...(storyOffset !== undefined ? { storyOffset } : {}), terms, names: names.actors, timeStart: s.start + c.start, timeEnd: s.start + timeEnd, ...(whenSaid ? { whenSaid } : {}) } },
      }),
    );
  }
  return out;
}

/** A message's content after its time: "told a press conference at 11:00 local time that ...". */
const TOLD_THAT = /^[^,;]{0,24}?\bthat\b/su;

/**
 * The words of `clause` (starting at `from` in sentence `s`) that tell what happened, for the test
 * of plans and denials: quotations blanked ("“We have never seen this,” she told a news conference
 * which began at 11 a.m." does not deny the conference) and what a message reported left out.
 */
function whatHappened(doc: DocumentAnalysis, s: Sentence, from: number, clause: string, timeEnd: number): string {
  let told = clause;
  for (const q of doc.quotes) {
    const start = Math.max(q.start - s.start - from, 0);
    const end = Math.min(q.end - s.start - from, told.length);
    if (start < end) told = told.slice(0, start) + ' '.repeat(end - start) + told.slice(end);
  }
  told = told.replace(REPORTED_CONTENT, '');
  const that = SAID_BEFORE_TIME.test(told.slice(0, timeEnd)) ? TOLD_THAT.exec(told.slice(timeEnd)) : null;
  return that ? told.slice(0, timeEnd + that.index) : told;
}

/** A speech verb before a time: the time is when something was said, and "that ..." after it is what. */
const SAID_BEFORE_TIME = /\b(?:said|told|announced|stated|confirmed|declared|reported)\b/iu;

/** "and" before a clause that goes on with the sentence's subject: "... were suspended at 5 a.m. and resumed at 9:30 a.m.". */
const AND_BEFORE = /,?\s+and\s+$/u;

/**
 * The subject's terms (offsets in the sentence) of a clause that opens with its verb after "and"
 * and says nothing else ("Flights at the airport were suspended shortly before 5 a.m. and resumed
 * at 9:30 a.m."): the words before the first clause's verb, so that the second time is told of the
 * flights too.
 */
function sharedSubject(doc: DocumentAnalysis, s: Sentence, clauseStart: number, own: readonly ClauseTerm[]): ClauseTerm[] {
  const text = s.text;
  // (Only where the clause says too little alone: a clause with words of its own is matched by them.)
  const and = own.filter((t) => !t.inName).length < 2 ? AND_BEFORE.exec(text.slice(0, clauseStart)) : null;
  if (!and) return [];
  const first = own[0];
  if (!first || first.inName || !isVerbLike(first.word) || text.slice(clauseStart, first.start).trim() !== '') return [];
  const previous = clauseAround(text, and.index, CLAUSE_BREAK);
  const names = namesIn(doc, s.start + previous.start, s.start + previous.end);
  const terms = clauseTerms(text, previous, { start: previous.end, end: previous.end }, undefined, names.spans);
  const verb = terms.findIndex((t) => !t.inName && isVerbLike(t.word));
  return verb > 0 ? terms.slice(0, verb) : [];
}
