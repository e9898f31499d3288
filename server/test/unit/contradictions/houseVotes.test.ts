/**
 * A vote told by a wire and by a paper abroad (test-fixtures/contradictions/house-vote-*,
 * fictional): the tally with one side changed ("148 votes to 72" / "148 votes to 27"), the time
 * of the result in another place's zone with the same figures ("7.15pm Paris time" / "7:15 p.m.
 * (1915 GMT)" in Accra), and the Speaker called the Deputy Speaker, with no house named.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a vote told twice', () => {
  const found = () => analyseFixtures(['house-vote-a.txt', 'house-vote-b.md']).contradictions;

  it('sets a tally against the same tally with the other side changed, and explains it', () => {
    const counts = found().filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(counts), ['count: house-vote-a.txt «by 148 votes to 72» | house-vote-b.md «by 148 votes to 27»']);
    assert.match(counts[0].explanation, /148 for.*one vote, which had one number of votes against/u);
  });

  it('sets 7.15pm Paris time against 7:15 p.m. local time (1915 GMT)', () => {
    assert.deepEqual(anchoredLines(found().filter((c) => c.kind === 'time')), ['time: house-vote-b.md «7.15pm Paris time» | house-vote-a.txt «7:15 p.m. (1915 GMT)»']);
  });

  it('sets the Speaker against the Deputy Speaker of one house', () => {
    assert.deepEqual(anchoredLines(found().filter((c) => c.kind === 'title')), ['title: house-vote-a.txt «Speaker Esi Badu» | house-vote-b.md «Deputy Speaker Esi Badu»']);
  });

  it('leaves two tallies that differ on both sides alone: two votes (a second reading, a final vote)', () => {
    const other = analyseFixtures(['house-vote-a.txt', 'house-vote-c.txt']).contradictions.filter((c) => c.kind === 'count');
    assert.deepEqual(anchoredLines(other), []);
  });
});
