/**
 * Titles of people as facts: "former U.S. President Harold Benson" says Benson's role is president
 * and that he no longer holds it. Titles are read from the text before the name (see roles.ts),
 * and from titles set off by a comma on either side of it ("the union's president, Carla Menezes";
 * "Daniel Owusu-Sekyere, chief executive of the Minerals Commission,"; "Ionut Dragomir, who heads
 * the county emergency services"), and offices told with a passive verb ("the Nordlicht, captained
 * by Henrik Solberg", passiveTitles.ts). When the entities stage found a title the text reader missed,
 * that title is used.
 */
import { foldName } from '../lexicon/fold';
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, spanOf, type DetailedFact } from './detail';
import { completesAnotherTitle, findAppositiveTitles, findPersonTitles, findTitlesBeforeComma, firstNameOf, personKey, speakerKey, type PersonTitle } from './roles';
import { findPassiveTitles } from './passiveTitles';
import { findPluralTitles } from './pluralTitles';
import { actAfter, territoryOf } from './titleTerritory';
import { sentenceMentions } from './documentIndex';

/** Title facts of one sentence. */
export function titleFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const out: DetailedFact[] = [];
  for (const t of findPersonTitles(s.text)) out.push(factOf(doc, s, t, s.start));
  // Titles from the entities stage that the reader above did not see.
  for (const m of sentenceMentions(doc, s.index)) {
    if (m.type !== 'PERSON' || !m.title) continue;
    if (out.some((f) => f.span.start < m.end && m.start < f.span.end)) continue;
    const at = doc.text.lastIndexOf(m.title, m.start);
    if (at < 0 || m.start - (at + m.title.length) > 2) continue;
    if (completesAnotherTitle(doc.text, at)) continue;
    const parsed = findPersonTitles(doc.text.slice(at, m.end)).find((t) => t.start === 0);
    if (parsed) out.push(factOf(doc, s, { ...parsed }, at));
  }
  // Titles set off by a comma. A rank before the name and a title after it are two titles
  // ("Lieutenant Colonel Ionut Dragomir, spokesman for ..."); the same role read twice is one.
  const personAt = (start: number) => sentenceMentions(doc, s.index).some((m) => m.type === 'PERSON' && m.start === s.start + start);
  const beforeComma = findTitlesBeforeComma(s.text, personAt);
  // In a list of titled people ("the president of Uruguay, X, the president of Paraguay, Y"), the
  // title after a name that has its own title before it belongs to the next name.
  const appositive = findAppositiveTitles(s.text, personAt).filter((t) => !beforeComma.some((b) => b.nameStart === t.nameStart));
  for (const t of [...appositive, ...beforeComma, ...findPassiveTitles(s.text, personAt), ...findPluralTitles(s.text, personAt)]) {
    const start = s.start + t.start;
    const end = s.start + t.end;
    if (out.some((f) => f.detail.person?.role === t.role && f.span.start < end && start < f.span.end)) continue;
    out.push(factOf(doc, s, t, s.start));
  }
  return out;
}

function factOf(doc: DocumentAnalysis, s: Sentence, t: PersonTitle, base: number): DetailedFact {
  const span = spanOf(doc, base + t.start, base + t.end);
  const nameEnd = base + t.nameStart + t.name.length;
  const entity = entityAt(doc, base + t.nameStart, nameEnd);
  // The resolved person's key, so that "Helena Barbosa" meets "Helena Barbosa Lins" (whose key is
  // "lins"); the written name's when the entities stage resolved no one there.
  const key = entity ? speakerKey(entity) : personKey(t.name);
  const territory = territoryOf(doc, s, t.organisation);
  const organisationEntity = t.organisation ? bodyAt(doc, s, span, t.organisation) : undefined;
  return factAt(doc, span, {
    kind: 'title',
    subject: `person:${key}`,
    attribute: `title:${t.role}`,
    value: { kind: 'text', text: t.title },
    display: t.title,
    detail: {
      person: {
        key,
        name: t.name,
        firstName: firstNameOf(t.name),
        role: t.role,
        status: t.status,
        portfolio: t.portfolio,
        country: t.country,
        organisation: t.organisation,
        body: t.body,
        ...(organisationEntity ? { organisationEntity } : {}),
        entity,
        leadIn: leadInOf(s.text.slice(0, base + t.end - s.start)),
        territory: territory?.name,
        territoryKind: territory?.kind,
        act: actAfter(doc.text.slice(nameEnd, Math.min(s.end, nameEnd + 40))),
      },
      sentence: s.index,
    },
  });
}

/** The resolved id of the person named between `start` and `end`, when the entities stage found one there. */
function entityAt(doc: DocumentAnalysis, start: number, end: number): string | undefined {
  return doc.mentions.find((m) => m.type === 'PERSON' && m.id && m.start < end && start < m.end)?.id;
}

/** The resolved id of the organisation named `organisation` inside the title's span, when the entities stage found it there. */
function bodyAt(doc: DocumentAnalysis, s: Sentence, span: { start: number; end: number }, organisation: string): string | undefined {
  return sentenceMentions(doc, s.index).find((m) => m.type === 'ORG' && m.id && m.start >= span.start && m.end <= span.end && organisation.includes(m.text))?.id;
}

/** Words of a sentence, lower case, accents folded, punctuation dropped. */
function leadInOf(text: string): string {
  return foldName(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}
