/**
 * Readers met in a telecom takeover, an opposition leader's sentence and a seamen's strike, tried on
 * fictional stories (test-fixtures/contradictions/takeover-stake-*, verdict-riot-*,
 * ferry-walkout-a): the stake a buyer takes ("a 51 per cent controlling stake" / "61 percent of the
 * shares"), a dateline of two places ("PORT ALDER/DOHA") and one that ends in the agency's bracket,
 * "he" after a sentence whose only other name is a company's, a quote inflected otherwise
 * ("continues" / "continue"), a quote credited to a title or a group alone ("said the Minister",
 * "Prosecutors said"), a term of years and months, people arrested "and would appear in court",
 * cadres apprehended, and an end on a day of its own after a start on none.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a takeover, a verdict and a ferry strike', () => {
  const takeover = ['takeover-stake-a.txt', 'takeover-stake-b.txt'];
  const verdict = ['verdict-riot-a.txt', 'verdict-riot-b.txt'];

  it('dates a wire by a dateline of two places, and by one that ends in the agency\'s bracket', () => {
    assert.equal(analyseFixtures(takeover).docs[0].published, '2025-11-11');
    assert.equal(analyseFixtures(['ferry-walkout-a.txt']).docs[0].published, '2025-07-16');
  });

  it('gives "he added" to the person named before, not to a company named in the sentence between', () => {
    const quote = analyseFixtures(takeover).docs[0].quotes.find((q) => q.inner.includes('long term'));
    assert.equal(quote?.speaker, 'Tarik Salem');
  });

  it('sets a 61 percent stake bought against a 51 per cent one, and nothing else: not an inflected quote, nor a quote of "the Minister"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(takeover).contradictions), [
      'count: takeover-stake-a.txt «51 per cent controlling stake» | takeover-stake-b.txt «61 percent of the Orrin shares»',
    ]);
  });

  it('sets 14 cadres apprehended against 11 people arrested, and nothing else: not 30 months against two years and six months, nor "Prosecutors said"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(verdict).contradictions), [
      'count: verdict-riot-a.txt «11 people had been arrested» | verdict-riot-b.txt «14 cadres were apprehended»',
    ]);
  });

  it('sets no length against a start and an end on a day of its own ("48-hour" strike from 6 a.m. to 6 a.m. on Friday)', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['ferry-walkout-a.txt']).contradictions), []);
  });
});
