/**
 * Contradictions about the faulty part a recall is for (facts/recallFaultFacts.ts): "because of a
 * problem in the front brake calipers" against "because their rear brake hoses can crack". One
 * recall is for one fault, so two articles about it that name two kinds of part of the same system,
 * or the same part at the front and at the rear, cannot both be right. Parts of two systems (a
 * recall may list a second fault), parts without a system, and kinds that news text uses for one
 * another (brake lines, pipes and hoses) are not set against each other; articles published more
 * than a week apart may tell of two recalls.
 */
import type { DetailedFact } from '../facts/detail';
import { isRecallFaultFact, type RecallFaultFact, type RecallFaultInfo } from '../facts/recallFaultFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles further apart than this may tell of another recall. */
const MAX_DAYS_APART = 7;
/** Kinds of part that news text writes for one another. */
const SAME_PART: Readonly<Record<string, string>> = { hose: 'line', pipe: 'line', line: 'line', disk: 'disc', harness: 'wiring', 'master cylinder': 'cylinder' };

/** Adds the recall-fault contradictions among `facts` to `sink`. */
export function recallFaultContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const faults = facts.filter(isRecallFaultFact).filter((f) => f.detail.fault.system !== '');
  if (faults.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isRecallFaultFact(f) ? `recall-fault:${f.detail.fault.system}` : undefined);
  const valueOf = (f: DetailedFact) => written((f as RecallFaultFact).detail.fault);
  for (const { facts: group } of eventGroups(faults, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as RecallFaultFact).detail.fault;
      const b = (y as RecallFaultFact).detail.fault;
      if (x.uri === y.uri) return false;
      const otherPart = (SAME_PART[a.part] ?? a.part) !== (SAME_PART[b.part] ?? b.part);
      const otherPlace = a.position !== undefined && b.position !== undefined && a.position !== b.position;
      if (!otherPart && !otherPlace) return false;
      const why = otherPart ? `two different parts of the ${a.system} system` : `the ${a.part}s at the ${a.position} and at the ${b.position}`;
      return sink.add(`recall-fault|${a.system}|${docPairKey(x, y)}`, {
        kind: 'substance',
        fact: `faulty part of the recall`,
        explanation:
          `${shortName(x.uri)} says the recall is for “${x.display}” (${written(a)}), ${shortName(y.uri)} says “${y.display}” (${written(b)}): ` +
          `they name ${why} as the fault, and one recall is for one fault.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** The part in words ("rear brake hose"). */
function written(f: RecallFaultInfo): string {
  return [f.position, f.system, f.part].filter(Boolean).join(' ');
}
