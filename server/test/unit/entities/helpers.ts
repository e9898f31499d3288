/**
 * Helpers for the entity tests: analyse fixture articles as one workspace and look mentions up by
 * their text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { resolveEntities } from '../../../src/analysis/entities/resolveEntities';
import { DEFAULT_ANALYSIS_OPTIONS, type DocumentAnalysis, type Mention, type ResolvedEntity } from '../../../src/analysis/types';
import { repoRoot } from '../../repoRoot';

/** The text of test-fixtures/entities/<name>. */
export function entityFixture(name: string): string {
  return readFileSync(join(repoRoot(), 'test-fixtures', 'entities', name), 'utf8');
}

/** A workspace of analysed documents, resolved together. */
export interface Workspace {
  docs: Map<string, DocumentAnalysis>;
  entities: Map<string, ResolvedEntity>;
  /** The `nth` (0-based) name mention in `doc` whose text is exactly `text`. */
  mention(doc: string, text: string, nth?: number): Mention;
  /** Every name mention (PERSON, ORG, GPE, LOC, FAC) of a document. */
  names(doc: string): Mention[];
}

const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'MISC']);

/** Analyses the named fixtures (or inline texts, given as [uri, text] pairs) as one workspace. */
export function workspace(files: Array<string | [string, string]>): Workspace {
  const analysed: DocumentAnalysis[] = [];
  for (const f of files) {
    const [uri, text] = typeof f === 'string' ? [f, entityFixture(f)] : f;
    analysed.push(analyzeDocument(uri, text, DEFAULT_ANALYSIS_OPTIONS));
  }
  const resolved = resolveEntities(analysed);
  const entities = resolved.entities;
  const docs = new Map(resolved.docs.map((d) => [d.uri, d]));
  const names = (doc: string) => docs.get(doc)!.mentions.filter((m) => NAME_TYPES.has(m.type));
  return {
    docs,
    entities,
    names,
    mention(doc, text, nth = 0) {
      const found = docs.get(doc)!.mentions.filter((m) => m.text === text && m.type !== 'DATE' && m.type !== 'TIME');
      assert.ok(found.length > nth, `no mention #${nth} "${text}" in ${doc}; names: ${names(doc).map((m) => m.text).join(', ')}`);
      return found[nth];
    },
  };
}

/** The type group the scorer uses: PERSON, ORG, or PLACE for GPE/LOC/FAC. */
export function group(type: string): string {
  return type === 'GPE' || type === 'LOC' || type === 'FAC' ? 'PLACE' : type;
}
