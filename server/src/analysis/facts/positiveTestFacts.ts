/**
 * What a person tested positive for, as facts: "tested positive for the anabolic agent ostarine",
 * "after she tested positive to clenbuterol", "testing positive for cocaine and cannabis", "traces
 * of meldonium were found in his sample". One positive test finds what it finds; two articles about
 * one athlete's case that name two different substances cannot both be right (positiveTestRules.ts).
 *
 * Only a specific substance is read: a lower-case word that is no description ("a banned
 * substance", "an anabolic steroid", "a muscle-building drug" say what kind of thing it was, not
 * which). The person is the one the sentence tells of (personInFocus.ts).
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { personInFocus } from './personInFocus';

/** What a positive-test fact says. */
export interface PositiveTestInfo {
  /** Entity id of the person tested. */
  person: string;
  /** The substances named, lower case, in the order written. */
  substances: string[];
}

/** A fact carrying what a person tested positive for. */
export type PositiveTestFact = FactWith<'positiveTest', PositiveTestInfo>;

/** Narrows a fact to a positive-test fact. */
export const isPositiveTestFact = factWithGuard<PositiveTestFact>('positiveTest');

/**
 * Words that describe a kind of substance, or a body, rather than name one: they may stand before
 * the name ("the anabolic agent ostarine") and are never a name themselves.
 */
const DESCRIPTIONS = new Set([
  'a', 'an', 'the', 'banned', 'prohibited', 'illegal', 'illicit', 'forbidden', 'controlled', 'recreational', 'performance-enhancing',
  'muscle-building', 'fat-burning', 'weight-loss', 'anabolic', 'androgenic', 'synthetic', 'masking', 'blood-boosting', 'heart',
  'agent', 'agents', 'substance', 'substances', 'drug', 'drugs', 'steroid', 'steroids', 'stimulant', 'stimulants', 'diuretic', 'diuretics',
  'hormone', 'hormones', 'peptide', 'peptides', 'medication', 'medicine', 'compound', 'product', 'supplement', 'metabolite', 'metabolites',
  'traces', 'trace', 'of', 'small', 'amounts', 'amount', 'low', 'levels', 'level', 'high', 'elevated', 'painkiller', 'sedative', 'narcotic',
  'beta-blocker', 'modulator', 'receptor', 'selective', 'androgen', 'sarm', 'growth', 'booster', 'virus', 'disease', 'infection', 'test',
  'same', 'two', 'three', 'both', 'another', 'other', 'different', 'new', 'potent', 'experimental', 'veterinary', 'asthma', 'cough',
]);
/** Words that end a list of substances. */
const LIST_END = /^(?:in|at|on|during|after|before|from|and|or|,|\.|;|which|that|who|the|a|an|when|while|but|to|by|with|as|last|this)$/iu;

/** "tested positive for", "testing positive to", "a positive test for", "returned a positive sample for". */
const POSITIVE_FOR = /\b(?:test(?:ed|s|ing)?\s+positive|positive\s+(?:test|sample|result|finding|dope\s+test|doping\s+test))\s+(?:for|to)\s+/giu;
/** "traces of X were found in her sample", "X, a banned stimulant, was detected in his urine". */
const FOUND_IN = /\b(?:[Tt]races?\s+of\s+)?([a-z][a-z-]{3,})(?:,\s+[^,.;]{1,40},)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:found|detected)\s+in\s+(?:his|her|their|the)\s+(?:[\p{L}-]+\s+)?(?:sample|urine|blood|system)\b/gu;
/** Words that say the test is another one, or no test at all. */
const NOT_THIS_TEST = /\b(?:not|never|no|previous(?:ly)?|earlier|last\s+year|again|second\s+time|if|would|could|might|may|denied|denies|deny)\b|n[’']t\b/iu;

/** Positive-test facts of one sentence. */
export function positiveTestFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/positive|found|detected/iu.test(text) || NOT_THIS_TEST.test(text)) return [];
  const out: PositiveTestFact[] = [];
  for (const m of text.matchAll(POSITIVE_FOR)) {
    const list = substancesAt(text, (m.index ?? 0) + m[0].length);
    if (list) push(doc, s, out, m.index ?? 0, list.end, list.names);
  }
  for (const m of text.matchAll(FOUND_IN)) {
    const name = m[1].toLowerCase();
    if (!DESCRIPTIONS.has(name)) push(doc, s, out, m.index ?? 0, (m.index ?? 0) + m[0].length, [name]);
  }
  return out;
}

/**
 * The substances named from `at` on: descriptions skipped, then lower-case names joined by commas
 * and "and"; undefined when no name is given ("for a banned substance") or a capitalised word or a
 * number stands where the name would ("for COVID", "for 2 substances": not read).
 */
function substancesAt(text: string, at: number): { names: string[]; end: number } | undefined {
  const words = [...text.slice(at).matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*|[,.;]/gu)];
  const names: string[] = [];
  let end = at;
  for (const w of words) {
    const word = w[0];
    const lower = word.toLowerCase();
    if (DESCRIPTIONS.has(lower)) {
      if (names.length > 0) break;
      continue;
    }
    if (names.length > 0 && LIST_END.test(lower)) {
      if (lower === ',' || lower === 'and') continue;
      break;
    }
    if (!/^[a-z][a-z-]{3,}$/u.test(word)) return names.length > 0 ? { names, end } : undefined;
    names.push(lower);
    end = at + (w.index ?? 0) + word.length;
    if (names.length > 4) return undefined;
  }
  return names.length > 0 ? { names, end } : undefined;
}

function push(doc: DocumentAnalysis, s: Sentence, out: PositiveTestFact[], from: number, to: number, substances: string[]): void {
  const person = personInFocus(doc, s);
  if (!person) return;
  const span = spanOf(doc, s.start + from, s.start + to);
  out.push(factAt<PositiveTestFact>(doc, span, {
    kind: 'substance',
    subject: `positive-test:${person}`,
    attribute: 'substance',
    value: { kind: 'set', items: substances },
    display: span.text,
    detail: { sentence: s.index, positiveTest: { person, substances } },
  }));
}
