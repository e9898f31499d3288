/**
 * Titles of people as facts: "former U.S. President Harold Benson" says Benson's role is president
 * and that he no longer holds it. Titles are read from the text before the name (see roles.ts);
 * when the entities stage found a title the text reader missed, that title is used.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, spanOf, type DetailedFact } from './detail';
import { findAppositiveTitles, findPersonTitles, firstNameOf, personKey, type PersonTitle } from './roles';

/** Title facts of one sentence. */
export function titleFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const out: DetailedFact[] = [];
  const found = findPersonTitles(s.text);
  for (const t of found) out.push(factOf(doc, s, t, s.start));
  // "Colm Feeney, the manager," names the title after the person.
  const personAt = (start: number) => doc.mentions.some((m) => m.type === 'PERSON' && m.sentence === s.index && m.start === s.start + start);
  for (const t of findAppositiveTitles(s.text, personAt)) if (!found.some((f) => f.start < t.end && t.start < f.end)) out.push(factOf(doc, s, t, s.start));
  // Titles from the entities stage that the reader above did not see.
  for (const m of doc.mentions) {
    if (m.sentence !== s.index || m.type !== 'PERSON' || !m.title) continue;
    if (out.some((f) => f.span.start < m.end && m.start < f.span.end)) continue;
    const at = doc.text.lastIndexOf(m.title, m.start);
    if (at < 0 || m.start - (at + m.title.length) > 2) continue;
    const parsed = findPersonTitles(doc.text.slice(at, m.end)).find((t) => t.start === 0);
    if (parsed) out.push(factOf(doc, s, { ...parsed }, at));
  }
  return out;
}

function factOf(doc: DocumentAnalysis, s: Sentence, t: PersonTitle, base: number): DetailedFact {
  const span = spanOf(doc, base + t.start, base + t.end);
  const key = personKey(t.name);
  return factAt(doc, span, {
    kind: 'title',
    subject: `person:${key}`,
    attribute: `title:${t.role}`,
    value: { kind: 'text', text: t.title },
    display: t.title,
    detail: {
      person: { key, name: t.name, firstName: firstNameOf(t.name), role: t.role, status: t.status, portfolio: t.portfolio, country: t.country },
      sentence: s.index,
    },
  });
}
