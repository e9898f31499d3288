/**
 * One remark in two wordings given to two people (test-fixtures/contradictions/reworded-quote-*,
 * fictional): "“We have waited three years for this day ...,” she said" (the race director)
 * against "“We waited three years for a day like this,” said" the federation's president. The
 * words differ, so the rule of identical quotes does not see it; most of the shorter quote's words
 * and a run of four in a row make it one remark.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a remark reworded and given to another speaker', () => {
  it('sets the two speakers of one reworded remark against each other, and explains it', () => {
    const found = analyseFixtures(['reworded-quote-a.txt', 'reworded-quote-b.md']).contradictions;
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.equal(found[0].kind, 'attribution');
    assert.match(found[0].explanation, /from Han Ji-woo.*from Yoon Seo-jun: one remark in two wordings/u);
  });

  it('leaves one speaker quoted in two wordings alone', () => {
    const found = analyseFixtures(['reworded-quote-a.txt', 'reworded-quote-c.md']).contradictions;
    assert.deepEqual(anchoredLines(found), []);
  });
});
