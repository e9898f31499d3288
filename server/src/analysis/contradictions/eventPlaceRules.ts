/**
 * Contradictions between the places of one person's one-off event (facts/eventPlaceFacts.ts):
 * "Ruiz was arrested at Lisbon airport" against "police arrested him at a hotel in Porto". A
 * person is arrested (born, killed) once in one story; two towns for it cannot both be right.
 *
 * Only towns are set apart: each fact must name a town or city of the place lexicon, the two must
 * share no name at all ("Barajas airport" and "Madrid's Barajas airport" agree), and their towns
 * must differ. A country, a region or a building without its town is never set against a town,
 * since it may hold it.
 */
import type { DetailedFact } from '../facts/detail';
import { isEventPlaceFact, type EventPlaceFact } from '../facts/eventPlaceFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles more than this many days apart may tell of two arrests. */
const MAX_DAYS_APART = 14;

/** Adds the event-place contradictions among `facts` to `sink`. */
export function eventPlaceContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const places = facts.filter(isEventPlaceFact).filter((f) => f.detail.eventPlace.towns.length > 0);
  if (places.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isEventPlaceFact(f) ? f.detail.eventPlace.key : undefined);
  const valueOf = (f: DetailedFact) => (f as EventPlaceFact).detail.eventPlace.names.join('+');
  for (const { key, facts: group } of eventGroups(places, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as EventPlaceFact).detail.eventPlace;
      const b = (y as EventPlaceFact).detail.eventPlace;
      if (a.names.some((n) => b.names.includes(n))) return false;
      const [person, event] = key.split('|');
      return sink.add(`event-place|${key}|${docPairKey(x, y)}`, {
        kind: 'place',
        fact: `place of ${person}'s ${event}`,
        explanation:
          `${shortName(x.uri)} says “${x.display}” (${a.towns.join(', ')}), ${shortName(y.uri)} says “${y.display}” (${b.towns.join(', ')}): ` +
          `one ${event} of one person cannot have taken place in two towns.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
