/**
 * A ransomware attack told three ways (test-fixtures/contradictions/ransom-*.txt): the sum a group
 * asks for ("demanded $2.5 million", "wants $5.2 million", "is seeking about $2.5 million") and a
 * company's chief officers ("Chief Executive" against "Chief Medical Officer").
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a ransom and a company\'s chief officers', () => {
  it('flags the sum demanded and one person given two chief offices', () => {
    const { contradictions } = analyseFixtures(['ransom-a.txt', 'ransom-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), [
      'count: ransom-a.txt «demanded $2.5 million» | ransom-b.txt «wants $5.2 million»',
      'title: ransom-a.txt «Chief Executive Lena Orlov» | ransom-b.txt «Chief Medical Officer Lena Orlov»',
    ]);
    assert.match(contradictions.find((c) => c.kind === 'count')!.explanation, /amount demanded/u);
  });
  it('accepts "is seeking about $2.5 million" as the same demand, and "chief executive" as "Chief Executive"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['ransom-a.txt', 'ransom-c.txt']).contradictions), []);
  });
});
