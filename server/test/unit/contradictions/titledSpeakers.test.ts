/**
 * One remark given to two speakers, where one article names its speaker after a title set off by
 * commas ("the dam's chief engineer, Sunita Rai, told reporters"): the name is the speaker, not an
 * aside to jump over. Fictional stories in test-fixtures/contradictions/overtop-quote-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

function attributions(names: string[]): string[] {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === 'attribution').map(describe1).sort();
}

describe('contradictions: a remark whose speaker is named after a title and a comma', () => {
  it('reads the name after "the dam\'s chief engineer," as the speaker', () => {
    const { docs } = analyseFixtures(['overtop-quote-engineer.txt']);
    assert.deepEqual((docs[0].quotes ?? []).map((q) => q.speaker), ['Sunita Rai']);
  });
  it('flags the remark given to the engineer in one article and the district officer in another', () => {
    const found = attributions(['overtop-quote-engineer.txt', 'overtop-quote-officer.txt']);
    assert.equal(found.length, 1);
    assert.match(found[0], /^attribution: overtop-quote-engineer\.txt «.*If we had kept the gates shut.*» \| overtop-quote-officer\.txt «/u);
  });
  it('does not flag the remark given to the engineer twice, once with the name after the title', () => {
    assert.deepEqual(attributions(['overtop-quote-engineer.txt', 'overtop-quote-engineer-again.txt']), []);
  });
});
