/**
 * Contradictions about a person's nationality (facts/nationalityFacts.ts): "the French water
 * engineer Julien Rochat" against "The Swiss hostage, Julien Rochat". A person given one
 * nationality in one article and another in a second article about the same event is
 * misdescribed in one of them, unless an article gives the person both: a dual national
 * ("French-Swiss", "a dual national"), a tie of birth or upbringing ("French-born"), or both
 * words in two places of one article (either of the two articles, or a third about the event). Nationalities that one person is often given at once
 * (Irish and British, Chinese and Taiwanese) agree, and words of peoples and regions (Basque,
 * Scottish) are never read as nationalities (nationalityWords.ts).
 *
 * Both mentions must give the person's full name: "the French engineer Rochat" may be a relative.
 */
import type { DetailedFact } from '../facts/detail';
import { isNationalityFact, type NationalityFact } from '../facts/nationalityFacts';
import { kindredNationalities } from '../facts/nationalityWords';
import { isFullName } from '../facts/roles';
import { foldName } from '../lexicon/fold';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** A nationality rarely changes, but articles of one event are published within weeks. */
const MAX_DAYS_APART = 30;

/** The identity of the person a nationality fact names, or undefined without a full name. */
function personOf(f: NationalityFact): string | undefined {
  const n = f.detail.nationality;
  if (!isFullName(n.name)) return undefined;
  if (n.entity) return `entity:${n.entity}`;
  return n.firstName ? `${f.subject}|${foldName(n.firstName)}` : undefined;
}

/** Everything one article says of one person's nationality. */
interface Told {
  /** Nationalities the article gives. */
  given: Set<string>;
  /** Those and the person's ties of birth or upbringing. */
  all: Set<string>;
  dual: boolean;
}

/** Adds the nationality contradictions among `facts` to `sink`. */
export function nationalityContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const nationalities = facts.filter(isNationalityFact).filter((f) => personOf(f) !== undefined);
  if (nationalities.length < 2) return;
  const told = new Map<string, Told>();
  for (const f of nationalities) {
    const k = `${f.uri}\u0000${personOf(f)}`;
    const t = told.get(k) ?? { given: new Set<string>(), all: new Set<string>(), dual: false };
    const n = f.detail.nationality;
    for (const c of n.countries) t.given.add(c);
    for (const c of [...n.countries, ...n.ties]) t.all.add(c);
    t.dual ||= n.dual;
    told.set(k, t);
  }
  const toldBy = (f: NationalityFact) => told.get(`${f.uri}\u0000${personOf(f)}`)!;
  // What articles that give a person two countries say, per person: a third article that calls
  // the person a dual national makes both of the others right.
  const both = new Map<string, Array<Set<string>>>();
  for (const [k, t] of told) {
    if (!t.dual && t.all.size < 2) continue;
    const person = k.slice(k.indexOf('\u0000') + 1);
    both.set(person, [...(both.get(person) ?? []), t.all]);
  }
  const heldTogether = (person: string, xs: Set<string>, ys: Set<string>) =>
    (both.get(person) ?? []).some((all) => [...xs].some((x) => all.has(x)) && [...ys].some((y) => all.has(y)));
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isNationalityFact(f) ? personOf(f) : undefined);
  const valueOf = (f: DetailedFact) => (f as NationalityFact).detail.nationality.countries.join('+');
  for (const { key: person, facts: group } of eventGroups(nationalities, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = x as NationalityFact;
      const b = y as NationalityFact;
      if (a.uri === b.uri) return false;
      const ta = toldBy(a);
      const tb = toldBy(b);
      // An article that gives two nationalities, or a tie to another country, says the person has both.
      if (ta.dual || tb.dual || ta.given.size > 1 || tb.given.size > 1) return false;
      if (!disjoint(ta.all, tb.all) || heldTogether(person, ta.given, tb.given)) return false;
      const na = a.detail.nationality;
      const nb = b.detail.nationality;
      const name = na.name.length >= nb.name.length ? na.name : nb.name;
      return sink.add(`nationality|${person}|${docPairKey(a, b)}`, {
        kind: 'nationality',
        fact: `${name}'s nationality`,
        explanation:
          `${shortName(a.uri)} calls ${name} ${na.words} (“${a.display}”), ${shortName(b.uri)} calls the same person ${nb.words} (“${b.display}”): ` +
          `two nationalities (${countryName(na.countries[0])}; ${countryName(nb.countries[0])}), and neither article calls the person a dual national ` +
          `or ties them to the other country, so one of the two is wrong.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** True when no country of one set is, or is kindred to, one of the other. */
function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) for (const y of b) if (x === y || kindredNationalities(x, y)) return false;
  return true;
}

/** A country key as an explanation writes it ("united-kingdom" -> "United Kingdom"). */
function countryName(key: string): string {
  return key
    .split('-')
    .map((w) => (/^(?:and|of|the)$/u.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
