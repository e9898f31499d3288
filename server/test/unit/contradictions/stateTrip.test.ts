/**
 * A state visit told by a wire and a local page (test-fixtures/contradictions/state-trip-*.txt): a
 * minister's portfolio told two ways though one article's story is the talks and the other's the
 * visit (a title is true whatever event its sentence tells, and a state visit is told as either),
 * a delegation's business people counted two ways, and a weekday the article itself
 * writes right elsewhere ("this Monday (12)" / "This Tuesday (12)"), but not in its date line.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a state visit', () => {
  it('sets "State-Owned Enterprises Minister Kofi Mensah" against "the minister of Energy Kofi Mensah" across a story of talks and one of the visit', () => {
    const found = analyseFixtures(['state-trip-a.txt', 'state-trip-b.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), [
      'title: state-trip-a.txt «State-Owned Enterprises Minister Kofi Mensah» | state-trip-b.txt «minister of Energy Kofi Mensah»',
    ]);
    assert.match(found[0].explanation, /two different portfolios of one office \(state-enterprises; energy\)/u);
  });
  it('sets "45 business executives" against "more than 60 businessmen" of a delegation with the first lady, across a story of talks and one of the visit', () => {
    const found = analyseFixtures(['state-trip-a.txt', 'state-trip-b.txt']).contradictions.filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(found), ['count: state-trip-a.txt «45 business executives» | state-trip-b.txt «more than 60 businessmen»']);
  });
  it('sets "this Monday (12)" against the same article\'s "This Tuesday (12)"', () => {
    const found = analyseFixtures(['state-trip-b.txt']).contradictions.filter((c) => c.kind === 'date');
    assert.deepEqual(anchoredLines(found), ['date: state-trip-b.txt «this Monday (12)» | state-trip-b.txt «This Tuesday (12)»']);
    assert.match(found[0].explanation, /gives the same date elsewhere as "This Tuesday \(12\)"/u);
  });
  it('does not take the date line ("Lisbon, Tuesday, 19/05/2026") for the article\'s own telling of the weekday', () => {
    const found = analyseFixtures(['state-trip-c.txt']).contradictions.filter((c) => c.kind === 'date');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.doesNotMatch(found[0].explanation, /elsewhere/u);
  });
});
