/**
 * Contradictions about which bone a person broke (facts/injuryFacts.ts): "a broken wrist" against
 * "broke his collarbone". Two accounts disagree only when no part one article gives for the
 * person shares a region of the body with any part the other gives: "broken wrist" and "broken
 * arm" may be one injury told loosely, "clavicle" and "collarbone" are one bone, and an article
 * that lists a wrist and a collarbone agrees with one that gives either. The same part on two
 * sides ("left ankle", "right ankle") disagrees when each article names only one side.
 */
import type { DetailedFact } from '../facts/detail';
import { isInjuryFact, type InjuryFact } from '../facts/injuryFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Accounts of one accident are published within days of it. */
const MAX_DAYS_APART = 7;

/** Adds the injury contradictions among `facts` to `sink`. */
export function injuryContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const injuries = facts.filter(isInjuryFact);
  if (injuries.length < 2) return;
  // Everything each article says of each person's bones, so that one part is set against all the other article gives.
  const told = new Map<string, InjuryFact[]>();
  for (const f of injuries) {
    const key = `${f.uri}\u0000${f.detail.injury.person}`;
    told.set(key, [...(told.get(key) ?? []), f]);
  }
  const toldBy = (f: InjuryFact) => told.get(`${f.uri}\u0000${f.detail.injury.person}`)!;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isInjuryFact(f) ? f.detail.injury.person : undefined);
  const valueOf = (f: DetailedFact) => (f as InjuryFact).value.kind === 'text' ? ((f as InjuryFact).value as { text: string }).text : '';
  for (const { key: person, facts: group } of eventGroups(injuries, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = x as InjuryFact;
      const b = y as InjuryFact;
      if (a.uri === b.uri || !disagree(toldBy(a), toldBy(b))) return false;
      const ia = a.detail.injury;
      const ib = b.detail.injury;
      return sink.add(`injury|${person}|${docPairKey(a, b)}`, {
        kind: 'injury',
        fact: `which bone ${ia.name} broke`,
        explanation:
          `${shortName(a.uri)} says ${ia.name} had a broken ${partOf(ia)} (“${a.display}”); ${shortName(b.uri)} says a broken ${partOf(ib)} (“${b.display}”). ` +
          `Neither article gives the other's injury, and the two are different bones.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

function partOf(i: InjuryFact['detail']['injury']): string {
  return i.side ? `${i.side} ${i.part}` : i.part;
}

/** True when nothing one article says of the person's bones can be what the other says. */
function disagree(xs: readonly InjuryFact[], ys: readonly InjuryFact[]): boolean {
  for (const x of xs) {
    for (const y of ys) {
      const a = x.detail.injury;
      const b = y.detail.injury;
      if (!a.regions.some((r) => b.regions.includes(r))) continue;
      // One region: the same injury, unless both give one part on opposite sides.
      const sameRegionSidesDiffer = a.part === b.part && a.side && b.side && a.side !== b.side && singleSided(xs) && singleSided(ys);
      if (!sameRegionSidesDiffer) return false;
    }
  }
  return true;
}

/** An article that gives each part on one side only. */
function singleSided(fs: readonly InjuryFact[]): boolean {
  const sides = new Map<string, Set<string>>();
  for (const f of fs) {
    const i = f.detail.injury;
    const set = sides.get(i.part) ?? new Set<string>();
    set.add(i.side ?? 'unknown');
    sides.set(i.part, set);
  }
  return [...sides.values()].every((s) => s.size === 1);
}
