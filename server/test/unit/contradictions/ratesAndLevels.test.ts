/**
 * Percentages and levels that name their own measure (test-fixtures/contradictions/audit-prices-*,
 * inflation-*, alert-level-*.txt): prices "35% above market rates"; a published rate for a period
 * ("inflation slowed to 3.9% in August"), never set against another month's figure or a forecast;
 * a level on a warning scale ("raised the alert level to Level IV"), never the level it was raised from.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const lines = (names: string[]) => anchoredLines(analyseFixtures(names).contradictions);

describe('contradictions: rates and levels', () => {
  it('sets prices 53% above market rates against 35%, and accepts "35% above the market average"', () => {
    assert.deepEqual(lines(['audit-prices-a.txt', 'audit-prices-b.txt']), ['count: audit-prices-a.txt «35% above market rates» | audit-prices-b.txt «53% above market rates»']);
    assert.deepEqual(lines(['audit-prices-a.txt', 'audit-prices-c.txt']), []);
  });
  it('sets inflation of 3.4 per cent in August against 3.9%, even after "which eased to"', () => {
    assert.deepEqual(lines(['inflation-a.txt', 'inflation-b.txt']), [
      'count: inflation-a.txt «inflation slowed to 3.9% in August» | inflation-b.txt «inflation, which eased to 3.4 per cent in August»',
    ]);
  });
  it('leaves July\'s figure, the figure inflation came from, and a forecast alone', () => {
    assert.deepEqual(lines(['inflation-a.txt', 'inflation-c.txt']), []);
  });
  it('sets alert Level III against Level IV, and not the level the alert was raised from', () => {
    assert.deepEqual(lines(['alert-level-a.txt', 'alert-level-b.txt']), ['count: alert-level-a.txt «Level IV» | alert-level-b.txt «Level III»']);
    assert.deepEqual(lines(['alert-level-a.txt', 'alert-level-c.txt']), []);
  });
});
