/**
 * Quotations as facts: who said which words. Quotes and speakers come from the quotes stage
 * (DocumentAnalysis.quotes); the speaker is reduced to a person key (surname) so that "Marsh"
 * and "Lena Marsh" agree, and the words are normalised for comparison.
 */
import { NAME_TYPES, type DocumentAnalysis, type Quote, type ResolvedEntity } from '../types';
import { factAt, spanOf, type DetailedFact } from './detail';
import { speakerKey } from './roles';

/** How far (characters) from its quotation a speaker's name may stand for the two to be shown as one passage. */
const MAX_CREDIT_GAP = 80;

/** Pronouns and generic words that do not identify a speaker. */
const NOT_A_SPEAKER = /^(?:he|she|they|it|we|i|you|officials?|sources?|spokes(?:man|woman|person)|the|a|an)$/iu;

/** The start of a Markdown quotation block's line, right before a quote: "> \"...". */
const PULL_QUOTE_LINE = /(?:^|\n)[ \t]*>[ \t]*["“]?$/u;

/** Quote facts of one document. */
export function quoteFactsOf(doc: DocumentAnalysis, entities: ReadonlyMap<string, ResolvedEntity>): DetailedFact[] {
  const out: DetailedFact[] = [];
  for (const q of doc.quotes ?? []) {
    if (!q || typeof q.inner !== 'string' || !q.speaker) continue;
    const words = quoteWords(q.inner);
    if (words.length === 0) continue;
    const entity = speakerEntity(doc, q, entities);
    const name = entity?.canonical ?? q.speaker;
    // A description ("the national coach", "a spokesman") is not a name that can be compared.
    if (NOT_A_SPEAKER.test(name.trim()) || (!entity && !/^\p{Lu}/u.test(name.trim()))) continue;
    // People meet by surname ("Marsh", "Lena Marsh"); an organisation by its resolved identity
    // ("IDWU", "the Irish Digital Workers' Union").
    const speaker = entity && entity.type !== 'PERSON' ? `org:${entity.id}` : speakerKey(name);
    if (!speaker) continue;
    const span = spanOf(doc, q.start, q.end);
    // The quotation with its attribution, when the speaker is named within its sentence.
    const credit = q.speakerSpan && Math.abs(q.speakerSpan.start - (q.speakerSpan.start < q.start ? q.start : q.end)) <= MAX_CREDIT_GAP ? q.speakerSpan : undefined;
    const attributed = credit ? spanOf(doc, Math.min(q.start, credit.start), Math.max(q.end, credit.end)) : undefined;
    out.push(factAt(doc, span, {
      kind: 'quote',
      subject: `quote:${words.slice(0, 3).join(' ')}`,
      attribute: 'speaker',
      value: { kind: 'text', text: name },
      display: `“${q.inner}”`,
      detail: {
        quote: { speaker, words, inner: q.inner, ...(attributed ? { attributed } : {}) },
        sentence: doc.sentences.find((s) => s.start <= q.start && q.start < s.end)?.index ?? -1,
        // A pull quote set apart on a line opened by ">" repeats the body's quotation, as a headline
        // repeats its story: the body's telling is the one compared and shown.
        ...(PULL_QUOTE_LINE.test(doc.text.slice(Math.max(0, q.start - 8), q.start)) ? { heading: true } : {}),
      },
    }));
  }
  return out;
}

/** Lower-case words of a quote, punctuation dropped ("We are ready." -> ["we", "are", "ready"]). */
export function quoteWords(inner: string): string[] {
  return inner
    .toLowerCase()
    .replace(/[’']/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * The resolved entity of a quote's speaker: the name mention at the attribution ("said IDWU"), else
 * an entity whose id the speaker already is, else the person the article names so when the
 * attribution is a pronoun ("..., she said" after "Rosângela Tavares celebrated"), so that her
 * quote is keyed as her full name is ("Rosângela Tavares de Moura").
 */
function speakerEntity(doc: DocumentAnalysis, q: Quote, entities: ReadonlyMap<string, ResolvedEntity>): ResolvedEntity | undefined {
  const at = q.speakerSpan;
  const mentions = doc.mentions ?? [];
  const mention = at ? mentions.find((m) => m.id && m.start < at.end && at.start < m.end && NAME_TYPES.has(m.type)) : undefined;
  const named = mention ?? mentions.find((m) => m.id && m.type === 'PERSON' && m.text === q.speaker);
  return (named ? entities.get(named.id!) : undefined) ?? entities.get(q.speaker!);
}
