/**
 * People put on a sanctions list (test-fixtures/contradictions/sanctions-list-*): "adds 41
 * individuals ... to the sanctions list" and "blacklisted 44 individuals" count the people listed.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: people put on a sanctions list', () => {
  it('sets the people one package lists against another count of them', () => {
    const found = analyseFixtures(['sanctions-list-a.txt', 'sanctions-list-b.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), ['count: sanctions-list-a.txt «adds 41 individuals» | sanctions-list-b.txt «blacklisted 44 individuals»']);
  });
});
