/**
 * Contradictions about who took part in an event. A list of parties "between A, B and C" against
 * a list "between A and B" of the same event says C took part in one account and not in the
 * other. Only a strict superset counts: "between A and B" against "between A and C" more likely
 * describes two different meetings than one.
 */
import type { DetailedFact } from '../facts/detail';
import { ContradictionSink, docPairKey, FactIndex, forEachPair, passageOf, sameTimeWindow, shortName } from './factIndex';

const MAX_DAYS_APART = 7;

/** Adds the participant contradictions among `facts` to `sink`. */
export function participantContradictions(facts: readonly DetailedFact[], sink: ContradictionSink): void {
  const index = new FactIndex();
  for (const f of facts) if (f.kind === 'participants' && f.detail.parties) index.add(`${f.subject}|participants`, f);
  for (const [, group] of index.pairsGroups()) {
    forEachPair(group, (a, b) => {
      if (!sameTimeWindow(a, b, MAX_DAYS_APART)) return;
      const sa = new Set(a.detail.parties!);
      const sb = new Set(b.detail.parties!);
      const [big, small, bigFact, smallFact] = sa.size >= sb.size ? [sa, sb, a, b] : [sb, sa, b, a];
      if (big.size === small.size || small.size < 2) return;
      if (![...small].every((p) => big.has(p))) return;
      const extra = [...big].filter((p) => !small.has(p)).map(label);
      sink.add(`participants|${a.subject}|${docPairKey(a, b)}|${[...big].sort().join(',')}`, {
        kind: 'participants',
        fact: `who took part in the ${a.subject}`,
        explanation:
          `${shortName(bigFact.uri)} says the ${a.subject} was between ${[...big].map(label).join(', ')}; ` +
          `${shortName(smallFact.uri)} names only ${[...small].map(label).join(' and ')} as its parties. ` +
          `The ${extra.join(' and ')} side cannot both have taken part and not taken part.`,
        items: [passageOf(bigFact), passageOf(smallFact)],
      });
    });
  }
}

function label(key: string): string {
  return key
    .split('-')
    .map((w) => (w.length <= 2 ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(' ');
}
