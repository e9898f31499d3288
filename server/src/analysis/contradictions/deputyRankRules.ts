/**
 * One person called the holder of an office in one article and its deputy in another: "Elena
 * Stoeva, deputy director of the Varna customs office" against "Elena Stoeva, the director of
 * Varna's customs office", or against another office that runs the whole body ("chief executive of
 * the Varna customs office", TOP_OFFICES) ("vice director", "assistant director" are deputies too). Both titles
 * must be held now, name the same office (role) and a body that may be one ("the customs office"
 * and "Varna Customs Office") or, for ministers, one portfolio ("Deputy Foreign Minister" /
 * "Chad's foreign minister"), and give the person's full name (personIdentity.ts): one person is
 * not an office's holder and its deputy at once.
 */
import type { DetailedFact } from '../facts/detail';
import { distinctiveBodyWords, sameBodyPossible } from './bodies';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { personIdOf } from './personIdentity';

/** Titles from articles further apart than this may both have been true at their time (a promotion). */
const MAX_DAYS_APART = 30;
/**
 * Offices whose deputy is an office of its own. ("Leader" is left out: news calls a party's deputy
 * leader one of its leaders.)
 */
const FORMAL_OFFICES = new Set([
  'director', 'head', 'chief', 'minister', 'governor', 'mayor', 'president', 'chair', 'commissioner', 'secretary', 'prosecutor',
  'manager', 'ceo', 'commander', 'police-chief', 'fire-chief', 'editor', 'principal', 'dean', 'rector', 'ambassador', 'speaker',
]);
/**
 * Offices that run a whole body: the deputy of one of them is not the holder of another ("deputy
 * director of X" against "chief executive of X"). The chair is left out: a body's chair and its
 * chief executive are two offices, and a deputy chief executive may chair a board.
 */
const TOP_OFFICES = new Set(['director', 'head', 'chief', 'ceo', 'president', 'manager']);
/**
 * Offices of which the place or the house a story is about has one: two articles about one event
 * that give one person such an office and its deputy's, naming no body, mean the same house.
 */
const SINGLE_SEATS = new Set(['speaker', 'mayor', 'governor', 'prime-minister', 'president', 'chancellor']);
/** Words that make a title another office than the plain one ("acting director", "co-director", "regional director"). */
const OTHER_OFFICE = /\b(?:acting|interim|co|joint|regional|district|provincial|honorary|former|ex)[\s-]/iu;

/**
 * Two ministers' titles of one portfolio and no other country ("Deputy Foreign Minister X" /
 * "Chad's foreign minister, X"): a country has one minister of each portfolio, so the office is one.
 */
function samePortfolio(a: { portfolio?: string; country?: string }, b: { portfolio?: string; country?: string }): boolean {
  return a.portfolio !== undefined && a.portfolio === b.portfolio && (!a.country || !b.country || a.country === b.country);
}

/** The prefix of a deputy's role ("deputy-director", "vice-president"). */
const DEPUTY_PREFIX = /^(?:deputy|vice)-/u;

/** Adds the deputy-against-holder contradictions among `facts` to `sink`. */
export function deputyRankContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  const officeOf = (f: DetailedFact) => {
    const p = f.kind === 'title' ? f.detail.person : undefined;
    if (!p || p.status !== 'current' || OTHER_OFFICE.test(f.display)) return undefined;
    const role = p.role.replace(DEPUTY_PREFIX, '');
    const person = FORMAL_OFFICES.has(role) ? personIdOf(f) : undefined;
    // A body's vice-president stands in for its chair ("the vice-president of CNE" / "CNE
    // chairwoman"); against its president the title rules (titleRules.ts) speak.
    const office = role === 'president' && DEPUTY_PREFIX.test(p.role) ? 'chair' : TOP_OFFICES.has(role) ? 'top' : role;
    return person ? `${person}|${office}` : undefined;
  };
  // ("Vice Director", "assistant director" are read as the role "deputy-director" by roles.ts, and
  // "vice-president" is the president's deputy.)
  const isDeputy = (f: DetailedFact) => DEPUTY_PREFIX.test(f.detail.person!.role);
  for (const { facts: group } of eventGroups(facts, ctx, officeOf, (f) => `${isDeputy(f)}|${f.detail.person!.organisation ?? ''}`, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      if (isDeputy(a) === isDeputy(b)) return false;
      const pa = a.detail.person!;
      const pb = b.detail.person!;
      // Both must name the body, and one that may be the same; the offices a story's place or
      // house has one of ("Speaker Justus Onchari" / "Deputy Speaker Justus Onchari") need none.
      // (One portfolio is one office whatever else the titles name: "Health Cabinet Secretary" /
      // "Principal Secretary for Health".)
      const seat = samePortfolio(pa, pb) || (!pa.organisation && !pb.organisation && SINGLE_SEATS.has(pa.role.replace(DEPUTY_PREFIX, '')));
      if (!seat) {
        if (!pa.organisation || !pb.organisation || !sameBodyPossible(pa.organisation, pb.organisation)) return false;
        if (distinctiveBodyWords(pa.organisation).length === 0 && distinctiveBodyWords(pb.organisation).length === 0) return false;
      }
      const [deputy, holder] = isDeputy(a) ? [a, b] : [b, a];
      const name = pa.name.length >= pb.name.length ? pa.name : pb.name;
      return sink.add(`title-deputy|${personIdOf(a)}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `${name}'s title`,
        explanation:
          `${shortName(holder.uri)} calls ${name} “${holder.display}”, ${shortName(deputy.uri)} “${deputy.display}”: ` +
          `one person is not an office's holder and its deputy at once.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}
