/**
 * Readers met in a refinery strike, a quake, a mayor's resignation and a hotel fire, tried on fictional stories
 * (test-fixtures/contradictions/refinery-walkout-*, quake-houses-*): a zone written out in words
 * ("5 a.m. West Africa Time (WAT)"), a part of a whole counted before it ("140 buildings ..., 12 of
 * which collapsed"), a tally with "for" and "against" in quotes, an article that gives two start
 * times of one kind of event (two events, not one told twice), a summons to a meeting (its day is a
 * plan), and a clause that "when" opened, which is not what a time after it tells. From a hotel fire
 * (hostel-blaze-*): a count of an earlier occasion ("since September 2023, when ... killed 56"), a
 * sub-group after the predicate ("two injured Australians"), "not in the next years", and a quote
 * credited to the person after a body's acronym and a rank. From a council vote (council-tally-*):
 * the abstentions of one vote, told with the same votes for and against.
 */
import assert from 'node:assert/strict';
import { isActionDayFact } from '../../../src/analysis/facts/actionDayFacts';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { lookupZone } from '../../../src/analysis/values/clock';
import { analyseFixtures, describe1 } from './pipeline';

function lines(names: string[], kind: string): string[] {
  return analyseFixtures(names).contradictions.filter((c) => c.kind === kind).map(describe1).sort();
}

describe('contradictions: zones in words, parts of wholes, tallies and summons (refinery strike, quake)', () => {
  const refinery = ['refinery-walkout-a.txt', 'refinery-walkout-b.md'];
  it('reads "West Africa Time" as a zone (UTC+1), not a person, and sets 5 a.m. WAT against 6am GMT', () => {
    assert.equal(lookupZone('West Africa Time')?.offset, 60);
    const { docs } = analyseFixtures(refinery);
    assert.ok(!docs[0].mentions.some((m) => m.type === 'PERSON' && m.text.includes('West Africa')), docs[0].mentions.map((m) => `${m.text}:${m.type}`).join(', '));
    assert.deepEqual(lines(refinery, 'time'), ['time: refinery-walkout-a.txt «began at 5 a.m. West Africa Time» | refinery-walkout-b.md «began at 6am GMT»']);
  });
  it('reads a tally with "for" and "against" in quotes ("5 directors voted "for", 2 "against"")', () => {
    const { docs } = analyseFixtures(refinery);
    const tallies = (docs[1].facts as DetailedFact[]).filter((f) => f.attribute === 'vote-tally').map((f) => (f.value.kind === 'text' ? f.value.text : ''));
    assert.deepEqual(tallies, ['5-2']);
  });
  it('reads the day of a meeting that someone was summoned to as a plan, forwards from the article\'s date', () => {
    const { docs } = analyseFixtures(refinery);
    const meeting = (docs[0].facts as DetailedFact[]).filter(isActionDayFact).find((f) => f.span.text.includes('summoned'));
    assert.deepEqual([meeting?.detail.actionDay.day, meeting?.detail.actionDay.planned], ['2026-03-05', true]);
  });
  it('sets "21 of them collapsed" against "12 of which collapsed" of one whole, and reads no quake in a clause that "when" opened', () => {
    assert.deepEqual(lines(['quake-houses-a.txt', 'quake-houses-b.txt'], 'count'), [
      'count: quake-houses-a.txt «12 of which collapsed» | quake-houses-b.txt «21 of them collapsed»',
    ]);
    assert.deepEqual(lines(['quake-houses-a.txt', 'quake-houses-b.txt'], 'time'), []);
  });
});

describe('contradictions: another occasion, a sub-group and a long credit (hostel fire)', () => {
  const hostel = ['hostel-blaze-a.txt', 'hostel-blaze-b.txt'];
  it('sets no count of an earlier fire ("since September 2023, when a fire ... killed 56 people") or of "two injured Australians" against the story\'s', () => {
    assert.deepEqual(lines(hostel, 'count'), []);
  });
  it('reads "not in the next years" as "not in the years to come"', () => {
    assert.deepEqual(lines(hostel, 'quote'), []);
  });
  it('gives a quote to the person named after a body\'s acronym and a rank ("of the ... (DFPA), captain Tran Quoc Bao")', () => {
    const { docs } = analyseFixtures(hostel);
    assert.ok(docs[0].quotes.some((q) => q.speaker === 'Tran Quoc Bao'), docs[0].quotes.map((q) => q.speaker).join(', '));
    assert.deepEqual(lines(hostel, 'attribution'), []);
  });
});

describe('contradictions: abstentions of one vote (city budget)', () => {
  it('sets "with 4 abstentions" against "and 7 abstained" when both give 31 for and 12 against, though one article gives two tallies', () => {
    assert.deepEqual(lines(['council-tally-a.txt', 'council-tally-b.txt'], 'count'), [
      'count: council-tally-a.txt «by 31 votes to 12, with 4 abstentions» | council-tally-b.txt «31 councillors voted "for", 12 voted "against" and 7 abstained»',
    ]);
  });
});
