/**
 * Quotations as facts: who said which words. Quotes and speakers come from the quotes stage
 * (DocumentAnalysis.quotes); the speaker is reduced to a person key (surname) so that "Marsh"
 * and "Lena Marsh" agree, and the words are normalised for comparison.
 */
import type { DocumentAnalysis, ResolvedEntity } from '../types';
import { factAt, spanOf, type DetailedFact } from './detail';
import { personKey } from './roles';

/** Pronouns and generic words that do not identify a speaker. */
const NOT_A_SPEAKER = /^(?:he|she|they|it|we|i|you|officials?|sources?|spokes(?:man|woman|person)|the|a|an)$/iu;

/** Quote facts of one document. */
export function quoteFactsOf(doc: DocumentAnalysis, entities: ReadonlyMap<string, ResolvedEntity>): DetailedFact[] {
  const out: DetailedFact[] = [];
  for (const q of doc.quotes ?? []) {
    if (!q || typeof q.inner !== 'string' || !q.speaker) continue;
    const words = quoteWords(q.inner);
    if (words.length === 0) continue;
    const entity = entities.get(q.speaker);
    if (entity && entity.type !== 'PERSON') continue;
    const name = entity?.canonical ?? q.speaker;
    if (NOT_A_SPEAKER.test(name.trim())) continue;
    const speaker = personKey(name.replace(/-/gu, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
    if (!speaker) continue;
    const span = spanOf(doc, q.start, q.end);
    out.push(factAt(doc, span, {
      kind: 'quote',
      subject: `quote:${words.slice(0, 3).join(' ')}`,
      attribute: 'speaker',
      value: { kind: 'text', text: name },
      display: `“${q.inner}”`,
      detail: { quote: { speaker, words, inner: q.inner }, sentence: doc.sentences.find((s) => s.start <= q.start && q.start < s.end)?.index ?? -1 },
    }));
  }
  return out;
}

/** Lower-case words of a quote, punctuation dropped ("We are ready." -> ["we", "are", "ready"]). */
function quoteWords(inner: string): string[] {
  return inner
    .toLowerCase()
    .replace(/[’']/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}
