/**
 * One impact told against different parts of a structure (test-fixtures/contradictions/ship-strike-*.txt):
 * "hit one of the bridge's main piers at 4:40 a.m. local time", "struck the Lira Bridge at about
 * 5:40 a.m." and "slammed into a pier of the Lira Bridge at 21:40 GMT" time one strike.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a ship that struck a bridge', () => {
  it('sets a strike on the bridge at 5:40 a.m. against one on its pier at 4:40 a.m. local time', () => {
    const lines = anchoredLines(analyseFixtures(['ship-strike-a.txt', 'ship-strike-b.txt']).contradictions);
    assert.deepEqual(lines, ["time: ship-strike-a.txt «hit one of the bridge's main piers at 4:40 a.m. local time (2140 GMT» | ship-strike-b.txt «struck the Lira Bridge at about 5:40 a.m.»"]);
  });
  it('accepts the same strike told as slamming into a pier at 21:40 GMT', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['ship-strike-a.txt', 'ship-strike-c.txt']).contradictions), []);
  });
});
