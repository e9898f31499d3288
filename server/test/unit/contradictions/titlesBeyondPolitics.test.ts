/**
 * Titles outside politics: "former manager Colm Feeney" against "Colm Feeney, the manager," (an
 * apposition) is a contradiction between articles two days apart; "then-manager" and "acting
 * manager" are not set against either. Fictional football club in
 * test-fixtures/contradictions/manager-title-*.txt.
 */
import assert from 'node:assert/strict';
import { findAppositiveTitles } from '../../../src/analysis/facts/roles';
import { analyseFixtures, describe1 } from './pipeline';

describe('facts: titles written after the name', () => {
  it('reads "Name, the (former) role" for known first names only', () => {
    const [t] = findAppositiveTitles('Marta Oliveira, the club’s former coach, said so.');
    assert.deepEqual([t.name, t.title, t.role, t.status], ['Marta Oliveira', 'club’s former coach', 'coach', 'former']);
    assert.deepEqual(findAppositiveTitles('Dunmouth Rovers, the manager said.'), []);
    assert.equal(findAppositiveTitles('Nadia Kerr, the interim manager, said.')[0].status, 'historical');
  });
});

describe('contradictions: titles and roles beyond politics', () => {
  it('flags "former manager" against "X, the manager"', () => {
    const found = analyseFixtures(['manager-title-former.txt', 'manager-title-apposition.txt']).contradictions.map(describe1);
    assert.deepEqual(found, ['title: manager-title-former.txt «former manager Colm Feeney» | manager-title-apposition.txt «Colm Feeney, the manager»']);
  });
  it('does not set "then-manager" or "acting manager" against either', () => {
    const found = analyseFixtures(['manager-title-former.txt', 'manager-title-apposition.txt', 'manager-title-then-acting.txt']).contradictions.map(describe1);
    assert.ok(found.every((l) => !l.includes('manager-title-then-acting.txt')), found.join('\n'));
  });
});

describe('contradictions: two offices one person cannot hold at once', () => {
  const { contradictions } = analyseFixtures(['offices-a.txt', 'offices-b.txt', 'offices-c.txt']);
  it('flags finance chief against operating chief, and judge against prosecutor, for the same full name', () => {
    assert.deepEqual(contradictions.filter((c) => c.kind === 'title').map(describe1).sort(), [
      'title: offices-a.txt «Chief Financial Officer Dana Holt» | offices-b.txt «chief operating officer Dana Holt»',
      'title: offices-a.txt «Judge Miriam Ashe» | offices-c.txt «Prosecutor Miriam Ashe»',
    ]);
  });
  it('lets a chief officer chair the board, and keeps a namesake with another first name apart', () => {
    const texts = contradictions.flatMap((c) => c.items.map((i) => i.text));
    assert.ok(!texts.some((t) => /Chairman|Tom Holt/u.test(t)), texts.join(' / '));
  });
});

describe('contradictions: a district officer called a police officer', () => {
  it('flags "Deputy Commissioner" against "Superintendent of Police" for one full name', () => {
    const { contradictions } = analyseFixtures(['offices-district-a.txt', 'offices-district-b.txt']);
    assert.deepEqual(contradictions.filter((c) => c.kind === 'title').map(describe1), [
      'title: offices-district-a.txt «Deputy Commissioner Ravi Nair» | offices-district-b.txt «Superintendent of Police Ravi Nair»',
    ]);
  });
});

describe('contradictions: an office and its deputy (deputy-rank fixture)', () => {
  it('flags "the director of Varna\'s customs office" against "deputy director" and "Vice Director", and not two deputies nor an acting director', () => {
    const found = analyseFixtures(['deputy-rank-a.txt', 'deputy-rank-b.txt', 'deputy-rank-c.txt']).contradictions.filter((c) => c.kind === 'title').map(describe1);
    assert.deepEqual(found, [
      'title: deputy-rank-a.txt «Elena Stoeva, deputy director of the Varna Customs Office» | deputy-rank-b.txt «Elena Stoeva, the director of Varna\'s customs office»',
      'title: deputy-rank-b.txt «Elena Stoeva, the director of Varna\'s customs office» | deputy-rank-c.txt «Elena Stoeva, Vice Director of Varna Customs Office»',
    ]);
  });
});
