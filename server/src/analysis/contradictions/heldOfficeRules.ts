/**
 * One person given two offices that one person does not hold at once, in two articles about one
 * event:
 * - a minister (or deputy minister) in one and the head of a body below the government in the
 *   other ("Peru's defence minister, Oscar Villanueva" / "Oscar Villanueva, head of the National
 *   Institute of Civil Defence");
 * - two different offices at the head of two different bodies ("chief executive of the Minerals
 *   Commission" / "the Chief Inspector of Mines"; "the regional fire commander for the
 *   Peloponnese" / "the chief of the Hellenic Fire Service").
 * People do hold several titles: a rank with an office ("Major General X, head of the Border
 * Service"), a chair beside an executive office, the head of a body written two ways ("Indeci
 * chief", "head of the National Institute of Civil Defence"). So only the offices below are
 * compared, bodies must be named and surely different, both offices must be said to be held
 * now, and an article that gives the person both offices says they go together.
 */
import type { DetailedFact } from '../facts/detail';
import { bodyWords, differentBodies, distinctiveBodyWords } from './bodies';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { personIdOf } from './personIdentity';
import { PORTFOLIO_WORDS } from '../lexicon/titles';

/** Titles from articles further apart than this may both have been true at their time. */
const MAX_DAYS_APART = 30;

/**
 * Kinds of office at the top of a body: a member of the government, the one who runs a body
 * (head, director, chief executive, a body's president, fire or police chief: one office written many ways), the
 * chief inspector of an inspectorate, the commander of a force.
 */
type Office = 'minister' | 'runs' | 'inspects' | 'commands';

const OFFICES: Readonly<Record<string, Office>> = {
  minister: 'minister', head: 'runs', director: 'runs', ceo: 'runs', 'fire-chief': 'runs', 'police-chief': 'runs',
  // The president of a named body ("Tennis Australia president"); a head of state names no body.
  president: 'runs',
  'chief-inspector': 'inspects', commander: 'commands',
  // Offices written with a word that names other posts too: see `officeOf`.
  manager: 'runs', secretary: 'minister',
};

/** A manager who runs the body: "general manager", "managing director" (not a sales or project manager). */
const RUNNING_MANAGER = /\b(?:general\s+manager|managing\s+director)\b/iu;

/** Fields of government, as words of a pattern ("environment|health|..."). */
const FIELDS = [...PORTFOLIO_WORDS].filter((w) => /^[a-z]+$/u.test(w)).join('|');
/**
 * A secretary who is a member of a government: "Secretary of Environment", "Home Secretary", "Cabinet
 * Secretary for Health"; not a civil servant ("Permanent Secretary", "Principal Secretary"), a body's
 * secretary general or a press secretary (CIVIL_SERVICE_SECRETARY).
 */
const GOVERNMENT_SECRETARY = new RegExp(
  String.raw`^(?:(?:cabinet|state)\s+)?secretary\s+(?:of|for)\s+(?:state\s+for\s+)?(?:the\s+)?(?:${FIELDS})\b|^(?:${FIELDS})(?:\s+(?:and|&)\s+\w+)*\s+secretary$`,
  'iu',
);
const CIVIL_SERVICE_SECRETARY = /\b(?:permanent|principal|private|parliamentary|executive|general|company|party|press|chief)\b/iu;

/** Words that make a title a deputy's or an assistant's, who serve under the head. */
const DEPUTY_WORDS = /\b(?:deputy|assistant|vice|associate|under|co-?)\b/iu;
/** Words that make a title one of the press ("director of communications"). */
const PRESS_WORDS = /\b(?:press|media|communications?|public (?:relations|affairs|information)|information|publicity)\b/iu;
/** A rank alone is no office: "Lieutenant Commander" names no force. */
const BARE_RANK = /^(?:lieutenant\s+|wing\s+|squadron\s+)?commander$/iu;
/**
 * Bodies a minister may head besides the ministry: a minister chairs councils, committees,
 * commissions, task forces and delegations, and leads a party.
 */
const MINISTERS_BODIES = new Set([
  'ministry', 'council', 'committee', 'commission', 'taskforce', 'task', 'cabinet', 'government', 'party', 'delegation', 'board',
  'panel', 'conference', 'talks', 'team', 'forum', 'headquarters', 'staff',
]);

/** The kind of office a title fact gives, when it is one of OFFICES and held now. */
function officeOf(f: DetailedFact): Office | undefined {
  const p = f.kind === 'title' ? f.detail.person : undefined;
  if (!p || p.status !== 'current') return undefined;
  const office = OFFICES[p.role.replace(/^deputy-/u, '')];
  if (!office || PRESS_WORDS.test(f.display)) return undefined;
  if (p.role === 'manager' && !RUNNING_MANAGER.test(f.display)) return undefined;
  if (p.role === 'secretary' && (!GOVERNMENT_SECRETARY.test(f.display.trim()) || CIVIL_SERVICE_SECRETARY.test(f.display))) return undefined;
  if (office === 'commands' && BARE_RANK.test(f.display.trim())) return undefined;
  // A deputy minister is in the government all the same; a deputy head is not the head.
  if (office !== 'minister' && (p.role.startsWith('deputy-') || DEPUTY_WORDS.test(f.display))) return undefined;
  return office;
}

/** Why two offices of one person cannot both hold, or undefined when they may. */
function conflict(a: DetailedFact, b: DetailedFact): string | undefined {
  const oa = officeOf(a)!;
  const ob = officeOf(b)!;
  if (oa === ob) return undefined;
  const pa = a.detail.person!;
  const pb = b.detail.person!;
  if (oa === 'minister' || ob === 'minister') {
    const head = oa === 'minister' ? pb : pa;
    if (!head.organisation) return undefined;
    if (distinctiveBodyWords(head.organisation).length === 0) return undefined;
    if (bodyWords(head.organisation).some((w) => MINISTERS_BODIES.has(w)) || /\bminist/iu.test(head.organisation)) return undefined;
    return `a member of the government in one and the head of ${head.organisation} in the other. A minister does not also run a body below the government.`;
  }
  if (!differentBodies(pa.organisation, pb.organisation)) return undefined;
  // A body written in common words only ("the district's police commander": the police) may be
  // the body the other names by its place ("Malang police chief").
  if (!/\p{Lu}/u.test(pa.organisation ?? '') || !/\p{Lu}/u.test(pb.organisation ?? '')) return undefined;
  return `two different offices at the head of two different bodies (${pa.organisation}; ${pb.organisation}). One person does not run both at once.`;
}

/** Adds the contradictions of one person given two offices not held at once (see the file comment). */
export function heldOfficeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  // People an article gives two of these offices: it says they go together.
  const officesByDoc = new Map<string, Set<Office>>();
  for (const f of facts) {
    const office = officeOf(f);
    const person = office && personIdOf(f);
    if (!person) continue;
    const k = `${f.uri}\u0000${person}`;
    officesByDoc.set(k, (officesByDoc.get(k) ?? new Set<Office>()).add(office!));
  }
  const together = new Set<string>();
  for (const [k, offices] of officesByDoc) if (offices.size > 1) together.add(k.split('\u0000')[1]);

  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => {
    const person = officeOf(f) && personIdOf(f);
    return person && !together.has(person) ? `${person}|held-office` : undefined;
  };
  const valueOf = (f: DetailedFact) => `${officeOf(f)}|${f.detail.person!.organisation ?? ''}`;
  for (const { facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (a, b) => {
      if (a.uri === b.uri) return false;
      if (a.detail.person!.country && b.detail.person!.country && a.detail.person!.country !== b.detail.person!.country) return false;
      const why = conflict(a, b);
      if (!why) return false;
      const name = a.detail.person!.name.length >= b.detail.person!.name.length ? a.detail.person!.name : b.detail.person!.name;
      return sink.add(`title-held|${personIdOf(a)}|${docPairKey(a, b)}`, {
        kind: 'title',
        fact: `${name}'s title`,
        explanation: `${shortName(a.uri)} calls ${name} “${a.display}”, ${shortName(b.uri)} calls the same person “${b.display}”: ${why}`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'standing' });
  }
}
