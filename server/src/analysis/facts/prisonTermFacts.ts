/**
 * Prison terms handed to a person, as quantity facts: "sentenced Dimitar Valchev to six years in
 * prison", "handed a seven-year prison sentence to Valchev", "jailed for 18 months" (prison term of
 * dimitar-valchev: 6 years). They go through the quantity rules like any count, so two articles
 * giving one defendant different terms are flagged.
 *
 * Only terms imposed are read: what prosecutors sought, the maximum a charge carries, what a
 * defendant faces or could get, and suspended terms (a different measure) are left out.
 */
import type { DocumentAnalysis, Mention, Sentence } from '../types';
import { parseNumber } from '../values/numbers';
import { factAt, spanOf } from './detail';
import type { QuantityFact, QuantityInfo } from './quantityFacts';
import { sentenceMentions } from './documentIndex';

/** Words that make a term something other than the one imposed. */
const NOT_IMPOSED =
  /\b(?:sought|seek|seeks|seeking|demanded|demands|asked|asks|requested|requests|faces?|facing|could|would|might|may|maximum|up to|carries|carry|punishable|suspended|previous|earlier|prior|another|appeal(?:ed|s)? against)\b/iu;
/** Sentences that can state a prison term at all (a cheap test before the patterns). */
const MAY_STATE_TERM = /\b(?:sentenc|jail|prison|imprison)/iu;

const NUMBER = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-five|thirty|forty|fifty)`;
/**
 * The written forms of a term: "six years in prison", "six years' imprisonment", "jailed for six
 * years", "sentenced ... to six years", and the compound "a six-year prison sentence" / "term".
 */
const TERM_PATTERNS: readonly RegExp[] = [
  new RegExp(NUMBER + String.raw`[-\s](years?|months?)[-\s](?:prison|jail)\s+(?:sentence|term)`, 'giu'),
  new RegExp(NUMBER + String.raw`\s+(years?|months?)(?:['’]|\s+(?:in|behind))?\s+(?:prison|jail|bars|imprisonment)`, 'giu'),
  new RegExp(String.raw`\b(?:jailed|imprisoned|sentenced)\s+(?:\S+\s+){0,8}?(?:for|to)\s+` + NUMBER + String.raw`\s+(years?|months?)`, 'giu'),
];

/** Months written after a term of years: " and six months". */
const MONTHS_MORE = new RegExp(String.raw`^\s+and\s+` + NUMBER + String.raw`\s+months?\b`, 'iu');

/** Prison-term facts of one sentence. */
export function prisonTermFactsOf(doc: DocumentAnalysis, s: Sentence): QuantityFact[] {
  if (!MAY_STATE_TERM.test(s.text)) return [];
  const out: QuantityFact[] = [];
  const seen = new Set<number>();
  for (const pattern of TERM_PATTERNS) {
    for (const m of s.text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (seen.has(start)) continue;
      const clause = clauseOf(s.text, start, end);
      if (NOT_IMPOSED.test(clause)) continue;
      const amount = parseNumber(m[1]);
      if (!amount || amount.min !== amount.max) continue;
      let months = /^month/iu.test(m[2]) ? amount.min : amount.min * 12;
      // "two years and six months": the months after the years are part of the term.
      const more = /^year/iu.test(m[2]) ? MONTHS_MORE.exec(s.text.slice(end)) : null;
      const extra = more ? parseNumber(more[1]) : undefined;
      if (extra && extra.min === extra.max) months += extra.min;
      const person = sentencedPerson(doc, s, end);
      if (!person) continue;
      seen.add(start);
      const span = spanOf(doc, s.start + start, s.start + end);
      const years = months / 12;
      const info: QuantityInfo = {
        measure: `prison term|${person.id}`,
        label: `prison term of ${person.text}`,
        range: { min: years, max: years },
        unit: 'years',
        context: [],
      };
      out.push(
        factAt<QuantityFact>(doc, span, {
          kind: 'count',
          subject: `quantity:${info.measure}`,
          attribute: `quantity:${info.measure}`,
          value: { kind: 'number', min: years, max: years, unit: 'years' },
          display: span.text,
          detail: { sentence: s.index, quantity: info },
        }),
      );
    }
  }
  return out;
}

/** The clause around a match: from the last comma or semicolon before it to the next after it. */
function clauseOf(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start), 0);
  const next = text.slice(end).search(/[,;]/u);
  return text.slice(from, next < 0 ? text.length : end + next);
}

/**
 * Who got the term: the only person the sentence names who is not the judge, else the person
 * named right after "sentenced"/"jailed" or after "sentence to".
 */
function sentencedPerson(doc: DocumentAnalysis, s: Sentence, end: number): Mention | undefined {
  const people = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON' && m.id && !isJudge(m));
  const ids = new Set(people.map((m) => m.id));
  if (ids.size === 1) return people[0];
  return people.find((m) => {
    const at = m.start - s.start;
    return AFTER_SENTENCING.test(s.text.slice(Math.max(0, at - 20), at)) || (at >= end && /^\s*to\s+$/iu.test(s.text.slice(end, at)));
  });
}

/** Words right before the person sentenced ("sentenced Tomasz Wrona", "a six-year sentence to Wrona"). */
const AFTER_SENTENCING = /\b(?:sentenced|jailed|imprisoned|sentence\s+to|term\s+to)\s+$/iu;

function isJudge(m: Mention): boolean {
  return /\b(?:judge|justice|magistrate)\b/iu.test(m.title ?? '');
}
