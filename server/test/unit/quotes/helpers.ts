/**
 * Test helpers for the quote and claim stages: run the per-document pipeline up to claims with
 * name mentions given by the test (so that these tests do not depend on the entity extractor).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims } from '../../../src/analysis/claims/detectClaims';
import { detectFurniture } from '../../../src/analysis/furniture/detectFurniture';
import { findQuotes } from '../../../src/analysis/quotes/findQuotes';
import { tokenize } from '../../../src/analysis/text/nlp';
import { splitSentences } from '../../../src/analysis/text/sentences';
import type { Claim, EntityType, Mention, Quote, Sentence, Span } from '../../../src/analysis/types';
import { repoRoot } from '../../repoRoot';

/** The text of a fixture under test-fixtures/. */
export function fixture(path: string): string {
  return readFileSync(join(repoRoot(), 'test-fixtures', path), 'utf8');
}

/** Mentions of every whole-word occurrence of the given names, with the sentence that holds each. */
export function mentionsFor(text: string, sentences: readonly Sentence[], names: Record<string, EntityType>): Mention[] {
  const out: Mention[] = [];
  // Longest names first, so that "Tomas Brandt" wins over "Brandt".
  const forms = Object.keys(names).sort((a, b) => b.length - a.length);
  for (const form of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const span = { start: i, end: i + form.length };
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[span.end] ?? '')) continue;
      if (out.some((m) => m.start < span.end && span.start < m.end)) continue;
      const sentence = sentences.find((s) => span.start >= s.start && span.end <= s.end);
      if (!sentence) continue;
      out.push({ ...span, text: form, type: names[form], evidence: [], sentence: sentence.index });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Everything the quote and claim stages produce for `text`. */
export interface StageResult {
  furniture: Span[];
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  claims: Claim[];
}

/** Runs furniture, sentences, the given mentions, quotes and claims on `text`. */
export function runStages(text: string, names: Record<string, EntityType> = {}, threshold = 0.5): StageResult {
  const { furniture } = detectFurniture(text);
  const tokenized = tokenize(text);
  const sentences = splitSentences(text, tokenized, furniture);
  const mentions = mentionsFor(text, sentences, names);
  const quotes = findQuotes(text, sentences, mentions);
  const claims = detectClaims(text, sentences, mentions, quotes, threshold, tokenized.tokens);
  return { furniture, sentences, mentions, quotes, claims };
}
