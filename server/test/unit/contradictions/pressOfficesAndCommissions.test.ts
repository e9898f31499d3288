/**
 * Titles (contradictions/titleRules.ts): the head or manager of a body's press office speaks for
 * it, as a spokesperson does, so "Communications manager X" is not the body's president; the chair
 * of a commission is not its secretary-general; and a body written by its acronym in one title and
 * in full in the other is one body. Thai romanizations of one surname ("Wiriyaphan" / "Viriyapan")
 * name one person. Fictional stories in test-fixtures/contradictions/press-office-*,
 * commission-chair-* and bureau-acronym-*.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const titles = (files: string[]) => anchoredLines(analyseFixtures(files).contradictions.filter((c) => c.kind === 'title'));

describe('contradictions: press offices and commission officers', () => {
  it('sets a communications manager against the president of the same company', () => {
    assert.deepEqual(titles(['press-office-a.txt', 'press-office-b.txt']), [
      'title: press-office-a.txt «Communications manager Lucía Ferreyra Paz» | press-office-b.txt «The president of Tarvik Litio, Lucía Ferreyra Paz»',
    ]);
  });
  it('sets the Election Commission chairman against its secretary-general, across two romanizations of his surname', () => {
    const found = analyseFixtures(['commission-chair-a.txt', 'commission-chair-b.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /chair presides over the body and the secretary-general runs its staff/u);
  });
  it('sets a bureau\'s spokesperson (its acronym) against its director-general (its full name)', () => {
    assert.deepEqual(titles(['bureau-acronym-a.txt', 'bureau-acronym-b.txt']), [
      'title: bureau-acronym-a.txt «Bimbo Adeyemi-Ayorinde, the KASB\'s spokesperson» | bureau-acronym-b.txt «The Director-General of the Kordu Air Safety Bureau (KASB), Mrs Bimbo Ayorinde»',
    ]);
  });
});
