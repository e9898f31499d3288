/**
 * Clock times of actions whose object is counted ("opened three sluice gates", "opened 3 sluice
 * gates": a count and one modifier before the head noun) and of restorations ("its systems were
 * back up", "came back online", "were restored": one action per thing restored), from
 * facts/clockTimeFacts.ts and contradictions/clockTimeRules.ts. Fictional reservoir and ferry
 * line in test-fixtures/contradictions/sluice-counted-*.txt and restore-*.txt.
 */
import assert from 'node:assert/strict';
import { isClockFact } from '../../../src/analysis/facts/clockTimeFacts';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { analyseFixtures, anchoredLines } from './pipeline';

function actions(names: string[]): string[][] {
  return analyseFixtures(names).docs.map((d) => (d.facts as DetailedFact[]).filter(isClockFact).map((f) => f.detail.clock.action));
}

describe('clock times: counted objects and restorations', () => {
  it('reads a counted head noun with one modifier, in words or digits', () => {
    assert.deepEqual(actions(['sluice-counted-a.txt', 'sluice-counted-b.txt', 'sluice-counted-c.txt']), [['open gate'], ['open gate'], ['open gate']]);
  });
  it('flags the counted gates\' time against the passive\'s, and not two times minutes apart', () => {
    const found = anchoredLines(analyseFixtures(['sluice-counted-a.txt', 'sluice-counted-b.txt', 'sluice-counted-c.txt']).contradictions);
    assert.deepEqual(found, [
      'time: sluice-counted-a.txt «opened three sluice gates at around 5 a.m. on Sunday» | sluice-counted-b.txt «gates were opened at 3:30 a.m. local time»',
      'time: sluice-counted-b.txt «gates were opened at 3:30 a.m. local time» | sluice-counted-c.txt «opened 3 sluice gates at about 5:10 a.m.»',
    ]);
  });
  it('reads "were back up", "were restored" and "came back online" as one restoration of what was restored', () => {
    const restorations = actions(['restore-systems-a.txt', 'restore-systems-b.txt', 'restore-systems-c.txt', 'restore-power-d.txt']).map((a) => a.filter((k) => k.startsWith('restore')));
    assert.deepEqual(restorations, [['restore system'], ['restore system'], ['restore system'], ['restore power']]);
  });
  it('flags two times for the systems\' return, and not the return of power', () => {
    const found = anchoredLines(analyseFixtures(['restore-systems-a.txt', 'restore-systems-b.txt', 'restore-systems-c.txt', 'restore-power-d.txt']).contradictions);
    assert.deepEqual(found, [
      'time: restore-systems-a.txt «systems were back up at 14:20» | restore-systems-b.txt «Systems were restored at 12:20 p.m.»',
      'time: restore-systems-a.txt «systems were back up at 14:20» | restore-systems-c.txt «systems came back online at about 12:25 p.m. on Monday»',
    ]);
  });
});
