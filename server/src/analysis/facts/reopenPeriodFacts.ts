/**
 * How long a place or a route stays closed, told as when it will reopen: "The city expects to
 * reopen the crossing in about six months", "the tunnel will reopen in three weeks", "the port is
 * due to be reopened within ten days". The time until the reopening is the closure's length seen
 * from the article's day, so the fact is keyed like closurePeriodFacts.ts ("closed:crossing") and
 * compared with "closed for N" by periodRules.ts. The few days between the closure and the article
 * are allowed for: the length may be up to a week longer than the time still to wait.
 * Reopenings that may not happen ("could reopen", "if"), partial ones ("one lane", "to
 * pedestrians") and past ones ("reopened in 2019") are left alone.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { closedThing, reportedFutureAsWill, subjectOf } from './closurePeriodFacts';
import { findPeriodLengths, lengthsAfterVerbs } from './periodLengths';
import { periodFact, type PeriodFact } from './periodFact';

/** A reopening still to come: "to reopen", "will reopen", "be reopened", "'ll reopen". */
const REOPEN = /\b(?:(?:to|will|shall)\s+(?:be\s+)?reopen(?:ed)?|(?:will|is|are|to)\s+be\s+reopened|[’']ll\s+reopen)\b/giu;
/** A reopening that may not happen, that reopens a part, or that is another than the closure's end. */
const NOT_THE_END = /\b(?:if|unless|could|might|may|hopes?|hoped|not|never|partially|partly|part|lanes?|pedestrians?|cyclists?|temporar(?:y|ily)|briefly|another|again)\b|n[’']t\b/iu;
/** Most characters between the verb and the length. */
const MAX_REACH = 60;
/** Days that may have passed between the closure and the article that says when it ends. */
const DAYS_SINCE_CLOSURE = 7;

/** Closure-length facts told as a reopening, of one sentence. */
export function reopenPeriodFactsOf(doc: DocumentAnalysis, s: Sentence): PeriodFact[] {
  const text = s.text;
  if (!/\breopen/iu.test(text)) return [];
  const lengths = findPeriodLengths(text);
  if (lengths.length === 0) return [];
  const out: PeriodFact[] = [];
  for (const { verbAt, verbEnd, length, between } of lengthsAfterVerbs(text, lengths, REOPEN, /\b(?:in|within)\s+$/iu, MAX_REACH, /[.;:!?,]\s/u)) {
    const clauseBefore = reportedFutureAsWill(text.slice(0, verbAt));
    if (NOT_THE_END.test(`${clauseBefore.slice(-40)} ${between} ${text.slice(length.end, length.end + 30)}`)) continue;
    // "reopen the crossing in six months": the object; "the bridge will reopen in six months": the subject.
    const thing = closedThing(between, true) ?? closedThing(subjectOf(text.slice(0, verbAt)), false);
    if (!thing) continue;
    // "within six months" is at most that; "in six months" as written.
    const lead = /\b(in|within)\s+$/iu.exec(between)!;
    const within = lead[1].toLowerCase() === 'within';
    const days = { min: within ? 0 : length.days.min, max: length.days.max + DAYS_SINCE_CLOSURE };
    out.push(periodFact(doc, s, verbAt, length.end, {
      key: `closed:${thing}`,
      what: `the closure of the ${thing}`,
      days,
      written: `reopen ${text.slice(verbEnd + (lead.index ?? 0), length.end)}`,
    }));
  }
  return out;
}
