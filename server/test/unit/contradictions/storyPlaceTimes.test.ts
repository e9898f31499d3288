/**
 * A plain local time against a time in UTC, when both articles tell the story from one place
 * (test-fixtures/contradictions/gala-zone-*.txt): "began at 19:00 local time" in a report from
 * Tbilisi (UTC+4) is 15:00 GMT, so "got under way at 4pm GMT" cannot be it, and "3pm GMT" is.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: local time read in the story place\'s zone', () => {
  it('sets "began at 19:00 local time" in Tbilisi against "got under way at 4pm GMT", and says which offset it took', () => {
    const found = analyseFixtures(['gala-zone-a.txt', 'gala-zone-b.txt']).contradictions.filter((c) => c.kind === 'time');
    assert.deepEqual(anchoredLines(found), ['time: gala-zone-a.txt «began at 19:00 local time» | gala-zone-b.txt «got under way at 4pm GMT»']);
    assert.match(found[0].explanation, /taking local time as UTC\+4, the offset of the places both articles name most/u);
  });
  it('agrees with "got under way at 3pm GMT"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['gala-zone-a.txt', 'gala-zone-c.txt']).contradictions), []);
  });
});
