/**
 * Runs the analysis stages that contradictions depend on over fixtures of
 * test-fixtures/contradictions/, so that tests see what the workspace would.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { findContradictions } from '../../../src/analysis/contradictions/findContradictions';
import { resolveEntities } from '../../../src/analysis/entities/resolveEntities';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED, type Contradiction, type DocumentAnalysis, type Quote } from '../../../src/analysis/types';
import { repoRoot } from '../../repoRoot';

/** The text of test-fixtures/contradictions/<name>. */
export function fixtureText(name: string): string {
  return readFileSync(join(repoRoot(), 'test-fixtures', 'contradictions', name), 'utf8');
}

/** Quotes to use instead of the quote stage's, per fixture: [quoted words, speaker]. */
export type QuoteOverrides = Record<string, Array<[string, string]>>;

/** Analyses the fixtures as one workspace and returns the documents and the contradictions. */
export function analyseFixtures(names: readonly string[], quotes: QuoteOverrides = {}): { docs: DocumentAnalysis[]; contradictions: Contradiction[] } {
  return analyseCopies(names.map((name) => [name, name]), quotes);
}

/**
 * Like analyseFixtures, with each document given as [uri, fixture name], so that one fixture can
 * stand for many articles that say the same thing ("copy-03.txt" holding many-agree.txt).
 */
export function analyseCopies(entries: ReadonlyArray<readonly [string, string]>, quotes: QuoteOverrides = {}): { docs: DocumentAnalysis[]; contradictions: Contradiction[] } {
  const analysed = entries.map(([uri, name]) => analyzeDocument(uri, fixtureText(name), DEFAULT_ANALYSIS_OPTIONS));
  for (const doc of analysed) {
    const given = quotes[doc.uri];
    if (given) doc.quotes = given.map(([inner, speaker]) => quoteOf(doc.text, inner, speaker));
  }
  const { entities, docs } = resolveEntities(analysed);
  for (const doc of docs) doc.facts = extractFacts(doc, entities);
  return { docs, contradictions: findContradictions(docs, entities, NEVER_CANCELLED) };
}

function quoteOf(text: string, inner: string, speaker: string): Quote {
  const at = text.indexOf(inner);
  if (at < 0) throw new Error(`quote not in fixture: ${inner}`);
  const start = at - 1;
  const end = at + inner.length + 1;
  return { start, end, text: text.slice(start, end), inner, speaker };
}

/** A contradiction as "kind: file «text» | file «text»", items in report order. */
export function describe1(c: Contradiction): string {
  return `${c.kind}: ${c.items.map((i) => `${i.uri} «${i.text}»`).join(' | ')}`;
}

/** The contradictions as sorted `describe1` lines, after checking that each item's offsets point at its text. */
export function anchoredLines(found: readonly Contradiction[]): string[] {
  for (const c of found) for (const i of c.items) assert.equal(fixtureText(i.uri).slice(i.start, i.end), i.text, describe1(c));
  return found.map(describe1).sort();
}
