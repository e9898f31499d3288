/**
 * Speakers told by a pronoun or a participle (test-fixtures/quotes/rebuke-pronouns.txt): "she" after
 * "That drew a rebuke from Marta Hlinkova" is Hlinkova, not the minister Tomasz Kovac who "said"
 * the sentence before; "X, leader of the nationalist Nas Domov (Our Home), stayed away, calling it '...'"
 * gives the words to X, not to the party named between.
 */
import assert from 'node:assert/strict';
import { givenNameGender } from '../../../src/analysis/lexicon/givenNameGender';
import { fixture, runStages } from './helpers';

const NAMES = {
  'Tomas Kovac': 'PERSON',
  'Tomasz Kovac': 'PERSON',
  'Marta Hlinkova': 'PERSON',
  'Peter Varga': 'PERSON',
  'Nas Domov': 'ORG',
  'Our Home': 'ORG',
  'Green Left': 'ORG',
  Bratislava: 'GPE',
  // A town the entity stage may type as anything: it stands where a speaker would.
  Lesko: 'ORG',
} as const;

describe('quotes: pronouns and participles', () => {
  const { quotes } = runStages(fixture('quotes/rebuke-pronouns.txt'), { ...NAMES });
  const speakerOf = (prefix: string) => quotes.find((q) => q.inner.startsWith(prefix))?.speaker;

  it('tells clear given names by gender, and leaves names given to both alone', () => {
    assert.deepEqual(['Marta', 'Tomasz', 'Luca', 'Ingrid', 'Jean', 'Zzyx'].map(givenNameGender), ['f', 'm', 'm', 'f', undefined, undefined]);
  });
  it('gives "she said" to the woman the sentence before names, not to the man who spoke before her', () => {
    assert.equal(speakerOf('A budget that closes clinics'), 'Marta Hlinkova');
  });
  it('gives the words after ", calling it" to the person the sentence opens with', () => {
    assert.equal(speakerOf('a show with the ending'), 'Peter Varga');
  });
  it('gives no speaker to words said by someone travelling towards a town', () => {
    assert.equal(speakerOf('white, like someone'), undefined);
  });
});
