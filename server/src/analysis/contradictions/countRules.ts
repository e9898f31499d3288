/**
 * Contradictions between counts and ages: two numbers for the same thing whose ranges (after
 * hedges: "roughly 11–12", "more than five", "nearly three") cannot overlap. An earlier and a later
 * version of a document are different things ("an original 14-point draft" and "the revised
 * 10-point plan" agree), and a count without a version is not compared with one that has a
 * version, since it may describe either.
 */
import type { DetailedFact } from '../facts/detail';
import { daysBetween } from '../values/dates';
import { formatRange, rangesOverlap } from '../values/hedges';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, eventLabel, forEachPair, passageOf, shortName } from './factIndex';

/** Ages and counts reported more than this many days apart may both have been true. */
const MAX_DAYS_APART = 60;

/** Adds the count contradictions among `facts` to `sink`. */
export function countContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (f.kind === 'count' && f.detail.range ? `${eventKey(f.subject)}|${f.attribute}|${f.detail.version ?? ''}` : undefined);
  const valueOf = (f: DetailedFact) => `${f.detail.range!.min}|${f.detail.range!.max}`;
  for (const { key, facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      let ra = a.detail.range!;
      const rb = b.detail.range!;
      // An age grows with time: allow for the days between the two articles.
      if (a.attribute.startsWith('age:')) {
        const perUnit: Record<string, number> = { year: 365, month: 30.4, week: 7, day: 1 };
        const days = Math.abs(daysBetween(a.published, b.published) ?? 0) / (perUnit[a.detail.unit ?? 'year'] ?? 365);
        ra = { min: ra.min - days, max: ra.max + days };
      }
      if (rangesOverlap(ra, rb)) return false;
      const label = eventLabel(a.subject);
      const what = a.attribute.startsWith('age:') ? `the ${label}'s age` : `the ${label}'s number of ${a.detail.unit ?? 'item'}s`;
      const version = a.detail.version ? ` (${a.detail.version} version)` : '';
      return sink.add(`count|${key}|${docPairKey(a, b)}`, {
        kind: 'count',
        fact: `${what}${version}`,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${formatRange(a.detail.range!, a.detail.unit)}), ` +
          `${shortName(b.uri)} says “${b.display}” (${formatRange(b.detail.range!, b.detail.unit)}): the ranges do not overlap, so both cannot be right about ${what}.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** The kind of thing a count is about, without its actors ("strike:calloway@...", "plan@..." -> "strike:calloway", "plan"). */
function eventKey(subject: string): string {
  return subject.split('@')[0];
}
