/**
 * Who said a remark, when an article credits it in an unusual way
 * (test-fixtures/contradictions/remark-credit-*, placed-speaker-*):
 * - a report that keeps some of the words in quotation marks ("said that getting the sickest
 *   guests ashore ... “was the only responsible course”"), set against the full quote another
 *   article gives to someone else;
 * - a pull quote's credit line with the body and the post before the name ("— Space Agency Deputy
 *   Director Ingrid Dahl"), which is the person's;
 * - "said from the control centre in Korolev the executive director ... Sergey Belov": the place
 *   comes first, the person last;
 * - "...," Mrs. Pham Thu Ha shared (shared-credit-*): the verb of local pages for "said".
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: remarks credited in unusual ways', () => {
  it('sets a report that quotes part of a remark against the full remark given to someone else, and no more', () => {
    const found = analyseFixtures(['remark-credit-a.txt', 'remark-credit-b.md']).contradictions;
    assert.deepEqual(anchoredLines(found), [
      'attribution: remark-credit-b.md «Hanne Lie, the operator\'s chief executive, said that getting the sickest guests ashore as quickly as possible "was the only responsible course"» | remark-credit-a.txt «"Getting our sickest guests ashore as quickly as possible was the only responsible course,"»',
    ]);
    assert.match(found[0].explanation, /from Hanne Lie, .* from Erik Solberg: one remark, and one remark has one speaker/u);
  });
  it('gives "said from <place> <title> <name>" to the person, and reads the reversed remark', () => {
    const found = analyseFixtures(['placed-speaker-a.txt', 'placed-speaker-b.txt']).contradictions;
    assert.deepEqual(found.map((c) => c.kind), ['quote']);
    assert.match(found[0].fact, /Sergey Belov|belov/iu);
  });
});

describe('contradictions: a remark credited with "shared"', () => {
  it('reads "Mrs. Pham Thu Ha shared" as her saying it, against the chairman\'s words', () => {
    const found = analyseFixtures(['shared-credit-a.txt', 'shared-credit-b.txt']).contradictions.filter((c) => c.kind === 'attribution');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /Pham Thu Ha/u);
  });
});
