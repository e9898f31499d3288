/**
 * Contradictions between the days of one person's one-off event (facts/eventDayFacts.ts): "passed
 * his medical on Friday, August 29" against "had the medical on Wednesday" (in an article dated
 * Friday 29 August: the 27th) or "on 27 August". A medical happens once; two days for it cannot
 * both be right. A body's next scheduled meeting (facts/nextEventFacts.ts) is one event too, and so
 * is a person's scheduled event (facts/plannedEventDayFacts.ts), whose plans are keyed apart from
 * what happened and so only ever meet other plans.
 */
import type { DetailedFact } from '../facts/detail';
import { isEventDayFact, type EventDayFact } from '../facts/eventDayFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles more than this many days apart may tell of two occurrences (a second medical). */
const MAX_DAYS_APART = 14;

/** Adds the day-of-event contradictions among `facts` to `sink`. */
export function eventDayContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const days = facts.filter(isEventDayFact);
  if (days.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isEventDayFact(f) ? f.detail.eventDay.key : undefined);
  const valueOf = (f: DetailedFact) => (f as EventDayFact).detail.eventDay.day;
  for (const { key, facts: group } of eventGroups(days, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = x as EventDayFact;
      const b = y as EventDayFact;
      if (a.detail.eventDay.day === b.detail.eventDay.day) return false;
      const [person, event] = key.split('|');
      // A plan of a person's event (facts/plannedEventDayFacts.ts): two days set for it.
      if (a.detail.eventDay.planned) {
        return sink.add(`event-day|${key}|${docPairKey(a, b)}`, {
          kind: 'date',
          fact: `day ${person}'s ${event} is scheduled for`,
          explanation:
            `${shortName(a.uri)} says “${a.display}” (${a.detail.eventDay.day}), ${shortName(b.uri)} says “${b.display}” (${b.detail.eventDay.day}): ` +
            `one scheduled ${event} cannot be set for two different days, and neither article says it was moved.`,
          items: [passageOf(a), passageOf(b)],
        }, [a, b]);
      }
      // "next|meeting": a body's next scheduled event (facts/nextEventFacts.ts).
      const whose = person === 'next' ? 'the next' : `${person}'s`;
      return sink.add(`event-day|${key}|${docPairKey(a, b)}`, {
        kind: 'date',
        fact: `day of ${whose} ${event}`,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${a.detail.eventDay.day}), ${shortName(b.uri)} says “${b.display}” (${b.detail.eventDay.day}): ` +
          (person === 'next' ? `a body's next ${event} cannot fall on two days.` : `one ${event} cannot have taken place on two days.`),
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
