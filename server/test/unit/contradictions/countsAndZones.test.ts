/**
 * Counts of a group against the whole ("Fifteen workers were killed" against "a dozen people
 * have died"), hedged tolls that agree ("at least 12"), and one explosion timed in two zones or
 * named by a noun ("the blast at", "exploded at", "the detonation came at"): fictional mine and
 * depot stories in test-fixtures/contradictions/mine-toll-*.txt and depot-blast-*.txt.
 */
import assert from 'node:assert/strict';
import { anchoredLines, analyseFixtures } from './pipeline';

const lines = anchoredLines;

describe('contradictions: a group of people against all the people', () => {
  it('flags more workers killed than people dead, from a number word or "a dozen"', () => {
    const { contradictions } = analyseFixtures(['mine-toll-a.txt', 'mine-toll-b.txt']);
    assert.deepEqual(lines(contradictions), ['count: mine-toll-a.txt «Fifteen workers were killed» | mine-toll-b.txt «A dozen people have died»']);
  });
  it('reads "Twelve dead" at the start of a sentence', () => {
    const { contradictions } = analyseFixtures(['mine-toll-a.txt', 'mine-toll-c.txt']);
    assert.deepEqual(lines(contradictions), ['count: mine-toll-a.txt «Fifteen workers were killed» | mine-toll-c.txt «Twelve dead»']);
  });
  it('pairs the body statements of two articles, not a headline with body text, whichever rule finds them', () => {
    // Before: the headline "Fifteen Dead" against the body's "Twelve dead" (same measure) took the
    // pair's slot, so "Fifteen workers were killed" (a group against all) was never shown.
    const { contradictions } = analyseFixtures(['mine-toll-headline.txt', 'mine-toll-c.txt']);
    assert.deepEqual(lines(contradictions), [
      'count: mine-toll-c.txt «Twelve Dead» | mine-toll-headline.txt «Fifteen Dead»',
      'count: mine-toll-c.txt «Twelve dead» | mine-toll-headline.txt «Fifteen workers were killed»',
    ]);
  });
  it('stays silent on a hedged toll ("at least 12" against 15)', () => {
    assert.deepEqual(lines(analyseFixtures(['mine-toll-a.txt', 'mine-toll-hedged.txt']).contradictions), []);
  });
});

describe('contradictions: one explosion timed in two zones', () => {
  it('compares "exploded at 14:40 GMT" with "the blast ... at 2:40 p.m. local time (1240 GMT)"', () => {
    const { contradictions } = analyseFixtures(['depot-blast-a.txt', 'depot-blast-b.txt']);
    assert.deepEqual(lines(contradictions), [
      'time: depot-blast-a.txt «exploded at 14:40 GMT on Thursday» | depot-blast-b.txt «blast at the Castell Energy depot happened at 2:40 p.m. local time (1240 GMT)»',
    ]);
  });
  it('accepts 4:40 p.m. local time as 14:40 GMT once an article gives the offset', () => {
    const { contradictions } = analyseFixtures(['depot-blast-a.txt', 'depot-blast-b.txt', 'depot-blast-c.txt']);
    const found = lines(contradictions);
    assert.ok(!found.some((l) => l.includes('depot-blast-a.txt') && l.includes('depot-blast-c.txt')), found.join('\n'));
    assert.ok(found.some((l) => l.includes('depot-blast-b.txt') && l.includes('«detonation at the Castell Energy depot came at 4:40 p.m. local time»')), found.join('\n'));
  });
});

describe('contradictions: a handover timed in two cities\' zones', () => {
  it('reads "Dushanbe time" and "Bishkek time" from the time-zone database and finds 9 a.m. in each an hour apart', () => {
    const { contradictions } = analyseFixtures(['handover-zone-a.txt', 'handover-zone-b.txt']);
    assert.deepEqual(lines(contradictions), ['time: handover-zone-a.txt «began at 9 a.m. Bishkek time» | handover-zone-b.txt «got under way at 9 a.m. Dushanbe time»']);
  });
  it('accepts 8 a.m. Dushanbe time as 9 a.m. Bishkek time, and "the swap" as "the handover"', () => {
    assert.deepEqual(lines(analyseFixtures(['handover-zone-a.txt', 'handover-zone-c.txt']).contradictions), []);
  });
});

describe('contradictions: one derailment told with different verbs', () => {
  it('times "came off the tracks" and "the accident happened" as one crash, and finds 5.10 a.m. against 2.10 a.m. local time', () => {
    const found = lines(analyseFixtures(['derail-a.txt', 'derail-b.txt']).contradictions);
    assert.deepEqual(found, ['time: derail-a.txt «came off the tracks at 5.10 a.m. local time (0210 GMT)» | derail-b.txt «accident happened at 2.10 a.m. local time»']);
  });
  it('accepts "derailed at about 5 a.m." as the same moment', () => {
    assert.deepEqual(lines(analyseFixtures(['derail-a.txt', 'derail-c.txt']).contradictions), []);
  });
});

describe('contradictions: two stories of one town', () => {
  it('does not set the toll of a factory fire against that of a bridge collapse, headlines included', () => {
    assert.deepEqual(lines(analyseFixtures(['twin-town-fire.txt', 'twin-town-collapse.txt']).contradictions), []);
  });
});
