/**
 * Contradictions between people's ages (facts/ageFacts.ts): one person cannot be two ages at once.
 *
 * - A named person: the same resolved entity given two ages ("Edvin Brandt, 58," against "Brandt,
 *   61,") in articles about one story (eventIdentity.ts) published within `NAMED_MAX_DAYS`.
 * - An unnamed person: the same head noun and the same thing done to them ("arrested a
 *   37-year-old lorry driver" against "a 73-year-old driver was arrested") in one event, within
 *   `DESCRIBED_MAX_DAYS`. Only articles that give exactly one age for that noun and predicate
 *   take part: an article telling of a 37-year-old and a 52-year-old driver arrested speaks of
 *   two people, and any of them may be the other article's driver. Modifiers must agree (one
 *   phrase's words contain the other's: "local farmer" and "farmer"), so a British and a German
 *   tourist are never taken for one person.
 *
 * Ages are compared as numbers. One report per person (or description) and pair of articles.
 */
import type { AgeInfo, DetailedFact } from '../facts/detail';
import { PREDICATE_WORDS } from '../facts/ageFacts';
import { APPOSITION } from '../facts/appositiveAgeFacts';
import { daysApart, eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/**
 * A named person's age is a property of the person, not of an event, but a name in articles
 * months apart may be a namesake in another story, and the person will have had birthdays: the
 * articles must be a few weeks apart at most.
 */
const NAMED_MAX_DAYS = 30;
/** An unnamed person is told apart only by the event, which news covers within days (as counts of it). */
const DESCRIBED_MAX_DAYS = 7;
/**
 * Ages one year apart are compared only in articles at most this many days apart. A person's
 * birthday may fall between two articles: over a week that happens to about one person in fifty,
 * so a one-year difference is far more likely a mistake; over a few weeks it becomes a plausible,
 * innocent explanation. Two years or more cannot be explained by a birthday within the window.
 */
const BIRTHDAY_DAYS = 7;

/** Adds the age contradictions among `facts` to `sink`. */
export function ageContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const ages = facts.filter((f) => f.detail.age);
  if (ages.length < 2) return;
  namedAgeContradictions(ages.filter((f) => f.detail.age!.person), sink, ctx);
  describedAgeContradictions(ages.filter((f) => !f.detail.age!.person && f.detail.age!.noun && f.detail.age!.predicate), sink, ctx);
}

function namedAgeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => f.detail.age!.person;
  const valueOf = (f: DetailedFact) => String(f.detail.age!.years);
  for (const { key, facts: group } of eventGroups(facts, ctx, keyOf, valueOf, NAMED_MAX_DAYS)) {
    forEachPair(group, (a, b) => {
      const aa = a.detail.age!;
      const ab = b.detail.age!;
      const apart = agesConflict(a, b);
      if (apart === false) return false;
      const name = (aa.name ?? '').length >= (ab.name ?? '').length ? aa.name : ab.name;
      return sink.add(`age|person|${key}|${docPairKey(a, b)}`, {
        kind: 'count',
        fact: `${name}'s age`,
        explanation:
          `${shortName(a.uri)} gives ${name}'s age as ${aa.years} (“${a.display}”), ${shortName(b.uri)} as ${ab.years} (“${b.display}”)${apart}: ` +
          `one person cannot be ${aa.years} and ${ab.years} at once.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: NAMED_MAX_DAYS, tiedByWords: byFullName });
  }
}

/**
 * A person known by a full name (given name and surname: an entity id of two or more words, even
 * where one article writes the surname alone) ties two articles like a long remark quoted word for
 * word: the age is the person's own, whichever other names the articles hold. The story, cast and
 * day checks of event identity still keep a namesake in another story apart.
 */
function byFullName(a: DetailedFact, b: DetailedFact): boolean {
  const person = a.detail.age!.person;
  return person !== undefined && person === b.detail.age!.person && person.includes('-');
}

function describedAgeContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  if (facts.length < 2) return;
  const keyOf = (f: DetailedFact) => `${f.detail.age!.noun}|${f.detail.age!.predicate}`;
  // Articles that give two or more ages for one noun and predicate tell of several people.
  const agesPerDoc = new Map<string, Set<number>>();
  for (const f of facts) {
    const k = `${f.uri}\u0000${keyOf(f)}`;
    const set = agesPerDoc.get(k) ?? new Set<number>();
    set.add(f.detail.age!.years);
    agesPerDoc.set(k, set);
  }
  const single = facts.filter((f) => agesPerDoc.get(`${f.uri}\u0000${keyOf(f)}`)!.size === 1);
  const visits = new PairVisits();
  const valueOf = (f: DetailedFact) => `${f.detail.age!.years}|${(f.detail.age!.modifiers ?? []).join(' ')}`;
  for (const { key, facts: group } of eventGroups(single, ctx, keyOf, valueOf, DESCRIBED_MAX_DAYS)) {
    forEachPair(group, (a, b) => {
      const aa = a.detail.age!;
      const ab = b.detail.age!;
      if (!modifiersAgree(aa, ab)) return false;
      const apart = agesConflict(a, b);
      if (apart === false) return false;
      // "The man, a 47-year-old ..." names the story's one man, whatever happened to him.
      const apposition = aa.predicate === APPOSITION;
      const what = apposition ? aa.noun! : `${aa.noun} ${PREDICATE_WORDS[aa.predicate!] ?? aa.predicate}`;
      const who = apposition ? `the one ${what} both articles call “the ${what}”` : `one ${what} in this event`;
      return sink.add(`age|described|${key}|${docPairKey(a, b)}`, {
        kind: 'count',
        fact: `age of the ${what}`,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${aa.years}), ${shortName(b.uri)} says “${b.display}” (${ab.years})${apart}: ` +
          `each tells of ${who}, and one person cannot be ${aa.years} and ${ab.years} at once.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: DESCRIBED_MAX_DAYS });
  }
}

/**
 * False when two ages agree or may both be right (equal; one year apart in articles further apart
 * than `BIRTHDAY_DAYS`, or whose dates are unknown); otherwise the words on the articles' dates
 * for the explanation ("" when unknown).
 */
function agesConflict(a: DetailedFact, b: DetailedFact): string | false {
  const diff = Math.abs(a.detail.age!.years - b.detail.age!.years);
  if (diff === 0) return false;
  const days = daysApart(a.published, b.published);
  if (diff === 1 && (days === undefined || Math.abs(days) > BIRTHDAY_DAYS)) return false;
  if (a.uri === b.uri) return ' in one article';
  if (days === undefined) return '';
  const when = days === 0 ? ' in articles published the same day' : ` in articles published ${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} apart`;
  return diff === 1 ? `${when}, too close for a birthday in between to be the likely reason` : `${when}`;
}

/** True when one description's modifiers include the other's ("local farmer" and "farmer"; not "van driver" and "lorry driver"). */
function modifiersAgree(a: AgeInfo, b: AgeInfo): boolean {
  const ma = a.modifiers ?? [];
  const mb = b.modifiers ?? [];
  const [small, large] = ma.length <= mb.length ? [ma, mb] : [mb, ma];
  return small.every((w) => large.includes(w));
}
