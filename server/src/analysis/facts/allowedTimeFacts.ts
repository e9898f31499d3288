/**
 * How long someone is given to do something, as facts: "gave them seven days to leave", "They
 * have 48 hours to leave the country", "must leave Belarus within 72 hours", "has 21 days to lodge
 * an appeal", "has three weeks to take the case to court". The action is folded to a class (to
 * leave, go, or pack one's bags is to leave; to lodge an appeal or take the case to a court is to
 * appeal), and the fact is keyed by who is given the time when the sentence (or, for "they" and
 * "them", the sentence before) says which country's people they are: in an exchange of
 * expulsions each side gives the other's diplomats its own deadline, and those are two facts.
 * Countdowns ("with two weeks to go") and plans are not read.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { countryKey } from './countries';
import { nationalityOf } from './nationalityWords';
import { findPeriodLengths } from './periodLengths';
import { periodFact, type PeriodFact } from './periodFact';

/** A cheap test: a sentence without one of these words holds no time allowed. */
const CUE = /\b(?:to|within|for)\b/iu;
/** A unit of time: checked first, since the words of CUE are in most sentences. */
const PERIOD_WORD = /\b(?:hours?|days?|weeks?|fortnight|months?|years?)\b/iu;

/** Verbs of giving or having time, written before the length ("gave them", "has", "were granted"). */
const GIVEN_BEFORE = /\b(?:ha[sd]|have|having|gave|give[sn]?|giving|granted|grants?|allowed|allows?|gets?|got)\s+(?:[\p{L}’'-]+\s+){0,4}$/u;
/** "to" and the action after the length ("to leave", "to lodge an appeal", "for appeal"). */
const ACTION_AFTER = /^\s+(?:to\s+([\p{Ll}]+)((?:\s+[\p{L}’'-]+){0,3})|for\s+(?:an?\s+)?(appeal))/u;
/** The action before "within" ("must leave Belarus within 72 hours"). */
const WITHIN_BEFORE = /\b(must|ha(?:ve|s|d)\s+to|(?:was|were|is|are)\s+(?:told|ordered|given\s+orders)\s+to|ordered\s+to)\s+([\p{Ll}]+)((?:\s+[\p{L}’'-]+){0,3}?)\s+within\s+$/u;

/** Actions folded to a class; the words after the verb ("pack their bags", "take the case to") may settle it. */
const ACTION_CLASSES: Record<string, string> = {
  leave: 'leave', depart: 'leave', quit: 'leave', exit: 'leave',
  appeal: 'appeal', challenge: 'appeal', contest: 'appeal',
  respond: 'respond', reply: 'respond', answer: 'respond',
  pay: 'pay', settle: 'pay', repay: 'pay',
};
/** Verbs whose class is set by their object: "pack their bags", "lodge an appeal", "take the case to". */
const PHRASE_CLASSES: Array<[RegExp, string]> = [
  [/^pack\s+(?:their|his|her|its|up)\b/u, 'leave'],
  [/^get\s+out\b/u, 'leave'],
  [/^(?:lodge|file|launch|submit|make|lodged)\s+(?:an?\s+|their\s+|his\s+|her\s+)?appeal/u, 'appeal'],
  [/^take\s+(?:the|their|his|her|this|its)\s+(?:case|matter|decision|ruling|fight)\s+to\b/u, 'appeal'],
];
/** "Go" is leaving only when the time was given ("gave them three days to go"); "has a week to go" is a countdown. */
const GIVING = /\b(?:gave|give[sn]?|giving|granted|grants?|allowed|allows?)\b/u;

/** People nouns a nationality or a country names ("Lithuanian diplomats", "diplomats from Belarus"). */
const PEOPLE_NOUNS =
  'diplomats?|nationals?|citizens?|officials?|envoys?|staff|workers?|journalists?|residents?|tourists?|troops|soldiers?|students?|employees?|delegates?|officers?|agents?|attach[ée]s?|consuls?|ambassadors?|migrants?|refugees?|players?|fans';
const PEOPLE_OF_COUNTRY = new RegExp(String.raw`\b(?:${PEOPLE_NOUNS})\s+(?:of|from)\s+(?:neighbouring\s+|neighboring\s+)?(\p{Lu}[\p{L}-]+)`, 'gu');
const NATIONALITY_WORD = /\b\p{Lu}[\p{L}-]+\b/gu;
const PEOPLE_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${PEOPLE_NOUNS})\b`, 'u');
/** The one holding the time is a pronoun: who they are is told in the sentence before. */
const PRONOUN_HOLDER = /\b(?:[Tt]hey|them|[Hh]e|him|[Ss]he|her)\b/u;

/** Time-allowed facts of one sentence; a sentence with two of them (a list of both sides) is left alone. */
export function allowedTimeFactsOf(doc: DocumentAnalysis, s: Sentence): PeriodFact[] {
  const text = s.text;
  if (!PERIOD_WORD.test(text) || !CUE.test(text)) return [];
  const found: PeriodFact[] = [];
  for (const p of findPeriodLengths(text)) {
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const after = text.slice(p.end);
    let action: string | undefined;
    let from = p.start;
    let to = p.end;
    const given = GIVEN_BEFORE.exec(before);
    const a = given ? ACTION_AFTER.exec(after) : undefined;
    if (given && a) {
      // "with two weeks to go", "had a week to spare" are not time given for a task.
      if (/\bwith\s+$/iu.test(before.slice(0, given.index))) continue;
      action = a[3] ? 'appeal' : classOf(a[1], `${a[1]}${a[2] ?? ''}`, GIVING.test(given[0]));
      from = p.start - before.length + given.index;
      to = p.end + a[0].length;
    } else {
      const w = WITHIN_BEFORE.exec(before);
      if (!w) continue;
      action = classOf(w[2], `${w[2]}${w[3] ?? ''}`, true);
      from = p.start - before.length + w.index;
    }
    if (!action) continue;
    const clauseFrom = Math.max(0, text.lastIndexOf(',', from) + 1, text.lastIndexOf(';', from) + 1);
    if (/\b(?:if|unless|would|could|might|may)\b/u.test(text.slice(clauseFrom, from))) continue;
    const holder = holderOf(doc, s, text.slice(0, to));
    found.push(periodFact(doc, s, from, to, {
      key: `allowed:${action}${holder ? `|people:${holder}` : ''}`,
      what: `the time ${holder ? `the people of ${holder} are` : 'is'} given to ${action}`,
      days: p.days,
      written: p.text,
    }));
  }
  return found.length === 1 ? found : [];
}

/** The class of an action verb with the words after it, or undefined for a countdown or an unknown verb. */
function classOf(verb: string, phrase: string, given: boolean): string | undefined {
  for (const [re, cls] of PHRASE_CLASSES) if (re.test(phrase)) return cls;
  if (verb === 'go') return given ? 'leave' : undefined;
  return ACTION_CLASSES[verb];
}

/**
 * The country whose people are given the time: the last nationality of people ("the three
 * Belarusians", "Lithuanian diplomats", "diplomats from Belarus") in the sentence up to the
 * action, or in the sentence before when none is and the holder is a pronoun.
 */
function holderOf(doc: DocumentAnalysis, s: Sentence, upTo: string): string | undefined {
  const own = lastPeople(upTo);
  if (own) return own;
  if (!PRONOUN_HOLDER.test(upTo) || s.index === 0) return undefined;
  return lastPeople(doc.sentences[s.index - 1]?.text ?? '');
}

function lastPeople(text: string): string | undefined {
  let best: { at: number; key: string } | undefined;
  const consider = (at: number, key: string | undefined) => {
    if (key && (!best || at > best.at)) best = { at, key };
  };
  for (const m of text.matchAll(PEOPLE_OF_COUNTRY)) consider(m.index ?? 0, countryKey(m[1]));
  for (const m of text.matchAll(NATIONALITY_WORD)) {
    const word = m[0];
    const at = m.index ?? 0;
    // "Lithuanian diplomats" (the adjective before people), or "the Belarusians" (the plural noun).
    const adjective = nationalityOf(word);
    if (adjective && PEOPLE_AFTER.test(text.slice(at + word.length))) consider(at, adjective);
    else if (word.endsWith('s') && !adjective) consider(at, nationalityOf(word.slice(0, -1)));
  }
  return best?.key;
}
