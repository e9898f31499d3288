/**
 * A rocket's splash-down told in two zones, and a minister's title in three articles
 * (test-fixtures/contradictions/rocket-splash-*):
 * - a meeting the lede only asks for ("prompting calls for an emergency meeting") is no event of
 *   the story, so the wire's time still meets the paper's sentence about the rocket's flight;
 * - a name written family name first ("Tanaka Kenji") is still the person the others call
 *   "Kenji Tanaka", so his two portfolios are set against each other;
 * - "State Minister of Defense" names the defence ministry, not a foreign one ("State" is no portfolio).
 */
import assert from 'node:assert/strict';
import { findEventNouns } from '../../../src/analysis/facts/events';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: requested meetings, reversed names and junior ministers', () => {
  const found = analyseFixtures(['rocket-splash-a.txt', 'rocket-splash-b.md', 'rocket-splash-c.txt', 'rocket-splash-2025.txt']).contradictions;

  it('marks a meeting that is only asked for as another occurrence', () => {
    const [meeting] = findEventNouns('It flew 40 minutes, prompting calls for an emergency meeting of the council.');
    assert.equal(meeting.cls, 'meeting');
    assert.equal(meeting.instance, 'requested');
    assert.equal(findEventNouns('The meeting ended at noon.')[0].instance, undefined);
  });
  it('reads "was flooding" as what happened to a ship, not as a flood', () => {
    assert.deepEqual(findEventNouns('The crew radioed that the ship was flooding.'), []);
    assert.equal(findEventNouns('The flooding cut the town off.')[0].cls, 'flood');
  });
  it('sets the wire\'s splash-down time, and the local page\'s by its minute, against the paper\'s hour-late Eastern time', () => {
    const times = found.filter((c) => c.kind === 'time');
    assert.deepEqual(anchoredLines(times), [
      'time: rocket-splash-a.txt «came down at around 10:20 a.m. local time (0120 GMT)» | rocket-splash-b.md «came down at about 10:20 p.m. Eastern»',
      'time: rocket-splash-b.md «10:20 p.m. Eastern» | rocket-splash-c.txt «10:20»',
    ]);
  });
  it('sets "Japan Foreign Minister Tanaka Kenji" against "Defence Minister Kenji Tanaka", and the junior minister of a year before against neither', () => {
    const titles = found.filter((c) => c.kind === 'title');
    assert.ok(titles.length >= 1);
    for (const c of titles) {
      const uris = c.items.map((i) => i.uri);
      assert.ok(uris.includes('rocket-splash-c.txt'), c.explanation);
      assert.ok(!uris.includes('rocket-splash-2025.txt'), c.explanation);
    }
    assert.match(titles[0].explanation, /defen[cs]e.*foreign|foreign.*defen[cs]e/iu);
  });
});
