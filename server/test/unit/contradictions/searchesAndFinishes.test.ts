/**
 * A manhunt and a race told by a wire and by a paper abroad (test-fixtures/contradictions/
 * leopard-search-*, race-finish-*; fictional):
 *  - "By then more than 200 ... had fanned out" counts the searchers as "About 80 ... took part in
 *    the search" does;
 *  - one verb of its own may tie two timed clauses when each is its article's only telling of it
 *    ("A police marksman shot it at 3:20 p.m. (0820 GMT)" / "Laras was shot dead at 10.20am CET");
 *  - a day inside a conversion to UTC ("(2215 GMT on Monday)") is London's day, not the park's;
 *  - "shortly after 4am Nairobi time" belongs to the clause before it, is compared by its instant,
 *    and the place of its zone is no actor; "KST" in a story set in Korea is the local time;
 *  - a race time ("2:06:18") is no time of day.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: searches and finishes', () => {
  const search = () => analyseFixtures(['leopard-search-a.txt', 'leopard-search-b.md']).contradictions;
  const race = () => analyseFixtures(['race-finish-a.txt', 'race-finish-b.md']).contradictions;

  it('sets "by then more than 200" searchers against "about 80" who took part in the search', () => {
    assert.deepEqual(anchoredLines(search().filter((c) => c.kind === 'count')), ['count: leopard-search-a.txt «About 80 police officers» | leopard-search-b.md «more than 200 police officers»']);
  });

  it('sets the shot at 10.20am CET against the shot at 3:20 p.m. (0820 GMT), and no day against the UTC day', () => {
    const found = search();
    assert.deepEqual(anchoredLines(found.filter((c) => c.kind === 'time')), ['time: leopard-search-a.txt «A police marksman shot it at 3:20 p.m. (0820 GMT).» | leopard-search-b.md «Laras was shot dead at 10.20am CET.»']);
    assert.deepEqual(anchoredLines(found.filter((c) => c.kind === 'date')), []);
  });

  it('sets a finish shortly after 4am Nairobi time against 9:12 a.m. in Korea, and reads no race time as a clock', () => {
    const found = race();
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(anchoredLines(found)[0], /^time: race-finish-a\.txt «He crossed the finish line at the harbour at 9:12 a\.m\.» \| race-finish-b\.md «The 29-year-old crossed the line on the waterfront shortly after 4am Nairobi time/u);
  });
});
