/**
 * A vessel's flag state (facts/flagStateFacts.ts, contradictions/flagStateRules.ts): "a
 * Liberia-flagged bulk carrier" against "the ship is registered in Panama" in two articles about
 * one accident is flagged; "Liberian-flagged" agrees with "Liberia-flagged"; an article that tells
 * of two ships (a collision) is never set against another. Fictional ship strike in
 * test-fixtures/contradictions/flag-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { flagStateFactsOf, isFlagStateFact } from '../../../src/analysis/facts/flagStateFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "country vessel «span»" of the flag facts of one sentence. */
function flags(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return doc.sentences
    .flatMap((s) => flagStateFactsOf(doc, s) as DetailedFact[])
    .filter(isFlagStateFact)
    .map((f) => `${f.detail.flagState.country} ${f.detail.flagState.vessel || '-'} «${f.span.text}»`);
}

function flagContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'nationality'));
}

describe('facts: flag states of vessels', () => {
  it('reads "X-flagged", "Xn-flagged", "registered in X" and "flying the flag of X" next to a vessel word', () => {
    assert.deepEqual(flags('A Liberia-flagged container ship lost power.'), ['liberia container «Liberia-flagged container ship»']);
    assert.deepEqual(flags('The Liberian-flagged vessel is 189 metres long.'), ['liberia - «Liberian-flagged vessel»']);
    assert.deepEqual(flags('The ship is registered in Panama. It sank.'), ['panama - «ship is registered in Panama»']);
    assert.deepEqual(flags('A tanker flying the flag of Malta ran aground.'), ['malta tanker «tanker flying the flag of Malta»']);
    assert.deepEqual(flags('A Marshall Islands-flagged bulk carrier docked.'), ['marshall-islands bulk carrier «Marshall Islands-flagged bulk carrier»']);
  });
  it('reads a flag before a ship\'s name, the kind of vessel from its apposition, and "with the flag of X" after a name', () => {
    assert.deepEqual(flags('Oil leaked after the Maltese-flagged Sea Heron, a Norwegian-operated tanker, hit rocks.'), ['malta tanker «Maltese-flagged Sea Heron»']);
    assert.deepEqual(flags('The Liberian-flagged Nordic Star ran aground.'), ['liberia - «Liberian-flagged Nordic Star»']);
    assert.deepEqual(flags('The tanker Sea Heron with the flag of Liberia hit the reef.'), ['liberia tanker «tanker Sea Heron with the flag of Liberia»']);
    assert.deepEqual(flags('The Panama-registered Sea Heron, a tanker, sank.'), ['panama tanker «Panama-registered Sea Heron»']);
  });
  it('reads no flag of a company, nor a word that is no country', () => {
    assert.deepEqual(flags('A Panama-registered Acme Holdings owns the ship.'), []);
    assert.deepEqual(flags('The ship, owned by a company registered in Delaware, sank.'), []);
    assert.deepEqual(flags('A Delaware-registered company owns the ship.'), []);
  });
});

describe('contradictions: two flags for one ship', () => {
  it('flags Liberia against Panama for the ship of one accident', () => {
    assert.deepEqual(flagContradictions(['flag-liberia.txt', 'flag-panama.txt']), [
      'nationality: flag-liberia.txt «Liberia-flagged bulk carrier» | flag-panama.txt «ship is registered in Panama»',
    ]);
    const [c] = analyseFixtures(['flag-liberia.txt', 'flag-panama.txt']).contradictions.filter((x) => x.kind === 'nationality');
    assert.match(c.explanation, /Liberia.*Panama.*one country at a time/u);
  });
  it('flags a flag before the ship\'s name against the flag written after it, not the operator\'s country', () => {
    assert.deepEqual(flagContradictions(['flag-named-maltese.txt', 'flag-named-liberian.txt']), [
      'nationality: flag-named-liberian.txt «tanker Sea Heron with the flag of Liberia» | flag-named-maltese.txt «Maltese-flagged Sea Heron»',
    ]);
    assert.deepEqual(flagContradictions(['flag-named-liberian.txt', 'flag-named-liberia.txt']), []);
  });
  it('does not flag Liberian against Liberia, nor an article that tells of two ships', () => {
    assert.deepEqual(flagContradictions(['flag-liberia.txt', 'flag-liberian.txt']), []);
    assert.deepEqual(flagContradictions(['flag-liberia.txt', 'flag-collision.txt']), []);
  });
});
