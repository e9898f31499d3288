/**
 * Two stories told by a wire and by pages in other house styles
 * (test-fixtures/contradictions/bank-hack-*.txt, rail-crash-*.txt):
 * - a local page dated "Wednesday, 05/02/2025", which its own weekday reads day first
 *   (dates/numericDates.ts), with "This Wednesday (5/2)" read the same way (values/dates.ts), a
 *   press conference and money "transfers" that are not its story's kind of event
 *   (contradictions/eventIdentity.ts), so that its "Deputy Director" meets the wire's "director";
 * - "9.47pm GMT" against "9:47 p.m. local time (2047 GMT)" reported once, not again against the
 *   "9:49 p.m." of the first emergency call (contradictions/zoneSlipRules.ts), and "came to the
 *   scene of the accident on Wednesday morning" read as the minister's visit, not as the time of
 *   the accident (facts/clockTimeFacts.ts);
 * - a radio call timed in two zones, whose message ("to report that the group could go no
 *   further") is no doubt about the call itself (facts/timedClauseFacts.ts; radio-call-*.txt).
 */
import assert from 'node:assert/strict';
import { findPublicationDate } from '../../../src/analysis/dates/publicationDate';
import { findDates } from '../../../src/analysis/values/dates';
import { analyseFixtures, anchoredLines, fixtureText } from './pipeline';

describe('contradictions: a bank hack and a rail crash in other house styles', () => {
  it('dates the local page 5 February and sets its deputy director against the wire\'s director, and nothing else', () => {
    assert.equal(findPublicationDate(fixtureText('bank-hack-b.txt'), []), '2025-02-05');
    assert.deepEqual(anchoredLines(analyseFixtures(['bank-hack-a.txt', 'bank-hack-b.txt']).contradictions), [
      'title: bank-hack-a.txt «Tran Van Minh, director of the ministry\'s Department of Cyber Crime Prevention» | bank-hack-b.txt «Tran Van Minh, Deputy Director of Department of Cyber Crime Prevention»',
    ]);
  });
  it('reads "(5/2)" after a Wednesday as 5 February, and "(12. 3.)" with spaces', () => {
    const [a] = findDates('This Wednesday (5/2), the bank said', '2025-02-06');
    assert.deepEqual([a.text, a.iso, a.actualWeekday], ['This Wednesday (5/2)', '2025-02-05', undefined]);
    const [b] = findDates('On Tuesday (12. 3.) evening a train crashed', '2025-03-12');
    assert.deepEqual([b.text, b.iso, b.actualWeekday], ['Tuesday (12. 3.)', '2025-03-12', 3]);
  });
  it('reports a time put in the wrong zone once, against the same figures', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['rail-crash-a.txt', 'rail-crash-b.txt']).contradictions), [
      'time: rail-crash-b.txt «9.47pm GMT» | rail-crash-a.txt «9:47 p.m. local time (2047 GMT)»',
    ]);
  });
  it('reads "came to the scene of the accident on Wednesday morning" as the minister\'s visit, not the time of the accident', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['rail-crash-a.txt', 'rail-crash-c.txt']).contradictions), []);
  });
  it('sets a radio call at 3:15 p.m. (1815 GMT) against 12:15 p.m. Mountain time, though what the call said holds a "could"', () => {
    const lines = anchoredLines(analyseFixtures(['radio-call-a.txt', 'radio-call-b.txt']).contradictions);
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /^time: radio-call-a\.txt «at 3:15 p\.m\. \(1815 GMT\).*radio-call-b\.txt «At 12:15 p\.m\. Mountain time/u);
  });
});
