/**
 * A minister and the deputy of the same portfolio given to one person ("Deputy Foreign Minister
 * Ilze Kalnina" / "Latvia's foreign minister, Ilze Kalnina"; contradictions/deputyRankRules.ts),
 * and responders counted in other words ("A total of 124 firefighters battled the flames" / "In
 * the fire intervened 142 firemen"; facts/quantityFacts.ts, facts/countedThings.ts). A family name
 * written in capitals is the surname a title belongs to ("Chairman Mr. ICHIKURA Koji"; facts/roles.ts).
 * An officer holds one rank at a time (titleRules.ts), and an officer's "Captain" is a rank. Fictional stories in
 * test-fixtures/contradictions/deputy-portfolio-*.txt, firemen-count-*.txt and officer-rank-*.txt.
 */
import assert from 'node:assert/strict';
import { isUnstable } from '../../../src/analysis/facts/quantityFacts';
import { firstNameOf, personKey, speakerKey } from '../../../src/analysis/facts/roles';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a minister and the deputy of one portfolio', () => {
  it('flags "Deputy Foreign Minister" against "Latvia\'s foreign minister" for one person', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['deputy-portfolio-a.txt', 'deputy-portfolio-b.txt']).contradictions.filter((c) => c.kind === 'title')), [
      'title: deputy-portfolio-a.txt «Deputy Foreign Minister Ilze Kalnina» | deputy-portfolio-b.txt «Latvia\'s foreign minister, Ilze Kalnina»',
    ]);
  });
  it('does not call a deputy foreign minister the deputy of a defence minister', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['deputy-portfolio-a.txt', 'deputy-portfolio-c.txt']).contradictions.filter((c) => /deputy at once/u.test(c.explanation))), []);
  });
});

describe('contradictions: an officer given two ranks', () => {
  it('flags "Brigadier Omer Farooq Satti" against "Colonel Omer Farooq Satti", reading "Brigadier" as a title, not a name', () => {
    const found = analyseFixtures(['officer-rank-a.txt', 'officer-rank-b.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), ['title: officer-rank-a.txt «Brigadier Omer Farooq Satti» | officer-rank-b.txt «Colonel Omer Farooq Satti»']);
    assert.match(found[0].explanation, /an officer holds one rank at a time/u);
  });
  it('reads "Major" before a name as a rank ("Major" / "Colonel")', () => {
    const found = analyseFixtures(['officer-rank-major.txt', 'officer-rank-b.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), ['title: officer-rank-b.txt «Colonel Omer Farooq Satti» | officer-rank-major.txt «Major Omer Farooq Satti»']);
  });
  it('reads "Captain" as a rank for an officer another article gives a rank ("Brigadier" / "Captain")', () => {
    const found = analyseFixtures(['officer-rank-a.txt', 'officer-rank-captain.txt']).contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), ['title: officer-rank-a.txt «Brigadier Omer Farooq Satti» | officer-rank-captain.txt «Captain Omer Farooq Satti»']);
    assert.match(found[0].explanation, /two military ranks/u);
  });
});

describe('contradictions: responders counted in other words', () => {
  it('reads "A total of 124 firefighters" as the whole, "intervened 142 firemen" as firefighters deployed, and flags the two', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['firemen-count-a.txt', 'firemen-count-b.txt']).contradictions.filter((c) => c.kind === 'count')), [
      'count: firemen-count-a.txt «124 firefighters» | firemen-count-b.txt «142 firemen»',
    ]);
  });
});

describe('roles: a family name in capitals', () => {
  it('keys "ICHIKURA Koji" and "Jean DUPONT" by the name in capitals, and other names by the last', () => {
    assert.equal(personKey('ICHIKURA Koji'), 'ichikura');
    assert.equal(firstNameOf('ICHIKURA Koji'), 'koji');
    assert.equal(personKey('Jean DUPONT'), 'dupont');
    assert.equal(personKey('Koji Ichikura'), 'ichikura');
  });
  it('keys a Korean name by its family name, written first or last, in one romanization', () => {
    const keys = ['Kang Min-seo', 'Kang Min Seo', 'Yun Jae-hyeok', 'Yoon Jae-hyuk', 'Jae-won Suh', 'Seo Jae-won'].map(personKey);
    assert.deepEqual(keys, ['kang', 'kang', 'yoon', 'yoon', 'seo', 'seo']);
    assert.equal(speakerKey('kang-min-seo'), 'kang', 'an id\'s words are the name');
    assert.equal(personKey('Lee Ann Womack'), 'womack', 'not a Korean name');
  });
});

describe('facts: what was perceived is no doubt', () => {
  it('keeps "could be seen 30 miles away" as a figure, and leaves "could rise to 30" out', () => {
    assert.equal(isUnstable('the glow could be seen 30 miles away'), false);
    assert.equal(isUnstable('the toll could rise to 30'), true);
  });
});
