/**
 * A length of time one statement gives for one thing: how long someone has to do something
 * (allowedTimeFacts.ts: "has 21 days to appeal", "must leave within 72 hours") or how long a
 * closure lasts (closurePeriodFacts.ts: "closed for 10 days"). The rules (periodRules.ts) compare
 * lengths with one key only.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type FactWith } from './detail';
import type { NumberRange } from '../values/numbers';

/** What a period fact says. */
export interface PeriodInfo {
  /** What the length is of, as a key ("allowed:leave|people:belarus", "closed:beach"). */
  key: string;
  /** The same in words, for explanations ("time to leave given to nationals of belarus"). */
  what: string;
  days: NumberRange;
  /** The length as written ("seven days", "at least three weeks"). */
  written: string;
}

/** A fact carrying a period. */
export type PeriodFact = FactWith<'period', PeriodInfo>;

/** Narrows a fact to a period fact. */
export const isPeriodFact = factWithGuard<PeriodFact>('period');

/** The period fact of sentence `s` written from `from` to `to` (sentence offsets). */
export function periodFact(doc: DocumentAnalysis, s: Sentence, from: number, to: number, period: PeriodInfo): PeriodFact {
  const span = spanOf(doc, s.start + from, s.start + to);
  return factAt<PeriodFact>(doc, span, {
    kind: 'time',
    subject: `period:${period.key}`,
    attribute: 'period',
    value: { kind: 'number', min: period.days.min, max: period.days.max, unit: 'day' },
    display: span.text,
    detail: { sentence: s.index, period },
  });
}
