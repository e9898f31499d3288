/**
 * "he" after a paragraph whose sentences are led by "He" or tell of a woman
 * (test-fixtures/quotes/pronoun-chain.txt): "He said he had informed Prime Minister Rui Salgado"
 * is still the king speaking, so the prime minister it names is not the "he" of the quotation that
 * follows; nor is "Queen Leonor", a woman by her given name even written alone.
 */
import assert from 'node:assert/strict';
import { personKey } from '../../../src/analysis/facts/roles';
import { fixture, runStages } from './helpers';

describe('quotes: pronoun chains', () => {
  const names = { 'King Tomas III': 'PERSON', Leonor: 'PERSON', 'Rui Salgado': 'PERSON', Valmora: 'GPE' } as const;
  const { quotes } = runStages(fixture('quotes/pronoun-chain.txt'), { ...names });

  it('gives "he said" past a sentence led by "He" that names another man, and past a woman named alone, to the man named before', () => {
    assert.equal(quotes.find((q) => q.inner.startsWith('I leave the throne'))?.speaker, 'King Tomas III');
  });
  it('keys a name by its surname, not by a regnal number or a generational suffix', () => {
    assert.deepEqual([personKey('King Afonso VII'), personKey('Dom Afonso'), personKey('Martin Luther King Jr.'), personKey('Henry VIII')], ['afonso', 'afonso', 'king', 'henry']);
  });
});
