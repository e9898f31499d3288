/**
 * The per-document stages of the analysis. Their result depends on the document's text only, so
 * the corpus caches it per text and recomputes it only when the text changes.
 */
import { detectClaims } from './claims/detectClaims';
import { findPublicationInstant } from './dates/publicationTime';
import { findPublicationDate } from './dates/publicationDate';
import { extractNameMentions } from './entities/extractNames';
import { detectFurniture } from './furniture/detectFurniture';
import { findQuotes } from './quotes/findQuotes';
import { tokenize } from './text/nlp';
import { splitSentences } from './text/sentences';
import type { AnalysisOptions, DocumentAnalysis, Mention } from './types';
import { extractValueMentions } from './values/extractValues';

/**
 * Analyses one document: furniture, sentences, mentions, quotes and claims. Text beyond
 * `options.maxDocumentLength` is not analysed, and a note says so.
 */
export function analyzeDocument(uri: string, fullText: string, options: AnalysisOptions): DocumentAnalysis {
  const notes: string[] = [];
  let text = fullText;
  if (text.length > options.maxDocumentLength) {
    text = fullText.slice(0, options.maxDocumentLength);
    notes.push(`Only the first ${options.maxDocumentLength.toLocaleString('en')} characters were analysed (setting crosscheck.maxDocumentLength).`);
  }
  const { furniture, headline } = detectFurniture(text);
  const tokenized = tokenize(text);
  const sentences = splitSentences(text, tokenized, furniture, headline);
  const published = findPublicationDate(text, sentences);
  const publishedAt = findPublicationInstant(text, published);
  const mentions: Mention[] = [
    ...extractNameMentions(text, tokenized, sentences),
    ...extractValueMentions(text, tokenized, sentences, published),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes = findQuotes(text, sentences, mentions);
  const claims = detectClaims(text, sentences, mentions, quotes, options.claimThreshold, tokenized.tokens);
  return { uri, text: fullText, headline, published, ...(publishedAt !== undefined ? { publishedAt } : {}), furniture, sentences, mentions, quotes, claims, facts: [], notes };
}
