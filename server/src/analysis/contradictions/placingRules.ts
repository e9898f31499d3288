/**
 * Contradictions about a person's medal or placing in one event (facts/placingFacts.ts): "took the
 * bronze medal in the 200m butterfly" against "won silver in the 200 metres butterfly", in two
 * articles about one competition. An athlete finishes one event of one meeting in one place, so two
 * places cannot both be right; "finished second" and "won silver" are one place and agree. Results
 * named at two different meetings, and articles published weeks apart, are not compared.
 */
import type { DetailedFact } from '../facts/detail';
import { isPlacingFact, type PlacingFact } from '../facts/placingFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles further apart than this may tell of two meetings. */
const MAX_DAYS_APART = 30;

const PLACE_NAMES = ['', 'first (gold)', 'second (silver)', 'third (bronze)'];

/** Adds the placing contradictions among `facts` to `sink`. */
export function placingContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const placings = facts.filter(isPlacingFact);
  if (placings.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isPlacingFact(f) ? `${f.detail.placing.person}|${f.detail.placing.event}` : undefined);
  const valueOf = (f: DetailedFact) => `${(f as PlacingFact).detail.placing.place}|${(f as PlacingFact).detail.placing.meet ?? ''}`;
  for (const { facts: group } of eventGroups(placings, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as PlacingFact).detail.placing;
      const b = (y as PlacingFact).detail.placing;
      if (x.uri === y.uri || a.place === b.place) return false;
      if (a.meet && b.meet && a.meet.toLowerCase() !== b.meet.toLowerCase()) return false;
      const place = (n: number) => PLACE_NAMES[n] ?? `${n}th`;
      return sink.add(`placing|${a.person}|${a.event}|${docPairKey(x, y)}`, {
        kind: 'placing',
        fact: `place in the ${a.event}`,
        explanation:
          `${shortName(x.uri)} says “${x.display}” (${place(a.place)}), ${shortName(y.uri)} says “${y.display}” (${place(b.place)}): ` +
          `one athlete finishes one event of one competition in one place, and both articles tell of the same race.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
