/**
 * A total split by country (facts/placeCountFacts.ts, compared by quantityRules.ts): "Of the
 * affected vans, 17,960 ... in the United States" against "about 13,000 are in the U.S." is
 * flagged; the same split rounded, a workforce in the same country, people hurt there and an
 * earlier recall are not set against it. Fictional recall in test-fixtures/contradictions/place-count-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { placeCountFactsOf } from '../../../src/analysis/facts/placeCountFacts';
import { isQuantityFact } from '../../../src/analysis/facts/quantityFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "measure min-max «span»" of the per-country counts of a text. */
function counts(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished March 3, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return doc.sentences
    .flatMap((s) => placeCountFactsOf(doc, s))
    .filter(isQuantityFact)
    .map((f) => `${f.detail.quantity.measure} ${Math.round(f.detail.quantity.range.min)}-${Math.round(f.detail.quantity.range.max)} «${f.span.text}»`);
}

function countContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'count'));
}

describe('facts: a total split by country', () => {
  it('reads one count per country of the whole the sentence names, the country by its canonical key', () => {
    assert.deepEqual(counts('Of the affected cars, 4,210 are in Japan and 2,950 in the United States.'), [
      'vehicle|located in japan 4205-4215 «4,210 are in Japan»',
      'vehicle|located in united-states 2945-2955 «2,950 in the United States»',
    ]);
    assert.deepEqual(counts('The recall covers 8,100 vehicles in Canada, the regulator said.'), ['vehicle|located in canada 8050-8150 «8,100 vehicles in Canada»']);
    assert.deepEqual(counts('Of those vehicles, about 3,000 were sold in the US.').length, 1);
  });
  it('reads no count of another kind of figure, of what befell people there, or of another period', () => {
    assert.deepEqual(counts('The firm employs 4,200 workers in Germany.'), []);
    assert.deepEqual(counts('Of the affected cars, two people in Germany were hurt.'), []);
    assert.deepEqual(counts('Last year the firm recalled 9,800 vans in Germany.'), []);
    assert.deepEqual(counts('In 2021 the firm recalled 9,800 vans in Germany.'), []);
  });
});

describe('contradictions: counts of one split by country', () => {
  it('flags about 13,000 in the U.S. against 17,960 in the United States, and explains why both cannot hold', () => {
    assert.deepEqual(countContradictions(['place-count-a.txt', 'place-count-b.txt']), [
      'count: place-count-a.txt «17,960 in the United States» | place-count-b.txt «about 13,000 are in the U.S.»',
    ]);
    const [c] = analyseFixtures(['place-count-a.txt', 'place-count-b.txt']).contradictions.filter((x) => x.kind === 'count');
    assert.match(c.explanation, /17955–17965.*11050–14950.*vans in United States do not overlap/u);
  });
  it('does not flag the split rounded, a workforce or people hurt in the same country, or an earlier recall', () => {
    assert.deepEqual(countContradictions(['place-count-a.txt', 'place-count-c.txt']), []);
  });
});
