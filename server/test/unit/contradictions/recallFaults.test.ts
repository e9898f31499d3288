/**
 * The faulty part a recall is for (facts/recallFaultFacts.ts, contradictions/recallFaultRules.ts):
 * "because their front brake discs can crack" against "because of a problem in the rear brake
 * discs" (another place) or "due to front brake calipers" (another part) is flagged; "a brake disc
 * at the front can crack" agrees. Fictional recall in test-fixtures/contradictions/recall-fault-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { isRecallFaultFact, recallFaultFactsOf } from '../../../src/analysis/facts/recallFaultFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "position system part «span»" of the recall-fault facts of a text. */
function faults(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished May 12, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return doc.sentences
    .flatMap((s) => recallFaultFactsOf(doc, s))
    .filter(isRecallFaultFact)
    .map((f) => `${f.detail.fault.position ?? '-'} ${f.detail.fault.system || '-'} ${f.detail.fault.part} «${f.span.text}»`);
}

function faultContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.fact === 'faulty part of the recall'));
}

describe('facts: the faulty part a recall is for', () => {
  it('reads the system, kind and place of the part a recall\'s cause names', () => {
    assert.deepEqual(faults('The firm will recall 9,000 cars because their rear brake hoses can crack.'), ['rear brake hose «rear brake hoses»']);
    assert.deepEqual(faults('The firm is calling back 9,000 cars after it emerged that a brake hose at the back can split.'), ['rear brake hose «brake hose at the back»']);
    assert.deepEqual(faults('The firm is recalling 9,000 vans over faulty seat-belt anchors.'), ['- seat-belt anchor «seat-belt anchors»']);
  });
  it('reads no part outside a recall\'s cause, or of an earlier recall', () => {
    assert.deepEqual(faults('Dealers will replace the rear brake hoses free of charge.'), []);
    assert.deepEqual(faults('In 2021 the firm recalled 9,000 cars because their airbag inflators could rupture.'), []);
    assert.deepEqual(faults('The firm will recall 9,000 cars, the ministry said, and replace their brake hoses.'), []);
  });
});

describe('contradictions: two faulty parts of one recall', () => {
  it('flags the rear brake discs against the front ones, and front brake calipers against front brake discs', () => {
    assert.deepEqual(faultContradictions(['recall-fault-a.txt', 'recall-fault-b.txt']), [
      'substance: recall-fault-a.txt «front brake discs» | recall-fault-b.txt «rear brake discs»',
    ]);
    assert.deepEqual(faultContradictions(['recall-fault-a.txt', 'recall-fault-d.txt']), [
      'substance: recall-fault-a.txt «front brake discs» | recall-fault-d.txt «front brake calipers»',
    ]);
    const [c] = analyseFixtures(['recall-fault-a.txt', 'recall-fault-d.txt']).contradictions.filter((x) => x.fact === 'faulty part of the recall');
    assert.match(c.explanation, /front brake disc.*front brake caliper.*two different parts of the brake system.*one recall is for one fault/u);
  });
  it('does not flag the same part told in other words, or parts named outside the cause', () => {
    assert.deepEqual(faultContradictions(['recall-fault-a.txt', 'recall-fault-c.txt']), []);
  });
});
