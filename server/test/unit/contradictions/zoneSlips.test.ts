/**
 * One time of day put in two zones (contradictions/zoneSlipRules.ts): "touched down at about 5.40pm
 * GMT" against "struck at about 17:40 local time (1540 GMT)" is one of the two articles putting the
 * wrong zone on the time. A right conversion ("3.40pm GMT") agrees, and a round hour in other words
 * ("from 6pm GMT" / "at 18:00 local time") is not taken for the same moment on the figures alone.
 * Fictional story in test-fixtures/contradictions/zone-slip-*.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: one time of day in two zones', () => {
  it('sets 5.40pm GMT against 17:40 local time (1540 GMT), on the times themselves, and explains it', () => {
    const found = analyseFixtures(['zone-slip-a.txt', 'zone-slip-b.md']).contradictions.filter((c) => c.kind === 'time');
    assert.deepEqual(anchoredLines(found), ['time: zone-slip-b.md «5.40pm GMT» | zone-slip-a.txt «17:40 local time (1540 GMT)»']);
    assert.match(found[0].explanation, /17:40 UTC.*same 17:40 as local time, which is 15:40 UTC.*wrong zone/u);
  });
  it('leaves a right conversion alone, and a round hour told in other words', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['zone-slip-a.txt', 'zone-slip-c.md']).contradictions), []);
    const found = analyseFixtures(['zone-slip-a.txt', 'zone-slip-b.md']).contradictions;
    assert.ok(!anchoredLines(found).some((l) => /6pm GMT|18:00/u.test(l)), anchoredLines(found).join('\n'));
  });
});
