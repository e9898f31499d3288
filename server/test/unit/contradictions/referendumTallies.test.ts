/**
 * A referendum told by two articles (test-fixtures/contradictions/referendum-day-*):
 * - a people's vote counted in millions, with thousands separators of either kind ("7,436,465
 *   against", '7 463 465 votes for "no"'), is a tally like a house's "196 votes to 121";
 * - "Sunday's referendum" in the opening lines is the story's own event, told by its day, so its
 *   day is set against the other article's "referendum on Saturday".
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a referendum\'s tally and day', () => {
  const found = analyseFixtures(['referendum-day-a.txt', 'referendum-day-b.txt']).contradictions;

  it('sets a tally in millions against another with two digits swapped', () => {
    const counts = found.filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(counts), [
      'count: referendum-day-a.txt «7,620,156 votes in favour and 7,436,465 against» | referendum-day-b.txt «7 620 156 votes for "yes" and 7 463 465 votes for "no"»',
    ]);
  });
  it('sets "Sunday\'s referendum" against "the referendum on Saturday"', () => {
    const dates = found.filter((c) => c.kind === 'date');
    assert.equal(dates.length, 1);
    assert.deepEqual(dates[0].items.map((i) => i.uri).sort(), ['referendum-day-a.txt', 'referendum-day-b.txt']);
    assert.match(dates[0].explanation, /2026-11-15.*2026-11-14|2026-11-14.*2026-11-15/u);
  });
});
