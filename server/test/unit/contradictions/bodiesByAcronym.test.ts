/**
 * Titles of one body named two ways (test-fixtures/contradictions/acronym-title-*,
 * director-general-*): "vice-president of APAF" against "president of the Portuguese Football
 * Referees' Association (APAF)", one body by its resolved entity; and two people each called the
 * director-general of one institute, an office only one person holds.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

describe('contradictions: bodies named by their acronym, sole directors-general', () => {
  it('sets "vice-president of APAF" against "president of the Portuguese Football Referees\' Association (APAF)"', () => {
    const found = analyseFixtures(['acronym-title-a.txt', 'acronym-title-b.txt']).contradictions;
    assert.deepEqual(found.filter((c) => c.kind === 'title').map(describe1), [
      "title: acronym-title-a.txt «Rui Teixeira de Sousa, president of the Portuguese Football Referees' Association» | acronym-title-b.txt «the vice-president of APAF, Rui Teixeira de Sousa»",
    ]);
  });
  it('sets two directors-general of the INCM against each other', () => {
    const found = analyseFixtures(['director-general-a.txt', 'director-general-b.txt']).contradictions;
    assert.equal(found.filter((c) => c.kind === 'title').length, 1, found.map(describe1).join('\n'));
    assert.match(found.find((c) => c.kind === 'title')!.explanation, /one director-general at a time/u);
  });
});
