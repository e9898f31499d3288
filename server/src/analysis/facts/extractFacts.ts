/**
 * Structured facts (subject, attribute, value) of one document: when events began and ended and
 * how long they lasted, clock times of actions, counts and the ages of lasting events, people's
 * ages, counts of people and things, percentages and sums of money, people's titles and nationalities, vessels' flags, who took part
 * in an event, who was there with whom and who was there at all, which bones someone broke, weekdays that do not match their date, the day and the place of a
 * person's one-off event, deadlines and target dates, the days states end, and who said what. Facts are read from every
 * sentence outside page furniture (headlines included), point at the claim that holds them when
 * there is one, and carry the named entities and events of their sentence (see qualifyEvents) so
 * that the rules can tell one event from another.
 */
import { localOffsetFactsOf } from './localOffsetFacts';
import type { DocumentAnalysis, Fact, ResolvedEntity } from '../types';
import { findDateline } from '../dates/dateline';
import { slug } from '../entities/resolveEntities';
import { ageFactsOf } from './ageFacts';
import { appositiveAgeFactsOf } from './appositiveAgeFacts';
import { attendanceFactsOf } from './attendanceFacts';
import { injuryFactsOf } from './injuryFacts';
import { clockTimeFactsOf } from './clockTimeFacts';
import { countFactsOf } from './countFacts';
import { dateFactsOf } from './dateFacts';
import { looseWeekdayFactsOf } from './looseWeekdayFacts';
import { deadlineFactsOf } from './deadlineFacts';
import { eventDayFactsOf } from './eventDayFacts';
import { eventPlaceFactsOf } from './eventPlaceFacts';
import type { DetailedFact } from './detail';
import { actorMentions } from './eventActors';
import { findEventNouns, GENERIC_EVENT_NOUNS } from './events';
import { participantFactsOf } from './participantFacts';
import { presenceFactsOf } from './presenceFacts';
import { levelFactsOf } from './levelFacts';
import { measureFactsOf } from './measureFacts';
import { flowRateFactsOf } from './flowRateFacts';
import { otherArrestFactsOf } from './otherArrestFacts';
import { passengerImpactFactsOf } from './passengerImpactFacts';
import { captivityFactsOf } from './captivityFacts';
import { capacityFactsOf } from './capacityFacts';
import { shareMoveFactsOf } from './shareMoveFacts';
import { flagStateFactsOf } from './flagStateFacts';
import { expulsionCountFactsOf } from './expulsionCountFacts';
import { positiveTestFactsOf } from './positiveTestFacts';
import { voteSplitFactsOf } from './voteSplitFacts';
import { voteTallyFactsOf } from './voteTallyFacts';
import { placingFactsOf } from './placingFacts';
import { appositiveEventDayFactsOf } from './appositiveEventDayFacts';
import { stateEndFactsOf } from './stateEndFacts';
import { nationalityFactsOf } from './nationalityFacts';
import { nextEventFactsOf } from './nextEventFacts';
import { plannedEventDayFactsOf } from './plannedEventDayFacts';
import { reportedSpeechFactsOf } from './reportedSpeechFacts';
import { moneyFigureFactsOf } from './moneyFigureFacts';
import { quantityFactsOf } from './quantityFacts';
import { quoteFactsOf } from './quoteFacts';
import { timeFactsOf } from './timeFacts';
import { prisonTermFactsOf } from './prisonTermFacts';
import { maxSentenceFactsOf } from './maxSentenceFacts';
import { previousRecordFactsOf } from './previousRecordFacts';
import { powerCutFactsOf } from './powerCutFacts';
import { titleFactsOf } from './titleFacts';
import { allowedTimeFactsOf } from './allowedTimeFacts';
import { closurePeriodFactsOf } from './closurePeriodFacts';
import { suspensionPeriodFactsOf } from './suspensionPeriodFacts';
import { placeCountFactsOf } from './placeCountFacts';
import { modelYearFactsOf } from './modelYearFacts';
import { recallFaultFactsOf } from './recallFaultFacts';
import { reopenPeriodFactsOf } from './reopenPeriodFacts';
import { lastDoneFactsOf } from './lastDoneFacts';
import { figureFactsOf } from './figureFacts';
import { actionDayFactsOf } from './actionDayFacts';
import { timedClauseFactsOf } from './timedClauseFacts';

/** The readers of one sentence's facts, each of one kind (one file each). */
const SENTENCE_READERS = [
  timeFactsOf,
  clockTimeFactsOf,
  countFactsOf,
  quantityFactsOf,
  measureFactsOf,
  flowRateFactsOf,
  otherArrestFactsOf,
  passengerImpactFactsOf,
  captivityFactsOf,
  capacityFactsOf,
  shareMoveFactsOf,
  levelFactsOf,
  moneyFigureFactsOf,
  prisonTermFactsOf,
  maxSentenceFactsOf,
  previousRecordFactsOf,
  powerCutFactsOf,
  ageFactsOf,
  appositiveAgeFactsOf,
  titleFactsOf,
  nationalityFactsOf,
  flagStateFactsOf,
  participantFactsOf,
  presenceFactsOf,
  attendanceFactsOf,
  injuryFactsOf,
  dateFactsOf,
  looseWeekdayFactsOf,
  eventDayFactsOf,
  eventPlaceFactsOf,
  nextEventFactsOf,
  plannedEventDayFactsOf,
  deadlineFactsOf,
  stateEndFactsOf,
  reportedSpeechFactsOf,
  allowedTimeFactsOf,
  closurePeriodFactsOf,
  suspensionPeriodFactsOf,
  reopenPeriodFactsOf,
  lastDoneFactsOf,
  expulsionCountFactsOf,
  positiveTestFactsOf,
  voteSplitFactsOf,
  voteTallyFactsOf,
  placingFactsOf,
  appositiveEventDayFactsOf,
  localOffsetFactsOf,
  placeCountFactsOf,
  modelYearFactsOf,
  recallFaultFactsOf,
  figureFactsOf,
  actionDayFactsOf,
  timedClauseFactsOf,
];

/** Longest sentence read for facts; longer "sentences" are lists or run-on page text. */
const MAX_SENTENCE = 2000;

/**
 * The facts of `doc`. Each fact is a `DetailedFact` (the `Fact` fields plus the reasoning data
 * the contradiction rules need). Never throws: a sentence that trips an extractor is skipped.
 */
export function extractFacts(doc: DocumentAnalysis, entities: ReadonlyMap<string, ResolvedEntity>): Fact[] {
  const out: DetailedFact[] = [];
  for (const s of doc.sentences ?? []) {
    if (!s || s.text.length > MAX_SENTENCE) continue;
    for (const extract of SENTENCE_READERS) {
      try {
        for (const f of extract(doc, s, entities)) {
          if (s.heading) f.detail.heading = true;
          out.push(f);
        }
      } catch {
        // One odd sentence must not stop the analysis of the rest.
      }
    }
  }
  try {
    out.push(...quoteFactsOf(doc, entities));
  } catch {
    // As above.
  }
  qualifyEvents(doc, out);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Fact kinds whose subject is a kind of event ("meeting", "plan", "war"), not a named thing. */
const EVENT_KINDS = new Set(['time', 'count', 'participants']);
/** Most actors written into a subject. */
const MAX_SUBJECT_ACTORS = 3;

/**
 * Records the named entities and the event classes of each fact's sentence, and qualifies generic event
 * subjects with them ("meeting" -> "meeting@ana-costa+tomas-berg"), or with the dateline's place
 * when the sentence names none ("fire@mardal"): a meeting or a fire is one event only together
 * with who took part and where. Facts without either keep the bare class; the contradiction stage
 * then compares them only with facts of articles that share a named entity with theirs.
 */
function qualifyEvents(doc: DocumentAnalysis, facts: DetailedFact[]): void {
  const bySentence = new Map<number, Set<string>>();
  for (const m of actorMentions(doc)) {
    const set = bySentence.get(m.sentence) ?? new Set<string>();
    set.add(m.id!);
    bySentence.set(m.sentence, set);
  }
  const eventsBySentence = new Map<number, string[]>();
  const factSentences = new Set(facts.map((f) => f.detail.sentence));
  for (const s of doc.sentences ?? []) {
    if (!factSentences.has(s.index)) continue;
    // "The accident" names any incident: it does not tell a collapse from a crash.
    const classes = [...new Set(findEventNouns(s.text).filter((e) => !e.instance && !GENERIC_EVENT_NOUNS.has(e.text.toLowerCase())).map((e) => e.cls))].sort();
    if (classes.length > 0) eventsBySentence.set(s.index, classes);
  }
  let place: string | undefined | null = null;
  for (const f of facts) {
    const actors = [...(bySentence.get(f.detail.sentence) ?? [])].sort();
    if (actors.length > 0) f.detail.actors = actors;
    const events = eventsBySentence.get(f.detail.sentence);
    if (events) f.detail.events = events;
    // A named person's age is about the person, whatever event the sentence tells.
    if (!EVENT_KINDS.has(f.kind) || f.detail.age?.person) continue;
    if (actors.length > 0) {
      f.subject = `${f.subject}@${actors.slice(0, MAX_SUBJECT_ACTORS).join('+')}`;
      continue;
    }
    if (place === null) {
      const dateline = findDateline(doc.text);
      place = dateline ? slug(dateline.place) : undefined;
    }
    if (place) f.subject = `${f.subject}@${place}`;
  }
}
