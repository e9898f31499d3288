/**
 * One person given the office that runs a territory for two different territories, in two
 * articles about one event: "Gopal Adhikari, chief district officer of Dhanpur" against "Rivona's
 * chief district officer, Gopal Adhikari"; the mayor of two towns, the governor of two provinces,
 * the police chief of two cities. One person runs one district (town, province) at a time.
 *
 * Both titles must name the same office, held now, and a place (facts/titleTerritory.ts): the
 * place lexicon or the entities stage must know it as a town or region. Two names of one place
 * agree ("Varna" and "Varna province", a district and its town of one name), and so do a town and
 * a region of the lexicon (the town may lie inside it). An article that gives the person the
 * office of both places says they hold both (a district officer may act for a neighbour's).
 */
import type { DetailedFact } from '../facts/detail';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { personIdOf } from './personIdentity';

/** Titles from articles further apart than this may both have been true at their time. */
const MAX_DAYS_APART = 30;

/** Offices that run one territory, as an explanation writes them. */
const TERRITORIAL_OFFICES: Readonly<Record<string, string>> = {
  mayor: 'mayor', governor: 'governor', prefect: 'prefect', 'deputy-commissioner': 'deputy commissioner',
  'district-magistrate': 'district magistrate', 'police-superintendent': 'police superintendent',
  'chief-district-officer': 'chief district officer', 'district-commissioner': 'district commissioner', 'police-chief': 'police chief',
};
/** Words that make the office one under its holder or one held for a while. */
const NOT_THE_HOLDER = /\b(?:deputy|assistant|vice|acting|interim|caretaker|former|honorary)\b/iu;
/** Kinds of place the lexicon knows as towns, and as regions a town may lie in. */
const TOWN_KINDS = new Set(['city', 'capital']);

/** The person and office a fact gives, when it runs a named territory now. */
function officeKey(f: DetailedFact): string | undefined {
  const p = f.kind === 'title' ? f.detail.person : undefined;
  if (!p || p.status !== 'current' || !p.territory || !TERRITORIAL_OFFICES[p.role] || NOT_THE_HOLDER.test(f.display)) return undefined;
  const person = personIdOf(f);
  return person ? `${person}|${p.role}` : undefined;
}

/** True when two territories may be one place or one inside the other. */
function mayBeOnePlace(a: NonNullable<DetailedFact['detail']['person']>, b: NonNullable<DetailedFact['detail']['person']>): boolean {
  const wa = a.territory!.split(/\s+/u);
  const wb = b.territory!.split(/\s+/u);
  if (wa.some((w) => wb.includes(w))) return true;
  // A town and a region the lexicon knows: the town may lie in the region.
  if (a.territoryKind && b.territoryKind && TOWN_KINDS.has(a.territoryKind) !== TOWN_KINDS.has(b.territoryKind)) return true;
  return false;
}

/** Adds the contradictions of one person running two territories (see the file comment). */
export function territoryContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const offices = facts.filter((f) => officeKey(f) !== undefined);
  if (offices.length < 2) return;
  // Offices of two places in one article: the person holds both.
  const placesInDoc = new Map<string, Set<string>>();
  for (const f of offices) {
    const k = `${f.uri}\u0000${officeKey(f)}`;
    placesInDoc.set(k, (placesInDoc.get(k) ?? new Set<string>()).add(f.detail.person!.territory!));
  }
  const both = new Set<string>();
  for (const [k, places] of placesInDoc) if (places.size > 1) both.add(k.slice(k.indexOf('\u0000') + 1));

  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => {
    const key = officeKey(f);
    return key && !both.has(key) ? key : undefined;
  };
  for (const { facts: group } of eventGroups(offices, ctx, keyOf, (f) => f.detail.person!.territory!, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      const pa = a.detail.person!;
      const pb = b.detail.person!;
      if (a.uri === b.uri || pa.role !== pb.role || mayBeOnePlace(pa, pb)) return false;
      const name = pa.name.length >= pb.name.length ? pa.name : pb.name;
      const office = TERRITORIAL_OFFICES[pa.role];
      return sink.add(`title-territory|${officeKey(a)}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `${name}'s title`,
        explanation:
          `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} “${b.display}”: the ${office} of two different places ` +
          `(${pa.organisation}; ${pb.organisation}), and no article gives the person both. One person is ${office} of one place at a time.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}
