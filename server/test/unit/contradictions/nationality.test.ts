/**
 * A person's nationality as facts, and one person given two nationalities in two articles about
 * one event ("The Dutch climber Pieter Visser" / "Pieter Visser, a Belgian national"), but not a
 * dual national, a tie of birth ("Belgian-born Dutch"), or a people's word ("Flemish"). Fictional
 * stories in test-fixtures/contradictions/nationality-*.txt.
 */
import assert from 'node:assert/strict';
import { findNationalities } from '../../../src/analysis/facts/nationalityFacts';
import { analyseFixtures, describe1 } from './pipeline';

function nationalities(names: string[]): string[] {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === 'nationality').map(describe1).sort();
}

/** "name: countries" of each phrase of a sentence. */
function read(text: string): string[] {
  return findNationalities(text).map((n) => `${n.name.name}: ${n.countries.join('+')}${n.ties.length ? ` (tie ${n.ties.join('+')})` : ''}`);
}

describe('facts: nationalities of named people', () => {
  it('reads a nationality before the name, before a comma and the name, and in an apposition', () => {
    assert.deepEqual(read('The fourth hostage is the French water engineer Julien Rochat, 29.'), ['Julien Rochat: france']);
    assert.deepEqual(read('Swiss national Julien Rochat was freed.'), ['Julien Rochat: switzerland']);
    assert.deepEqual(read('The Swiss hostage, Julien Rochat, 29, is an engineer.'), ['Julien Rochat: switzerland']);
    assert.deepEqual(read('Julien Rochat, a French national, was freed.'), ['Julien Rochat: france']);
    assert.deepEqual(read('Julien Rochat, 29, a Swiss engineer from Lausanne, was freed.'), ['Julien Rochat: switzerland']);
    assert.deepEqual(read('Julien Rochat, who is French, was freed.'), ['Julien Rochat: france']);
  });
  it('keeps two nationalities together and a birthplace apart', () => {
    assert.deepEqual(read('The French-Swiss engineer Julien Rochat was freed.'), ['Julien Rochat: france+switzerland']);
    assert.deepEqual(read('The French-born Swiss engineer Julien Rochat was freed.'), ['Julien Rochat: switzerland (tie france)']);
  });
  it('reads no nationality of a body, a side, a people, another name or another clause', () => {
    assert.deepEqual(read('French police arrested Julien Rochat on Monday.'), []);
    assert.deepEqual(read('The Swiss embassy driver Julien Rochat was unhurt.'), []);
    assert.deepEqual(read('The Moroccan coach Julien Rochat picked his squad.'), []);
    assert.deepEqual(read('The Basque engineer Julien Rochat was freed.'), []);
    assert.deepEqual(read('The South Korean engineer Julien Rochat was freed.'), []);
    assert.deepEqual(read("Italy's Swiss engineer Julien Rochat was freed."), []);
    assert.deepEqual(read('They were met by Julien Rochat, the Swiss ambassador, Anne Roux and relatives.'), []);
    assert.deepEqual(read('After meeting the Swiss envoy, Julien Rochat said he was relieved.'), []);
  });
});

describe('contradictions: one person given two nationalities', () => {
  it('flags a Dutch climber against a Belgian national, saying both', () => {
    assert.deepEqual(nationalities(['nationality-a.txt', 'nationality-b.txt']), [
      'nationality: nationality-a.txt «The Dutch climber Pieter Visser» | nationality-b.txt «Pieter Visser, a Belgian national»',
    ]);
    const [c] = analyseFixtures(['nationality-a.txt', 'nationality-b.txt']).contradictions.filter((x) => x.kind === 'nationality');
    assert.match(c.explanation, /Dutch.*Belgian.*\(Netherlands; Belgium\).*dual national/u);
  });
  it('does not flag a dual national, in the article itself or in a third one', () => {
    assert.deepEqual(nationalities(['nationality-a.txt', 'nationality-c.txt']), []);
    assert.deepEqual(nationalities(['nationality-a.txt', 'nationality-b.txt', 'nationality-c.txt']), []);
  });
  it('does not flag a people\'s word, nor a nationality beside a birthplace', () => {
    assert.deepEqual(nationalities(['nationality-b.txt', 'nationality-d.txt']), []);
    assert.deepEqual(nationalities(['nationality-b.txt', 'nationality-e.txt']), []);
  });
});
