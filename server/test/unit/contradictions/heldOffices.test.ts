/**
 * One person given two offices not held at once, and one office given to two people, in articles
 * about one event: a minister against the head of an agency, heads of two different bodies (a
 * regional commander against the national chief), two past offices of one place, a deputy
 * minister against a spokeswoman, a compound name ("Nasir-ud-Din") read as a full name, two
 * captains of one national team, a chairman who is called chief executive while another holds the
 * chair. And the titles that go together: a rank and an office, a minister who heads a council,
 * an article that gives both offices, a vice-captain, "chairman and chief executive". Fictional
 * stories in test-fixtures/contradictions/{held,past-offices,deputy-spokes,compound-name,sole-captain,chair-ceo}-*.txt.
 */
import assert from 'node:assert/strict';
import { findTitlesBeforeComma, firstNameOf } from '../../../src/analysis/facts/roles';
import { analyseFixtures, describe1 } from './pipeline';

function titles(names: string[]): string[] {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === 'title').map(describe1).sort();
}

describe('facts: names of people with titles', () => {
  it('reads a compound name after a title and a comma, and no rank as a first name', () => {
    const [t] = findTitlesBeforeComma("The port authority's director general, Nasir-ud-Din, said so.");
    assert.deepEqual([t.name, t.role], ['Nasir-ud-Din', 'director']);
    assert.equal(firstNameOf('Lieutenant Commander Harun Rashid'), 'harun');
    assert.equal(firstNameOf('Lieutenant Commander Nasir-ud-Din'), undefined);
  });
});

describe('contradictions: one person given two offices not held at once', () => {
  it('flags a minister against the head of an agency, not a minister who heads a council, nor a rank beside an office', () => {
    assert.deepEqual(titles(['held-minister-a.txt', 'held-minister-b.txt', 'held-minister-c.txt']), [
      'title: held-minister-a.txt «Interior Minister Teodor Brannic» | held-minister-b.txt «Teodor Brannic, head of the National Roads Agency»',
    ]);
    const [c] = analyseFixtures(['held-minister-a.txt', 'held-minister-b.txt']).contradictions;
    assert.match(c.explanation, /“Interior Minister”.*“head of the National Roads Agency”.*A minister does not also run a body below the government/u);
  });
  it('flags the heads of two different bodies and a regional commander called the national chief', () => {
    assert.deepEqual(titles(['held-bodies-a.txt', 'held-bodies-b.txt']), [
      'title: held-bodies-a.txt «Yusuf Okafor, the regional police commander for Lower Vell» | held-bodies-b.txt «Yusuf Okafor, the chief of the National Police Service»',
      'title: held-bodies-a.txt «the Chief Inspector of Fisheries, Helena Dunst» | held-bodies-b.txt «Helena Dunst, chief executive of the Tarnwick Ports Authority»',
    ]);
  });
  it('does not flag two offices that an article gives the person together', () => {
    assert.ok(!titles(['held-bodies-a.txt', 'held-bodies-b.txt', 'held-bodies-c.txt']).some((l) => l.includes('Dunst')));
  });
  it('flags two past offices of one place, not of two places, nor when an article names both', () => {
    assert.deepEqual(titles(['past-offices-a.txt', 'past-offices-b.txt']), [
      'title: past-offices-a.txt «Pavel Orlin, the former mayor of Drevno» | past-offices-b.txt «Pavel Orlin, the former governor of Drevno province»',
    ]);
    assert.deepEqual(titles(['past-offices-a.txt', 'past-offices-b.txt', 'past-offices-c.txt']), []);
    assert.deepEqual(titles(['past-offices-a.txt', 'past-offices-elsewhere.txt']), []);
  });
  it('flags a deputy minister against the ministry spokeswoman', () => {
    assert.deepEqual(titles(['deputy-spokes-a.txt', 'deputy-spokes-b.txt']), [
      'title: deputy-spokes-a.txt «Deputy Trade Minister Ines Calder» | deputy-spokes-b.txt «spokeswoman Ines Calder»',
    ]);
  });
  it('flags a director general against a spokesman with a rank, for one compound name', () => {
    assert.deepEqual(titles(['compound-name-a.txt', 'compound-name-b.txt']), [
      "title: compound-name-a.txt «spokesman Captain Nasir-ud-Din» | compound-name-b.txt «The port authority's director general, Nasir-ud-Din»",
    ]);
  });
});

describe('contradictions: one office given to two people', () => {
  it('flags two captains of one national team, not a vice-captain nor a captain of no named team', () => {
    assert.deepEqual(titles(['sole-captain-a.txt', 'sole-captain-b.txt']), [
      "title: sole-captain-a.txt «Norway captain Ola Brekke» | sole-captain-b.txt «Sindre Vik, Norway's captain»",
    ]);
    const [c] = analyseFixtures(['sole-captain-a.txt', 'sole-captain-b.txt']).contradictions;
    assert.match(c.explanation, /Ola Brekke.*Sindre Vik.*one captain at a time/u);
    assert.deepEqual(titles(['sole-captain-b.txt', 'sole-captain-c.txt']), []);
  });
  it('flags a chairman called chief executive only when another person holds the chair', () => {
    assert.deepEqual(titles(['chair-ceo-a.txt', 'chair-ceo-b.txt']), []);
    assert.deepEqual(titles(['chair-ceo-a.txt', 'chair-ceo-b.txt', 'chair-ceo-c.txt']), [
      'title: chair-ceo-a.txt «Velmar chairman Otto Reis» | chair-ceo-b.txt «Velmar chief executive Otto Reis»',
    ]);
    const found = analyseFixtures(['chair-ceo-a.txt', 'chair-ceo-b.txt', 'chair-ceo-c.txt']).contradictions;
    assert.match(found[0].explanation, /names Lina Sato as chair/u);
  });
  it('lets one person be chairman and chief executive, and sets that chairman against another chair', () => {
    assert.deepEqual(titles(['chair-ceo-a.txt', 'chair-ceo-b.txt', 'chair-ceo-d.txt']), []);
    assert.deepEqual(titles(['chair-ceo-a.txt', 'chair-ceo-b.txt', 'chair-ceo-c.txt', 'chair-ceo-d.txt']), [
      'title: chair-ceo-a.txt «Velmar chairman Otto Reis» | chair-ceo-c.txt «Velmar chairwoman Lina Sato»',
      "title: chair-ceo-c.txt «Velmar chairwoman Lina Sato» | chair-ceo-d.txt «Otto Reis, Velmar's chairman and chief executive»",
    ]);
  });
});
