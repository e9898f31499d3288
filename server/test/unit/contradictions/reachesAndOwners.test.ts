/**
 * Counts told for a town and for the whole country ("Four persons were arrested in Nantes" beside
 * "73 persons were arrested in all France"), a body's acronym before a counted noun ("eight ANS
 * engineers" against "six engineers of ANS"), and two offices that head a region ("Loire Prefect",
 * "the Nantes Mayor"), and a county's commissioner called its governor. Fictional stories in
 * test-fixtures/contradictions/protest-reach-*.txt and county-office-*.txt.
 */
import assert from 'node:assert/strict';
import { personKey } from '../../../src/analysis/facts/roles';
import { anchoredLines, analyseFixtures } from './pipeline';

describe('contradictions: a town\'s count beside the country\'s, and whose engineers', () => {
  const found = anchoredLines(analyseFixtures(['protest-reach-a.txt', 'protest-reach-b.txt']).contradictions);

  it('sets the country\'s 73 arrests against 63, and leaves the town\'s four alone', () => {
    assert.ok(found.some((l) => l.includes('«63 people had been arrested»') && l.includes('«73 persons were arrested»')), found.join('\n'));
    assert.ok(!found.some((l) => l.includes('Four persons were arrested')), found.join('\n'));
  });
  it('reads "eight ANS engineers" as the body\'s engineers, not a kind of them, against "six engineers of ANS"', () => {
    assert.ok(found.some((l) => l.includes('eight ANS engineers') && l.includes('six engineers')), found.join('\n'));
  });
});

describe('contradictions: a county commissioner called the governor', () => {
  it('flags "County Commissioner Peter Kamau Wekesa" against "Governor Peter Wekesa": one person heads a county one way', () => {
    const found = anchoredLines(analyseFixtures(['county-office-a.txt', 'county-office-b.txt']).contradictions);
    assert.ok(found.some((l) => l.startsWith('title:') && l.includes('County Commissioner') && l.includes('Governor')), found.join('\n'));
  });
});

describe('contradictions: two fines told in one article', () => {
  it('leaves two clubs\' fines (850,000 and 200,000 reais) and "fines totalling 1.05 million" alone', () => {
    const found = anchoredLines(analyseFixtures(['two-fines-a.txt', 'two-fines-b.txt']).contradictions);
    assert.deepEqual(found.filter((l) => l.startsWith('count:')), []);
  });
  it('reads "Raimundo Bastos Filho" and "Raimundo Bastos" as one person, so no title or speaker is set against the other', () => {
    assert.equal(personKey('Raimundo Aurélio Bastos Filho'), 'bastos');
    assert.equal(personKey('Jorge Amado Neto'), 'amado');
  });
});
