/**
 * A recount told by a wire and by a paper abroad (test-fixtures/contradictions/recount-*,
 * fictional): "41 of the town's 120 clustered precincts" against "47 of the town's 120" is a part
 * of one whole told two ways; "the May 12 vote" counts no votes; and a quote cut short ("It was
 * about making sure ...", out of "This was never about me. It was about making sure ...") does not
 * deny what the part left out denies.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: parts of a whole, and quotes cut short', () => {
  it('sets 47 of the 120 precincts against 41 of the 120, and nothing else', () => {
    const found = analyseFixtures(['recount-a.txt', 'recount-b.md']).contradictions;
    assert.deepEqual(anchoredLines(found), ["count: recount-a.txt «41 of the town's 120 clustered precincts» | recount-b.md «47 of the town's 120 clustered precincts»"]);
    assert.match(found[0].explanation, /number of the 120 clustered precincts/u);
  });
});
