/**
 * Offices only one person holds, as the articles about one event fill them:
 * - two different people both given one such office of one named body ("Poland captain Łukasz
 *   Zieliński" / "Goalkeeper Bartosz Szymanski, Poland's captain"; two chief executives of one
 *   company);
 * - one person called the chair of a company in one article and its chief executive in another,
 *   while a third article gives one of the two offices to someone else ("Hanbit chairwoman Yoon
 *   Seo-yeon" / "Hanbit chief executive Yoon Seo-yeon", with "Hanbit chairman Kwon Jae-sung"):
 *   one person may well be chairman and chief executive, but not chair beside another chair.
 * The body must be named by a proper name or a country (see `namedBodyKey`: two "club captains"
 * may captain two clubs), both offices held now and plain (no deputy, vice, co-, acting or
 * regional one), and the two people surely two (see `differentPeople`).
 */
import type { DetailedFact } from '../facts/detail';
import { namedBodyKey } from './bodies';
import { eventGroups, PairVisits, sameEvent, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, sameTimeWindow, shortName } from './factIndex';
import { differentPeople, personIdOf } from './personIdentity';

/** Titles from articles further apart than this may both have been true at their time. */
const MAX_DAYS_APART = 30;

/** Offices one person holds for one body, as an explanation writes them. */
const SOLE_OFFICES: Readonly<Record<string, string>> = {
  captain: 'captain', ceo: 'chief executive', chair: 'chair', cfo: 'chief financial officer', coo: 'chief operating officer',
  cto: 'chief technology officer', 'prime-minister': 'prime minister', 'secretary-general': 'secretary-general', coach: 'coach',
  'fire-chief': 'fire chief', 'police-chief': 'police chief', head: 'head', 'chief-inspector': 'chief inspector',
  'director-general': 'director-general',
};

/** A title's role as this rule keys it: a director-general is the one head of a body, though directors are many. */
function soleRole(f: DetailedFact): string {
  const role = f.detail.person!.role;
  return role === 'director' && /\bdirector[\s-]general\b/iu.test(f.display) ? 'director-general' : role;
}

/** Words that make an office one of several, or one held for a while or under another ("vice-captain", "co-chair", "acting"). */
const NOT_SOLE = /\b(?:deputy|assistant|vice|associate|under|co|joint|acting|interim|regional|district|provincial|local|honorary|youth|junior)\b/iu;
/** Forces where a captain is a rank that many hold, not the one who leads a team. */
const RANKED_FORCES = /\b(?:navy|naval|army|air force|police|coast guard|fire|marines?|guard)\b/iu;

/** The office and body a fact gives, as "role|body", when it is one only one person holds. */
function soleOfficeOf(f: DetailedFact): string | undefined {
  const p = f.kind === 'title' ? f.detail.person : undefined;
  if (!p || p.status !== 'current' || NOT_SOLE.test(f.display)) return undefined;
  // A country's minister of one portfolio ("Latvian Agriculture Minister"): one at a time, unless
  // a junior or shadow one ("Minister of State for ...", "shadow agriculture minister").
  if (p.role === 'minister' && p.portfolio && p.country && personIdOf(f) && !/\b(?:of\s+state|shadow|junior|without\s+portfolio)\b/iu.test(f.display)) {
    return `minister-${p.portfolio}|country:${p.country}`;
  }
  const role = soleRole(f);
  if (!SOLE_OFFICES[role]) return undefined;
  if (role === 'captain' && RANKED_FORCES.test(f.display)) return undefined;
  const body = namedBodyKey(f);
  return body && personIdOf(f) ? `${role}|${body}` : undefined;
}

/** The office of a sole office fact, as an explanation writes it ("chief executive", "agriculture minister"). */
function officeName(f: DetailedFact): string {
  const p = f.detail.person!;
  return p.role === 'minister' && p.portfolio ? `${p.portfolio} minister` : SOLE_OFFICES[soleRole(f)];
}

/** The body part of a sole office key. */
function bodyOf(office: string): string {
  return office.slice(office.indexOf('|') + 1);
}

/** Adds the contradictions of offices only one person holds (see the file comment). */
export function soleHolderContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const holders = facts.filter((f) => soleOfficeOf(f) !== undefined);
  // Offices each person is given per body, across articles and in one article. A person given
  // two offices of one body in two articles, and both in none, is left to the chair and chief
  // executive test below, not set against every other holder.
  const across = new Map<string, Set<string>>();
  const inOne = new Map<string, Set<string>>();
  for (const f of holders) {
    const k = personBody(f);
    across.set(k, (across.get(k) ?? new Set<string>()).add(soleRole(f)));
    inOne.set(`${f.uri}\u0000${k}`, (inOne.get(`${f.uri}\u0000${k}`) ?? new Set<string>()).add(soleRole(f)));
  }
  const together = new Set<string>();
  for (const [k, roles] of inOne) if (roles.size > 1) together.add(k.slice(k.indexOf('\u0000') + 1));
  const contested = (f: DetailedFact) => (across.get(personBody(f))?.size ?? 0) > 1 && !together.has(personBody(f));

  twoHolders(holders, contested, sink, ctx);
  chairAndChiefExecutive(holders, together, sink, ctx);
}

/** The person and the body of a sole office fact, as one key. */
function personBody(f: DetailedFact): string {
  return `${personIdOf(f)}\u0000${bodyOf(soleOfficeOf(f)!)}`;
}

/** Two different people given one office of one body in two articles. */
function twoHolders(holders: readonly DetailedFact[], contested: (f: DetailedFact) => boolean, sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (contested(f) ? undefined : soleOfficeOf(f));
  for (const { facts: group } of eventGroups(holders, ctx, keyOf, (f) => personIdOf(f)!, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      if (a.uri === b.uri || !differentPeople(a, b)) return false;
      const office = officeName(a);
      const [na, nb] = [a.detail.person!.name, b.detail.person!.name];
      return sink.add(`title-sole|${soleOfficeOf(a)}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `who is ${a.display}`,
        explanation:
          `${shortName(a.uri)} calls ${na} “${a.display}”, ${shortName(b.uri)} gives the same office to ${nb} (“${b.display}”): ` +
          `one body has one ${office} at a time, so one of the two names is wrong.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}

/** The two offices that one person may hold together but not beside another holder of either. */
const CHAIR_AND_CEO = new Set(['chair', 'ceo']);

/**
 * One person called the chair of a body in one article and its chief executive in another, while
 * someone else is given one of the two offices of that body in an article of the same event: the
 * person's title that the other holder contradicts is the wrong one. No article may give the
 * person both offices ("chairman and chief executive").
 */
function chairAndChiefExecutive(holders: readonly DetailedFact[], together: ReadonlySet<string>, sink: ContradictionSink, ctx: EventContext): void {
  const candidates = holders.filter((f) => CHAIR_AND_CEO.has(f.detail.person!.role));
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (together.has(personBody(f)) ? undefined : personBody(f));
  for (const { facts: group } of eventGroups(candidates, ctx, keyOf, (f) => f.detail.person!.role, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      if (a.uri === b.uri || a.detail.person!.role === b.detail.person!.role) return false;
      // The person's title that another holder of the office contradicts.
      for (const [mine, other] of [[a, b], [b, a]] as const) {
        const rival = candidates.find(
          (r) =>
            soleOfficeOf(r) === soleOfficeOf(mine) &&
            differentPeople(r, mine) &&
            sameTimeWindow(r, mine, MAX_DAYS_APART) &&
            oneEvent(ctx, r, mine),
        );
        if (!rival) continue;
        const name = mine.detail.person!.name;
        const office = SOLE_OFFICES[mine.detail.person!.role];
        return sink.add(`title-chair-ceo|${personIdOf(a)}|${docPairKey(a, b)}`, {
          kind: 'title',
          fact: `${name}'s title`,
          explanation:
            `${shortName(mine.uri)} calls ${name} “${mine.display}”, ${shortName(other.uri)} “${other.display}”; ` +
            `${shortName(rival.uri)} names ${rival.detail.person!.name} as ${office} (“${rival.display}”). ` +
            `One person may be chair and chief executive, but a body has one ${office} at a time: ${name} is not its ${office}.`,
          items: [passageOf(mine), passageOf(other)],
        }, [a, b]);
      }
      return false;
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}

/** True when two facts may tell one event (sameEvent needs the names `anchorsOf` records for both). */
function oneEvent(ctx: EventContext, a: DetailedFact, b: DetailedFact): boolean {
  ctx.anchorsOf(a);
  ctx.anchorsOf(b);
  return sameEvent(a, b);
}
