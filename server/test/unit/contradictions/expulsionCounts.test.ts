/**
 * How many diplomats of one nationality were expelled (facts/expulsionCountFacts.ts,
 * contradictions/expulsionCountRules.ts): "ordered three Peruvian diplomats out" against "ordered
 * four Peruvian diplomats to leave" is flagged; the other side's expulsion (two Chilean diplomats),
 * a count of days in the same sentence and an earlier round (2019) are not set against it.
 * Fictional tit-for-tat in test-fixtures/contradictions/expel-count-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { expulsionCountFactsOf, isExpulsionCountFact } from '../../../src/analysis/facts/expulsionCountFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "country count «span»" of the expulsion counts of a text. */
function counts(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished June 10, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return doc.sentences
    .flatMap((s) => expulsionCountFactsOf(doc, s) as DetailedFact[])
    .filter(isExpulsionCountFact)
    .map((f) => `${f.detail.expulsion.country} ${f.detail.expulsion.range.min} «${f.span.text}»`);
}

function expulsionContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'count'));
}

describe('facts: counts of expelled diplomats', () => {
  it('reads the number and nationality of the diplomats an expelling verb or passive tells of', () => {
    assert.deepEqual(counts('Chile ordered four Peruvian diplomats to leave the country.'), ['peru 4 «four Peruvian diplomats»']);
    assert.deepEqual(counts('Peru sent two diplomats from neighbouring Chile home.'), ['chile 2 «two diplomats from neighbouring Chile»']);
    assert.deepEqual(counts('Japan declared four diplomats of North Korea persona non grata.'), ['north-korea 4 «four diplomats of North Korea»']);
    assert.deepEqual(counts('Three Russian embassy staff were expelled on Monday.'), ['russia 3 «Three Russian embassy staff were expelled»']);
    assert.deepEqual(counts('Poland expelled two senior Belarusian diplomats.'), ['belarus 2 «two senior Belarusian diplomats»']);
  });
  it('reads no count without a nationality, hedged, denied, of an earlier year, or of days', () => {
    assert.deepEqual(counts('Chile ordered four diplomats to leave.'), []);
    assert.deepEqual(counts('Chile expelled at least four Peruvian diplomats.'), []);
    assert.deepEqual(counts('Chile did not expel four Peruvian diplomats.'), []);
    assert.deepEqual(counts('In 2019, Peru expelled three Chilean diplomats.'), []);
    assert.deepEqual(counts('Chile ordered the envoy out and gave him three days to go.'), []);
  });
});

describe('contradictions: two numbers of one nationality\'s diplomats expelled', () => {
  it('flags four Peruvian diplomats against three, and explains why both cannot hold', () => {
    assert.deepEqual(expulsionContradictions(['expel-count-a.txt', 'expel-count-b.txt']), [
      'count: expel-count-a.txt «four Peruvian diplomats» | expel-count-b.txt «three Peruvian diplomats»',
    ]);
    const [c] = analyseFixtures(['expel-count-a.txt', 'expel-count-b.txt']).contradictions.filter((x) => x.kind === 'count');
    assert.match(c.explanation, /4 Peruvian.*3 Peruvian.*one number/u);
  });
  it('does not flag the same counts written otherwise, nor the other side\'s count or an earlier round', () => {
    assert.deepEqual(expulsionContradictions(['expel-count-a.txt', 'expel-count-c.txt']), []);
  });
});
