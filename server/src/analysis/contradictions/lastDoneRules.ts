/**
 * Contradictions about when something was last inspected, serviced or renovated
 * (facts/lastDoneFacts.ts): "The last inspection of the bridge was made in 2019" against "the
 * bridge was last inspected in 2022". Before one day a thing has one last act of a kind, so two
 * years (or two months of one year) for it cannot both be right.
 *
 * Facts are compared only with the same act and the same thing, in articles of one story published
 * within a month: a later article may tell of a later inspection. An article that gives two dates
 * for one act and thing speaks of two things (two bridges, two viaducts) and is left out.
 */
import type { DetailedFact } from '../facts/detail';
import { isLastDoneFact, type LastDoneFact } from '../facts/lastDoneFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles more than this many days apart may tell of a later act. */
const MAX_DAYS_APART = 30;

/** Adds the last-done contradictions among `facts` to `sink`. */
export function lastDoneContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const all = facts.filter(isLastDoneFact);
  if (all.length < 2) return;
  const dateOf = (f: LastDoneFact) => `${f.detail.lastDone.year}-${f.detail.lastDone.month ?? ''}`;
  // The dates each article gives for one act and thing: two of them tell of two things.
  const dates = new Map<string, Set<string>>();
  for (const f of all) {
    const key = `${f.uri}|${f.subject}`;
    dates.set(key, (dates.get(key) ?? new Set<string>()).add(dateOf(f)));
  }
  const single = all.filter((f) => dates.get(`${f.uri}|${f.subject}`)!.size === 1);
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isLastDoneFact(f) ? f.subject : undefined);
  const valueOf = (f: DetailedFact) => dateOf(f as LastDoneFact);
  for (const { facts: group } of eventGroups(single, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = (x as LastDoneFact).detail.lastDone;
      const b = (y as LastDoneFact).detail.lastDone;
      if (x.uri === y.uri || !datesApart(a, b)) return false;
      const act = ACT_NOUNS[a.act] ?? a.act;
      return sink.add(`last-done|${x.subject}|${docPairKey(x, y)}`, {
        kind: 'date',
        fact: `last ${act} of the ${a.thing}`,
        explanation:
          `${shortName(x.uri)} dates the last ${act} of the ${a.thing} to ${a.written} (“${x.display}”), ${shortName(y.uri)} to ${b.written} (“${y.display}”): ` +
          `the ${a.thing} of one story has one most recent ${act}, and it cannot fall in both ${a.written} and ${b.written}.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** The acts of facts/lastDoneFacts.ts as nouns, for explanations. */
const ACT_NOUNS: Readonly<Record<string, string>> = {
  inspect: 'inspection', service: 'servicing', renovate: 'renovation', resurface: 'resurfacing', certify: 'certification',
};

/** True when two dates cannot be one: other years, or other months when both give a month. */
function datesApart(a: LastDoneFact['detail']['lastDone'], b: LastDoneFact['detail']['lastDone']): boolean {
  if (a.year !== b.year) return true;
  return a.month !== undefined && b.month !== undefined && a.month !== b.month;
}
