/**
 * A spokesperson in one article and the leader of the body in another: "union spokeswoman Lidia
 * Ferraz" against "the union's president, Lidia Ferraz" is a contradiction; the same role written
 * two ways, an article that gives the person both roles, a former spokesperson, and roles of two
 * different bodies are not. Fictional stories in test-fixtures/contradictions/spokes-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

function titles(names: string[]): string[] {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === 'title').map(describe1);
}

describe('contradictions: a spokesperson called the leader of the body', () => {
  it('flags "union spokeswoman X" against "the union\'s president, X"', () => {
    assert.deepEqual(titles(['spokes-union-a.txt', 'spokes-union-b.txt']), [
      'title: spokes-union-a.txt «spokeswoman Lidia Ferraz» | spokes-union-b.txt «the union\'s president, Lidia Ferraz»',
    ]);
  });
  it('flags "X, who heads the county fire service" against "Colonel X, spokesman for the county fire service"', () => {
    const { contradictions } = analyseFixtures(['spokes-fire-a.txt', 'spokes-fire-b.txt']);
    assert.deepEqual(contradictions.filter((c) => c.kind === 'title').map(describe1), [
      'title: spokes-fire-a.txt «Anton Velic, who heads the county fire service» | spokes-fire-b.txt «Anton Velic, spokesman for the county fire service»',
    ]);
    const [c] = contradictions.filter((x) => x.kind === 'title');
    assert.match(c.explanation, /says Anton Velic heads the county fire service/u);
    assert.match(c.explanation, /spokesperson speaks for those who lead/u);
  });
  it('does not flag one role written two ways, nor a chairman who is also chief executive, nor an envoy who heads a fund', () => {
    assert.deepEqual(titles(['spokes-same-a.txt', 'spokes-same-b.txt']), []);
  });
  it('does not flag when an article gives the person both roles', () => {
    assert.equal(titles(['spokes-both-b.txt', 'spokes-both-c.txt']).length, 1, 'leader against spokesman alone is flagged');
    assert.deepEqual(titles(['spokes-both-a.txt', 'spokes-both-b.txt', 'spokes-both-c.txt']), []);
  });
  it('does not set a former spokeswoman against the president', () => {
    assert.deepEqual(titles(['spokes-former-a.txt', 'spokes-former-b.txt']), []);
  });
  it('does not flag a spokesman of one body who presides over another', () => {
    assert.deepEqual(titles(['spokes-bodies-a.txt', 'spokes-bodies-b.txt']), []);
  });
});
