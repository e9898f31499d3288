/**
 * Contradictions about how many diplomats of one nationality were expelled
 * (facts/expulsionCountFacts.ts): "ordered three Lithuanian diplomats out" against "ordered two
 * Lithuanian diplomats to leave", in two articles about one round of expulsions. One round sends
 * home one number of a country's diplomats, so two numbers cannot both be right; counts of two
 * nationalities (the expulsion and the retaliation) are never compared, and articles published
 * more than a week apart may tell of two rounds.
 */
import type { DetailedFact } from '../facts/detail';
import { isExpulsionCountFact, type ExpulsionCountFact } from '../facts/expulsionCountFacts';
import { rangesOverlap } from '../values/hedges';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles further apart than this may tell of another round of expulsions. */
const MAX_DAYS_APART = 7;

/** Adds the expelled-diplomat count contradictions among `facts` to `sink`. */
export function expulsionCountContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const counts = facts.filter(isExpulsionCountFact);
  if (counts.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isExpulsionCountFact(f) ? `expelled:${f.detail.expulsion.country}` : undefined);
  const valueOf = (f: DetailedFact) => String((f as ExpulsionCountFact).detail.expulsion.range.min);
  for (const { facts: group } of eventGroups(counts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as ExpulsionCountFact).detail.expulsion;
      const b = (y as ExpulsionCountFact).detail.expulsion;
      if (x.uri === y.uri || rangesOverlap(a.range, b.range)) return false;
      return sink.add(`expelled-count|${a.country}|${docPairKey(x, y)}`, {
        kind: 'count',
        fact: `number of ${a.written} diplomats expelled`,
        explanation:
          `${shortName(x.uri)} says “${x.display}” (${a.range.min} ${a.written} diplomats expelled), ${shortName(y.uri)} says “${y.display}” (${b.range.min} ${b.written} diplomats expelled): ` +
          `one round of expulsions sends home one number of a country's diplomats, and the two articles tell of the same round.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
