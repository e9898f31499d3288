/**
 * A vote told unanimous in one article and split in another (facts/voteSplitFacts.ts): "the
 * seven-member board was unanimous" against "six of the board's seven members voted in favour, with
 * one abstaining". Both must tell the vote of one kind of body ("board" and "board") about one event.
 */
import type { DetailedFact } from '../facts/detail';
import { isVoteSplitFact, type VoteSplitFact } from '../facts/voteSplitFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles further apart than this may tell of two votes. */
const MAX_DAYS_APART = 7;

/** Adds the unanimous-against-split contradictions among `facts` to `sink`. */
export function voteSplitContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const votes = facts.filter(isVoteSplitFact);
  if (votes.length < 2 || !votes.some((f) => f.detail.voteSplit.unanimous)) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isVoteSplitFact(f) ? `vote:${f.detail.voteSplit.body}` : undefined);
  const valueOf = (f: DetailedFact) => String((f as VoteSplitFact).detail.voteSplit.unanimous);
  for (const { facts: group } of eventGroups(votes, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = x as VoteSplitFact;
      const b = y as VoteSplitFact;
      if (x.uri === y.uri || a.detail.voteSplit.unanimous === b.detail.voteSplit.unanimous) return false;
      const [whole, split] = a.detail.voteSplit.unanimous ? [a, b] : [b, a];
      return sink.add(`vote-split|${docPairKey(x, y)}`, {
        kind: 'count',
        fact: `the ${a.detail.voteSplit.body}'s vote`,
        explanation:
          `${shortName(whole.uri)} says “${whole.span.text}”, ${shortName(split.uri)} says “${split.span.text}”: ` +
          `a vote with members abstaining or against was not unanimous.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
