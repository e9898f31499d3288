/**
 * The text of an annotation store file: one W3C AnnotationCollection per article, pretty-printed
 * with a stable order so that people can read, diff and commit it. Parsing never throws: a corrupt
 * or hand-broken file gives a message that says what and where, for the store to act on.
 */
import type { Annotation } from './model';
import { AnnotationFormatError, fromW3CCollection, toW3CCollection } from './w3c';

/** The annotations of a store file, or why it cannot be read. */
export type ParsedStore = { ok: true; annotations: Annotation[] } | { ok: false; message: string };

/** Parses a store file's text. An empty (or blank) file holds no annotations. */
export function parseStoreText(text: string): ParsedStore {
  if (text.trim() === '') return { ok: true, annotations: [] };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message})` };
  }
  try {
    return { ok: true, annotations: fromW3CCollection(json) };
  } catch (e) {
    if (e instanceof AnnotationFormatError) return { ok: false, message: `not a Crosscheck annotation file: ${e.message}` };
    throw e;
  }
}

/** The text of the store file of `article` (a workspace-relative path) holding `annotations`. */
export function serializeStore(article: string, annotations: readonly Annotation[]): string {
  return JSON.stringify(toW3CCollection(annotations, `Crosscheck annotations of ${article}`), null, 2) + '\n';
}
