/**
 * Clock times converted to another zone (test-fixtures/contradictions/zone-*.txt, capsize-d.txt):
 * a country's time is its capital's, on the article's day ("09:10 in mainland Spain" in November
 * is UTC+1); two articles that give the same local time but convert it to two instants disagree;
 * a restatement may follow a dash or a day ("5:42 a.m. on Tuesday (2142 GMT on Monday)"); and a
 * launch that "went down" capsized, while a plane that "went down" crashed. A comma restates
 * "local time" in a place's clock ("8pm local time, 11am UK time"); a time with no zone is the
 * story place's when no conversion gives the offset (kickoff-zone-*, alarm-place-zone-*).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const timeLines = (names: string[]) => anchoredLines(analyseFixtures(names).contradictions).filter((l) => l.startsWith('time:'));

describe('contradictions: times converted to another zone', () => {
  it('reads "10:10 in mainland Spain" in November as 09:10 GMT, against 0810 GMT', () => {
    assert.deepEqual(timeLines(['zone-quake-a.txt', 'zone-quake-b.txt']), [
      'time: zone-quake-a.txt «0810 GMT» | zone-quake-b.txt «10:10 in mainland Spain»',
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
      'time: zone-volcano-a.txt «2142 GMT» | zone-volcano-b.txt «13.42 GMT»',
    ]);
  });
  it('reads "8pm local time, 11am UK time" as one time restated (UK time is BST in July), against 20:00 local time (11:00 GMT)', () => {
    assert.deepEqual(timeLines(['kickoff-zone-a.txt', 'kickoff-zone-b.txt']), [
      'time: kickoff-zone-a.txt «11:00 GMT» | kickoff-zone-b.txt «11am UK time»',
    ]);
  });
  it('accepts "8pm local time, noon UK time" for it, and takes a comma between plain times as a list', () => {
    assert.deepEqual(timeLines(['kickoff-zone-a.txt', 'kickoff-zone-c.txt']), []);
  });
  it('puts a time written without a zone in the story\'s place when no conversion says the offset: "3:12 p.m." in Brno in August is 13:12 UTC, not "3.12pm BST"', () => {
    assert.deepEqual(timeLines(['alarm-place-zone-a.txt', 'alarm-place-zone-b.txt']), [
      'time: alarm-place-zone-a.txt «alarm was raised at 3:12 p.m.» | alarm-place-zone-b.txt «raised the alarm at about 3.12pm BST»',
    ]);
  });
  it('accepts "about 2.12pm BST" for it', () => {
    assert.deepEqual(timeLines(['alarm-place-zone-a.txt', 'alarm-place-zone-c.txt']), []);
  });
  it('times a launch that "went down" as its capsizing, and a plane that "went down" as a crash', () => {
    assert.equal(timeLines(['capsize-a.txt', 'capsize-d.txt']).length, 1);
    assert.deepEqual(timeLines(['capsize-a.txt', 'plane-down-a.txt']), []);
  });
});
