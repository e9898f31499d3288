/**
 * Articles that give a toll as a count so far: "Until this afternoon 15 people are dead", "So far
 * 12 bodies have been recovered", "the toll stood at 9 as of noon". The fact readers leave such
 * sentences out (a count so far is not the event's count); what they say of the article is kept
 * here: its other statements of the toll, the headline's "15 dead" among them, are of that moment
 * too, and a later, higher toll elsewhere does not contradict them (quantityRules.ts).
 */
import type { DocumentAnalysis, Sentence } from '../types';

const SO_FAR =
  /\b(?:so far|as of|at the time of writing|until (?:this |the )?(?:afternoon|morning|evening|midday|noon|now)|by (?:this |late |mid-?)?(?:afternoon|midday|noon|morning|evening|nightfall)|latest (?:figures?|toll|count))\b/iu;
const TOLL = /\b(?:dead|died|killed|deaths?|bodies|injured|hurt|wounded|missing|rescued|evacuated|arrested|detained|toll)\b/iu;

/**
 * The answer per document's sentences, kept while they live: every corpus run asks again, and
 * resolution copies the document object but keeps its sentences (an edit makes new ones).
 */
const known = new WeakMap<readonly Sentence[], boolean>();

/** The URIs of the documents with a sentence that gives a toll as a count so far. */
export function documentsWithCountsSoFar(docs: readonly DocumentAnalysis[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    const sentences = doc.sentences ?? [];
    let has = known.get(sentences);
    if (has === undefined) {
      has = sentences.some((s) => SO_FAR.test(s.text) && TOLL.test(s.text) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/iu.test(s.text));
      known.set(sentences, has);
    }
    if (has) out.add(doc.uri);
  }
  return out;
}
