/**
 * Structured facts (subject, attribute, value) of one document: event times and durations,
 * counts and ages, people's titles, who took part in an event, and who said what. Facts are
 * read from every sentence outside page furniture (headlines included), and point at the claim
 * that holds them when there is one.
 */
import type { DocumentAnalysis, Fact, ResolvedEntity } from '../types';
import { countFactsOf } from './countFacts';
import { dateFactsOf } from './dateFacts';
import type { DetailedFact } from './detail';
import { participantFactsOf } from './participantFacts';
import { quoteFactsOf } from './quoteFacts';
import { timeFactsOf } from './timeFacts';
import { titleFactsOf } from './titleFacts';

/** Longest sentence read for facts; longer "sentences" are lists or run-on page text. */
const MAX_SENTENCE = 2000;

/**
 * The facts of `doc`. Each fact is a `DetailedFact` (the `Fact` fields plus the reasoning data
 * the contradiction rules need). Never throws: a sentence that trips an extractor is skipped.
 */
export function extractFacts(doc: DocumentAnalysis, entities: ReadonlyMap<string, ResolvedEntity>): Fact[] {
  const out: DetailedFact[] = [];
  for (const s of doc.sentences ?? []) {
    if (!s || s.text.length > MAX_SENTENCE) continue;
    for (const extract of [timeFactsOf, countFactsOf, titleFactsOf, participantFactsOf, dateFactsOf]) {
      try {
        for (const f of extract(doc, s)) {
          if (s.heading) f.detail.heading = true;
          out.push(f);
        }
      } catch {
        // One odd sentence must not stop the analysis of the rest.
      }
    }
  }
  try {
    out.push(...quoteFactsOf(doc, entities));
  } catch {
    // As above.
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
