/**
 * A delegation at an embassy (test-fixtures/contradictions/embassy-visit-*.txt): "X was in Cusco
 * for a trade fair and did not attend" is X's absence, and "was received by Ambassador X" his
 * presence (facts/attendanceFacts.ts); a remark quoted in British and American spellings
 * ("kilometres", "kilometers") and given to two people (contradictions/quoteRules.ts). Also the
 * bare "Eastern" of North American papers as a zone (values/clock.ts), and a part of the day
 * written with "local time" after it (facts/timeFacts.ts).
 */
import assert from 'node:assert/strict';
import { sameSpelling } from '../../../src/analysis/contradictions/quoteRules';
import { findClockTimes } from '../../../src/analysis/values/clock';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a delegation at an embassy', () => {
  it('flags an ambassador said to be away and said to have received the delegation, and a remark given to two people in two spellings', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['embassy-visit-a.txt', 'embassy-visit-b.txt']).contradictions), [
      'attribution: embassy-visit-a.txt «"We walked 300 kilometres to be told they will pass on a letter,"» | embassy-visit-b.txt «"We walked 300 kilometers so that they tell us they will pass on a letter"»',
      'participants: embassy-visit-a.txt «John Pryce was in Cusco for a trade fair and did not attend» | embassy-visit-b.txt «was received by Ambassador John Pryce»',
    ]);
  });
  it('spells quoted words one way ("kilometres", "labour", "organised", "travelled")', () => {
    assert.deepEqual(sameSpelling(['kilometres', 'labour', 'organised', 'travelled']), sameSpelling(['kilometers', 'labor', 'organized', 'traveled']));
    assert.notDeepEqual(sameSpelling(['hour']), sameSpelling(['hor']));
  });
  it('reads "5:20 p.m. Eastern" in North American time, but not "Eastern European Time" or "in eastern Ukraine"', () => {
    assert.equal(findClockTimes('The trouble started shortly after 5:20 p.m. Eastern, police said.')[0].zone?.tz, 'America/New_York');
    assert.equal(findClockTimes('It landed at 9 a.m. Eastern European Time.')[0].zone?.offset, 120);
    assert.equal(findClockTimes('shelling at 5 a.m. eastern Ukraine time')[0].zone?.tz, undefined);
  });
});
