/**
 * One person given the office that runs a territory for two different places (a chief district
 * officer of two districts), and one act of one person told with the chair and the chief
 * executive. And what agrees: two names of one place, two officers of two neighbouring districts,
 * an article that gives both top offices, two different acts. Fictional stories in
 * test-fixtures/contradictions/{territory,top-act}-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

function titles(names: string[]): string[] {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === 'title').map(describe1).sort();
}

describe('contradictions: one person running two territories', () => {
  it('flags the chief district officer of two different districts', () => {
    assert.deepEqual(titles(['territory-a.txt', 'territory-b.txt']), [
      "title: territory-a.txt «Keshav Raj Bhandari, chief district officer of Pokhara» | territory-b.txt «Keshav Raj Bhandari, Hetauda's chief district officer»",
    ]);
    const [c] = analyseFixtures(['territory-a.txt', 'territory-b.txt']).contradictions.filter((x) => x.kind === 'title');
    assert.match(c.explanation, /chief district officer of two different places \(Pokhara; Hetauda\).*one place at a time/u);
  });
  it('does not flag two names of one place, nor two officers of two districts', () => {
    assert.deepEqual(titles(['territory-a.txt', 'territory-same-place.txt']), []);
    assert.deepEqual(titles(['territory-a.txt', 'territory-neighbour.txt']), []);
  });
});

describe('contradictions: one act told with two top offices', () => {
  it('flags the chair and the chief executive of one company apologising', () => {
    assert.deepEqual(titles(['top-act-a.txt', 'top-act-b.txt']), [
      'title: top-act-a.txt «chair Ingrid Solberg» | top-act-b.txt «Chief Executive Ingrid Solberg»',
    ]);
    const [c] = analyseFixtures(['top-act-a.txt', 'top-act-b.txt']).contradictions.filter((x) => x.kind === 'title');
    assert.match(c.explanation, /two different top offices \(chair; chief executive\)/u);
  });
  it('does not flag when an article gives both offices, nor two different acts', () => {
    assert.deepEqual(titles(['top-act-a.txt', 'top-act-b.txt', 'top-act-both.txt']), []);
    assert.deepEqual(titles(['top-act-a.txt', 'top-act-other.txt']), []);
  });
});
