/**
 * Contradictions between facts, across documents and within one. Each rule family groups the
 * facts by what they are about and by the named entities of their event (eventIdentity.ts), and
 * compares only facts in one group, reduced to a few per value: the cost grows with the facts
 * about each event, not with all pairs of facts in the workspace, and stories of the same kind
 * (two factory fires in two towns) are never compared.
 *
 * Every contradiction has two items (three only when a start, an end and a duration from three
 * statements do not add up), each a tight passage stating one value; an article that repeats a
 * value is reported once per pair of articles, from its first statement.
 */
import { localOffsetContradictions } from './localOffsetRules';
import { isDetailed, type DetailedFact } from '../facts/detail';
import { runSteps, type Steps } from '../steps';
import type { CancellationSignal, Contradiction, DocumentAnalysis, ResolvedEntity } from '../types';
import { ageContradictions } from './ageRules';
import { attendanceContradictions } from './attendanceRules';
import { clockTimeContradictions } from './clockTimeRules';
import { countContradictions } from './countRules';
import { currencyContradictions } from './currencyRules';
import { deadlineContradictions } from './deadlineRules';
import { eventDayContradictions } from './eventDayRules';
import { eventPlaceContradictions } from './eventPlaceRules';
import { EventContext } from './eventIdentity';
import { flagStateContradictions } from './flagStateRules';
import { expulsionCountContradictions } from './expulsionCountRules';
import { positiveTestContradictions } from './positiveTestRules';
import { voteSplitContradictions } from './voteSplitRules';
import { voteTallyContradictions } from './voteTallyRules';
import { placingContradictions } from './placingRules';
import { ContradictionSink } from './factIndex';
import { injuryContradictions } from './injuryRules';
import { paraphraseContradictions } from './paraphraseRules';
import { perPersonPaymentContradictions } from './perPersonPaymentRules';
import { nationalityContradictions } from './nationalityRules';
import { participantContradictions } from './participantRules';
import { periodContradictions } from './periodRules';
import { presenceContradictions } from './presenceRules';
import { quantityContradictions } from './quantityRules';
import { quoteContradictions } from './quoteRules';
import { timeContradictions } from './timeRules';
import { titleContradictions } from './titleRules';
import { weekdayContradictions } from './weekdayRules';
import { modelYearContradictions } from './modelYearRules';
import { recallFaultContradictions } from './recallFaultRules';
import { lastDoneContradictions } from './lastDoneRules';
import { figureContradictions } from './figureRules';
import { actionDayContradictions } from './actionDayRules';
import { timedClauseContradictions } from './timedClauseRules';
import { zoneSlipContradictions } from './zoneSlipRules';
import { storyDayContradictions } from './storyDayRules';

/** A contradiction rule: a generator that yields between events (steps.ts), or one that runs in one go. */
type Rule = (facts: DetailedFact[], sink: ContradictionSink, ctx: EventContext) => void | Steps<void>;

/** The rules, each of one kind of contradiction (one file each). */
const RULES: readonly Rule[] = [
  timeContradictions,
  clockTimeContradictions,
  countContradictions,
  quantityContradictions,
  currencyContradictions,
  perPersonPaymentContradictions,
  ageContradictions,
  titleContradictions,
  nationalityContradictions,
  flagStateContradictions,
  participantContradictions,
  presenceContradictions,
  attendanceContradictions,
  injuryContradictions,
  eventDayContradictions,
  eventPlaceContradictions,
  deadlineContradictions,
  quoteContradictions,
  paraphraseContradictions,
  weekdayContradictions,
  periodContradictions,
  expulsionCountContradictions,
  positiveTestContradictions,
  voteSplitContradictions,
  voteTallyContradictions,
  placingContradictions,
  localOffsetContradictions,
  modelYearContradictions,
  recallFaultContradictions,
  lastDoneContradictions,
  figureContradictions,
  actionDayContradictions,
  timedClauseContradictions,
  zoneSlipContradictions,
  storyDayContradictions,
];

/** The contradictions among the facts of `docs` (extracted before by extractFacts). */
export function findContradictions(
  docs: readonly DocumentAnalysis[],
  entities: ReadonlyMap<string, ResolvedEntity>,
  signal: CancellationSignal,
): Contradiction[] {
  return runSteps(findContradictionsSteps(docs, entities, signal));
}

/** `findContradictions`, yielding between rule families (see steps.ts). */
export function* findContradictionsSteps(
  docs: readonly DocumentAnalysis[],
  entities: ReadonlyMap<string, ResolvedEntity>,
  signal: CancellationSignal,
): Steps<Contradiction[]> {
  const facts: DetailedFact[] = [];
  for (const doc of docs) for (const f of doc.facts ?? []) if (isDetailed(f)) facts.push(f);
  const sink = new ContradictionSink();
  const ctx = new EventContext(docs, entities);
  // A rule may be a generator that yields between events (steps.ts); the others run in one go.
  for (const rule of RULES) {
    yield;
    if (signal.isCancellationRequested) break;
    try {
      const steps = rule(facts, sink, ctx);
      if (steps) yield* steps;
    } catch {
      // A rule that fails on odd data must not take the others down.
    }
  }
  return sink.found;
}
