/**
 * Readers met in a water-rationing story, a cabinet reshuffle and a football sanction, tried on
 * fictional stories (test-fixtures/contradictions/rationing-*, reshuffle-*, stand-sanction-*): a
 * local page's "next Monday (16)" against another article's "Monday, March 15", a city's
 * "Secretary of Environment" against a utility's general manager, a decimal comma ("18,6%"), a
 * bilingual date stamp and a dateline whose dash ends the line; a title the telling says the
 * person leaves ("who is promoted to"), a number that counts a group with a kind of it ("59
 * ministers and deputy ministers"); a fine told after its object ("fined the club 62,000 euros")
 * and in a local page's words ("The fine is in total 52 000 euro"), a cause told after it ("after
 * chanting during a match last month"), and a quote that says a word both ways. From a poaching
 * raid (poaching-raid-*): a courtesy title between a title and its name ("the Deputy Minister for
 * Tourism, Hon. X in the statement"), and bullets counted as rounds of ammunition.
 */
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/analysis/values/quantities';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a rationing, a reshuffle and a sanction', () => {
  const rationing = ['rationing-a.txt', 'rationing-b.txt'];
  const reshuffle = ['reshuffle-a.txt', 'reshuffle-b.txt'];
  const sanction = ['stand-sanction-a.txt', 'stand-sanction-b.txt', 'stand-sanction-c.txt'];

  it('reads a decimal comma ("18,6%", "7,9 million"), and a comma before three digits as thousands', () => {
    const values = findQuantities('It held 18,6% for 7,9 million people, and 12,500 more came.').map((q) => q.range.min);
    assert.deepEqual(values, [18.6, 7900000, 12500]);
  });

  it('dates a page by a bilingual stamp ("Actualizado / Updated: 10/03/2027") and a wire by its dateline whose dash ends the line', () => {
    const { docs } = analyseFixtures(rationing);
    assert.deepEqual(docs.map((d) => d.published), ['2027-03-09', '2027-03-10']);
  });

  it('sets "next Monday (16)", the 16th a Tuesday, against another article\'s "Monday, March 15"', () => {
    const lines = anchoredLines(analyseFixtures(rationing).contradictions.filter((c) => c.kind === 'date'));
    assert.deepEqual(lines, ['date: rationing-b.txt «next Monday (16)» | rationing-a.txt «Monday, March 15»']);
  });

  it('sets a city\'s "Secretary of Environment" against the general manager of a utility, and 18,6% against 16.8% of capacity', () => {
    const found = analyseFixtures(rationing).contradictions;
    assert.deepEqual(anchoredLines(found.filter((c) => c.kind === 'title')), ['title: rationing-a.txt «Lena Ortiz, the general manager of Velmore Water» | rationing-b.txt «The Secretary of Environment, Lena Ortiz»']);
    assert.deepEqual(anchoredLines(found.filter((c) => c.kind === 'count')), ['count: rationing-a.txt «16.8%» | rationing-b.txt «18,6%»']);
  });

  it('leaves a paraphrase of "Nobody likes to hear this" ("nobody wanted to hear such news") alone', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(rationing).contradictions.filter((c) => c.kind === 'quote')), []);
  });

  it('sets no title that a telling says the person leaves against "former", and no count of a group with a kind of it against the group\'s', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(reshuffle).contradictions), []);
  });

  it('reads a fine told after its object and in a local page\'s words, its cause told after it, and sets 52 000 euro against 62,000 euros', () => {
    const lines = anchoredLines(analyseFixtures(sanction).contradictions.filter((c) => c.kind === 'count'));
    assert.deepEqual(lines, ['count: stand-sanction-a.txt «fined the club 62,000 euros» | stand-sanction-b.txt «fine is in total 52 000 euro»']);
  });

  it('sets "We do not accept the fine" against "We accept the fine. We do not accept that ...", and not "We accept the fine, but ..."', () => {
    const lines = anchoredLines(analyseFixtures(sanction).contradictions.filter((c) => c.kind === 'quote'));
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.ok(lines[0].startsWith('quote: stand-sanction-a.txt') && lines[0].includes('stand-sanction-c.txt'), lines[0]);
  });

  it('reads a title across a courtesy title ("..., Hon. Selemani Mbwana in the statement"), and sets 13 bullets against 31 rounds', () => {
    const found = analyseFixtures(['poaching-raid-a.txt', 'poaching-raid-b.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), [
      'count: poaching-raid-a.txt «31 rounds» | poaching-raid-b.txt «13 bullets»',
      'title: poaching-raid-a.txt «Tourism Minister Selemani Mbwana» | poaching-raid-b.txt «the Deputy Minister for Natural Resources and Tourism, Hon. Selemani Mbwana»',
    ]);
  });
});
