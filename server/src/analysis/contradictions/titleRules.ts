/**
 * Contradictions between people's titles:
 * - "former President X" against "President X" (the same role, held and no longer held);
 * - "Foreign Minister X" against "Defence Minister X" (two portfolios of one role);
 * - "Kenyan President X" against "Ugandan President X" (one head-of-state role, two countries).
 * Synonyms agree ("aide" = "adviser"; "special envoy" = "Special Presidential Envoy"), and a
 * person may hold several different roles at once ("special envoy" and "head of a fund"), so
 * different roles are never a contradiction by themselves. One contradiction is reported per
 * person, rule and pair of documents: the first mention of each article stands for the rest.
 */
import type { DetailedFact } from '../facts/detail';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Titles from articles further apart than this may both have been true at their time. */
const MAX_DAYS_APART = 30;
/** Roles one person holds for one country at a time. */
const HEAD_ROLES = new Set(['president', 'prime-minister', 'chancellor', 'king', 'queen', 'vice-president']);

/**
 * Offices of which one person holds one at a time: a company's chief officers, the offices that
 * run a town or a district (mayor, governor, prefect, deputy commissioner, police superintendent),
 * the sides of a court. Other pairs of roles can be held together ("envoy" and "head
 * of a fund", "chief executive" and "chairman"), so only these are compared across roles.
 */
const EXCLUSIVE_OFFICES: Readonly<Record<string, string>> = {
  ceo: 'chief officer of a company', cfo: 'chief officer of a company', coo: 'chief officer of a company', cto: 'chief officer of a company',
  mayor: 'head of a town or region', governor: 'head of a town or region', prefect: 'head of a town or region',
  'deputy-commissioner': 'head of a town or region', 'district-collector': 'head of a town or region', 'district-magistrate': 'head of a town or region',
  'police-superintendent': 'head of a town or region',
  judge: 'side in a court', prosecutor: 'side in a court', 'defence-lawyer': 'side in a court',
};

/** Adds the title contradictions among `facts` to `sink`. */
export function titleContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  sameRoleContradictions(facts, sink, ctx);
  exclusiveOfficeContradictions(facts, sink, ctx);
}

/**
 * "Chief Financial Officer Priya Rao" against "chief operating officer Priya Rao": two offices of
 * one kind that one person cannot hold at once, both said to be held now. Both mentions must
 * give the same first name, so that two people who share a surname are never taken for one.
 */
function exclusiveOfficeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  const familyOf = (f: DetailedFact) => (f.kind === 'title' && f.detail.person ? EXCLUSIVE_OFFICES[f.detail.person.role] : undefined);
  const keyOf = (f: DetailedFact) => {
    const family = familyOf(f);
    return family && f.detail.person!.status === 'current' && f.detail.person!.firstName ? `${f.subject}|${family}` : undefined;
  };
  const valueOf = (f: DetailedFact) => `${f.detail.person!.firstName}|${f.detail.person!.role}`;
  for (const { facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      const pa = a.detail.person!;
      const pb = b.detail.person!;
      if (pa.role === pb.role || pa.firstName !== pb.firstName) return false;
      if (pa.country && pb.country && pa.country !== pb.country) return false;
      const name = pa.name.length >= pb.name.length ? pa.name : pb.name;
      return sink.add(`title-office|${a.subject}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `${name}'s title`,
        explanation:
          `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} “${b.display}”: ` +
          `one person is not ${familyOf(a)} in two offices at once.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** Same role, different status, portfolio or country (see the file comment). */
function sameRoleContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (f.kind === 'title' && f.detail.person ? `${f.subject}|${f.detail.person.role}` : undefined);
  const valueOf = (f: DetailedFact) => {
    const p = f.detail.person!;
    return `${p.firstName ?? ''}|${p.status}|${p.portfolio ?? ''}|${p.country ?? ''}`;
  };
  for (const { facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      const pa = a.detail.person!;
      const pb = b.detail.person!;
      if (pa.role !== pb.role) return false;
      // Two people who share a surname are told apart by their first names.
      if (pa.firstName && pb.firstName && pa.firstName !== pb.firstName) return false;
      const countriesAgree = !pa.country || !pb.country || pa.country === pb.country;
      const name = pa.name.length >= pb.name.length ? pa.name : pb.name;
      const role = pa.role.replace(/-/gu, ' ');
      const statuses = new Set([pa.status, pb.status]);
      if (statuses.has('former') && statuses.has('current') && countriesAgree) {
        const [former, current] = pa.status === 'former' ? [a, b] : [b, a];
        return sink.add(`title-former|${a.subject}|${pa.role}|${docPairKey(a, b)}`, {
          kind: 'title',
          fact: `${name}'s title`,
          explanation:
            `${shortName(former.uri)} calls ${name} “${former.display}”, a ${role} no longer in office; ` +
            `${shortName(current.uri)} calls the same person “${current.display}”, the sitting ${role}. Both cannot be true at the same time.`,
          items: [passageOf(former), passageOf(current)],
        }, [a, b]);
      }
      if (pa.status !== 'current' || pb.status !== 'current') return false;
      if (pa.portfolio && pb.portfolio && pa.portfolio !== pb.portfolio && countriesAgree) {
        return sink.add(`title-portfolio|${a.subject}|${pa.role}|${docPairKey(a, b)}`, {
          kind: 'title',
          fact: `${name}'s title`,
          explanation: `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} “${b.display}”: two different portfolios of one office.`,
          items: [passageOf(a), passageOf(b)],
        }, [a, b]);
      }
      if (HEAD_ROLES.has(pa.role) && !countriesAgree) {
        return sink.add(`title-country|${a.subject}|${pa.role}|${docPairKey(a, b)}`, {
          kind: 'title',
          fact: `${name}'s title`,
          explanation: `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} “${b.display}”: one person is not ${role} of two countries.`,
          items: [passageOf(a), passageOf(b)],
        }, [a, b]);
      }
      return false;
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}
