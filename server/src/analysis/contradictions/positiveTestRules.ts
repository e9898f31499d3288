/**
 * Contradictions about what a person tested positive for (facts/positiveTestFacts.ts): "tested
 * positive to clenbuterol" against "testing positive for the anabolic agent ostarine", in two
 * articles about one athlete's case. A test finds the substances it finds; two articles that name
 * substances with none in common cannot both be right. One that names more ("ostarine and
 * clenbuterol") against one that names fewer ("ostarine") is an omission, not a contradiction.
 */
import type { DetailedFact } from '../facts/detail';
import { isPositiveTestFact, type PositiveTestFact } from '../facts/positiveTestFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles further apart than this may tell of two cases of one athlete. */
const MAX_DAYS_APART = 30;

/** Adds the positive-test contradictions among `facts` to `sink`. */
export function positiveTestContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const tests = facts.filter(isPositiveTestFact);
  if (tests.length < 2) return;
  // A person an article gives two tests with no substance in common (two cases, a positive A and
  // B sample for two things) is never set against another article.
  const substancesOf = new Map<string, Set<string>>();
  for (const f of tests) {
    const k = `${f.uri}\u0000${f.detail.positiveTest.person}`;
    const set = substancesOf.get(k) ?? new Set<string>();
    for (const x of f.detail.positiveTest.substances) set.add(x);
    substancesOf.set(k, set);
  }
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isPositiveTestFact(f) ? `positive-test:${f.detail.positiveTest.person}` : undefined);
  const valueOf = (f: DetailedFact) => (f as PositiveTestFact).detail.positiveTest.substances.join('+');
  for (const { facts: group } of eventGroups(tests, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      if (x.uri === y.uri) return false;
      const a = (x as PositiveTestFact).detail.positiveTest;
      const all = (f: DetailedFact) => substancesOf.get(`${f.uri}\u0000${a.person}`)!;
      const ax = all(x);
      const by = all(y);
      if ([...ax].some((s) => by.has(s))) return false;
      return sink.add(`positive-test|${a.person}|${docPairKey(x, y)}`, {
        kind: 'substance',
        fact: 'substance found in the positive test',
        explanation:
          `${shortName(x.uri)} says “${x.display}” (${[...ax].join(', ')}), ${shortName(y.uri)} says “${y.display}” (${[...by].join(', ')}): ` +
          `the two articles tell of one positive test and name different substances, none in common; the test found what it found, so one of them names the wrong substance.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
