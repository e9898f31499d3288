/**
 * Two portfolios of one minister ("Its foreign minister" / "Benin's security minister"), kindred
 * portfolios that one ministry holds (interior and security), a minister some article gives both
 * portfolios, and a department head called the company's spokeswoman ("Brannvik's head of quality
 * assurance" / "Company spokeswoman"), but not its head of communications. Fictional stories in
 * test-fixtures/contradictions/{portfolio,dept-head}-*.txt.
 */
import assert from 'node:assert/strict';
import { findAppositiveTitles, findPersonTitles, findTitlesBeforeComma } from '../../../src/analysis/facts/roles';
import { analyseFixtures, describe1 } from './pipeline';

function titles(names: string[]): string[] {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === 'title').map(describe1).sort();
}

describe('facts: portfolios and departments in titles', () => {
  it('reads every portfolio a title names, "security" among them', () => {
    assert.equal(findTitlesBeforeComma("The talks were led by Benin's security minister, Samuel Houndété.")[0].portfolio, 'security');
    assert.equal(findPersonTitles('Foreign and Security Minister Samuel Houndété spoke.')[0].portfolio, 'foreign+security');
    assert.equal(findAppositiveTitles('Samuel Houndété, minister of foreign affairs and trade, spoke.')[0].portfolio, 'foreign+trade');
  });
  it('reads the body whose department a title heads, and no department in "head of state"', () => {
    const [t] = findAppositiveTitles("Ingrid Solberg, Brannvik's head of quality assurance, said so.");
    assert.deepEqual([t.role, t.organisation, t.body], ['head', 'quality assurance', 'Brannvik']);
    assert.equal(findTitlesBeforeComma("The company's director of operations, Ingrid Solberg, said so.")[0].body, 'company');
    assert.equal(findAppositiveTitles("Ingrid Solberg, Norway's head of state, said so.")[0].body, undefined);
    assert.equal(findAppositiveTitles('Ingrid Solberg, head of the county fire service, said so.')[0].body, undefined);
  });
});

describe('contradictions: two portfolios of one minister', () => {
  it('flags a foreign minister against a security minister', () => {
    assert.deepEqual(titles(['portfolio-a.txt', 'portfolio-b.txt']), [
      "title: portfolio-a.txt «Its foreign minister, Samuel Houndété» | portfolio-b.txt «Benin's security minister, Samuel Houndété»",
    ]);
    const [c] = analyseFixtures(['portfolio-a.txt', 'portfolio-b.txt']).contradictions;
    assert.match(c.explanation, /two different portfolios of one office \(foreign; security\)/u);
  });
  it('does not flag kindred portfolios (interior and security)', () => {
    assert.deepEqual(titles(['portfolio-b.txt', 'portfolio-c.txt']), []);
  });
  it('does not flag either portfolio when an article gives the minister both', () => {
    assert.deepEqual(titles(['portfolio-a.txt', 'portfolio-b.txt', 'portfolio-d.txt']), []);
  });
});

describe('contradictions: a department head called the spokesperson', () => {
  it("flags the company's head of quality assurance against its spokeswoman", () => {
    assert.deepEqual(titles(['dept-head-a.txt', 'dept-head-b.txt']), [
      "title: dept-head-a.txt «Ingrid Solberg, Brannvik's head of quality assurance» | dept-head-b.txt «Company spokeswoman Ingrid Solberg»",
    ]);
    const [c] = analyseFixtures(['dept-head-a.txt', 'dept-head-b.txt']).contradictions;
    assert.match(c.explanation, /head of a department \(quality assurance\).*spokesperson/u);
  });
  it('does not flag the head of communications against the spokeswoman', () => {
    assert.deepEqual(titles(['dept-head-b.txt', 'dept-head-c.txt']), []);
  });
});

describe('contradictions: a portfolio written after the role', () => {
  it('reads "Minister for Regional Development X" and "Minister of Industry and Trade X" as titles with their portfolios', () => {
    const [t] = findPersonTitles('Minister for Regional Development Karel Dvorsky came on Wednesday.');
    assert.deepEqual([t.title, t.name, t.portfolio], ['Minister for Regional Development', 'Karel Dvorsky', 'regional-development']);
    assert.equal(findPersonTitles('Minister of Industry and Trade Jana Holubova spoke.')[0].portfolio, 'industry+trade');
    assert.deepEqual(findPersonTitles('The Minister for Regional Development came on Wednesday.'), []);
    assert.deepEqual(findPersonTitles('Minister of Gender Equality Jana Holubova spoke.'), []);
  });
  it('flags the interior minister against the minister for regional development, not commerce against industry and trade', () => {
    assert.deepEqual(titles(['written-portfolio-a.txt', 'written-portfolio-b.txt']), [
      'title: written-portfolio-a.txt «Interior Minister Karel Dvorsky» | written-portfolio-b.txt «Minister for Regional Development Karel Dvorsky»',
    ]);
  });
  it('takes the minister of internal affairs for the interior minister', () => {
    assert.deepEqual(titles(['written-portfolio-a.txt', 'written-portfolio-c.txt']), []);
  });
});
