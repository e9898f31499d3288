/**
 * Name mentions (PERSON, ORG, GPE, LOC, FAC) of one document, typed by local evidence.
 */
import type { Mention, Sentence } from '../types';
import type { TokenizedText } from '../text/nlp';

/** STUB (issue 3 replaces it): runs of proper nouns, typed PERSON. */
export function extractNameMentions(text: string, tokenized: TokenizedText, sentences: readonly Sentence[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    let run: { start: number; end: number } | undefined;
    const flush = () => {
      if (run) out.push({ ...run, text: text.slice(run.start, run.end), type: 'PERSON', evidence: [], sentence: s.index });
      run = undefined;
    };
    for (const t of tokenized.tokens) {
      if (t.start < s.start || t.end > s.end) continue;
      if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) run = run ? { start: run.start, end: t.end } : { start: t.start, end: t.end };
      else flush();
    }
    flush();
  }
  return out;
}
