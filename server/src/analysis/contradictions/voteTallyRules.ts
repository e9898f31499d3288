/**
 * Two articles that give one vote's tally with one side the same and the other different: "passed
 * by 196 votes to 121" against "by 196 votes to 112" (facts/voteTallyFacts.ts). The side both give
 * alike ties the tallies to one vote, so the other side cannot differ. Tallies that differ on both
 * sides may be of two votes (two readings, two motions) and are left alone, as are articles that
 * give several tallies, and articles days apart. Both sides alike tie two tallies to one vote even
 * in articles that give several: where both give its abstentions, those cannot differ.
 */
import type { DetailedFact } from '../facts/detail';
import { isVoteTallyFact, type VoteTallyFact } from '../facts/voteTallyFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles further apart than this may tell of another vote. */
const MAX_DAYS_APART = 3;

/** Adds the contradictions between tallies of one vote among `facts` to `sink`. */
export function voteTallyContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const tallies = facts.filter(isVoteTallyFact);
  if (tallies.length < 2) return;
  // An article with two different tallies tells of two votes: which is which is not known.
  const perDoc = new Map<string, Set<string>>();
  for (const f of tallies) perDoc.set(f.uri, (perDoc.get(f.uri) ?? new Set()).add(f.value.kind === 'text' ? f.value.text : ''));
  const single = tallies.filter((f) => perDoc.get(f.uri)!.size === 1);
  const visits = new PairVisits();
  // Grouped by the side both tell alike: the votes for, then the votes against.
  const sides = [(f: DetailedFact) => `for:${(f as VoteTallyFact).detail.voteTally.for}`, (f: DetailedFact) => `against:${(f as VoteTallyFact).detail.voteTally.against}`];
  for (const { facts: group } of sides.flatMap((side) => [...eventGroups(single, ctx, side, (f) => (f.value.kind === 'text' ? f.value.text : ''), MAX_DAYS_APART)])) {
    forEachPair(group, (x, y) => {
      if (x.uri === y.uri) return false;
      const a = (x as VoteTallyFact).detail.voteTally;
      const b = (y as VoteTallyFact).detail.voteTally;
      const sameFor = a.for === b.for;
      const sameAgainst = a.against === b.against;
      if (sameFor === sameAgainst) return false;
      const side = sameFor ? 'against' : 'for';
      return sink.add(`vote-tally|${docPairKey(x, y)}`, {
        kind: 'count',
        fact: `votes ${side}`,
        explanation:
          `${shortName(x.uri)} gives the vote as “${x.display}” (${a.for} for, ${a.against} against), ${shortName(y.uri)} as “${y.display}” ` +
          `(${b.for} for, ${b.against} against): the same ${sameFor ? `${a.for} for` : `${a.against} against`} makes it one vote, which had one number of votes ${side}.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
  // The same votes for and against make one vote, in articles that give several tallies too: where
  // both give its abstentions, they cannot differ.
  const withAbstentions = tallies.filter((f) => (f as VoteTallyFact).detail.voteTally.abstained !== undefined);
  const abstentionVisits = new PairVisits();
  for (const { facts: group } of eventGroups(withAbstentions, ctx, (f) => (f.value.kind === 'text' ? f.value.text : undefined), (f) => String((f as VoteTallyFact).detail.voteTally.abstained), MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as VoteTallyFact).detail.voteTally;
      const b = (y as VoteTallyFact).detail.voteTally;
      if (x.uri === y.uri || a.abstained === b.abstained) return false;
      return sink.add(`vote-abstentions|${docPairKey(x, y)}`, {
        kind: 'count',
        fact: 'abstentions',
        explanation:
          `${shortName(x.uri)} gives the vote as “${x.display}” (${a.abstained} abstaining), ${shortName(y.uri)} as “${y.display}” ` +
          `(${b.abstained} abstaining): the same ${a.for} for and ${a.against} against make it one vote, which had one number of abstentions.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits: abstentionVisits, maxDays: MAX_DAYS_APART });
  }
}
