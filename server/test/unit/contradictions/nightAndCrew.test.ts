/**
 * A collision at sea told by a wire and a local page (test-fixtures/contradictions/dawn-sinking-*.txt):
 * "on Monday ... before dawn" puts the event early in Monday (facts/actionDayFacts.ts), so a local
 * page's "this Tuesday (10) in the night" is a day later in any zone (contradictions/storyDayRules.ts);
 * "8 persons of crew", "5 members of the crew" count the crew (facts/countedThings.ts).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a collision before dawn and the crew on board', () => {
  it('flags the crew count and "this Tuesday (10) in the night" against "on Monday ... before dawn"', () => {
    const found = analyseFixtures(['dawn-sinking-a.txt', 'dawn-sinking-b.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), [
      'count: dawn-sinking-a.txt «five crew on board» | dawn-sinking-b.txt «8 persons of crew on board»',
      'date: dawn-sinking-a.txt «Two fishermen were missing on Monday» | dawn-sinking-b.txt «The accident happened this Tuesday (10) in the night, around 3.30, about 12 km from Hel»',
    ]);
    assert.match(found[1].explanation, /early in the day and at night/u);
  });
  it('accepts "this Monday (9) in the night" and "5 members of the crew"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['dawn-sinking-a.txt', 'dawn-sinking-c.txt']).contradictions), []);
  });
});
