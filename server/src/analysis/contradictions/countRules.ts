/**
 * Contradictions between counts and ages: two numbers for the same thing whose ranges (after
 * hedges: "roughly 19–20", "more than five", "nearly four") cannot overlap. An earlier and a later
 * version of a document are different things ("an original 28-point draft" and "the revised
 * 20-point plan" agree), and a count without a version is not compared with one that has a
 * version, since it may describe either.
 */
import type { DetailedFact } from '../facts/detail';
import { daysBetween } from '../values/dates';
import { formatRange, rangesOverlap } from '../values/hedges';
import { ContradictionSink, docPairKey, FactIndex, forEachPair, passageOf, sameTimeWindow, shortName } from './factIndex';

/** Ages and counts reported more than this many days apart may both have been true. */
const MAX_DAYS_APART = 60;

/** Adds the count contradictions among `facts` to `sink`. */
export function countContradictions(facts: readonly DetailedFact[], sink: ContradictionSink): void {
  const index = new FactIndex();
  for (const f of facts) if (f.kind === 'count' && f.detail.range) index.add(`${f.subject}|${f.attribute}|${f.detail.version ?? ''}`, f);
  for (const [, group] of index.pairsGroups()) {
    forEachPair(group, (a, b) => {
      if (!sameTimeWindow(a, b, MAX_DAYS_APART)) return;
      let ra = a.detail.range!;
      const rb = b.detail.range!;
      // An age grows with time: allow for the days between the two articles.
      if (a.attribute.startsWith('age:')) {
        const perUnit: Record<string, number> = { year: 365, month: 30.4, week: 7, day: 1 };
        const days = Math.abs(daysBetween(a.published, b.published) ?? 0) / (perUnit[a.detail.unit ?? 'year'] ?? 365);
        ra = { min: ra.min - days, max: ra.max + days };
      }
      if (rangesOverlap(ra, rb)) return;
      const what = a.attribute.startsWith('age:') ? `the ${a.subject.split(':')[0]}'s age` : `the ${a.subject.split(':')[0]}'s number of ${a.detail.unit ?? 'item'}s`;
      const version = a.detail.version ? ` (${a.detail.version} version)` : '';
      sink.add(`count|${a.subject}|${a.attribute}|${a.detail.version ?? ''}|${docPairKey(a, b)}`, {
        kind: 'count',
        fact: `${what}${version}`,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${formatRange(a.detail.range!, a.detail.unit)}), ` +
          `${shortName(b.uri)} says “${b.display}” (${formatRange(b.detail.range!, b.detail.unit)}): the ranges do not overlap, so both cannot be right about ${what}.`,
        items: [passageOf(a), passageOf(b)],
      });
    });
  }
}
