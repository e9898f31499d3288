/**
 * Contradictions about who was with a person (facts/presenceFacts.ts): "accompanied only by his
 * agent" against "accompanied by his agent and his father"; "travelled alone" against "arrived
 * with his lawyer". Only an exclusive statement ("only", "alone") can be contradicted, and only
 * by a list that holds everyone it names and someone more: "accompanied by his agent" agrees with
 * both.
 */
import type { DetailedFact } from '../facts/detail';
import { isPresenceFact, type PresenceFact } from '../facts/presenceFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Statements about one person's company more than this many days apart may be about two occasions. */
const MAX_DAYS_APART = 7;

/** Adds the presence contradictions among `facts` to `sink`. */
export function presenceContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const presence = facts.filter(isPresenceFact);
  if (presence.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isPresenceFact(f) ? f.detail.presence.person : undefined);
  const valueOf = (f: DetailedFact) => `${(f as PresenceFact).detail.presence.exclusive}|${(f as PresenceFact).detail.presence.companions.join(',')}`;
  for (const { key: person, facts: group } of eventGroups(presence, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = x as PresenceFact;
      const b = y as PresenceFact;
      const pa = a.detail.presence;
      const pb = b.detail.presence;
      if (pa.exclusive === pb.exclusive && !(pa.exclusive && pb.exclusive)) return false;
      const [only, list] = pa.exclusive && (!pb.exclusive || pb.companions.length > pa.companions.length) ? [a, b] : [b, a];
      const named = new Set(only.detail.presence.companions);
      const listed = list.detail.presence.companions;
      if (listed.length <= named.size || ![...named].every((c) => listed.includes(c))) return false;
      const extra = listed.filter((c) => !named.has(c));
      return sink.add(`presence|${person}|${docPairKey(a, b)}`, {
        kind: 'participants',
        fact: `who was with ${person}`,
        explanation:
          `${shortName(only.uri)} says “${only.display}”, so no one else was there; ${shortName(list.uri)} says “${list.display}”, ` +
          `which adds ${extra.join(' and ')}.`,
        items: [passageOf(only), passageOf(list)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
