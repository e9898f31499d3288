/**
 * Alias resolution across the workspace: one id per real-world entity in every document.
 */
import type { DocumentAnalysis, ResolvedEntity } from '../types';

/** Turns a name into an id: lower case, accents folded, dashes for spaces. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** STUB (issue 3 replaces it): one entity per exact surface form. Sets `mention.id`. */
export function resolveEntities(docs: readonly DocumentAnalysis[]): Map<string, ResolvedEntity> {
  const entities = new Map<string, ResolvedEntity>();
  for (const doc of docs) {
    for (const m of doc.mentions) {
      const id = `${slug(m.text)}`;
      m.id = id;
      let e = entities.get(id);
      if (!e) entities.set(id, (e = { id, canonical: m.text, type: m.type, aliases: [m.text], mentions: [] }));
      e.mentions.push({ uri: doc.uri, start: m.start, end: m.end, text: m.text });
    }
  }
  return entities;
}
