/**
 * Whether a named person or body was at the story's event, as facts: "Ana Ruiz attended the
 * ceremony", "observers from the Election Commission watched from the gallery", "came off the bench",
 * "members of the union were marching", "joined the protest", "Among the mourners were X and Y"
 * (present); "No Red Cross officials were present", "missed the game", "were without striker X",
 * "did not attend", "did not join the protest", "stayed away from Sunday's march", "cancelled her
 * trip" (absent); "chaired the entire session" (there throughout) against "opened the meeting and
 * then left" (left before the end); "addressed the congress by video link" (remote) against "had
 * flown to Lausanne to address the delegates in person" (in person).
 *
 * Precision first: only past tense (a plan to attend is no account of who was there); an absence
 * told of a part of an event ("missed the opening session", "the second half") or of another
 * occurrence ("the previous match") is not read, since it agrees with presence at the rest; a
 * presence told of a part still says the person was there.
 */
import type { DocumentAnalysis, Mention, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { eventClassOf } from './events';
import { sentenceMentions } from './documentIndex';

/** How a statement places someone at an event. */
export type AttendanceStatus = 'present' | 'absent' | 'elsewhere' | 'throughout' | 'left' | 'remote' | 'in person';

/** What an attendance fact says. */
export interface AttendanceInfo {
  /** Entity id of the person or body. */
  who: string;
  /** The name as written, for explanations. */
  name: string;
  status: AttendanceStatus;
  /** The event word after the cue ("handover", "game"), lower case, when written. */
  event?: string;
}

/** A fact carrying attendance. */
export type AttendanceFact = FactWith<'attendance', AttendanceInfo>;

/** Narrows a fact to an attendance fact. */
export const isAttendanceFact = factWithGuard<AttendanceFact>('attendance');

/** Verbs that put their subject at an event, in the past tense. */
const PRESENT_CUE = String.raw`(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance|on\s+hand|in\s+the\s+room|among\s+those\s+present)|attended|watched\s+(?:from|as)|looked\s+on|took\s+part|participated|came\s+(?:on|off\s+the\s+bench)|(?:was|were)\s+(?:brought|sent)\s+on|marched|(?:was|were)\s+(?:also\s+)?marching|joined(?=\s+(?:the|this|that|[\p{L}]+[’']s)\s+(?:protest|protests|march|rally|demonstration|strike|walkout|boycott|sit-in|vigil)\b)|had\s+(?:a|an)\s+(?:team|delegation|representative|observer|official)s?\s+(?:on\s+hand|present|in\s+attendance)|(?:(?:was|were)\s+(?:(?:also|all)\s+)?(?:sitting|seated)|sat|stood)\s+(?:in|on|at)\s+the\s+(?:first|front)\s+(?:rows?|benches|bench|pews?)|stood\s+(?:beside|next\s+to|alongside|behind)\s+(?:the\s+)?[\p{L}\s'’-]{2,40}?\s+at\s+(?=the\s)`;
/** Verbs that say their subject was not there, in the past tense. */
const ABSENT_CUE = String.raw`(?:was|were)\s+(?:not|never)\s+(?:present|in\s+attendance|on\s+hand|in\s+the\s+room)|(?:did\s+not|didn[’']t|failed\s+to)\s+(?:attend|take\s+part|participate|play|turn\s+up|show\s+up)|(?:did\s+not|didn[’']t|refused\s+to|declined\s+to)\s+join|boycotted|(?:was|were)\s+absent|stayed\s+away|kept\s+away|missed\s+(?:the|this|[\p{Lu}][\p{L}]+[’']s)\s+(?=[\p{L}-]+\b)|sat\s+out|(?:cancell?ed|called\s+off|scrapped)\s+(?:his|her|their|its)\s+(?:trip|visit|travel|journey|attendance|appearance)|pulled\s+out\s+of\s+(?:the|this)\s+(?=[\p{L}-]+\b)|(?:did\s+not|didn[’']t)\s+(?:travel|fly|go|come)\s+to\b|(?:did\s+not|didn[’']t)\s+make\s+the\s+(?:trip|journey)|(?:declined|turned\s+down|refused)\s+(?:an|the|a)\s+invitation\s+to\s+(?:attend|join|take\s+part\s+in|be\s+at)`;
/**
 * A list of those who were there, told with the verb before the names: "In the front pews sat the
 * presidents of Uruguay and Paraguay, X and Y", "Among the mourners were X and Y", "Between the
 * foreign authorities were ...". Every person named after the cue, up to the end of the clause,
 * was present. Only nouns of attendance open such a list ("among the dead were" names no guest).
 */
const ATTENDEE_LIST =
  /\b(?:(?:in|on)\s+the\s+front\s+(?:pews?|rows?|benches)\s+(?:sat|stood|were)|(?:among|between)\s+(?:the\s+)?(?:(?:foreign|international|visiting|other|invited|official)\s+)?(?:mourners|guests|dignitaries|attendees|authorities|delegates|delegations|leaders|heads\s+of\s+state|those\s+(?:present|attending|in\s+attendance))\s+(?:were|was|sat|stood)|(?:attending|present)\s+were)\b/giu;

/**
 * A visitor received or met by someone, who was there to do it: "the group was received by
 * Ambassador X", "were met by the mayor, Y". Titles may stand between the cue and the name.
 */
const RECEIVED_BY = /\b(?:(?:was|were)\s+(?:received|welcomed|greeted|met|joined)(?:\s+(?:on|at|in)\s+the\s+[\p{L}-]+)?\s+by|in\s+(?:the\s+)?presence\s+of)\s+/gu;
/** A title before a name: up to three words, or up to six capitalised words and the words that join them. */
const TITLE_BEFORE_NAME = /^(?:(?:[\p{L}.-]+,?\s+){0,3}|(?:(?:the|of|for|and|\p{Lu}[\p{L}.-]*),?\s+){0,6})$/u;

/**
 * Someone busy elsewhere at the time: "X, who was attending a cabinet meeting in Cairo", "who is on
 * a state visit to Japan". The other occasion takes an indefinite article: "attending the summit"
 * may be the story's own event.
 */
const ELSEWHERE_CUE = String.raw`(?:was|were|is|are)\s+(?:attending|at|in|chairing)\s+(?:a|an)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:meeting|summit|conference|congress|forum|gathering)\b|(?:was|were|is|are)\s+(?:on|making)\s+(?:a|an)\s+(?:(?:official|state|working|private|foreign|[\p{L}]+-day)\s+)?(?:visit|trip|tour)\s+(?:to|of|in)\b`;
/** A later return from elsewhere ("... and flew back to Kyiv"): the person may well have come after all. */
const CAME_BACK = /\b(?:back|returned|returning|rushed|hurried|cut\s+short|flew\s+in|arrived)\b/iu;

/**
 * A person who sent someone else: "was represented by his deputy", "sent her chief of staff", "sent
 * Princess X instead". Read of people only: a body "represented by its president" was there.
 */
const SENT_SOMEONE_CUE = String.raw`(?:was|were)\s+represented\s+(?:at\s+[^,.;:!?]{1,40}?\s+)?by\b|sent\s+(?:his|her|their)\s+(?:deputy|representative|envoy|spokes(?:man|woman|person)|number\s+two|second-in-command|chief\s+of\s+staff)\b|sent\s+[^,.;:!?]{1,60}?\s+(?:instead|in\s+(?:his|her|their)\s+(?:place|stead))\b`;

/**
 * Presence told with the verb before the person: "Into the meeting came personally the minister,
 * X", "at the table was also the head of the conference, Y", "On the stage of the theatre were all
 * five jurors, among them Z". Every person named after the cue, up to the end of the clause.
 */
const INVERTED_CUES: ReadonlyArray<[AttendanceStatus, RegExp]> = [
  ['in person', /\bcame\s+(?:personally|in\s+person)\s+/giu],
  ['present', /\b(?:at|on)\s+the\s+(?:table|stage|podium|dais)(?:\s+of\s+[^,.;:!?]{1,40}?)?\s+(?:sat|stood|were|was)\b/giu],
  // "The announcement counted with the presence of the secretary of state, X, and of the mayor, Y"
  // (as Portuguese and Spanish pages write "contou com a presença de").
  ['present', /\b(?:counted|count|counts|had|has)\s+(?:with\s+)?the\s+presence\s+of\s+/giu],
];

/** Presence for the whole event: "chaired the entire session", "sat through the whole meeting". */
const THROUGHOUT_CUE = String.raw`(?:chaired|attended|sat\s+through|stayed\s+(?:for|through)|watched|played|presided\s+over|took\s+part\s+in|(?:was|were)\s+present\s+(?:for|at|during))\s+(?:the\s+)?(?:entire|whole|full)\b`;
/** Presence that ended before the event did: "opened the meeting and then left", "sat in on the first hour before leaving". */
const LEFT_CUE = String.raw`(?:opened|attended|hosted|joined|welcomed|addressed|sat\s+in\s+on|started)\b[^.;:!?]{0,60}?\b(?:(?:and|but)\s+(?:then\s+)?left|before\s+leaving|then\s+left|left\s+(?:early|midway|halfway))\b`;

/**
 * Taking part from afar: "addressed the congress by video link", "joined the press conference via
 * videoconference", "was only connected by video", "spoke remotely".
 */
const REMOTE_CUE = String.raw`(?:(?:addressed|joined|attended|spoke\s+(?:to|at)|took\s+part(?:\s+in)?|participated(?:\s+in)?|appeared\s+(?:at|before|in))\b[^.;:!?]{0,50}?|(?:was|were)\s+(?:only\s+|also\s+)?(?:connected|linked\s+up|present)\s+)(?:by|via|through|over)\s+(?:a\s+)?(?:video(?:\s*(?:link|call|conference))?|videoconference|video-?link|live\s+link|satellite\s+link|teleconference)\b|(?:spoke|took\s+part|joined|participated|attended)\b[^.;:!?]{0,40}?\s(?:remotely|virtually|online)\b`;
/** Being there oneself: "had flown to Lausanne to address the delegates in person", "was personally in Lausanne", "attended the ceremony personally". */
const IN_PERSON_CUE = String.raw`(?:addressed|attended|spoke|appeared|came|travell?ed|flew|had\s+flown|had\s+travell?ed|(?:was|were)\s+there)\b[^.;:!?]{0,60}?\b(?:in\s+person|personally)\b|(?:was|were)\s+personally\s+(?:in|at|present)\b|personally\s+(?:attended|came|travell?ed|flew|addressed)\b`;

const CUES: ReadonlyArray<[AttendanceStatus, RegExp]> = [
  ['remote', new RegExp(String.raw`\b(?:${REMOTE_CUE})`, 'giu')],
  ['in person', new RegExp(String.raw`\b(?:${IN_PERSON_CUE})`, 'giu')],
  ['left', new RegExp(String.raw`\b(?:${LEFT_CUE})`, 'giu')],
  ['throughout', new RegExp(String.raw`\b(?:${THROUGHOUT_CUE})`, 'giu')],
  ['absent', new RegExp(String.raw`\b(?:${ABSENT_CUE})`, 'giu')],
  ['elsewhere', new RegExp(String.raw`\b(?:${ELSEWHERE_CUE})`, 'giu')],
  ['absent', new RegExp(String.raw`\b(?:${SENT_SOMEONE_CUE})`, 'giu')],
  ['present', new RegExp(String.raw`\b(?:${PRESENT_CUE})\b`, 'giu')],
];

/** "Poland were without striker X": the team went without the person named after (case-sensitive: the words before the name are lower case). */
const WITHOUT = /\b(?:was|were)\s+(?:also\s+)?without\s+(?:(?:the|their|its|his|her|injured|suspended|leading|top|first-choice|regular|star|captain)\s+)*(?:[\p{Ll}-]+\s+){0,2}/gu;

/** Words after an absence that narrow it to a part of the event, or to another occurrence. */
const PART_OF_EVENT = /\b(?:opening|closing|first|second|third|final|last|previous|next|earlier|later|morning|afternoon|evening|part|half|start|beginning|end|rest|remainder|day|days|week|weeks|leg|round|stage|session[s]?\s+on|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s\s+(?:session|sitting|stage|round|leg|hearing|practice|training))\b/iu;

/** Words before a cue that make it a plan, a wish, a condition or a report of doubt. */
const NOT_AN_ACCOUNT = /\b(?:will|would|could|may|might|should|must|expected|due|set|plans?|planned|hopes?|hoped|if|unless|whether|reportedly|denied|denies)\b/iu;

/** The types of name that can be at an event. */
const WHO_TYPES = new Set(['PERSON', 'ORG', 'NORP']);

/** Attendance facts of one sentence. */
export function attendanceFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/video|remotely|virtually|online|in person|personally|present|attend|watched|looked on|took part|particip|came o|brought on|sent on|on hand|absent|stayed away|kept away|missed|sat out|without|entire|whole|full|left|leaving|stood|march|join|boycott|cancel|called off|scrapped|pulled out|pews|front row|front bench|mourners|guests|dignitaries|attendees|authorities|delegat|leaders|heads of state|received|welcomed|greeted|met by|travel|trip|journey|did not (?:fly|go|come)|didn.t (?:fly|go|come)|meeting|summit|conference|congress|forum|gathering|visit|tour|represented|sent|presence|came personally|came in person|table|stage|podium|dais|seated|sitting|first row|invitation/iu.test(text)) return [];
  const names = sentenceMentions(doc, s.index).filter((m) => m.id && WHO_TYPES.has(m.type));
  if (names.length === 0) return [];
  const out: DetailedFact[] = [];
  const taken: Array<[number, number]> = [];
  for (const [status, cue] of CUES) {
    for (const m of text.matchAll(cue)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // A cue inside a longer one already read ("attended the entire" inside "attended").
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      // "a ceremony attended by 400 people": the passive names who attended after it.
      if (/^\s+by\b/u.test(text.slice(end, end + 4))) continue;
      const who = subjectBefore(names, s, at);
      if (!who) continue;
      if (/^(?:(?:was|were)\s+represented|sent)\b/iu.test(m[0]) && who.type !== 'PERSON') continue;
      // Elsewhere means somewhere named ("in Brussels", "to Japan"), and for the whole time.
      if (status === 'elsewhere' && (!/\b(?:in|to)\s+\p{Lu}/u.test(m[0] + clauseAfter(text, end)) || CAME_BACK.test(text.slice(end)))) continue;
      let st = status;
      let from = startOfName(names, s, who);
      // "No Red Cross representatives were present": the name is inside a denied subject, and the
      // passage starts at the denial, so that it reads as what it says.
      // "Nobody from Renewal took part", "None of the Greens attended": a denying pronoun before the body.
      const denial = /\b(?:no|(?:nobody|no\s+one|no-one|none)\s+(?:from|of|in|at)(?:\s+the)?)\s+(?:[\p{L}.’'-]+\s+){0,3}$/iu.exec(text.slice(Math.max(0, from - 30), from));
      if (denial) {
        if (st !== 'present') continue;
        st = 'absent';
        from = Math.max(0, from - 30) + denial.index;
      }
      if (NOT_AN_ACCOUNT.test(text.slice(who.end - s.start, at))) continue;
      const after = clauseAfter(text, end);
      if (st === 'absent' && PART_OF_EVENT.test(after)) continue;
      // "missed the penalty", "sat out the heat": only a missed event is an absence.
      if (/^(?:missed|sat)/iu.test(m[0]) && !eventWord(m[0].replace(/^\S+\s+(?:out\s+)?/u, '') + after)) continue;
      taken.push([at, end]);
      // The event named after "attending a meeting" is the other occasion, not the story's.
      out.push(factOf(doc, s, who, st, from, end + after.length, st === 'elsewhere' ? undefined : eventWord(after)));
    }
  }
  for (const [status, cue] of INVERTED_CUES) {
    for (const m of text.matchAll(cue)) {
      const end = (m.index ?? 0) + m[0].length;
      if (NOT_AN_ACCOUNT.test(text.slice(0, m.index ?? 0))) continue;
      for (const who of personsInClause(names, s, end)) out.push(factOf(doc, s, who, status, m.index ?? 0, who.end - s.start, undefined));
    }
  }
  for (const m of text.matchAll(RECEIVED_BY)) {
    const end = (m.index ?? 0) + m[0].length;
    // The first person named after it, with at most a title between ("Ambassador", "the mayor,",
    // "the Minister for Finance Hon. Dr.").
    const who = names.find((n) => n.type === 'PERSON' && n.start - s.start >= end && TITLE_BEFORE_NAME.test(text.slice(end, n.start - s.start)));
    if (!who || NOT_AN_ACCOUNT.test(text.slice(0, m.index ?? 0))) continue;
    out.push(factOf(doc, s, who, 'present', m.index ?? 0, who.end - s.start, undefined));
  }
  for (const m of text.matchAll(ATTENDEE_LIST)) {
    const end = (m.index ?? 0) + m[0].length;
    if (NOT_AN_ACCOUNT.test(text.slice(0, m.index ?? 0))) continue;
    for (const who of personsInClause(names, s, end)) out.push(factOf(doc, s, who, 'present', m.index ?? 0, who.end - s.start, undefined));
  }
  for (const m of text.matchAll(WITHOUT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const who = names.find((n) => n.type === 'PERSON' && n.start - s.start === end);
    if (!who) continue;
    out.push(factOf(doc, s, who, 'absent', at, who.end - s.start, undefined));
  }
  return out;
}

/** The people named from `from` (in the sentence) to the end of its clause. */
function personsInClause(names: readonly Mention[], s: Sentence, from: number): Mention[] {
  const stop = s.text.slice(from).search(/[.;:!?—–]/u);
  const clauseEnd = stop < 0 ? s.text.length : from + stop;
  return names.filter((n) => n.type === 'PERSON' && n.start - s.start >= from && n.end - s.start <= clauseEnd);
}

function factOf(doc: DocumentAnalysis, s: Sentence, who: Mention, status: AttendanceStatus, from: number, to: number, event: string | undefined): DetailedFact {
  const span = spanOf(doc, s.start + from, s.start + to);
  const attendance: AttendanceInfo = { who: who.id!, name: who.text, status, event };
  return factAt<AttendanceFact>(doc, span, {
    kind: 'participants',
    subject: `attendance:${who.id}`,
    attribute: 'attendance',
    value: { kind: 'text', text: status },
    display: span.text.trim(),
    detail: { sentence: s.index, attendance },
  });
}

/** A relative clause between commas, up to a cue: ", who did not travel to Worcester, " / ", whose party won, ". */
const RELATIVE_CLAUSE = /^,\s*(?:who\s+[^,;:.]{1,80}|whose\s+[^,;:.]{1,120}),\s*$/u;

/**
 * The name a cue at `at` is told of: the last name before it in its clause, with nothing but a
 * noun phrase or a relative "who" between ("Representatives of the ICRC watched", "Ana Ruiz,
 * who missed the game", "Almeida, who did not travel to Worcester, joined ... by video link").
 */
function subjectBefore(names: readonly Mention[], s: Sentence, at: number): Mention | undefined {
  const before = names.filter((n) => n.end - s.start <= at);
  const who = before[before.length - 1];
  if (!who) return undefined;
  // A name inside a relative clause is not the subject: "Gregor Vidmar, whose Movement for
  // Stability won the most seats, did not attend".
  const outer = before.find((n) => RELATIVE_CLAUSE.test(s.text.slice(n.end - s.start, at)) && n.end <= who.start);
  if (outer) return outer;
  // "Ana Ruiz, who missed the game"; "the minister, Ana Ruiz, attended" (the name in apposition).
  // "Voinea, 52, did not attend": an age between commas is part of the name's apposition.
  // "The Solidaritatea federation, the largest union, did not join": an apposition that describes the subject.
  const between = s.text
    .slice(who.end - s.start, at)
    .replace(/^,\s*\d{1,3},\s*/u, ' ')
    .replace(/^(\s+\p{Ll}+)?,\s*(?:the|a|an|its|his|her|their)\s+[^,;:.]{1,60},\s*$/u, '$1 ')
    // "Almeida, who did not travel to Worcester, joined ... by video link": a relative clause between commas.
    .replace(RELATIVE_CLAUSE, ' ')
    .replace(/^\)?,\s*(?:who\s+)?$|^\)?,\s*who\s+/u, ' ');
  // "X was in Trujillo for a conference and did not attend": a first predicate of the same
  // subject, joined by "and".
  if (/^\s+(?:was|were|had\s+been|stayed|remained)\s+(?:in|at|on|away)\b[^,;:.!?]{0,80}\band\s+$/u.test(between)) return who;
  // Up to three words of the subject's noun phrase ("Red Cross representatives"); a preposition
  // starts a phrase of place or time, and the name in it is not the subject ("the quay on Friday
  // in a ceremony attended").
  if (between.trim().split(/\s+/u).length > 3 || /[.;:!?—–,]|\b(?:who|which|that|while|but|and|or|said|says|told|after|before|when|as|in|on|at|for|from|to|with|by|during|near|into)\b/iu.test(between)) return undefined;
  return who;
}

/**
 * Where the name of `who` starts in its sentence, taking in the full name before an acronym in
 * brackets ("the International Committee of the Red Cross (ICRC)").
 */
function startOfName(names: readonly Mention[], s: Sentence, who: Mention): number {
  const at = who.start - s.start;
  if (s.text[at - 1] !== '(') return at;
  const full = names.find((n) => n.id === who.id && /^\s*$/u.test(s.text.slice(n.end - s.start, at - 1)));
  return full ? full.start - s.start : at;
}

/** The text after a cue up to the end of its clause. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from);
  const stop = rest.search(/[.;:!?—–]|,\s|\s(?:and|but|while|where|when|after|before|because)\s/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The head of the event phrase after a cue ("at the handover itself" -> "handover"). */
function eventWord(after: string): string | undefined {
  const m = /^\s*(?:(?:at|in|for|during|on|of|from)\s+)?(?:(?:the|a|an|this|that|its|their|[\p{L}]+[’']s)\s+)?([\p{L}-]+)/u.exec(after);
  const word = m?.[1].toLowerCase();
  // "the final half-hour": a word before another noun describes it, and names no event.
  const next = m ? /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after.slice(m[0].length))?.[1] : undefined;
  if (next && !/^(?:itself|through|with|without|in|at|on|of|for|after|before|against|between|from|to|by|as)$/u.test(next)) return undefined;
  return word && eventClassOf(word) ? word : undefined;
}
