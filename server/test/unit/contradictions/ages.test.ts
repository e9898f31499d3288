/**
 * People's ages: a named person given two ages ("Edvin Brandt, 58," against "Edvin Brandt, 61,")
 * and an unnamed person described by a noun and what happened to them ("arrested a 37-year-old
 * lorry driver" against "a 73-year-old lorry driver was arrested"), with the cases that must stay
 * silent: one age written two ways, two different people, an article years or months apart, a
 * birthday between two articles weeks apart, numbers after a name that are not ages, and an
 * article telling of two people with one description. Fictional harbour-bribery and
 * level-crossing stories in test-fixtures/contradictions/age-*.txt.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import type { Contradiction, DocumentAnalysis } from '../../../src/analysis/types';
import { analyseFixtures, describe1, fixtureText } from './pipeline';

/** The age contradictions, as "kind: file «text» | file «text»", checked against the fixtures' text. */
function ageLines(found: readonly Contradiction[]): string[] {
  const ages = found.filter((c) => / age$|^age of /u.test(c.fact));
  for (const c of ages) for (const i of c.items) assert.equal(fixtureText(i.uri).slice(i.start, i.end), i.text, describe1(c));
  return ages.map(describe1).sort();
}

/** The ages a document states: [who, years, text]. */
function agesOf(doc: DocumentAnalysis): Array<[string, number, string]> {
  return (doc.facts as DetailedFact[])
    .filter((f) => f.detail.age)
    .map((f) => [f.detail.age!.person ?? `${f.detail.age!.noun}|${f.detail.age!.predicate}`, f.detail.age!.years, f.span.text]);
}

describe('contradictions: the age of a named person', () => {
  it('reads ", 58,", "58-year-old", "(44)", "aged 59" and ", a 44-year-old" after a person\'s name', () => {
    const { docs } = analyseFixtures(['age-named-a.txt', 'age-named-b.txt', 'age-named-c.txt', 'age-named-close.txt', 'age-named-later.txt']);
    assert.deepEqual(docs.map(agesOf), [
      [['edvin-brandt', 58, 'Edvin Brandt, 58'], ['ingrid-moen', 44, 'Ingrid Moen, 44']],
      [['edvin-brandt', 58, '58-year-old Edvin Brandt'], ['ingrid-moen', 44, 'Ingrid Moen (44)']],
      [['edvin-brandt', 61, 'Edvin Brandt, 61'], ['ingrid-moen', 44, 'Ingrid Moen, a 44-year-old']],
      [['edvin-brandt', 59, 'Edvin Brandt, aged 59']],
      [['edvin-brandt', 59, 'Edvin Brandt (59)']],
    ]);
  });

  it('flags 58 against 61 days apart, and explains why both cannot hold', () => {
    const { contradictions } = analyseFixtures(['age-named-a.txt', 'age-named-c.txt']);
    assert.deepEqual(ageLines(contradictions), ['count: age-named-a.txt «Edvin Brandt, 58» | age-named-c.txt «Edvin Brandt, 61»']);
    const c = contradictions.find((x) => x.fact === "Edvin Brandt's age")!;
    assert.equal(c.kind, 'count');
    assert.match(c.explanation, /58.*61.*one person cannot be 58 and 61 at once/u);
  });

  it('lets "Edvin Brandt, 58," agree with "The 58-year-old Edvin Brandt", and never sets Moen\'s 44 against Brandt\'s age', () => {
    assert.deepEqual(ageLines(analyseFixtures(['age-named-a.txt', 'age-named-b.txt']).contradictions), []);
  });

  it('flags one year apart in articles three days apart, not in articles three weeks apart (a birthday)', () => {
    assert.deepEqual(ageLines(analyseFixtures(['age-named-a.txt', 'age-named-close.txt']).contradictions), [
      'count: age-named-a.txt «Edvin Brandt, 58» | age-named-close.txt «Edvin Brandt, aged 59»',
    ]);
    assert.deepEqual(ageLines(analyseFixtures(['age-named-a.txt', 'age-named-later.txt']).contradictions), []);
    // Two years apart is no birthday, three weeks or not.
    assert.deepEqual(ageLines(analyseFixtures(['age-named-c.txt', 'age-named-later.txt']).contradictions), [
      'count: age-named-c.txt «Edvin Brandt, 61» | age-named-later.txt «Edvin Brandt (59)»',
    ]);
  });

  it('does not compare an article from years before ("Edvin Brandt, 52," when he was appointed)', () => {
    assert.deepEqual(ageLines(analyseFixtures(['age-named-a.txt', 'age-named-archive.txt']).contradictions), []);
  });

  it('reads no age from "Brandt, 61 percent of", a list of scores "Brandt, 3, Moen, 4," or "Route 44"', () => {
    const { docs, contradictions } = analyseFixtures(['age-named-a.txt', 'age-named-numbers.txt']);
    assert.deepEqual(agesOf(docs[1]), []);
    assert.deepEqual(ageLines(contradictions), []);
  });
});

describe('contradictions: the age of an unnamed person in one event', () => {
  it('reads the noun and what happened to the person ("detained" is "arrested")', () => {
    const { docs } = analyseFixtures(['age-crash-a.txt', 'age-crash-b.txt', 'age-crash-c.txt', 'age-crash-d.txt']);
    assert.deepEqual(docs.map(agesOf), [
      [['driver|arrested', 37, 'arrested a 37-year-old lorry driver'], ['cyclist|injured', 29, 'A 29-year-old cyclist was injured']],
      [['driver|arrested', 73, 'A 73-year-old lorry driver was arrested'], ['passenger|injured', 35, 'A 35-year-old train passenger was injured']],
      [['driver|arrested', 37, 'detained a 37-year-old driver']],
      [['driver|arrested', 37, 'arrested a 37-year-old driver'], ['driver|arrested', 52, 'arrested a 52-year-old driver']],
    ]);
  });

  it('flags the driver arrested at 37 against 73, and not the injured cyclist against the injured passenger', () => {
    const { contradictions } = analyseFixtures(['age-crash-a.txt', 'age-crash-b.txt']);
    assert.deepEqual(ageLines(contradictions), ['count: age-crash-a.txt «arrested a 37-year-old lorry driver» | age-crash-b.txt «A 73-year-old lorry driver was arrested»']);
    const c = contradictions.find((x) => x.fact === 'age of the driver arrested')!;
    assert.match(c.explanation, /37.*73.*one person cannot be 37 and 73 at once/u);
  });

  it('lets "detained a 37-year-old driver" agree with "arrested a 37-year-old lorry driver"', () => {
    assert.deepEqual(ageLines(analyseFixtures(['age-crash-a.txt', 'age-crash-c.txt']).contradictions), []);
  });

  it('leaves out an article that tells of two drivers arrested (37 and 52): either may be the other article\'s', () => {
    assert.deepEqual(ageLines(analyseFixtures(['age-crash-b.txt', 'age-crash-d.txt']).contradictions), []);
  });

  it('does not compare an arrest after an earlier crash months before', () => {
    assert.deepEqual(ageLines(analyseFixtures(['age-crash-a.txt', 'age-crash-january.txt']).contradictions), []);
  });
});
