/**
 * Times of a collapse and of a landing (test-fixtures/contradictions/stand-time-*.txt,
 * landing-time-*.txt): a stand that "came down" collapsed (a plane that came down landed); "local
 * time" is the time of the one city the sentence names ("at Rome's Ciampino airport at 11:25 p.m.
 * local time" is 21:25 GMT in September), and a named place between the verb and the time is passed
 * over. Deaths "at the scene", with more added in the same clause, are a part of the toll.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const lines = (names: string[]) => anchoredLines(analyseFixtures(names).contradictions);

describe('contradictions: a stand that came down, a plane that touched down', () => {
  it('sets a stand that came down at 21:20 local time against one that gave way at 4:20 p.m. local time, and not four dead at the scene against seven', () => {
    assert.deepEqual(lines(['stand-time-a.txt', 'stand-time-b.txt']), [
      'time: stand-time-a.txt «gave way at 4:20 p.m. local time (2120 GMT)» | stand-time-b.txt «came down at 21:20 local time»',
    ]);
  });
  it('accepts 21:20 GMT, and at least four dead with dozens more hurt beside four at the scene', () => {
    assert.deepEqual(lines(['stand-time-a.txt', 'stand-time-c.txt']), []);
  });
  it('reads "local time" at the one city the sentence names', () => {
    assert.deepEqual(lines(['landing-time-a.txt', 'landing-time-b.txt']), [
      "time: landing-time-a.txt «touched down at Rome's Ciampino airport at 11:25 p.m. local time» | landing-time-b.txt «landed at Rome's Ciampino airport at 23:25 GMT»",
    ]);
    assert.deepEqual(lines(['landing-time-a.txt', 'landing-time-c.txt']), []);
  });
});
