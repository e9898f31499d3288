/**
 * A find told two ways (test-fixtures/contradictions/dig-find-*.txt): the finds counted under other
 * names and with or without what they are made of ("28 carved marble statues" / "19 statues from
 * marble"), and the announcement told in other words at two times ("announced the find at a news
 * conference" / "unveiled the discovery at a press event"), each passage the action and its time,
 * not the titles before it.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: finds and their announcement told in other words', () => {
  const { contradictions } = analyseFixtures(['dig-find-a.txt', 'dig-find-b.txt']);
  it('sets "28 carved marble statues" against "19 statues from marble", and leaves "36 clay oil lamps" / "36 oil lamps" alone', () => {
    assert.deepEqual(anchoredLines(contradictions.filter((c) => c.kind === 'count')), [
      'count: dig-find-a.txt «28 carved marble statues» | dig-find-b.txt «19 statues»',
    ]);
  });
  it('sets "announced the find at a news conference ... at 11 a.m. (0800 GMT)" against "unveiled the discovery at a press event ... at 10am GMT"', () => {
    assert.deepEqual(anchoredLines(contradictions.filter((c) => c.kind === 'time')), [
      'time: dig-find-a.txt «announced the find at a news conference at the site at 11 a.m. (0800 GMT)» | dig-find-b.txt «unveiled the discovery at a press event beside the villa at 10am GMT»',
    ]);
  });
});
