/**
 * Which bone a person broke (facts/injuryFacts.ts, contradictions/injuryRules.ts): a broken wrist
 * against a broken collarbone is a contradiction; a clavicle is a collarbone, and a broken arm may
 * be a broken wrist told loosely. Fictional crash in test-fixtures/contradictions/injury-rider-*.txt.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isInjuryFact } from '../../../src/analysis/facts/injuryFacts';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('facts: broken bones', () => {
  it('reads the part and its side, the person named before it or the one person of the sentence before a pronoun, and no ruled-out break', () => {
    const { docs } = analyseFixtures(['injury-rider-wrist.txt', 'injury-rider-collarbone.txt', 'injury-rider-clavicle.txt', 'injury-rider-arm.txt']);
    const read = docs.map((d) => (d.facts as DetailedFact[]).filter(isInjuryFact).map((f) => `${f.detail.injury.person}:${f.detail.injury.side ?? ''}${f.detail.injury.part}`));
    assert.deepEqual(read, [['tomas-verhoek:wrist'], ['tomas-verhoek:collarbone'], ['tomas-verhoek:clavicle'], ['tomas-verhoek:leftarm']]);
  });
});

describe('contradictions: broken bones', () => {
  it('flags a broken wrist against a broken collarbone and a clavicle, not the collarbone against the clavicle', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['injury-rider-wrist.txt', 'injury-rider-collarbone.txt', 'injury-rider-clavicle.txt']).contradictions), [
      'injury: injury-rider-clavicle.txt «broke a clavicle» | injury-rider-wrist.txt «broken wrist»',
      'injury: injury-rider-collarbone.txt «broken his collarbone» | injury-rider-wrist.txt «broken wrist»',
    ]);
  });
  it('does not flag a broken wrist against a broken arm', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['injury-rider-wrist.txt', 'injury-rider-arm.txt']).contradictions), []);
  });
});
