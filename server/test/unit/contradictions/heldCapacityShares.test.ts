/**
 * Measures of their own, with our fixtures (test-fixtures/contradictions/): how long hostages were
 * held (hostages-held-*.txt), what a stand was built to hold (stand-capacity-*.txt), a death toll
 * whose noun is left out (outbreak-deaths-*.txt) and a day's move in a share price (share-move-*.txt).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: time held, capacity, elided death tolls, share moves', () => {
  it('flags 40 days held against 52 days held', () => {
    const { contradictions } = analyseFixtures(['hostages-held-a.txt', 'hostages-held-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), ['count: hostages-held-a.txt «were held for 40 days» | hostages-held-b.txt «were held for 52 days»']);
    assert.match(contradictions[0].explanation, /39–41 days.*51–53 days/u);
  });
  it('accepts "about six weeks in the hands of kidnappers" for 40 days, and leaves talks held for three days and a 2019 kidnapping alone', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['hostages-held-a.txt', 'hostages-held-c.txt']).contradictions), []);
  });
  it('flags a stand certified to hold 900 against one built for 600', () => {
    const { contradictions } = analyseFixtures(['stand-capacity-a.txt', 'stand-capacity-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), ['count: stand-capacity-a.txt «built for 600» | stand-capacity-b.txt «certified to hold 900»']);
    assert.match(contradictions[0].explanation, /capacity of the stand/u);
  });
  it('accepts "a capacity of 600" for "built for 600", and keeps the crowd, the showground and a planned expansion apart', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['stand-capacity-a.txt', 'stand-capacity-c.txt']).contradictions), []);
  });
  it('reads "sickened 41 people and killed two" as two people dead, against "Five people have died"', () => {
    const { contradictions } = analyseFixtures(['outbreak-deaths-a.txt', 'outbreak-deaths-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), ['count: outbreak-deaths-a.txt «killed two» | outbreak-deaths-b.txt «Five people have died»']);
  });
  it('accepts "killed two" and "Two people have died"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['outbreak-deaths-a.txt', 'outbreak-deaths-c.txt']).contradictions), []);
  });
  it('flags shares down 21% on the day against a fall of 6.4%, not against the 21% loss since the start of the year', () => {
    const { contradictions } = analyseFixtures(['share-move-a.txt', 'share-move-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), ['count: share-move-a.txt «Shares in Vellmark fell 6.4%» | share-move-b.txt «sent Vellmark\'s shares down 21%»']);
  });
  it('leaves a move within the day ("as much as 11% in early trading") alone', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['share-move-a.txt', 'share-move-c.txt']).contradictions), []);
  });
});
