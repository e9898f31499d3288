/**
 * A result announced at one time in one zone and read out at another in a far zone
 * (test-fixtures/contradictions/result-read-*):
 * - the time something was said ("announced the result at 3:15 p.m.") is set against another
 *   telling when that names the saying and more of what was said ("read out ... the 88 votes");
 * - the passage is the saying and its time, not the votes before it;
 * - "Nobody should spend such a night" denies the night as "Nobody should have to spend a night
 *   like this" does: no reversed quote;
 * - "the final, third round of voting" names no final: the story is the vote.
 */
import assert from 'node:assert/strict';
import { findEventNouns } from '../../../src/analysis/facts/events';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: announced results and denied nights', () => {
  const found = analyseFixtures(['result-read-a.txt', 'result-read-b.md']).contradictions;

  it('sets the announced time against the time it was read out, by the saying and its time', () => {
    // 3:15 p.m. in Lausanne (13:15 GMT) is 11.15pm AEST, not 10.15pm.
    assert.deepEqual(anchoredLines(found.filter((c) => c.kind === 'time')), [
      'time: result-read-a.txt «announced the result at 3:15 p.m. local time (1315 GMT)» | result-read-b.md «read out from the stage at 10.15pm AEST»',
    ]);
  });
  it('reads "Nobody should spend such a night" as the same remark', () => {
    assert.deepEqual(found.filter((c) => c.kind === 'quote'), []);
  });
  it('reads "final" before a round or a ballot as the last of them', () => {
    assert.deepEqual(findEventNouns('In the final, third round of voting the city won.').map((e) => e.cls), ['vote']);
    assert.deepEqual(findEventNouns('They lost the final ballot.').map((e) => e.cls), ['vote']);
    assert.deepEqual(findEventNouns('She won the final in Paris.').map((e) => e.cls), ['match']);
  });
});
