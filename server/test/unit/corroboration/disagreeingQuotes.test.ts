/**
 * A quotation given to someone else disagrees with the claim it repeats; it does not corroborate it
 * (test-fixtures/corroboration/misattributed-quote/: the port chief's words, given to the minister
 * by the local page).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../../src/analysis/corpus';
import type { CorpusAnalysis } from '../../../src/analysis/types';
import { repoRoot } from '../../repoRoot';

const DIR = join(repoRoot(), 'test-fixtures', 'corroboration', 'misattributed-quote');

function analyse(): CorpusAnalysis {
  const corpus = new Corpus();
  for (const name of ['a-wire.txt', 'b-paper.txt', 'c-local.txt']) corpus.set(name, readFileSync(join(DIR, name), 'utf8'));
  return corpus.analyze();
}

/** The documents the claim of `uri` holding `words` is linked to. */
function linkedFrom(analysis: CorpusAnalysis, uri: string, words: string): string[] {
  const claim = analysis.documents.get(uri)!.claims.find((c) => c.text.includes(words));
  assert.ok(claim, `a claim of ${uri} holds “${words}”`);
  return (analysis.corroborations.get(uri)?.get(claim.key) ?? []).map((l) => l.uri).sort();
}

describe('corroboration: a quote given to someone else', () => {
  const analysis = analyse();
  const quote = 'every crane has been inspected';

  it('finds the misattribution as a contradiction with each article that credits the port chief', () => {
    const found = analysis.contradictions.filter((c) => c.kind === 'attribution' || c.kind === 'quote');
    const pairs = found.map((c) => [...new Set(c.items.map((i) => i.uri))].sort().join(' | ')).sort();
    assert.deepEqual(pairs, ['a-wire.txt | c-local.txt', 'b-paper.txt | c-local.txt']);
  });

  it('links the rightly credited quote, and not the misattributed one, either way', () => {
    assert.deepEqual(linkedFrom(analysis, 'a-wire.txt', quote), ['b-paper.txt']);
    assert.deepEqual(linkedFrom(analysis, 'b-paper.txt', quote), ['a-wire.txt']);
    assert.deepEqual(linkedFrom(analysis, 'c-local.txt', quote), []);
  });

  it('keeps the links of the facts the articles agree on', () => {
    assert.ok(linkedFrom(analysis, 'c-local.txt', 'two dockers were injured').length > 0);
  });
});
