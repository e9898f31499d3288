/**
 * Contradictions about who took part in an event. A list of parties "between A, B and C" against
 * a list "between A and B" of the same event says C took part in one account and not in the
 * other. Only a strict superset counts: "between A and B" against "between A and C" more likely
 * describes two different meetings than one.
 */
import type { DetailedFact } from '../facts/detail';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, eventLabel, forEachPair, passageOf, shortName } from './factIndex';

const MAX_DAYS_APART = 7;

/** Adds the participant contradictions among `facts` to `sink`. */
export function participantContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (f.kind === 'participants' && f.detail.parties ? eventLabel(f.subject) : undefined);
  const valueOf = (f: DetailedFact) => [...f.detail.parties!].sort().join(',');
  for (const { key: event, facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      const sa = new Set(a.detail.parties!);
      const sb = new Set(b.detail.parties!);
      const [big, small, bigFact, smallFact] = sa.size >= sb.size ? [sa, sb, a, b] : [sb, sa, b, a];
      if (big.size === small.size || small.size < 2) return false;
      if (![...small].every((p) => big.has(p))) return false;
      const extra = [...big].filter((p) => !small.has(p)).map(label);
      return sink.add(`participants|${event}|${docPairKey(a, b)}|${[...big].sort().join(',')}`, {
        kind: 'participants',
        fact: `who took part in the ${event}`,
        explanation:
          `${shortName(bigFact.uri)} says the ${event} was between ${[...big].map(label).join(', ')}; ` +
          `${shortName(smallFact.uri)} names only ${[...small].map(label).join(' and ')} as its parties. ` +
          `The ${extra.join(' and ')} side cannot both have taken part and not taken part.`,
        items: [passageOf(bigFact), passageOf(smallFact)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

function label(key: string): string {
  return key
    .split('-')
    .map((w) => (w.length <= 2 ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(' ');
}
