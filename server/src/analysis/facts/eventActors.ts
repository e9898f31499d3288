/**
 * The named entities that can identify an event: people, organisations and places (resolved ids),
 * leaving out names that are only part of someone's title ("Union" in "Union leader Mira Holt",
 * "Palace" in "Palace aide ..."): such a word names the person's post, and is shared by every
 * story about someone with that post, so it tells no story apart.
 */
import { NAME_TYPES, type DocumentAnalysis, type Mention } from '../types';

/** Name mentions of `doc` that have an id and are not part of a person's title. */
export function actorMentions(doc: DocumentAnalysis): Mention[] {
  const mentions = doc.mentions ?? [];
  // Spans of titles written before a person's name ("Union leader" before "Mira Holt").
  const titles: Array<{ start: number; end: number }> = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.title) continue;
    const at = doc.text.lastIndexOf(m.title, m.start);
    if (at >= 0 && m.start - (at + m.title.length) <= 2) titles.push({ start: at, end: at + m.title.length });
  }
  return mentions.filter((m) => m.id && NAME_TYPES.has(m.type) && !titles.some((t) => t.start <= m.start && m.end <= t.end));
}
