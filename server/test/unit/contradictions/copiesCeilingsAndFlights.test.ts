/**
 * Readings a blind round showed wrong (test-fixtures/contradictions/): a copy that strips accents
 * ("Renee" for "Renée") quotes the same words; "Launched ... on Oct. 8" in an April paper is last
 * October's; "the first aircraft landed at 6:15" and "the last aircraft landed at 15:35 GMT" are two
 * landings; two ceilings of one fine ("up to 500,000 reais" / "up to R$ 50 mil") disagree though
 * both allow 40,000; "however popular" and "even if he is popular" concede alike; a page stamped
 * "13/11/2031 23h58 - updated 14/11/2031" is dated.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: copies, past launches, first and last flights, ceilings', () => {
  it('finds nothing between a quote and its copy with the accents stripped, nor between a launch on October 8, 2031 and one "on Oct. 8" in April 2032', () => {
    const found = analyseFixtures(['accent-quote-wire.txt', 'accent-quote-copy.txt', 'accent-quote-paper.md']).contradictions;
    assert.deepEqual(anchoredLines(found), []);
  });
  it('does not set the first landing at 6:15 against the last one at 15:35 GMT', () => {
    const found = analyseFixtures(['first-last-flights-wire.txt', 'first-last-flights-paper.md']).contradictions.filter((c) => c.kind === 'time');
    assert.deepEqual(anchoredLines(found), []);
  });
  it('sets a fine of up to 500,000 reais against one of up to R$ 50 mil, and leaves a conceding quote told two ways alone', () => {
    const { docs, contradictions } = analyseFixtures(['fine-ceiling-wire.txt', 'fine-ceiling-local.txt']);
    assert.equal(docs.find((d) => d.uri === 'fine-ceiling-local.txt')?.published?.slice(0, 10), '2031-11-14');
    const lines = anchoredLines(contradictions);
    assert.ok(lines.some((l) => /up to 500,000 reais/u.test(l) && /up to R\$ 50 mil/u.test(l)), lines.join('\n'));
    assert.ok(!contradictions.some((c) => c.kind === 'quote'), lines.join('\n'));
  });
  it('reads workers "flown ashore" and workers "taken out" by helicopter as the evacuated, and sets 121 against 131', () => {
    const lines = anchoredLines(analyseFixtures(['airlifted-count-wire.txt', 'airlifted-count-local.txt']).contradictions.filter((c) => c.kind === 'count'));
    assert.ok(lines.some((l) => /121 workers were flown ashore/u.test(l) && /131 workers were taken out/u.test(l)), lines.join('\n'));
  });
});
