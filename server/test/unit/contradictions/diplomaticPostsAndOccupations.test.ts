/**
 * Titles of this round: two diplomatic posts given to one person ("Norway's ambassador to
 * Portugal, X" / "Norway's consul general in Lisbon, X"), a spokesperson whose title follows an
 * occupation ("X, a hydrologist and spokeswoman for the Tarvel Water Board") set against the
 * body's director, and a colonel called the commander of a force in one article and a spokesman
 * of one of its commands in another, the name written with and without its accents. Fictional
 * stories in test-fixtures/contradictions/diplomat-post-*.txt, occupation-spokes-*.txt and
 * coastguard-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

function titles(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'title'));
}

describe('contradictions: diplomatic posts', () => {
  it('flags an ambassador against a consul general ("as was Norway\'s consul general in Lisbon, X")', () => {
    const { contradictions } = analyseFixtures(['diplomat-post-consul.txt', 'diplomat-post-ambassador.txt']);
    const found = contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), [
      "title: diplomat-post-ambassador.txt «Norway's ambassador to Portugal, Henrik Dahlberg» | diplomat-post-consul.txt «Norway's consul general in Lisbon, Henrik Dahlberg»",
    ]);
    assert.match(found[0].explanation, /“Norway's ambassador to Portugal”/u);
    assert.match(found[0].explanation, /“Norway's consul general in Lisbon”/u);
    assert.match(found[0].explanation, /one person does not hold two of them at once/u);
  });
  it('flags a chargé d\'affaires against an ambassador, and "sent its consul general, X" against an ambassador', () => {
    assert.deepEqual(titles(['diplomat-post-charge.txt', 'diplomat-post-ambassador.txt']), [
      "title: diplomat-post-ambassador.txt «Norway's ambassador to Portugal, Henrik Dahlberg» | diplomat-post-charge.txt «Norway's chargé d'affaires in Lisbon, Henrik Dahlberg»",
    ]);
    assert.deepEqual(titles(['diplomat-post-consulate.txt', 'diplomat-post-ambassador.txt']), [
      "title: diplomat-post-ambassador.txt «Norway's ambassador to Portugal, Henrik Dahlberg» | diplomat-post-consulate.txt «its consul general, Henrik Dahlberg»",
    ]);
  });
  it('does not flag one consular post written two ways, nor an honorary consul against an ambassador', () => {
    assert.deepEqual(titles(['diplomat-post-consul.txt', 'diplomat-post-consulate.txt']), []);
    assert.deepEqual(titles(['diplomat-post-honorary.txt', 'diplomat-post-ambassador.txt']), []);
  });
});

describe('contradictions: a spokesperson whose title follows an occupation', () => {
  it('flags "X, a hydrologist and spokeswoman for the Tarvel Water Board" against "the Tarvel Water Board\'s director, X"', () => {
    const { contradictions } = analyseFixtures(['occupation-spokes-a.txt', 'occupation-spokes-b.txt']);
    const found = contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(anchoredLines(found), [
      "title: occupation-spokes-a.txt «Marta Quintero, a hydrologist and spokeswoman for the Tarvel Water Board» | occupation-spokes-b.txt «The Tarvel Water Board's director, Marta Quintero»",
    ]);
    assert.match(found[0].explanation, /a director in one and a spokesperson in the other/u);
  });
  it('does not flag the spokeswoman\'s title written two ways', () => {
    assert.deepEqual(titles(['occupation-spokes-a.txt', 'occupation-spokes-c.txt']), []);
  });
});

describe('contradictions: a colonel called a force\'s commander and its spokesman', () => {
  it('flags "Colonel Trần Quốc Bảo, commander of the Harbour Guard" against "Colonel Tran Quoc Bao, a spokesman for the Harbour Guard\'s Region 2 command"', () => {
    assert.deepEqual(titles(['coastguard-commander.txt', 'coastguard-spokesman.txt']), [
      "title: coastguard-commander.txt «Trần Quốc Bảo, commander of the Harbour Guard» | coastguard-spokesman.txt «Tran Quoc Bao, a spokesman for the Harbour Guard's Region 2 command»",
    ]);
  });
  it('does not flag the commander\'s title written with and without accents', () => {
    assert.deepEqual(titles(['coastguard-commander.txt', 'coastguard-commander-same.txt']), []);
  });
});
