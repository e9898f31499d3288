/**
 * The content words of a clause, for rules that compare two articles' tellings of one thing in
 * their own words (figureRules.ts, actionDayRules.ts): each word with its stem and synonym
 * concepts (corroboration/claimFeatures.ts) and the predicate class of the count lexicon
 * ("carrying" and "on board" are both "aboard"), the value's own words left out, the words of
 * names marked (they meet only plain words); and the names the clause holds, by resolved id.
 */
import { wordFeatures } from '../corroboration/claimFeatures';
import { stem } from '../corroboration/stem';
import { NAME_TYPES, type DocumentAnalysis } from '../types';
import { IRREGULAR_PAST, PREDICATE_CLASSES } from './countedThings';

/** A content word of a clause as written, where it is (offsets in the text given), and the keys it matches by. */
export interface ClauseTerm {
  word: string;
  start: number;
  end: number;
  keys: string[];
  /**
   * A word of a name or a capitalised word ("the Finance Bill 2026", "Speaker"): it matches only a
   * plain word of the other clause ("passed a contested finance bill", "the speaker"), since two
   * clauses naming the same body are compared by the names' ids, not by their words.
   */
  inName?: boolean;
}

/**
 * The resolved ids of the names in a span of the document, and where they are (offsets from
 * `from`); `actors` are the ids of the people and bodies among them (who did it, not where).
 */
export function namesIn(
  doc: DocumentAnalysis,
  from: number,
  to: number,
): { ids: string[]; actors: string[]; spans: Array<{ start: number; end: number }>; located: Array<{ id: string; start: number; end: number }> } {
  const ids = new Set<string>();
  const actors = new Set<string>();
  const spans: Array<{ start: number; end: number }> = [];
  const located: Array<{ id: string; start: number; end: number }> = [];
  for (const m of doc.mentions) {
    if (m.end <= from || m.start >= to || !NAME_TYPES.has(m.type)) continue;
    spans.push({ start: m.start - from, end: m.end - from });
    if (m.id) {
      ids.add(m.id);
      if (m.type === 'PERSON' || m.type === 'ORG') actors.add(m.id);
      located.push({ id: m.id, start: m.start - from, end: m.end - from });
    }
  }
  return { ids: [...ids].sort(), actors: [...actors].sort(), spans, located };
}

/**
 * Words that tell one action of a clause in other words, beyond corroboration's synonyms (which
 * weigh whole sentences, where these would join too much): a ship that "docked" is one that
 * "arrived"; a crush that "happened" one that "began". Keyed by word key (`w` + stem).
 */
const CLAUSE_CONCEPTS = new Map<string, string>([
  ...['arrive', 'arrived', 'arriving', 'dock', 'docked', 'docking', 'berth', 'berthed', 'moor', 'moored'].map((w): [string, string] => [`w${stem(w)}`, '~arrival']),
  // "The crush happened at", "the crush began at", "the fire broke out at": that an event took place.
  ...['happened', 'occurred', 'began', 'started', 'broke', 'erupted'].map((w): [string, string] => [`w${stem(w)}`, '~occurred']),
  // A machine, a line or a service that stopped: "shut down", "stopped", "halted", "tripped".
  ...['stop', 'stopped', 'halt', 'halted', 'shut', 'tripped', 'scrammed', 'stalled', 'ceased', 'suspended'].map((w): [string, string] => [`w${stem(w)}`, '~stopped']),
  // "was called to the foreign ministry", "was summoned to the foreign ministry".
  ...['summoned', 'called', 'convened'].map((w): [string, string] => [`w${stem(w)}`, '~summoned']),
  // A warning to the public, whatever the notice is called.
  ...['notice', 'warning', 'advisory', 'alert'].map((w): [string, string] => [`w${stem(w)}`, '~notice']),
  // "announced the find at a news conference" / "unveiled the discovery at a press event" /
  // "read out the result from the stage".
  ...['announced', 'unveiled', 'revealed', 'presented', 'disclosed', 'read'].map((w): [string, string] => [`w${stem(w)}`, '~announced']),
  ...['find', 'discovery'].map((w): [string, string] => [`w${stem(w)}`, '~find']),
  ...['news', 'press', 'media'].map((w): [string, string] => [`w${stem(w)}`, '~press']),
]);

/** Predicate phrases of the count lexicon, longest first, as one pattern. */
const PREDICATE_WORDS = new RegExp(`\\b(?:${Object.keys(PREDICATE_CLASSES).sort((a, b) => b.length - a.length).join('|')})\\b`, 'giu');

/**
 * The content words of a clause with their keys: stems and synonym concepts
 * (corroboration/claimFeatures.ts), and the predicate class of phrases the count lexicon knows
 * ("carrying" and "on board" are both "aboard"). The value's own words (`value`) and the counted
 * noun are left out; the words of names and capitalised words are kept marked `inName` (who and
 * where, not what happened: they count only against a plain word of the other clause).
 */
export function clauseTerms(
  text: string,
  clause: { start: number; end: number },
  value: { start: number; end: number },
  noun: string | undefined,
  names: ReadonlyArray<{ start: number; end: number }>,
): ClauseTerm[] {
  const words = text.slice(clause.start, clause.end);
  const nounKey = noun ? `w${stem(noun.toLowerCase())}` : undefined;
  const inValue = (x: { start: number; end: number }) => x.start < value.end - clause.start && value.start - clause.start < x.end;
  const terms: ClauseTerm[] = [];
  for (const w of wordFeatures(words)) {
    if (inValue(w)) continue;
    const first = words[w.start];
    const atStart = !/[\p{L}\p{N}]/u.test(text.slice(0, clause.start + w.start));
    const inName = names.some((n) => n.start < w.end && w.start < n.end) || (!atStart && Boolean(first) && /\p{Lu}/u.test(first));
    const keys = w.keys.filter((k) => (k[0] === 'w' || k[0] === '~') && k !== nounKey);
    const told = keys.map((k) => CLAUSE_CONCEPTS.get(k)).find(Boolean);
    if (told) keys.push(told);
    if (keys.length > 0) terms.push({ word: words.slice(w.start, w.end), start: clause.start + w.start, end: clause.start + w.end, keys, ...(inName ? { inName } : {}) });
  }
  for (const m of words.matchAll(PREDICATE_WORDS)) {
    const at = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    const cls = PREDICATE_CLASSES[m[0].toLowerCase().replace(/\s+/gu, ' ')];
    if (!cls || inValue(at)) continue;
    const same = terms.find((t) => t.word === m[0]);
    if (same) same.keys.push(`c${cls}`);
    else terms.push({ word: m[0], start: clause.start + at.start, end: clause.start + at.end, keys: [`c${cls}`] });
  }
  return terms;
}

/** True for a word that reads as a verb of an event ("fined", "opened", "struck", "arresting"). */
export function isVerbLike(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PAST.has(w) || (w.length > 4 && /(?:ed|ing)$/u.test(w) && !ING_NOUNS.has(w));
}

/** Nouns in "-ing" that tell when, not what: "morning", "evening". */
const ING_NOUNS = new Set(['morning', 'evening']);

/** The words of clause `a` that clause `b` says too (by stem, synonym or predicate class), as `a` writes them, lower case. */
export function sharedTermWords(a: readonly ClauseTerm[], b: readonly ClauseTerm[]): string[] {
  return [...new Set(sharedTerms(a, b).map((t) => t.word.toLowerCase()))];
}

/** The terms of clause `a` that clause `b` says too (see `sharedTermWords`), with their offsets. */
export function sharedTerms(a: readonly ClauseTerm[], b: readonly ClauseTerm[]): ClauseTerm[] {
  const { all, plain } = keySetsOf(b);
  return a.filter((t) => t.keys.some((k) => (t.inName ? plain : all).has(k)));
}

/** Every key of a clause's terms. */
export function termKeys(terms: readonly ClauseTerm[]): ReadonlySet<string> {
  return keySetsOf(terms).all;
}

/**
 * The keys of a clause's terms that are not words of names: what rules index clauses by, since a
 * name's word meets only a plain word of the other clause.
 */
export function ownTermKeys(terms: readonly ClauseTerm[]): ReadonlySet<string> {
  return keySetsOf(terms).own;
}

/**
 * A clause's keys: all of them; those of words that are not names' (`own`); and of those, the ones
 * written in lower case (`plain`: "Czech" opening a sentence is not the common word a name's word
 * must meet). Kept per terms array, since the rules compare one clause with many.
 */
interface KeySets {
  all: ReadonlySet<string>;
  own: ReadonlySet<string>;
  plain: ReadonlySet<string>;
}

function keySetsOf(terms: readonly ClauseTerm[]): KeySets {
  let sets = keySets.get(terms);
  if (!sets) {
    const own = terms.filter((t) => !t.inName);
    sets = {
      all: new Set(terms.flatMap((t) => t.keys)),
      own: new Set(own.flatMap((t) => t.keys)),
      plain: new Set(own.filter((t) => !/^\p{Lu}/u.test(t.word)).flatMap((t) => t.keys)),
    };
    keySets.set(terms, sets);
  }
  return sets;
}

const keySets = new WeakMap<readonly ClauseTerm[], KeySets>();
