/**
 * Sums of money as written, with the currency they are written in and what they are a sum of:
 * "each day of the stoppage costs the sector $150 million" (a cost per day, 150 million, USD),
 * "is paying €2.9bn (₩4.2tn) for the yard" (a price, 2.9 billion, EUR; and 4.2 trillion, KRW).
 * These facts serve one rule (contradictions/currencyRules.ts): the same figure written in two
 * currencies for the same sum, where one article has the currency wrong. Unlike the money facts
 * of quantityFacts.ts, estimates and rates ("would cost ... a day") are kept: the figure is
 * compared as written, not as a value that may change.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findQuantities, withNationalSums, type Quantity } from '../values/quantities';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What a money figure is and how it is written. */
export interface MoneyFigureInfo {
  /** What the sum is, with its rate when it has one: "cost", "cost per day", "price", "price per share". */
  measure: string;
  /** The currency code ("usd", "brl", "krw"). */
  currency: string;
  /** The number as written, scale applied and hedge left out (150 million -> 150000000). */
  figure: number;
  /** True when a hedge ("about", "around") goes with the figure. */
  hedged: boolean;
  /** True when the figure is a conversion in parentheses of the sum before it ("($2.9 billion)"). */
  conversion: boolean;
}

/** A fact carrying a money figure. */
export type MoneyFigureFact = FactWith<'money', MoneyFigureInfo>;

/** Narrows a fact to a money figure fact. */
export const isMoneyFigureFact = factWithGuard<MoneyFigureFact>('money');

/**
 * Words before a sum that say what it is, nearest first. A price is what is paid or what a deal is
 * valued at ("paying €2.9bn", "buy X for $2.9 billion", "a deal valued at"); a cost is money lost
 * ("costs the sector $150 million", "losses of").
 */
const MEASURE_CUES: Array<[RegExp, string]> = [
  [/\b(?:cost(?:s|ing)?|los(?:e|es|ing|t)|losses)\b/giu, 'cost'],
  // "Agents seized 6.4 million pesos", "police confiscated $2 million in cash": money taken by the authorities.
  [/\b(?:seiz(?:e|es|ed|ing|ure\s+of)|confiscat(?:e|es|ed|ing|ion\s+of)|impound(?:s|ed|ing)?)\b/giu, 'sum seized'],
  // "Passengers will receive 1,000 kroner each", "be compensated with": money handed to people.
  // "would give 50,000 pesos to the family of each person killed", "has promised ... to each
  // victim's family", "a support of 30.000 pesos for each family": aid handed out is a payment too.
  [/\b(?:receiv(?:e|es|ed|ing)|compensat(?:e|es|ed|ing|ion\s+of)|giv(?:e|es|en|ing)|gave|promis(?:e|es|ed|ing)|grant(?:s|ed|ing)?|(?:support|aid|assistance|allowance)\s+of)\b/giu, 'payment'],
  [/\b(?:pay(?:s|ing)?|paid|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|tak(?:e|es|ing)\s+over|took\s+over|sell(?:s|ing)?|sold|valued\s+at|valuing|deal\s+worth)\b/giu, 'price'],
];

/** A rate written with the sum ("a day", "each day", "per share"): a cost per day is not a total cost. */
const RATES: Array<[RegExp, string]> = [
  [/\b(?:a|per|each|every)\s+(?:single\s+)?day\b|\bdaily\b|\bday's\b/iu, 'day'],
  [/\b(?:a|per|each|every)\s+week\b|\bweekly\b/iu, 'week'],
  [/\b(?:a|per|each|every)\s+month\b|\bmonthly\b/iu, 'month'],
  [/\b(?:a|per|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b/iu, 'year'],
  [/\b(?:a|per|each|every)\s+(?:[\p{Lu}][\p{L}-]*\s+)?share\b/iu, 'share'],
];

/**
 * A sum handed to each of a group of people ("to each passenger", "per customer", "500 euros each"):
 * a payment per person, whatever the verb (paid, received, compensated).
 */
const PERSON_NOUNS = String.raw`(?:passenger|person|customer|traveller|traveler|household|family|resident|victim|worker|employee|student|pensioner|client|guest|survivor|farmer)`;
const PER_PERSON_BEFORE = new RegExp(String.raw`\b(?:(?:each|every|per)|each\s+of\s+the)\s+(?:[\p{L}-]+\s+)?` + PERSON_NOUNS + String.raw`s?\b`, 'iu');
const PER_PERSON_AFTER = /^\s*(?:each|apiece|a head|per head)\b/iu;
/**
 * A sum for each of a group of people with no verb of paying ("announced Rs5 lakh for each family of
 * the deceased"): what a sum for each family or victim is, is aid handed out.
 */
// (The help may be named between the sum and whom it is for, "Rs 5 lakh help to each family", and
// the family before the person, "for the family of each person killed".)
const FOR_EACH_PERSON_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:in\s+)?(?:help|aid|assistance|compensation|relief|support|ex[\s-]gratia)\s+)?(?:to|for)\s+(?:(?:the\s+)?(?:family|families|relatives|next\s+of\s+kin)\s+of\s+)?(?:each|every)\s+(?:[\p{L}-]+\s+)?` + PERSON_NOUNS + String.raw`\b`,
  'iu',
);

/** Where a clause ends: a semicolon, a dash between spaces, or "but" / "while" / "whereas". */
const CLAUSE_BREAK = /;|\s[—–]\s|,?\s+(?:but|while|whereas)\s+/giu;

/** The measure of a sum paid to each of a group of people. */
export const PAYMENT_PER_PERSON = 'payment per person';

/** Money figure facts of one sentence. */
export function moneyFigureFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const sums = sumsOf(text);
  if (sums.length === 0) return [];
  const out: DetailedFact[] = [];
  let anchor: { q: Quantity; measure?: string } | undefined;
  for (const q of sums) {
    // "($2.9 billion)", "(about €24 million)" right after a sum: a conversion of that sum, with its measure.
    const conversion = anchor !== undefined && /^\s*\(\s*(?:about|around|roughly|some|approximately|nearly|almost)?\s*$/iu.test(text.slice(anchor.q.end, q.start));
    const measure = conversion ? anchor!.measure : measureOf(text, q, anchor?.q);
    if (!conversion) anchor = { q, measure };
    if (!measure) continue;
    const span = spanOf(doc, s.start + q.start, s.start + q.end);
    const info: MoneyFigureInfo = { measure, currency: q.unit!, figure: q.written.min, hedged: Boolean(q.hedge), conversion };
    out.push(factAt<MoneyFigureFact>(doc, span, {
      kind: 'count',
      subject: `money-figure:${measure}`,
      attribute: `money-figure:${measure}`,
      value: { kind: 'number', min: q.written.min, max: q.written.max, unit: q.unit },
      display: span.text,
      detail: { sentence: s.index, money: info },
    }));
  }
  return out;
}

/** The sums of money of a sentence, with those named by a nationality ("1,500 Norwegian crowns"). */
function sumsOf(text: string): Quantity[] {
  return withNationalSums(text, findQuantities(text)).filter((q) => q.type === 'MONEY' && q.unit);
}

/**
 * What the sum `q` is: the nearest cue between the previous sum of the clause (or its start) and
 * `q`, with the clause's rate. A sum whose figure is a range ("$2-3 billion") is left out.
 */
function measureOf(text: string, q: Quantity, previous: Quantity | undefined): string | undefined {
  if (q.written.min !== q.written.max) return undefined;
  const clauseStart = lastBreakBefore(text, q.start);
  const from = Math.max(clauseStart, previous?.end ?? 0, q.start - 120);
  const before = text.slice(from, q.start);
  let measure: string | undefined;
  let at = -1;
  for (const [re, name] of MEASURE_CUES) {
    for (const m of before.matchAll(re)) {
      if ((m.index ?? 0) > at) {
        at = m.index ?? 0;
        measure = name;
      }
    }
  }
  if (!measure) return FOR_EACH_PERSON_AFTER.test(text.slice(q.end, q.end + 80)) ? PAYMENT_PER_PERSON : undefined;
  const clauseEnd = nextBreakAfter(text, q.end);
  const clause = text.slice(clauseStart, clauseEnd);
  if ((measure === 'payment' || measure === 'price') && (PER_PERSON_AFTER.test(text.slice(q.end)) || PER_PERSON_BEFORE.test(clause))) return PAYMENT_PER_PERSON;
  const rate = RATES.find(([re]) => re.test(clause))?.[1];
  return rate ? `${measure} per ${rate}` : measure;
}

function lastBreakBefore(text: string, at: number): number {
  let last = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) last = (m.index ?? 0) + m[0].length;
  return last;
}

function nextBreakAfter(text: string, at: number): number {
  CLAUSE_BREAK.lastIndex = 0;
  const rest = text.slice(at);
  const m = new RegExp(CLAUSE_BREAK.source, 'iu').exec(rest);
  return m ? at + (m.index ?? 0) : text.length;
}
