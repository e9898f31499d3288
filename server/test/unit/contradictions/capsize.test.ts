/**
 * A capsized launch (test-fixtures/contradictions/capsize-*.txt): bodies recovered count as people
 * dead, at least that many ("recovered 21 bodies" cannot be "Eighteen people were confirmed
 * dead", "recovered 16 bodies" can), and "overturned", "capsized" and "sank" time one capsizing.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a capsized launch', () => {
  it('sets 21 bodies recovered against eighteen people confirmed dead', () => {
    const found = anchoredLines(analyseFixtures(['capsize-a.txt', 'capsize-b.txt']).contradictions);
    assert.ok(found.includes('count: capsize-a.txt «Eighteen people were confirmed dead» | capsize-b.txt «recovered 21 bodies»'), found.join('\n'));
  });
  it('accepts 16 bodies recovered beside 18 dead, and "capsized at 6.30 a.m." beside "overturned at about 6.30 a.m."', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['capsize-a.txt', 'capsize-c.txt']).contradictions), []);
  });
});
