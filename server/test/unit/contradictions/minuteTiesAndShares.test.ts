/**
 * Session 25's blind round: two tellings of one time tied by their odd minute a whole number of
 * hours apart (contradictions/minuteTie.ts); a union's officer credited by a capitalised role and a
 * courtesy title ("said the Secretary General of NUKH, Madam Amara Velt"), or by a compound role
 * ("the director-manager of the Velmar Zoo, Ivo Brandt, said that"); "Economy and Public Finances"
 * as one ministry's portfolio; the injured who "remain in serious condition" as a part of the
 * injured; a sum "from the total arrears" as a share of the total; "the arrestation of seven persons"
 * as a count of the arrested; a "Principal Secretary for Health" as the junior of the "Health Cabinet
 * Secretary". Fictional stories in
 * test-fixtures/contradictions/minute-tie-*, union-credit-*, zoo-credit-*, minister-finances-*,
 * injured-serious-*, arrears-share-*, arrest-noun-* and principal-secretary-*.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const found = (files: string[], kind?: string) => analyseFixtures(files).contradictions.filter((c) => !kind || c.kind === kind);

describe('contradictions: minute ties, officers\' credits, portfolios and shares', () => {
  it('sets "10:40 a.m. local time (0840 GMT)" against "9.40am GMT" of one halt told in other words', () => {
    const times = found(['minute-tie-a.txt', 'minute-tie-b.md'], 'time');
    assert.equal(times.length, 1, anchoredLines(times).join('\n'));
    assert.match(times[0].explanation, /08:40 UTC.*09:40 UTC.*same minute past the hour/u);
    assert.deepEqual(anchoredLines(times), ['time: minute-tie-a.txt «10:40 a.m. local time (0840 GMT)» | minute-tie-b.md «9.40am GMT»']);
  });
  it('ties nothing when the other article times two moments at that minute, or converts the time rightly', () => {
    assert.deepEqual(anchoredLines(found(['minute-tie-a.txt', 'minute-tie-c.md'], 'time')), []);
    assert.deepEqual(anchoredLines(found(['minute-tie-a.txt', 'minute-tie-d.md'], 'time')), []);
  });
  it('credits a quotation to the officer named after "the Secretary General of NUKH, Madam"', () => {
    assert.deepEqual(anchoredLines(found(['union-credit-a.txt', 'union-credit-b.txt'])), []);
  });
  it('credits a quotation to the person named after "the director-manager of the Velmar Zoo"', () => {
    assert.deepEqual(anchoredLines(found(['zoo-credit-a.txt', 'zoo-credit-b.txt'])), []);
  });
  it('reads "minister of Economy and Public Finances" as one ministry of both portfolios', () => {
    assert.equal(found(['minister-finances-a.txt', 'minister-finances-b.md'], 'title').length, 1, 'economy against finance alone is still told');
    assert.deepEqual(anchoredLines(found(['minister-finances-a.txt', 'minister-finances-b.md', 'minister-finances-c.txt'])), []);
  });
  it('leaves the injured who remain in serious condition out of the count of the injured', () => {
    assert.deepEqual(anchoredLines(found(['injured-serious-a.txt', 'injured-serious-b.txt'])), []);
  });
  it('counts "the arrestation of seven persons" as seven arrested, against "arrested five people"', () => {
    assert.deepEqual(anchoredLines(found(['arrest-noun-a.txt', 'arrest-noun-b.txt'], 'count')), [
      'count: arrest-noun-a.txt «arrested five people» | arrest-noun-b.txt «arrestation of seven persons»',
    ]);
  });
  it('reads a ministry\'s "Principal Secretary" as a junior post of the "Cabinet Secretary" of its portfolio', () => {
    const titles = found(['principal-secretary-a.txt', 'principal-secretary-b.txt'], 'title');
    assert.equal(titles.length, 1, anchoredLines(titles).join('\n'));
    assert.match(titles[0].explanation, /Health Cabinet Secretary.*Principal Secretary for Health/u);
  });
  it('leaves a county\'s share "from the total arrears" out of the sum all counties owe', () => {
    assert.deepEqual(anchoredLines(found(['arrears-share-a.txt', 'arrears-share-b.txt'])), []);
  });
});
