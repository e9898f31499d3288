/**
 * What an athlete tested positive for (facts/positiveTestFacts.ts, contradictions/positiveTestRules.ts)
 * and an athlete's medal or place in one event (facts/placingFacts.ts, contradictions/placingRules.ts):
 * "heptaminol" against "furosemide" and "won gold in the 2000 metres single sculls" against "finished
 * second in the 2000m single sculls" are flagged; a description ("a banned stimulant") is no other
 * substance, and "came first" agrees with gold. Fictional doping case in
 * test-fixtures/contradictions/doping-result-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { resolveEntities } from '../../../src/analysis/entities/resolveEntities';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isPlacingFact, placingFactsOf } from '../../../src/analysis/facts/placingFacts';
import { isPositiveTestFact, positiveTestFactsOf } from '../../../src/analysis/facts/positiveTestFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

function docOf(text: string) {
  const { docs } = resolveEntities([analyzeDocument('s.txt', `Headline\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS)]);
  return docs[0];
}

/** "person substances «span»" of the positive-test facts of a text. */
function substances(text: string): string[] {
  const doc = docOf(text);
  return doc.sentences
    .flatMap((s) => positiveTestFactsOf(doc, s) as DetailedFact[])
    .filter(isPositiveTestFact)
    .map((f) => `${f.detail.positiveTest.person} ${f.detail.positiveTest.substances.join('+')} «${f.span.text}»`);
}

/** "person event place «span»" of the placing facts of a text. */
function placings(text: string): string[] {
  const doc = docOf(text);
  return doc.sentences
    .flatMap((s) => placingFactsOf(doc, s) as DetailedFact[])
    .filter(isPlacingFact)
    .map((f) => `${f.detail.placing.person} ${f.detail.placing.event} ${f.detail.placing.place} «${f.span.text}»`);
}

function found(names: string[], kind: string): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === kind));
}

describe('facts: what an athlete tested positive for', () => {
  it('reads the named substances after "tested positive for/to" and before "was found in her sample", descriptions skipped', () => {
    assert.deepEqual(substances('Ingrid Solheim tested positive for the anabolic agent trenbolone.'), ['ingrid-solheim trenbolone «tested positive for the anabolic agent trenbolone»']);
    assert.deepEqual(substances('Ingrid Solheim tested positive for cocaine and cannabis at the regatta.'), ['ingrid-solheim cocaine+cannabis «tested positive for cocaine and cannabis»']);
    assert.deepEqual(substances('Ingrid Solheim was banned. Traces of heptaminol were found in her sample.'), ['ingrid-solheim heptaminol «Traces of heptaminol were found in her sample»']);
    assert.deepEqual(substances('Ingrid Solheim was banned. Heptaminol, a banned stimulant, was detected in her urine.'), []);
    assert.deepEqual(substances('Ingrid Solheim was banned. Traces of heptaminol, a banned stimulant, were found in her sample.').map((x) => x.split(' «')[0]), ['ingrid-solheim heptaminol']);
  });
  it('reads no description, no denial and no capitalised name', () => {
    assert.deepEqual(substances('Ingrid Solheim tested positive for a banned substance.'), []);
    assert.deepEqual(substances('Ingrid Solheim tested positive for a muscle-building drug.'), []);
    assert.deepEqual(substances('Ingrid Solheim never tested positive for cocaine.'), []);
  });
});

describe('facts: an athlete\'s place in one event', () => {
  it('reads medals and places with the event\'s distance and discipline, "metres" and "m" alike', () => {
    assert.deepEqual(placings('Ingrid Solheim won silver in the 200 metres butterfly at the Open.'), ['ingrid-solheim 200m butterfly 2 «won silver in the 200 metres butterfly»']);
    assert.deepEqual(placings('Ingrid Solheim finished second in 200m butterfly.'), ['ingrid-solheim 200m butterfly 2 «finished second in 200m butterfly»']);
    assert.deepEqual(placings('Ingrid Solheim came fourth in the women\'s 10,000m.'), ['ingrid-solheim 10000m 4 «came fourth in the women\'s 10,000m»']);
  });
  it('reads no heat, relay or hypothetical result', () => {
    assert.deepEqual(placings('Ingrid Solheim finished second in the 200m butterfly heats.'), []);
    assert.deepEqual(placings('Ingrid Solheim would have won gold in the 200m butterfly.'), []);
  });
});

describe('contradictions: substances and places', () => {
  it('flags heptaminol against furosemide and gold against second place, and explains why', () => {
    assert.deepEqual(found(['doping-result-a.txt', 'doping-result-b.txt'], 'substance'), [
      'substance: doping-result-a.txt «testing positive for the stimulant heptaminol» | doping-result-b.txt «tested positive to furosemide»',
    ]);
    assert.deepEqual(found(['doping-result-a.txt', 'doping-result-b.txt'], 'placing'), [
      'placing: doping-result-a.txt «won gold in the 2000 metres single sculls» | doping-result-b.txt «finished second in the 2000m single sculls»',
    ]);
    const [c] = analyseFixtures(['doping-result-a.txt', 'doping-result-b.txt']).contradictions.filter((x) => x.kind === 'placing');
    assert.match(c.explanation, /first \(gold\).*second \(silver\).*one place/u);
  });
  it('does not flag a substance found against the same one tested positive for, nor "came first" against gold', () => {
    assert.deepEqual(found(['doping-result-a.txt', 'doping-result-c.txt'], 'substance'), []);
    assert.deepEqual(found(['doping-result-a.txt', 'doping-result-c.txt'], 'placing'), []);
  });
});
