/**
 * A plain time in a report datelined at the story place ("STIRLING, Scotland, ... began at 10
 * a.m.") is that place's time, set against a time in another country's zone ("12:00 German
 * time") though the two articles name places of different zones most (facts/clockTimeFacts.ts,
 * `datelineLocalOffsetOf`). Fictional story in test-fixtures/contradictions/dateline-zone-*.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const times = (names: string[]) => analyseFixtures(names).contradictions.filter((c) => c.kind === 'time');

describe('contradictions: a plain time read in the zone of its dateline', () => {
  it('sets "began at 10 a.m." (Stirling, UTC+1 in June) against "began at 12:00 German time" (UTC+2), and says how it read the plain time', () => {
    const found = times(['dateline-zone-wire.txt', 'dateline-zone-paper.md']);
    assert.deepEqual(anchoredLines(found), ['time: dateline-zone-paper.md «began at 12:00 German time» | dateline-zone-wire.txt «began at 10 a.m.»']);
    assert.match(found[0].explanation, /09:50–10:10.*08:50–09:10.*taking “10 a\.m\.” as UTC\+1, the time of the place its article is datelined from/u);
  });
  it('finds nothing when the other zone\'s time converts to the same moment ("11:00 German time")', () => {
    assert.deepEqual(anchoredLines(times(['dateline-zone-wire.txt', 'dateline-zone-agrees.md'])), []);
  });
});
