/**
 * A story told from both sides of a border, and the length of a sanction
 * (test-fixtures/contradictions/bridge-zone-*, ministry-post-*, sanction-length-*):
 * - a wire from Vigo (UTC+1) and a local page from Braga (UTC+0) give one instant in two local
 *   times, and each counts the lorries of its own side, which a foreign paper sums;
 * - "No Portuguese driver should ..." and "No driver in Portugal needs ..." deny the same thing;
 * - a ministry's executive secretary is another post than its secretary of science;
 * - "suspended two players for 30 days" against "for 45 days", but not against "for a month".
 */
import assert from 'node:assert/strict';
import { canonicalCountry, cityCountry } from '../../../src/analysis/lexicon/places';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: both sides of a border, and sanction lengths', () => {
  it('knows a town\'s country when no town of like size elsewhere shares its name, and Turkey by its English name', () => {
    assert.equal(cityCountry('Vigo'), 'Spain');
    assert.equal(cityCountry('Braga'), 'Portugal');
    assert.equal(cityCountry('Iğdır'), 'Türkiye');
    assert.equal(cityCountry('Valencia'), undefined);
    // A city known by its own name ("Sevilla") is known by its English one too.
    assert.equal(cityCountry('Seville'), 'Spain');
    assert.equal(canonicalCountry('Turkey'), 'Türkiye');
  });

  it('reads "11:00 a.m. local time (1000 GMT)" from Vigo and "10:00 local time" from Braga as one instant; the lorries of each side, and one remark', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['bridge-zone-a.txt', 'bridge-zone-b.txt']).contradictions), []);
  });

  it('still sets "09:00 local time" from Braga against the wire\'s 1000 GMT', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['bridge-zone-a.txt', 'bridge-zone-c.txt']).contradictions), [
      'time: bridge-zone-a.txt «began at 11:00 a.m. local time» | bridge-zone-c.txt «started at 09:00 local time»',
    ]);
  });

  it('does not set the lorries of one side against those of both banks', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['bridge-zone-a.txt', 'bridge-zone-d.md']).contradictions), []);
  });

  it('sets a ministry\'s executive secretary against its secretary of science', () => {
    const found = analyseFixtures(['ministry-post-a.txt', 'ministry-post-b.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), [
      'title: ministry-post-a.txt «Marta Quintas, the ministry\'s Secretary of Science and Technology» | ministry-post-b.txt «the executive secretary of the ministry, Marta Quintas»',
    ]);
  });

  it('sets a suspension "for 30 days" against one "for 45 days", and explains why', () => {
    const found = analyseFixtures(['sanction-length-a.txt', 'sanction-length-b.txt']).contradictions;
    assert.deepEqual(anchoredLines(found), [
      'time: sanction-length-a.txt «suspended two players for 30 days» | sanction-length-b.txt «suspension of the players Jonas Berge and Eirik Lund for 45 days»',
    ]);
    assert.match(found[0].explanation, /the suspension of the players as “30 days” .* one sanction of the same people has one length/u);
  });

  it('agrees with "barred two players for a month"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['sanction-length-a.txt', 'sanction-length-c.txt']).contradictions), []);
  });
});
