/**
 * Document analyses built without the rest of the pipeline, so that corroboration tests do not
 * depend on how other stages split sentences or find claims: every line is split at full stops,
 * every sentence that is not a heading is a claim, and there are no mentions. The texts come
 * from test-fixtures/corroboration/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, DocumentAnalysis, EntityType, Mention, Sentence } from '../../../src/analysis/types';

/** The folder of the corroboration fixtures (tests run from the repository root). */
export const FIXTURES = join(process.cwd(), 'test-fixtures', 'corroboration');

/** Text of a fixture file under `FIXTURES`. */
export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** A minimal analysis of `text`: sentences at full stops, claims for non-heading sentences. */
export function simpleAnalysis(uri: string, text: string): DocumentAnalysis {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') paragraph++;
    // A full stop inside a number ("£73.5m") does not end a sentence.
    for (const m of line.matchAll(/[^\s](?:[^.!?]|[.!?](?=\S))*(?:[.!?]+(?=\s|$)|$)/gu)) {
      const start = offset + (m.index ?? 0);
      const t = m[0].trimEnd();
      if (t.length === 0) continue;
      sentences.push({ start, end: start + t.length, text: t, index: sentences.length, paragraph, heading: !/[.!?]$/u.test(t) });
    }
    offset += line.length + 1;
  }
  const claims: Claim[] = sentences
    .filter((s) => !s.heading)
    .map((s) => ({ start: s.start, end: s.end, text: s.text, key: `c${s.index}`, sentence: s.index, score: 0.6, cues: ['event'] }));
  const headline = sentences.find((s) => s.heading);
  return {
    uri,
    text,
    headline: headline ? { start: headline.start, end: headline.end, text: headline.text } : undefined,
    furniture: [],
    sentences,
    mentions: [],
    quotes: [],
    claims,
    facts: [],
    notes: [],
  };
}

/** Minimal analyses of fixture files, with the file path as URI. */
export function simpleFixtures(paths: readonly string[]): DocumentAnalysis[] {
  return paths.map((p) => simpleAnalysis(p, fixtureText(p)));
}

/**
 * `doc` with a resolved name mention (id `id`, type `type`) for every occurrence of each name, as
 * the entity stage would add them.
 */
export function withNames(doc: DocumentAnalysis, names: Readonly<Record<string, string>>, type: EntityType = 'ORG'): DocumentAnalysis {
  const mentions: Mention[] = [...doc.mentions];
  for (const [name, id] of Object.entries(names)) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
      const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
      mentions.push({ start: at, end: at + name.length, text: name, type, id, evidence: [], sentence });
    }
  }
  return { ...doc, mentions: mentions.sort((a, b) => a.start - b.start) };
}
