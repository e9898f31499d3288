/**
 * Posts that one person does not hold together: a club's president and its head coach; a body's
 * chief executive and the deputy of another office that runs it ("deputy director"); a company's
 * operations chief (its chief operating officer) and its chief executive. Fictional club and
 * sponsor in test-fixtures/contradictions/club-posts-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: club and company posts', () => {
  it('flags a club president called its head coach, a chief executive called a deputy director, and an operations chief called the chief executive', () => {
    const found = analyseFixtures(['club-posts-wire.txt', 'club-posts-local.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found).sort(), [
      'title: club-posts-local.txt «Anton Vilde, head coach of Rovers» | club-posts-wire.txt «Rovers president Anton Vilde»',
      'title: club-posts-local.txt «Maja Lorentz, the deputy director of Nordhavn Lines» | club-posts-wire.txt «Maja Lorentz, chief executive of the ferry operator Nordhavn Lines»',
      'title: club-posts-local.txt «Nordhavn Lines chief executive Petra Engel» | club-posts-wire.txt «Petra Engel, Nordhavn Lines\' operations chief»',
    ]);
  });
});
