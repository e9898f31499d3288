/**
 * Contradictions between people's titles:
 * - "former President X" against "President X" (the same role, held and no longer held);
 * - "Foreign Minister X" against "Defence Minister X" (two portfolios of one role);
 * - "Kenyan President X" against "Ugandan President X" (one head-of-state role, two countries);
 * - "CFO X" against "COO X", "Norway's ambassador to Portugal, X" against "Norway's consul general in
 *   Lisbon, X" (two offices of which one person holds one, EXCLUSIVE_OFFICES);
 * - "union spokeswoman X" against "the union's president, X" (one speaks for those who lead);
 * - "deputy director X" against "the director, X" of one body (deputyRankRules.ts);
 * - a minister against the head of an agency, the heads of two bodies (heldOfficeRules.ts), and
 *   one office of a named body given to two people (soleHolderRules.ts), one person running two
 *   territories (territoryRules.ts), one act told with the chair and the chief executive (topOfficeActRules.ts).
 * From the fourth rule on, people are known by their full names as the entities stage resolved
 * them (personIdentity.ts).
 * Synonyms agree ("aide" = "adviser"; "special envoy" = "Special Presidential Envoy"), and a
 * person may hold several different roles at once ("special envoy" and "head of a fund",
 * "chairman and chief executive"), so different roles are a contradiction only from the
 * fourth rule on, for the offices each of them names. One contradiction is reported per person, rule and pair of documents: the first mention
 * of each article stands for the rest.
 */
import type { DetailedFact } from '../facts/detail';
import type { Steps } from '../steps';
import { distinctiveBodyWords, sameBodyPossible } from './bodies';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { deputyRankContradictions } from './deputyRankRules';
import { heldOfficeContradictions } from './heldOfficeRules';
import { personIdOf } from './personIdentity';
import { soleHolderContradictions } from './soleHolderRules';
import { territoryContradictions } from './territoryRules';
import { topOfficeActContradictions } from './topOfficeActRules';

/** Titles from articles further apart than this may both have been true at their time. */
const MAX_DAYS_APART = 30;
/** Roles one person holds for one country at a time. */
const HEAD_ROLES = new Set(['president', 'prime-minister', 'chancellor', 'king', 'queen', 'vice-president']);

/** The family of the heads of a state, a government or a club and the coach of a team. */
const HEAD_FAMILY = 'the head of a state, a government or a club, or the coach of a team,';

/** The family of the chair and the secretary-general of one body (compared only when both name it). */
const BODY_OFFICERS = 'the chair and the secretary-general of one body,';

/** The family of military ranks. */
const RANK_FAMILY = 'military rank';

/** The family of diplomatic posts: an ambassador heads an embassy, a consul a consulate, a chargé d'affaires an embassy without an ambassador. */
const DIPLOMATIC_FAMILY = 'head of a diplomatic mission';
/**
 * Titles that make a diplomatic post no career post of its own or one under its head: a deputy's,
 * an honorary consul (often a local businessman), a goodwill or brand ambassador.
 */
const NOT_MISSION_HEADS = /\b(?:deputy|assistant|vice|honorary|goodwill|brand|roving|youth|cultural|special)\b/iu;

/**
 * Offices of which one person holds one at a time: a company's chief officers, the offices that
 * run a town or a district (mayor, governor, prefect, deputy commissioner, police superintendent),
 * the sides of a court, the heads of diplomatic missions (ambassador, consul, chargé d'affaires), an
 * officer's ranks (brigadier, colonel, general...). Other pairs of roles can be held together ("envoy" and "head
 * of a fund", "chief executive" and "chairman"), so only these are compared across roles.
 */
const EXCLUSIVE_OFFICES: Readonly<Record<string, string>> = {
  ceo: 'chief officer of a company', cfo: 'chief officer of a company', coo: 'chief officer of a company', cto: 'chief officer of a company',
  cio: 'chief officer of a company', ciso: 'chief officer of a company', 'chief-medical-officer': 'chief officer of a company',
  'chief-marketing-officer': 'chief officer of a company', cso: 'chief officer of a company', 'chief-commercial-officer': 'chief officer of a company',
  'chief-legal-officer': 'chief officer of a company',
  // A ship's master and its officers: one person is one of them on one voyage.
  captain: 'an officer of a ship', 'chief-engineer': 'an officer of a ship', 'first-officer': 'an officer of a ship',
  mayor: 'head of a town or region', governor: 'head of a town or region', prefect: 'head of a town or region',
  'deputy-commissioner': 'head of a town or region', 'district-magistrate': 'head of a town or region',
  'police-superintendent': 'head of a town or region', 'county-commissioner': 'head of a town or region',
  'regional-commissioner': 'head of a town or region', 'district-commissioner': 'head of a town or region',
  'chief-district-officer': 'head of a town or region',
  // A club's president does not coach its team (a chairman may be called its president, so only
  // these two); a country's president is not its prime minister.
  coach: HEAD_FAMILY, president: HEAD_FAMILY, 'prime-minister': HEAD_FAMILY,
  // A vice-president stands in for the president, so is not the president too; nor the speaker,
  // who presides over a chamber as its president does ("Congress president" is its speaker).
  'vice-president': HEAD_FAMILY, speaker: HEAD_FAMILY,
  judge: 'side in a court', prosecutor: 'side in a court', 'defence-lawyer': 'side in a court',
  ambassador: DIPLOMATIC_FAMILY, consul: DIPLOMATIC_FAMILY, 'charge-d-affaires': DIPLOMATIC_FAMILY,
  // A commission's or a party's chair presides over it; its secretary-general runs its staff.
  chair: BODY_OFFICERS, 'secretary-general': BODY_OFFICERS,
  // An officer holds one rank at a time ("Brigadier X" / "Colonel X").
  general: RANK_FAMILY, colonel: RANK_FAMILY, brigadier: RANK_FAMILY, admiral: RANK_FAMILY, major: RANK_FAMILY,
};

/**
 * Roles that are a ship's office or a team's, or a military rank: "Captain X" is an army captain
 * when another article gives X a rank ("Major X").
 */
const RANK_OR_OFFICE = new Set(['captain']);

/** Adds the title contradictions among `facts` to `sink`. */
export function* titleContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  // One rule of titles at a time, yielding between them, so that the server's event loop is never held for all of them.
  for (const rule of [sameRoleContradictions, exclusiveOfficeContradictions, spokespersonLeaderContradictions, deputyRankContradictions, heldOfficeContradictions, soleHolderContradictions, territoryContradictions, topOfficeActContradictions]) {
    yield;
    rule(facts, sink, ctx);
  }
}

/**
 * Roles that lead a body (canonical roles of roles.ts). A spokesperson speaks for the people in
 * these roles, so one person called both, in two articles about one event, is called two things
 * that cannot both be true. A deputy of these does not lead, and often speaks for the body too
 * ("spokesman and deputy leader"): deputies are not set against spokespeople, except a deputy
 * minister, who is a member of the government.
 */
const LEADING_ROLES = new Set([
  'president', 'chair', 'ceo', 'director', 'head', 'leader', 'commander', 'minister', 'prime-minister', 'governor', 'mayor',
  'secretary-general', 'police-chief', 'fire-chief',
]);
/** Words that make a leading title a deputy's ("Deputy Foreign Minister", "vice-chair"). */
const DEPUTY_WORDS = /\b(?:deputy|assistant|vice|associate|under)\b/iu;
/** Words that make a leading title one of the press ("director of communications", "head of media relations"). */
const PRESS_WORDS = /\b(?:press|media|communications?|public (?:relations|affairs|information)|information|publicity)\b/iu;
/** Roles that, with a word of the press in the title, run a body's press office (not a minister of information). */
const PRESS_OFFICE_ROLES = new Set(['head', 'director', 'manager', 'chief', 'officer', 'secretary', 'spokesperson']);
/** A secretary who is a member of the government: a state secretary, a secretary of a department. */
const GOVERNMENT_SECRETARY = /\bstate\s+secretary\b|\bsecretary\s+of\s+state\b|\b(?:home|foreign|defen[cs]e|interior|treasury|health|education|transport|energy|justice)\s+secretary\b/iu;
/** A bare rank is no office: "Commander Jane Roe" may well be the navy's spokeswoman. */
const BARE_RANK = /^(?:lieutenant\s+|wing\s+|squadron\s+)?commander$/iu;
/** Words a sentence must share up to a title before it is taken for a copy of another's. */
const MIN_COPY_WORDS = 8;

type Side = 'spokesperson' | 'leading' | 'deputy';

/** Whether a title fact calls its person a spokesperson, a leader of a body or a leader's deputy. */
function sideOf(f: DetailedFact): Side | undefined {
  const p = f.kind === 'title' ? f.detail.person : undefined;
  if (!p) return undefined;
  const deputy = p.role.startsWith('deputy-');
  const role = p.role.replace(/^deputy-/u, '');
  // A deputy spokesperson speaks for the body all the same, and so does its press office's head or
  // manager ("communications manager", "director of public affairs", "press secretary").
  if (role === 'spokesperson' || (PRESS_OFFICE_ROLES.has(role) && PRESS_WORDS.test(f.display))) return 'spokesperson';
  if ((!LEADING_ROLES.has(role) && role !== 'secretary') || PRESS_WORDS.test(f.display)) return undefined;
  if (role === 'commander' && BARE_RANK.test(f.display.trim())) return undefined;
  // A deputy minister is a member of the government, which a ministry's spokesperson is not; so
  // is a state secretary or a secretary of a department ("State Secretary X", "Home Secretary X").
  if (role === 'minister' || role === 'secretary') return role === 'minister' || GOVERNMENT_SECRETARY.test(f.display) ? 'leading' : undefined;
  return deputy || DEPUTY_WORDS.test(f.display) ? 'deputy' : 'leading';
}

/** "spokesman X" as written, or "X heads ..." for a relative clause ("who heads the county fire service"). */
function described(f: DetailedFact, name: string): string {
  const clause = /^who\s+(.*)$/su.exec(f.display);
  return clause ? `says ${name} ${clause[1]}` : `calls ${name} “${f.display}”`;
}

/**
 * "union spokeswoman Carla Menezes" against "the union's president, Carla Menezes": a
 * spokesperson in one article and the leader of a body (president, chair, chief executive, head,
 * minister, mayor...) in another, both said to be held now. Both mentions must give the person's
 * full name (see personIdentity.ts), the bodies their titles name must be possibly one, and no article may
 * give the person both roles ("Piet Jansen, spokesman and deputy leader of the party"), for then
 * the person holds both.
 */
function spokespersonLeaderContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  // People some article calls both a spokesperson and a leader (or a leader's deputy).
  const sidesByDoc = new Map<string, Set<Side>>();
  for (const f of facts) {
    const side = sideOf(f);
    const person = side && personIdOf(f);
    if (!side || !person) continue;
    const k = `${f.uri}\u0000${person}`;
    const sides = sidesByDoc.get(k) ?? new Set<Side>();
    sides.add(side);
    sidesByDoc.set(k, sides);
  }
  const both = new Set<string>();
  for (const [k, sides] of sidesByDoc) if (sides.has('spokesperson') && sides.size > 1) both.add(k.split('\u0000')[1]);

  // A syndicated copy repeats its original's sentence: the original's statement stands for it,
  // so that the copy is not set against an article the original is not about the same event as.
  const seen = new Map<string, string>();
  const copies = new Set<DetailedFact>();
  for (const f of [...facts].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    const leadIn = f.kind === 'title' ? f.detail.person?.leadIn : undefined;
    if (!leadIn || leadIn.split(' ').length < MIN_COPY_WORDS || !sideOf(f)) continue;
    const first = seen.get(leadIn);
    if (first === undefined) seen.set(leadIn, f.uri);
    else if (first !== f.uri) copies.add(f);
  }

  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => {
    if (copies.has(f)) return undefined;
    const side = sideOf(f);
    const person = side && side !== 'deputy' && f.detail.person!.status === 'current' ? personIdOf(f) : undefined;
    return person && !both.has(person) ? `${person}|spokesperson-leader` : undefined;
  };
  const valueOf = (f: DetailedFact) => `${sideOf(f)}|${f.detail.person!.role}|${f.detail.person!.organisation ?? ''}`;
  for (const { facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      if (sideOf(a) === sideOf(b)) return false;
      const [lead, spokes] = sideOf(a) === 'leading' ? [a, b] : [b, a];
      const pl = lead.detail.person!;
      const ps = spokes.detail.person!;
      if (!bodiesMayMatch(pl, ps)) return false;
      if (pl.country && ps.country && pl.country !== ps.country) return false;
      const name = pl.name.length >= ps.name.length ? pl.name : ps.name;
      const role = `${pl.role.startsWith('deputy-') || DEPUTY_WORDS.test(lead.display) ? 'deputy ' : ''}${roleName(pl.role.replace(/^deputy-/u, ''))}`;
      const why = pl.body
        ? `the head of a department (${pl.organisation}) in one and a spokesperson in the other. A spokesperson speaks for the whole body; running one of its departments is another post, and no article gives the person both.`
        : `a ${role} in one and a spokesperson in the other. A spokesperson speaks for those who lead; one person is not both.`;
      return sink.add(`title-spokesperson|${a.subject}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `${name}'s title`,
        explanation: `${shortName(lead.uri)} ${described(lead, name)}, ${shortName(spokes.uri)} ${described(spokes, 'the same person')}: ${why}`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}

type PersonDetail = NonNullable<DetailedFact['detail']['person']>;

/**
 * True when a leader's body and a spokesperson's may be one. The head of a department belongs to
 * the body named before the role ("Möllring's head of quality assurance"), and a spokesperson's
 * body written in common words only ("company spokeswoman") may be that one.
 */
function bodiesMayMatch(lead: PersonDetail, spokes: PersonDetail): boolean {
  // ("NSIB" and "the Nigerian Safety Investigation Bureau" resolved to one body.)
  if (lead.organisationEntity !== undefined && lead.organisationEntity === spokes.organisationEntity) return true;
  if (sameBodyPossible(lead.organisation, spokes.organisation)) return true;
  if (!lead.body || !spokes.organisation) return false;
  return sameBodyPossible(lead.body, spokes.organisation) || distinctiveBodyWords(spokes.organisation).length === 0;
}

/** Canonical roles as an explanation writes them. */
const ROLE_NAMES: Readonly<Record<string, string>> = { ceo: 'chief executive', head: 'head of a body' };

function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role.replace(/-/gu, ' ');
}

/** Families of EXCLUSIVE_OFFICES whose past holders are named by the place they ran ("the former mayor of Varna"). */
const PLACE_FAMILY = 'head of a town or region';

/**
 * "Chief Financial Officer Priya Rao" against "chief operating officer Priya Rao": two offices of
 * one kind that one person cannot hold at once, both said to be held now. Both mentions must
 * give the person's full name (see personIdentity.ts), so that two people who share a surname are
 * never taken for one. Two past offices of one place ("the former mayor of Varna", "the former
 * governor of Varna province") are set against each other too: a person who left office is named
 * by the office they are known for, and one who held both would be called both.
 */
function exclusiveOfficeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  // People given a military rank somewhere: their "Captain" is a rank too.
  const ranked = new Set<string>();
  for (const f of facts) {
    const person = f.kind === 'title' && f.detail.person && EXCLUSIVE_OFFICES[f.detail.person.role] === RANK_FAMILY ? personIdOf(f) : undefined;
    if (person) ranked.add(person);
  }
  const familyOf = (f: DetailedFact) => {
    const role = f.kind === 'title' && f.detail.person ? f.detail.person.role : undefined;
    const person = role && RANK_OR_OFFICE.has(role) ? personIdOf(f) : undefined;
    if (person && ranked.has(person)) return RANK_FAMILY;
    const family = role ? EXCLUSIVE_OFFICES[role] : undefined;
    return family === DIPLOMATIC_FAMILY && NOT_MISSION_HEADS.test(f.display) ? undefined : family;
  };
  const statusOf = (f: DetailedFact) => {
    const p = f.detail.person!;
    if (p.status === 'current') return 'current';
    return p.status === 'former' && familyOf(f) === PLACE_FAMILY && p.organisation && distinctiveBodyWords(p.organisation).length > 0 ? 'former' : undefined;
  };
  // People an article gives two offices of one family ("the former mayor and governor"): they held both.
  const heldTogether = new Set<string>();
  const seen = new Map<string, string>();
  for (const f of facts) {
    const family = familyOf(f);
    const person = family && personIdOf(f);
    if (!person) continue;
    const k = `${f.uri}\u0000${person}\u0000${family}`;
    const role = f.detail.person!.role;
    if (seen.has(k) && seen.get(k) !== role) heldTogether.add(`${person}\u0000${family}`);
    else seen.set(k, role);
  }
  const keyOf = (f: DetailedFact) => {
    const family = familyOf(f);
    const person = family && personIdOf(f);
    const status = person && statusOf(f);
    return person && status && !heldTogether.has(`${person}\u0000${family}`) ? `${person}|${family}|${status}` : undefined;
  };
  const valueOf = (f: DetailedFact) => `${f.detail.person!.role}|${f.detail.person!.organisation ?? ''}`;
  for (const { facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      const pa = a.detail.person!;
      const pb = b.detail.person!;
      if (pa.role === pb.role) return false;
      if (pa.country && pb.country && pa.country !== pb.country) return false;
      // A party's or a firm's president may well be prime minister: only the heads of a country are compared.
      const roles = new Set([pa.role, pb.role]);
      if (roles.has('prime-minister') && (pa.organisation || pb.organisation)) return false;
      // A chamber's speaker is its president under another name: it is set against its vice-president only.
      if (roles.has('speaker') && !roles.has('vice-president')) return false;
      // The vice-president of one body may preside over another.
      const oneBody = pa.organisationEntity !== undefined && pa.organisationEntity === pb.organisationEntity;
      if (roles.has('vice-president') && pa.organisation && pb.organisation && !oneBody && !sameBodyPossible(pa.organisation, pb.organisation)) return false;
      // The chair of one body may be the secretary-general of another: both must name one.
      if (familyOf(a) === BODY_OFFICERS && !(oneBody || (pa.organisation && pb.organisation && sameBodyPossible(pa.organisation, pb.organisation)))) return false;
      const former = pa.status === 'former';
      // Past offices count only when both name one place ("Varna" and "Varna province").
      if (former && !distinctiveBodyWords(pa.organisation!).some((w) => distinctiveBodyWords(pb.organisation!).includes(w))) return false;
      const name = pa.name.length >= pb.name.length ? pa.name : pb.name;
      const why = former
        ? `two different past offices of one place, and no article says one person held both: one of the two misnames the office.`
        : familyOf(a) === DIPLOMATIC_FAMILY
          ? `two different diplomatic posts. An ambassador heads an embassy, a consul or consul general a consulate, a chargé d'affaires an embassy without an ambassador: one person does not hold two of them at once.`
          : roles.has('prime-minister')
            ? `a country's president and its prime minister are two people; one of the two titles is wrong.`
            : roles.has('speaker')
              ? `the speaker presides over the chamber and its vice-president stands in for the speaker; one person is not both, so one of the two titles is wrong.`
              : roles.has('vice-president')
                ? `a vice-president stands in for the president and is not the president; one of the two titles is wrong.`
              : familyOf(a) === RANK_FAMILY
                ? `two military ranks, and an officer holds one rank at a time.`
                : familyOf(a) === BODY_OFFICERS
                  ? `the chair presides over the body and the secretary-general runs its staff: two offices, and no article gives one person both.`
                : `one person is not ${familyOf(a)} in two offices at once.`;
      return sink.add(`title-office|${personIdOf(a)}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `${name}'s title`,
        explanation: `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} “${b.display}”: ${why}`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}

/**
 * Portfolios that one ministry often holds together, so that news calls its minister by either
 * ("Minister of Interior and Public Security"). Economy and finance are not: many governments
 * have both ministers, and news that swaps them has the wrong one.
 */
const KINDRED_PORTFOLIOS: ReadonlyArray<readonly [string, string]> = [['interior', 'security']];

/**
 * True when two portfolio values ("foreign", "security", "foreign+trade") share nothing and no
 * pair of them is kindred: no one ministry is called by both.
 */
function portfoliosDiffer(a: string, b: string): boolean {
  const xs = a.split('+');
  const ys = b.split('+');
  return !xs.some((x) => ys.some((y) => x === y || KINDRED_PORTFOLIOS.some(([p, q]) => (x === p && y === q) || (x === q && y === p))));
}

/** A portfolio value as an explanation writes it ("foreign+trade" -> "foreign and trade"). */
function portfolioName(portfolio: string): string {
  return portfolio.split('+').join(' and ');
}

/**
 * Words right after a title and name, told of that person, that move them to another post ("...,
 * who is promoted to", "is moved to Defence", "becomes"); not another clause ("welcomed the move",
 * "until a new minister is appointed").
 */
const ROLE_CHANGE =
  /^\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|will\s+be|gets?|got)\s+)?(?:promoted|moved|moves\s+to|move\s+to|becomes|became|will\s+become|replaced|reassigned|demoted|dropped|sacked|transferred|shifted|elevated|swapped|switched|named|appointed|takes\s+over|took\s+over)\b/iu;

/** True when the words after a title fact say the person is leaving that post. */
function changesRole(f: DetailedFact, ctx: EventContext): boolean {
  return ROLE_CHANGE.test(ctx.textOf(f.uri, f.span.end, f.span.end + 80));
}

/** "deputy-minister" as "minister", for grouping; other roles as they are. */
function ministerial(role: string): string {
  return role === 'deputy-minister' ? 'minister' : role;
}

/**
 * "Deputy Foreign Minister X" against "Interior Minister X": a minister of one ministry is no
 * deputy minister of another at the same time. (A deputy of the same ministry is deputyRankRules.ts's.)
 */
function deputyOfAnotherMinistry(a: DetailedFact, b: DetailedFact, name: string, countriesAgree: boolean, sink: ContradictionSink, ctx: EventContext): boolean {
  const pa = a.detail.person!;
  const pb = b.detail.person!;
  if (!pa.portfolio || !pb.portfolio || !portfoliosDiffer(pa.portfolio, pb.portfolio) || !countriesAgree) return false;
  if (pa.status !== 'current' || pb.status !== 'current' || changesRole(a, ctx) || changesRole(b, ctx)) return false;
  const [deputy, minister] = pa.role === 'deputy-minister' ? [a, b] : [b, a];
  return sink.add(`title-deputy-portfolio|${a.subject}|${docPairKey(a, b)}`, {
    kind: 'title',
    fact: `${name}'s title`,
    explanation:
      `${shortName(deputy.uri)} calls ${name} “${deputy.display}”, a deputy minister (${portfolioName(deputy.detail.person!.portfolio!)}); ` +
      `${shortName(minister.uri)} calls the same person “${minister.display}”, a minister (${portfolioName(minister.detail.person!.portfolio!)}): ` +
      `one person is not the minister of one ministry and a deputy minister of another at once.`,
    items: [passageOf(deputy), passageOf(minister)],
  }, [a, b]);
}

/** Same role, different status, portfolio or country (see the file comment). */
function sameRoleContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  // A deputy minister is grouped with the ministers: a deputy of one ministry is no minister of another.
  const keyOf = (f: DetailedFact) => (f.kind === 'title' && f.detail.person ? `${f.subject}|${ministerial(f.detail.person.role)}` : undefined);
  const valueOf = (f: DetailedFact) => {
    const p = f.detail.person!;
    return `${p.firstName ?? ''}|${p.role}|${p.status}|${p.portfolio ?? ''}|${p.country ?? ''}`;
  };
  // A minister whom some article gives two portfolios at once ("Foreign and Security Minister")
  // holds both: an article that names either one is right.
  const heldTogether = (f: DetailedFact, x: string, y: string) =>
    facts.some((g) => {
      const p = g.kind === 'title' ? g.detail.person : undefined;
      return !!p?.portfolio && g.subject === f.subject && p.role === f.detail.person!.role && !portfoliosDiffer(p.portfolio, x) && !portfoliosDiffer(p.portfolio, y);
    });
  for (const { facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      const pa = a.detail.person!;
      const pb = b.detail.person!;
      // Two people who share a surname are told apart by their first names, unless the names
      // resolve to one person ("Hiroyuki Kanemura", "Kanemura Hiroyuki" written family name first).
      const oneEntity = !!pa.entity && pa.entity === pb.entity;
      if (pa.firstName && pb.firstName && pa.firstName !== pb.firstName && !oneEntity) return false;
      const countriesAgree = !pa.country || !pb.country || pa.country === pb.country;
      const name = pa.name.length >= pb.name.length ? pa.name : pb.name;
      if (pa.role !== pb.role) return deputyOfAnotherMinistry(a, b, name, countriesAgree, sink, ctx);
      const role = pa.role.replace(/-/gu, ' ');
      // "Deputy Finance Minister X, who is promoted to Transport Minister": a title the telling
      // says the person leaves is no less true of them before the change than "former" after it.
      if (changesRole(a, ctx) || changesRole(b, ctx)) return false;
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
      if (pa.portfolio && pb.portfolio && portfoliosDiffer(pa.portfolio, pb.portfolio) && countriesAgree && !heldTogether(a, pa.portfolio, pb.portfolio)) {
        return sink.add(`title-portfolio|${a.subject}|${pa.role}|${docPairKey(a, b)}`, {
          kind: 'title',
          fact: `${name}'s title`,
          explanation:
            `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} “${b.display}”: two different portfolios of one office ` +
            `(${portfolioName(pa.portfolio)}; ${portfolioName(pb.portfolio)}), and neither title names both: one of the two misnames the ministry.`,
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
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}
