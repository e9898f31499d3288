/**
 * Five kinds of statement read in round 13 (fictional stories in test-fixtures/contradictions/):
 * - injured counts told as injuries suffered ("two people suffered minor injuries",
 *   injured-suffered-*.txt), against "six people were hurt";
 * - a closure's length told as its reopening ("expects to reopen the tunnel in about two months",
 *   reopen-period-*.txt), against "would stay closed for at least a year";
 * - the year of a thing's last inspection (last-inspected-*.txt);
 * - the age of the story's one unnamed man ("The man, a 52-year-old ...", apposition-age-*.txt);
 * - a weekday with a part of the day before its date ("on Wednesday evening, 10 September") and
 *   a bare weekday of that day as the witness (weekday-part-of-day-*.txt).
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS, type Contradiction } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines, fixtureText } from './pipeline';

/** Facts of one fixture, as "subject value «span»", those whose subject matches `re`. */
function factsOf(name: string, re: RegExp): string[] {
  const doc = analyzeDocument(name, fixtureText(name), DEFAULT_ANALYSIS_OPTIONS);
  return (extractFacts(doc, new Map()) as DetailedFact[])
    .filter((f) => re.test(f.subject))
    .map((f) => `${f.subject.split('@')[0]} ${f.value.kind === 'number' ? Math.round(f.value.min) : f.value.kind === 'date' ? f.value.iso : ''} «${f.span.text}»`);
}

function linesOf(names: string[], keep: (c: Contradiction) => boolean): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter(keep));
}

describe('facts and contradictions: injuries suffered are injured people', () => {
  it('reads "suffered minor injuries" and "were treated for minor injuries", not a part badly hurt', () => {
    assert.deepEqual(factsOf('injured-suffered-a.txt', /injured/u), ['quantity:people|injured 2 «two people suffered minor injuries»']);
    assert.deepEqual(factsOf('injured-suffered-c.txt', /injured/u), ['quantity:people|injured 2 «Two people were treated for minor injuries»']);
    assert.deepEqual(factsOf('injured-suffered-d.txt', /injured/u).filter((l) => /suffered/u.test(l)), []);
  });
  it('flags six hurt against two who suffered minor injuries, not two against two', () => {
    const lines = linesOf(['injured-suffered-a.txt', 'injured-suffered-b.txt', 'injured-suffered-c.txt'], (c) => /injured/u.test(c.fact));
    assert.deepEqual(lines, [
      'count: injured-suffered-a.txt «two people suffered minor injuries» | injured-suffered-b.txt «six people were hurt»',
      'count: injured-suffered-b.txt «six people were hurt» | injured-suffered-c.txt «Two people were treated for minor injuries»',
    ]);
  });
});

describe('facts and contradictions: when a closed place reopens', () => {
  it('reads "reopen the tunnel in about two months" and a reported "would stay closed", not a reopening that may not come', () => {
    assert.deepEqual(factsOf('reopen-period-b.txt', /period/u), ['period:closed:tunnel 49 «to reopen the tunnel in about two months»']);
    assert.deepEqual(factsOf('reopen-period-a.txt', /period/u), ['period:closed:tunnel 365 «stay closed for at least a year»']);
    assert.deepEqual(factsOf('reopen-period-c.txt', /period/u), ['period:closed:tunnel 365 «will reopen in 12 months»']);
  });
  it('flags about two months against at least a year and against 12 months, not 12 months against at least a year', () => {
    const found = analyseFixtures(['reopen-period-a.txt', 'reopen-period-b.txt', 'reopen-period-c.txt']).contradictions.filter((c) => c.fact.startsWith('the closure'));
    assert.deepEqual(anchoredLines(found), [
      'time: reopen-period-a.txt «stay closed for at least a year» | reopen-period-b.txt «to reopen the tunnel in about two months»',
      'time: reopen-period-b.txt «to reopen the tunnel in about two months» | reopen-period-c.txt «will reopen in 12 months»',
    ]);
    assert.match(found[0].explanation, /closure of the tunnel.*reopen in about two months.*one closure of one place has one length/u);
  });
});

describe('facts and contradictions: the year of the last inspection', () => {
  it('reads the thing and the act, past an aside, and no thing behind a pronoun', () => {
    assert.deepEqual(factsOf('last-inspected-a.txt', /^last:/u), ['last:inspect:footbridge 2023 «was last inspected in 2023»']);
    assert.deepEqual(factsOf('last-inspected-b.txt', /^last:/u), ['last:inspect:footbridge 2017 «The last inspection of the footbridge was carried out in 2017»']);
    assert.deepEqual(factsOf('last-inspected-c.txt', /^last:/u), ['last:inspect:footbridge 2023 «was last inspected in 2023»']);
  });
  it('flags 2017 against 2023 for the footbridge, not 2023 against 2023', () => {
    const found = analyseFixtures(['last-inspected-a.txt', 'last-inspected-b.txt', 'last-inspected-c.txt']).contradictions.filter((c) => c.fact.startsWith('last '));
    assert.deepEqual(anchoredLines(found), [
      'date: last-inspected-a.txt «was last inspected in 2023» | last-inspected-b.txt «The last inspection of the footbridge was carried out in 2017»',
      'date: last-inspected-b.txt «The last inspection of the footbridge was carried out in 2017» | last-inspected-c.txt «was last inspected in 2023»',
    ]);
    assert.match(found[0].explanation, /last inspection of the footbridge to 2023.*2017.*one most recent inspection.*cannot fall in both/u);
  });
});

describe('facts and contradictions: the age of the story\'s one unnamed man', () => {
  it('reads "The man, a 52-year-old ...", "The suspect, 52," and "The man, aged 52,", not in an article of two men', () => {
    assert.deepEqual(factsOf('apposition-age-c.txt', /^age:/u), ['age:suspect|apposition 52 «The suspect, 52»', 'age:man|apposition 52 «The man, aged 52»']);
    assert.deepEqual(factsOf('apposition-age-d.txt', /^age:/u), []);
  });
  it('flags 52 against 58 for "the man", not 52 against 52', () => {
    const found = analyseFixtures(['apposition-age-a.txt', 'apposition-age-b.txt', 'apposition-age-c.txt', 'apposition-age-d.txt']).contradictions.filter((c) => c.fact.startsWith('age of'));
    assert.deepEqual(anchoredLines(found), [
      'count: apposition-age-a.txt «The man, a 52-year-old» | apposition-age-b.txt «The man, a 58-year-old»',
      'count: apposition-age-b.txt «The man, a 58-year-old» | apposition-age-c.txt «The man, aged 52»',
    ]);
    assert.match(found[0].explanation, /52.*58.*the one man both articles call “the man”.*cannot be 52 and 58/u);
  });
});

describe('facts and contradictions: a weekday with a part of the day before its date', () => {
  it('ties "Thursday morning, 10 September" together, right, and flags nothing', () => {
    assert.deepEqual(factsOf('weekday-part-of-day-a.txt', /^date:2026-09-10/u), ['date:2026-09-10 2026-09-10 «Thursday morning, 10 September»']);
    assert.deepEqual(linesOf(['weekday-part-of-day-a.txt'], (c) => c.kind === 'date'), []);
  });
  it('shows "Wednesday evening, 10 September" against a bare "on Thursday" of an article of Friday 11 September', () => {
    const lines = linesOf(['weekday-part-of-day-b.txt', 'weekday-part-of-day-c.txt'], (c) => c.kind === 'date');
    assert.deepEqual(lines, ['date: weekday-part-of-day-c.txt «Wednesday evening, 10 September» | weekday-part-of-day-b.txt «Thursday»']);
  });
  it('prefers dates written with their weekday as witnesses when an article has one', () => {
    const lines = linesOf(['weekday-part-of-day-a.txt', 'weekday-part-of-day-b.txt', 'weekday-part-of-day-c.txt', 'weekday-part-of-day-d.txt'], (c) => c.kind === 'date');
    assert.deepEqual(lines, [
      'date: weekday-part-of-day-c.txt «Wednesday evening, 10 September» | weekday-part-of-day-a.txt «Thursday morning, 10 September»',
      'date: weekday-part-of-day-c.txt «Wednesday evening, 10 September» | weekday-part-of-day-d.txt «Thursday, 10 September»',
    ]);
  });
});
