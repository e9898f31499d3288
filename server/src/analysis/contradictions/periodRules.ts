/**
 * Contradictions between two lengths of time given for one thing (facts/periodFact.ts): the time
 * someone has to do something ("48 hours to leave" against "seven days to leave", for the people
 * of one country), how long a closure lasts ("shut for the next three weeks" against "closed
 * for 10 days") and how long people are suspended ("suspended three deputies for 60 days" against
 * "for 90 days"). A week is seven days and 72 hours three days; a minimum ("at least three weeks")
 * is read as an estimate (facts/periodLengths.ts). Lengths are compared only with the same key
 * (the same action for the same people, the same kind of place closed) in articles published
 * within days of each other: a deadline of another round of expulsions is another deadline.
 */
import type { DetailedFact } from '../facts/detail';
import { isPeriodFact, type PeriodFact } from '../facts/periodFact';
import { formatDays, lengthsApart } from '../facts/periodLengths';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles more than this many days apart may tell of another deadline or closure. */
const MAX_DAYS_APART = 7;

/** Adds the period contradictions among `facts` to `sink`. */
export function periodContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const periods = facts.filter(isPeriodFact);
  if (periods.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isPeriodFact(f) ? f.detail.period.key : undefined);
  const valueOf = (f: DetailedFact) => {
    const d = (f as PeriodFact).detail.period.days;
    return `${d.min}|${d.max}`;
  };
  for (const { facts: group } of eventGroups(periods, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as PeriodFact).detail.period;
      const b = (y as PeriodFact).detail.period;
      if (!lengthsApart(a.days, b.days)) return false;
      return sink.add(`period|${a.key}|${docPairKey(x, y)}`, {
        kind: 'time',
        fact: a.what,
        explanation:
          `${shortName(x.uri)} gives ${a.what} as “${a.written}” (${formatDays(a.days)}), ${shortName(y.uri)} as “${b.written}” (${formatDays(b.days)}): ` +
          (a.key.startsWith('closed:')
            ? 'one closure of one place has one length, and these do not overlap.'
            : a.key.startsWith('suspended:')
              ? 'one sanction of the same people has one length, and these do not overlap.'
              : 'one deadline set for the same people and the same act has one length, and these do not overlap.'),
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
