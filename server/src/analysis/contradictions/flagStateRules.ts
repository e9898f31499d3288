/**
 * Contradictions about a vessel's flag state (facts/flagStateFacts.ts): "a Liberia-flagged container
 * ship" against "the ship is registered in Panama", in two articles about one accident. A ship flies
 * one flag at a time, so two flags for the ship of one story cannot both be right.
 *
 * Articles are compared only when each gives one flag for its vessels and tells of one vessel (no
 * collision between ships, no "two tankers"): an article with two flags is about two ships. The
 * kinds of vessel must agree ("tanker" and "tanker", or a generic "ship" against either), and the
 * articles must be published within days: a ship may be re-flagged over the years.
 */
import type { DetailedFact } from '../facts/detail';
import { isFlagStateFact, type FlagStateFact } from '../facts/flagStateFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles more than this many days apart may tell of another ship, or of one re-flagged. */
const MAX_DAYS_APART = 7;

/** Adds the flag-state contradictions among `facts` to `sink`. */
export function flagStateContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const flags = facts.filter(isFlagStateFact).filter((f) => !f.detail.flagState.severalVessels);
  if (flags.length < 2) return;
  // The flags each article gives: one with two flags tells of two ships.
  const countries = new Map<string, Set<string>>();
  for (const f of flags) {
    const set = countries.get(f.uri) ?? new Set<string>();
    set.add(f.detail.flagState.country);
    countries.set(f.uri, set);
  }
  const single = flags.filter((f) => countries.get(f.uri)!.size === 1);
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isFlagStateFact(f) ? f.subject : undefined);
  const valueOf = (f: DetailedFact) => (f as FlagStateFact).detail.flagState.country;
  for (const { facts: group } of eventGroups(single, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as FlagStateFact).detail.flagState;
      const b = (y as FlagStateFact).detail.flagState;
      if (x.uri === y.uri || a.country === b.country) return false;
      if (a.vessel && b.vessel && a.vessel !== b.vessel) return false;
      return sink.add(`flag-state|${docPairKey(x, y)}`, {
        kind: 'nationality',
        fact: 'flag state of the vessel',
        explanation:
          `${shortName(x.uri)} says “${x.display}” (flag of ${a.written}), ${shortName(y.uri)} says “${y.display}” (flag of ${b.written}): ` +
          `one ship is registered in one country at a time, and neither article tells of a second vessel.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
