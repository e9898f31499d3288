/**
 * Posts that one person does not hold together: a club's president and its head coach; a body's
 * chief executive and the deputy of another office that runs it ("deputy director"); a company's
 * operations chief (its chief operating officer) or its chief scientific officer and its chief
 * executive; a ship's captain and its chief engineer. Fictional club and
 * sponsor in test-fixtures/contradictions/club-posts-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: club and company posts', () => {
  it('flags a club president called its head coach, a chief executive called a deputy director, an operations chief or a chief scientific officer called the chief executive, and a captain called the chief engineer', () => {
    const found = analyseFixtures(['club-posts-wire.txt', 'club-posts-local.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found).sort(), [
      'title: club-posts-local.txt «Anton Vilde, head coach of Rovers» | club-posts-wire.txt «Rovers president Anton Vilde»',
      'title: club-posts-local.txt «Lena Graf, the company\'s chief scientific officer» | club-posts-wire.txt «Lena Graf, Nordhavn Lines\' chief executive»',
      'title: club-posts-local.txt «Maja Lorentz, the deputy director of Nordhavn Lines» | club-posts-wire.txt «Maja Lorentz, chief executive of the ferry operator Nordhavn Lines»',
      'title: club-posts-local.txt «Nordhavn Lines chief executive Petra Engel» | club-posts-wire.txt «Petra Engel, Nordhavn Lines\' operations chief»',
      "title: club-posts-local.txt «The ferry's chief engineer, Ivo Brandt» | club-posts-wire.txt «Captain Ivo Brandt»",
    ]);
  });
  it('reads "vice-chairman" before a name as the chairman\'s deputy', () => {
    const found = analyseFixtures(['club-posts-chair.txt', 'club-posts-vice.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /vice-chairman/u);
  });
});
