/**
 * Days, times and figures of a story told by a wire, a local page and a paper abroad
 * (test-fixtures/contradictions/plant-outage-*, budget-vote-*; fictional):
 *  - a local page's numeric date line with its clock ("14/05/2025 - 09:12") is read day-first;
 *  - "in the early morning of Tuesday, 13 May" is a day (chrono-node drops it after "morning of"),
 *    and the month of "13 May" is not the modal "may";
 *  - a zone-less clock time ("at 4:10") puts the action early in the local day, as "early on
 *    Wednesday" does, so the two days disagree in any zone;
 *  - "shut down", "stopped", "tripped" and "halted" tell one stoppage; "the plant in Chile" locates
 *    the plant and does not make Chile the doer;
 *  - "taking 380 megawatts off the grid" counts megawatts, and "the Chilean grid" names Chile;
 *  - "the Budget Bill 2026" (a name) and "a contested budget bill" (plain words) share their words.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: outages and bills told by a wire, a local page and a paper abroad', () => {
  const outage = () => analyseFixtures(['plant-outage-a.txt', 'plant-outage-b.txt', 'plant-outage-c.md']).contradictions;

  it('sets the local page\'s Tuesday against the wire\'s Wednesday', () => {
    const days = outage().filter((c) => c.kind === 'date');
    assert.deepEqual(anchoredLines(days), ['date: plant-outage-a.txt «shut down automatically early on Wednesday» | plant-outage-b.txt «stopped automatically in the early morning of Tuesday, 13 May»']);
  });

  it('sets 10.10am CET against 4:10 a.m. local time (0810 GMT), and against the local page\'s 4:10 by its minute', () => {
    const times = outage().filter((c) => c.kind === 'time');
    assert.deepEqual(anchoredLines(times), [
      'time: plant-outage-a.txt «The turbine tripped at 4:10 a.m. local time (0810 GMT)» | plant-outage-c.md «The turbine halted at 10.10am CET.»',
      'time: plant-outage-b.txt «4:10» | plant-outage-c.md «10.10am CET»',
    ]);
  });

  it('sets 830 megawatts out of the Chilean grid against 380 megawatts off the grid, in both other articles', () => {
    const counts = outage().filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(counts), [
      'count: plant-outage-a.txt «380 megawatts» | plant-outage-c.md «830 megawatts»',
      'count: plant-outage-b.txt «380 megawatts» | plant-outage-c.md «830 megawatts»',
    ]);
  });

  it('reads a bill named in one article and described in another as one bill', () => {
    const found = analyseFixtures(['budget-vote-a.txt', 'budget-vote-b.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), ['date: budget-vote-a.txt «Tuesday passed» | budget-vote-b.txt «passed the Budget Bill 2026 on Monday afternoon»']);
  });
});
