/**
 * When something was last inspected, serviced or renovated, as facts: "The bridge was last
 * inspected in 2022", "the 260-metre viaduct was built in 1976 and was last inspected in 2015",
 * "The last inspection of the bridge was made in 2019", "The tunnel's last overhaul was in March
 * 2020". A thing has one last act of a kind before a given day, so two articles about one story
 * that date it to two years cannot both be right (lastDoneRules.ts).
 *
 * The fact is keyed by the act (folded: "inspected" and "inspection" are one) and by the thing
 * (the head noun of its phrase, singular: "The 310-metre bridge" -> bridge). A thing left unnamed
 * ("It was last inspected", "The last inspection, in 2022,") gives no fact: the article may speak
 * of another structure. Only acts of the lexicon are read: "was last seen in 2019" is no upkeep.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { singularNoun } from './countedThings';
import { factAt, factWithGuard, spanOf, type FactWith } from './detail';

/** What a last-done fact says. */
export interface LastDoneInfo {
  /** The act, folded ("inspect", "service"). */
  act: string;
  /** The thing the act was done to: head noun, singular, lower case ("bridge"). */
  thing: string;
  year: number;
  /** 1-12 when the month is written. */
  month?: number;
  /** The date as written ("2022", "March 2020"). */
  written: string;
}

/** A fact carrying the date of a last act. */
export type LastDoneFact = FactWith<'lastDone', LastDoneInfo>;

/** Narrows a fact to a last-done fact. */
export const isLastDoneFact = factWithGuard<LastDoneFact>('lastDone');

/** Acts of upkeep and checking, verb and noun, folded to one word. */
const ACTS: Record<string, string> = {
  inspected: 'inspect', inspection: 'inspect', checked: 'check', check: 'check', examined: 'inspect', examination: 'inspect',
  serviced: 'service', service: 'service', maintained: 'service', maintenance: 'service',
  renovated: 'renovate', renovation: 'renovate', refurbished: 'renovate', refurbishment: 'renovate', restored: 'renovate', restoration: 'renovate',
  repaired: 'repair', repair: 'repair', repairs: 'repair', overhauled: 'overhaul', overhaul: 'overhaul',
  upgraded: 'upgrade', upgrade: 'upgrade', modernised: 'upgrade', modernized: 'upgrade', modernisation: 'upgrade', modernization: 'upgrade',
  surveyed: 'survey', survey: 'survey', audited: 'audit', audit: 'audit', tested: 'test', test: 'test', resurfaced: 'resurface',
  certified: 'certify', certification: 'certify',
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(?:in|during)\s+(?:((?:January|February|March|April|May|June|July|August|September|October|November|December))\s+)?((?:19|20)\d\d)\b`;
const ACT_VERBS = Object.keys(ACTS).filter((w) => /ed$/u.test(w)).join('|');
const ACT_NOUNS = Object.keys(ACTS).filter((w) => !/ed$/u.test(w)).join('|');
/** "was last inspected in 2022", "had last been serviced in March 2020". */
const PASSIVE = new RegExp(String.raw`\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+last\s+(?:been\s+)?(${ACT_VERBS})\s+${DATE}`, 'giu');
/**
 * "The last inspection of the bridge was made in 2019", "the bridge's last inspection was in
 * 2022", "Last inspection of the bridge was carried out in 2019".
 */
const NOUN_FORM = new RegExp(
  String.raw`(?:\b(\p{L}[\p{L}-]*)['’]s\s+|\b(?:the\s+)?)(?<![Aa]t\s)last\s+(${ACT_NOUNS})(?:\s+of\s+(?:the|its|their|this|that)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+))?\s+(?:was|were)\s+(?:(?:made|carried\s+out|done|conducted|performed|held|completed)\s+)?${DATE}`,
  'giu',
);
/** Words that stand for a thing without naming it. */
const PRONOUNS = new Set(['it', 'they', 'this', 'that', 'these', 'those', 'which', 'who', 'its', 'their', 'he', 'she', 'one', 'and', 'but', 'or']);

/** Last-done facts of one sentence. */
export function lastDoneFactsOf(doc: DocumentAnalysis, s: Sentence): LastDoneFact[] {
  const text = s.text;
  if (!/\blast\b/iu.test(text)) return [];
  const out: LastDoneFact[] = [];
  for (const m of text.matchAll(PASSIVE)) {
    const at = m.index ?? 0;
    // "at last inspected" is "finally", not "most recently".
    if (/\bat\s+$/iu.test(text.slice(0, at).replace(/\b(?:was|were|had been|has been|have been)\s*$/iu, ''))) continue;
    const thing = headOfSubject(text.slice(0, at));
    if (!thing) continue;
    out.push(lastDoneFact(doc, s, at, at + m[0].length, ACTS[m[1].toLowerCase()], thing, m[2], m[3]));
  }
  for (const m of text.matchAll(NOUN_FORM)) {
    const owner = m[1] && !PRONOUNS.has(m[1].toLowerCase()) ? m[1] : undefined;
    const phrase = m[3];
    const thing = phrase ? headNoun(phrase) : owner ? singularNoun(owner) : undefined;
    if (!thing) continue;
    const at = m.index ?? 0;
    out.push(lastDoneFact(doc, s, at, at + m[0].length, ACTS[m[2].toLowerCase()], thing, m[4], m[5]));
  }
  return out;
}

/**
 * The head noun of the subject that ends `before` (the text before "was last ..."): asides between
 * commas and a relative "which" are passed over, and a verb phrase joined by "and" ("was built in
 * 1976 and") is passed back over to its subject.
 */
function headOfSubject(before: string): string | undefined {
  let text = before.replace(/,?\s*(?:which|that)\s*$/iu, '');
  const joined = /\s(?:was|were|is|are|had|has)\s[^,;]*\band\s*$/iu.exec(text);
  if (joined) text = text.slice(0, joined.index);
  for (let i = 0; i < 3; i++) {
    const aside = /,[^,;]{1,80},\s*$/u.exec(text);
    if (!aside) break;
    text = text.slice(0, aside.index);
  }
  return headNoun(text);
}

/** The last word of a phrase as a singular noun, unless it is a pronoun or a joining word. */
function headNoun(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/u);
  const last = words[words.length - 1]?.replace(/[^\p{L}-]/gu, '');
  if (!last || !/^\p{L}/u.test(last) || PRONOUNS.has(last.toLowerCase())) return undefined;
  // A clause ends in a verb or a number, not a noun: "The city said" is no thing.
  if (/(?:ed|ly|ing)$/iu.test(last) && !/(?:shed|bed|ring|thing|building|ceiling|crossing|railing)$/iu.test(last)) return undefined;
  return singularNoun(last);
}

function lastDoneFact(doc: DocumentAnalysis, s: Sentence, from: number, to: number, act: string, thing: string, monthText: string | undefined, yearText: string): LastDoneFact {
  const span = spanOf(doc, s.start + from, s.start + to);
  const month = monthText ? MONTHS.indexOf(monthText.toLowerCase()) + 1 : undefined;
  const year = Number(yearText);
  const written = monthText ? `${monthText} ${yearText}` : yearText;
  return factAt<LastDoneFact>(doc, span, {
    kind: 'date',
    subject: `last:${act}:${thing}`,
    attribute: 'last done',
    value: { kind: 'date', iso: month ? `${year}-${String(month).padStart(2, '0')}` : String(year), grain: month ? 'month' : 'year' },
    display: span.text,
    detail: { sentence: s.index, lastDone: { act, thing, year, month, written } },
  });
}
