/**
 * Clock times converted to another zone (test-fixtures/contradictions/zone-*.txt, capsize-d.txt):
 * a country's time is its capital's, on the article's day ("09:10 in mainland Spain" in November
 * is UTC+1); two articles that give the same local time but convert it to two instants disagree;
 * a restatement may follow a dash or a day ("5:42 a.m. on Tuesday (2142 GMT on Monday)"); and a
 * launch that "went down" capsized, while a plane that "went down" crashed.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const timeLines = (names: string[]) => anchoredLines(analyseFixtures(names).contradictions).filter((l) => l.startsWith('time:'));

describe('contradictions: times converted to another zone', () => {
  it('reads "10:10 in mainland Spain" in November as 09:10 GMT, against 0810 GMT', () => {
    assert.deepEqual(timeLines(['zone-quake-a.txt', 'zone-quake-b.txt']), [
      'time: zone-quake-a.txt «struck at 3:10 a.m. local time (0810 GMT)» | zone-quake-b.txt «hit at 3:10 a.m. local time (10:10 in mainland Spain)»',
    ]);
  });
  it('accepts "09:10 in mainland Spain" in November beside 0810 GMT', () => {
    assert.deepEqual(timeLines(['zone-quake-a.txt', 'zone-quake-c.txt']), []);
  });
  it('sets one local time converted to 1200 GMT against the same converted to 1300 GMT, and explains it, though the second names the first\'s governor only in passing', () => {
    const { contradictions } = analyseFixtures(['zone-rates-a.txt', 'zone-rates-b.txt']);
    const times = contradictions.filter((c) => c.kind === 'time');
    assert.equal(times.length, 1, anchoredLines(contradictions).join('\n'));
    assert.match(times[0].explanation, /12:00 UTC.*13:00 UTC.*same local time, converted to two different instants/u);
  });
  it('accepts the same local time with no conversion beside it', () => {
    assert.deepEqual(timeLines(['zone-rates-a.txt', 'zone-rates-c.txt']), []);
  });
  it('reads a conversion after a dash or after the day', () => {
    assert.deepEqual(timeLines(['zone-volcano-a.txt', 'zone-volcano-b.txt']), [
      'time: zone-volcano-a.txt «erupted at 5:42 a.m. on Tuesday (2142 GMT» | zone-volcano-b.txt «blew at 5.42am local time on Tuesday - 13.42 GMT»',
    ]);
  });
  it('times a launch that "went down" as its capsizing, and a plane that "went down" as a crash', () => {
    assert.equal(timeLines(['capsize-a.txt', 'capsize-d.txt']).length, 1);
    assert.deepEqual(timeLines(['capsize-a.txt', 'plane-down-a.txt']), []);
  });
});
