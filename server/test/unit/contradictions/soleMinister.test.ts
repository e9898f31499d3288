/**
 * A country has one minister of a portfolio at a time (test-fixtures/contradictions/sole-minister-*):
 * "Latvian Agriculture Minister Rihards Kalnins" in one article and "The Latvian minister of
 * agriculture Dace Liepina" in another give one office to two people.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: one minister of a portfolio per country', () => {
  it('sets two people called the Latvian agriculture minister against each other, and explains it', () => {
    const found = analyseFixtures(['sole-minister-wire.txt', 'sole-minister-local.txt']).contradictions.filter((c) => c.kind === 'title');
    const lines = anchoredLines(found);
    assert.ok(lines.some((l) => /Latvian Agriculture Minister/u.test(l) && /Latvian minister of agriculture/u.test(l)), lines.join('\n'));
    assert.ok(found.some((c) => /one agriculture minister at a time/u.test(c.explanation)), found.map((c) => c.explanation).join('\n'));
  });
});
