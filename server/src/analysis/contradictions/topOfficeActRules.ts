/**
 * One person called the chair of a company in one article and its chief executive in another,
 * where both articles tell the same act of that person with the title ("board chair Jo Doe
 * apologised to passengers" / "Chief Executive Jo Doe apologised at a news conference"): the two
 * reports name the one who acted by two different top offices, and one of them is wrong.
 *
 * One person may be chairman and chief executive, so an article that gives the person both
 * offices ("chairman and chief executive") keeps every pair of that person out. The offices must
 * be held now and plain (no deputy, vice, co-, acting, regional one), the bodies the titles name
 * possibly one, and the act the same verb right after the name (facts/titleTerritory.ts `actAfter`),
 * one that is no mere speech verb ("said" tells many remarks, not one act). Where another article
 * gives one of the offices to someone else, soleHolderRules.ts reports the pair instead.
 */
import type { DetailedFact } from '../facts/detail';
import { sameBodyPossible } from './bodies';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { personIdOf } from './personIdentity';

/** Titles from articles further apart than this may both have been true at their time. */
const MAX_DAYS_APART = 30;
/** The two top offices of a company, as an explanation writes them. */
const TOP_OFFICES: Readonly<Record<string, string>> = { chair: 'chair', ceo: 'chief executive' };
/** Words that make an office one of several, or one held for a while or under another. */
const NOT_PLAIN = /\b(?:deputy|assistant|vice|associate|co|joint|acting|interim|regional|district|local|honorary|former)\b/iu;
/** Verbs of speech: two reports of "X said" may tell two remarks. */
const SPEECH = /^(?:said|added|stated|replied|answered|noted|explained|claimed|insisted|warned|told|asked|argued|remarked|declared|confirmed|announced|reported)$/u;

/** The person of a plain top office held now, when the fact gives one. */
function holderOf(f: DetailedFact): string | undefined {
  const p = f.kind === 'title' ? f.detail.person : undefined;
  if (!p || p.status !== 'current' || !TOP_OFFICES[p.role] || NOT_PLAIN.test(f.display)) return undefined;
  return personIdOf(f);
}

/** Adds the contradictions of one act told with two top offices (see the file comment). */
export function topOfficeActContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const tops = facts.filter((f) => holderOf(f) !== undefined);
  if (tops.length < 2) return;
  // People an article calls both: they hold both.
  const rolesInDoc = new Map<string, Set<string>>();
  for (const f of tops) {
    const k = `${f.uri}\u0000${holderOf(f)}`;
    rolesInDoc.set(k, (rolesInDoc.get(k) ?? new Set<string>()).add(f.detail.person!.role));
  }
  const both = new Set<string>();
  for (const [k, roles] of rolesInDoc) if (roles.size > 1) both.add(k.slice(k.indexOf('\u0000') + 1));

  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => {
    const person = holderOf(f);
    const act = f.detail.person!.act;
    return person && act && !SPEECH.test(act) && !both.has(person) ? `${person}|${act}` : undefined;
  };
  for (const { facts: group } of eventGroups(tops, ctx, keyOf, (f) => f.detail.person!.role, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      const pa = a.detail.person!;
      const pb = b.detail.person!;
      if (a.uri === b.uri || pa.role === pb.role || !sameBodyPossible(pa.organisation, pb.organisation)) return false;
      const name = pa.name.length >= pb.name.length ? pa.name : pb.name;
      return sink.add(`title-top-act|${holderOf(a)}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `${name}'s title`,
        explanation:
          `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} “${b.display}”, both where ${name} ${pa.act}: ` +
          `one act of one person, told with two different top offices (${TOP_OFFICES[pa.role]}; ${TOP_OFFICES[pb.role]}), and no article gives the person both. ` +
          `A company's chair and its chief executive are two posts unless said to be one person's: one of the two titles is wrong.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
