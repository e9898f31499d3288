/**
 * Contradictions between the deadlines of one task (facts/deadlineFacts.ts): "must complete the
 * work by the end of March" against "must complete the work by the end of June". Two deadlines of
 * one task are compared only when both are obligations or both are plans or forecasts (a task
 * required by June may well be expected by March), when their actors do not differ, and only
 * when the windows of days their dates name are apart by more than a day ("by the end of March"
 * and "by March 31" agree; so do "by March 31" and "by April 1", which no reader would set apart).
 * Deadlines are their own family: they are never compared with the day an event took place. The
 * day a state is to end ("the alert is in force until Friday", facts/stateEndFacts.ts) is compared
 * the same way, only with other ends of the same kind of state.
 */
import type { DetailedFact } from '../facts/detail';
import { isDeadlineFact, type DeadlineFact, type DeadlineInfo } from '../facts/deadlineFacts';
import { daysBetween } from '../values/dates';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles more than this many days apart may report a deadline that has since been moved. */
const MAX_DAYS_APART = 7;
/** Days two deadline windows may be apart and still be read as one deadline. */
const SLACK_DAYS = 1;

/** Adds the deadline contradictions among `facts` to `sink`. */
export function deadlineContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const deadlines = facts.filter(isDeadlineFact);
  if (deadlines.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isDeadlineFact(f) ? `${f.detail.deadline.key}|${f.detail.deadline.mode}` : undefined);
  const valueOf = (f: DetailedFact) => {
    const d = (f as DeadlineFact).detail.deadline;
    return `${d.lo}|${d.hi}|${d.actor}`;
  };
  for (const { facts: group } of eventGroups(deadlines, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as DeadlineFact).detail.deadline;
      const b = (y as DeadlineFact).detail.deadline;
      if (a.actor && b.actor && a.actor !== b.actor) return false;
      if (!apart(a, b)) return false;
      return sink.add(`deadline|${a.key}|${a.mode}|${docPairKey(x, y)}`, {
        kind: 'date',
        fact: a.mode === 'until' ? `end: ${a.task}` : `deadline: ${a.task}`,
        explanation:
          `${shortName(x.uri)} says “${x.display}” (${window(a)}), ${shortName(y.uri)} says “${y.display}” (${window(b)}): ` +
          (a.mode === 'until'
            ? `one state (${a.task}) cannot end on two different days.`
            : `one ${a.mode === 'required' ? 'deadline' : 'target date'} for one task cannot fall on both dates.`),
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** True when two deadline windows are more than `SLACK_DAYS` apart. */
function apart(a: DeadlineInfo, b: DeadlineInfo): boolean {
  const gap1 = daysBetween(a.hi, b.lo);
  const gap2 = daysBetween(b.hi, a.lo);
  if (gap1 === undefined || gap2 === undefined) return false;
  return gap1 > SLACK_DAYS || gap2 > SLACK_DAYS;
}

/** "2026-03-31" or "2026-03-25 to 2026-03-31". */
function window(d: DeadlineInfo): string {
  return d.lo === d.hi ? d.lo : `${d.lo} to ${d.hi}`;
}
