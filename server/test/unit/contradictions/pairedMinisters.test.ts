/**
 * One title given to two people ("The two countries' environment ministers, Lucía Ferrer of Spain
 * and Joost Verhagen of the Netherlands, signed ...") and a deputy minister of another ministry
 * (test-fixtures/contradictions/paired-ministers-*.txt).
 */
import assert from 'node:assert/strict';
import { findPluralTitles } from '../../../src/analysis/facts/pluralTitles';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a title shared by two people, and deputies of other ministries', () => {
  it('gives each person of the list the title in the singular, with the country after the name', () => {
    const text = "The two countries' environment ministers, Lucía Ferrer of Spain and Joost Verhagen of the Netherlands, signed an accord.";
    const titles = findPluralTitles(text, (at) => at === text.indexOf('Lucía'));
    assert.deepEqual(
      titles.map((t) => [t.name, t.role, t.portfolio, t.country, text.slice(t.start, t.end)]),
      [
        ['Lucía Ferrer', 'minister', 'environment', 'spain', "The two countries' environment ministers, Lucía Ferrer"],
        ['Joost Verhagen', 'minister', 'environment', 'netherlands', 'Joost Verhagen'],
      ],
    );
  });

  it('reads no title before a clause or a single name', () => {
    const clause = 'The ministers, who met for two hours, said the accord would run for ten years.';
    assert.deepEqual(findPluralTitles(clause, () => true), []);
    const one = 'The ministers, Lucía Ferrer said, will meet again.';
    assert.deepEqual(findPluralTitles(one, () => true), []);
  });

  it('sets an environment minister against a deputy finance minister, for either person of the list', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paired-ministers-a.txt', 'paired-ministers-b.txt']).contradictions), [
      "title: paired-ministers-b.txt «deputy finance minister Lucía Ferrer» | paired-ministers-a.txt «The two countries' environment ministers, Lucía Ferrer»",
    ]);
    const second = analyseFixtures(['paired-ministers-a.txt', 'paired-ministers-d.txt']).contradictions;
    assert.deepEqual(anchoredLines(second), ["title: paired-ministers-d.txt «Netherlands' deputy finance minister Joost Verhagen» | paired-ministers-a.txt «Joost Verhagen»"]);
    assert.match(second[0].explanation, /a deputy minister \(finance\); .* a minister \(environment\): one person is not the minister of one ministry and a deputy minister of another/u);
  });

  it('agrees with "Spain\'s environment minister Lucía Ferrer"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paired-ministers-a.txt', 'paired-ministers-c.txt']).contradictions), []);
  });
});
