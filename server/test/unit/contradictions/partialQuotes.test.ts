/**
 * The same words given to two people when one article quotes them in part, inside reported speech
 * ("Prosecutor Ana Vidal had told the court that Molina “has every reason to ...”") and another in
 * full ("“He has every reason to ...,” said Judge Tomas Berg"). The same speaker in both, and a
 * fragment of a few words, are no contradiction. Fictional stories in
 * test-fixtures/contradictions/partial-quote-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

function attributions(names: string[]) {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === 'attribution');
}

describe('contradictions: a partial quote given to another speaker', () => {
  it('flags a prosecutor\'s partial quote against the judge\'s full one', () => {
    const found = attributions(['partial-quote-prosecutor.txt', 'partial-quote-judge.txt']);
    assert.deepEqual(anchoredLines(found), [
      // Each passage holds the quote with the words that credit it, so that it shows whom each article credits.
      'attribution: partial-quote-prosecutor.txt «Ana Vidal had told the court that Molina "has every reason to leave the country and never come back."» | partial-quote-judge.txt «"He has every reason to leave the country and never come back," said Judge Tomas Berg»',
    ]);
    assert.match(found[0].explanation, /to Ana Vidal/u);
    assert.match(found[0].explanation, /longer remark of Tomas Berg/u);
  });
  it('flags the partial quote though its full telling is said "at the crash site" of a capsizing: a remark is one remark whatever its sentence names', () => {
    // (The rule of reported remarks finds it too, from the report's words: the two are one fact's entries.)
    const found = attributions(['partial-quote-boat-a.txt', 'partial-quote-boat-b.txt']).filter((c) => /longer remark/u.test(c.explanation));
    assert.equal(found.length, 1);
    assert.match(found[0].explanation, /to Lena Obrist/u);
    assert.match(found[0].explanation, /longer remark of Ivo Renner/u);
  });
  it('does not flag the partial quote against the same speaker\'s full one', () => {
    assert.deepEqual(anchoredLines(attributions(['partial-quote-prosecutor.txt', 'partial-quote-same.txt'])), []);
  });
  it('does not flag a fragment of a few words found in another\'s remark', () => {
    assert.deepEqual(anchoredLines(attributions(['partial-quote-fragment.txt', 'partial-quote-judge.txt'])), []);
  });
});
