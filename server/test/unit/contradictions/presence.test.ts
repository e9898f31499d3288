/**
 * Who was with a person (facts/presenceFacts.ts, contradictions/presenceRules.ts): "accompanied
 * only by his agent" against "with his agent and his father" is a contradiction; "accompanied by
 * his agent" agrees with both. Fictional transfer in test-fixtures/contradictions/company-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { resolveEntities } from '../../../src/analysis/entities/resolveEntities';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { isPresenceFact } from '../../../src/analysis/facts/presenceFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, describe1 } from './pipeline';

describe('facts: who was with a person', () => {
  it('reads exclusive and plain lists of companions', () => {
    const { docs } = analyseFixtures(['company-only-agent.txt', 'company-agent-father.txt']);
    const read = docs.map((d) => (d.facts as DetailedFact[]).filter(isPresenceFact).map((f) => [f.detail.presence.person, f.detail.presence.companions, f.detail.presence.exclusive]));
    assert.deepEqual(read, [[['teo-lindqvist', ['agent'], true]], [['teo-lindqvist', ['agent', 'father'], false]]]);
  });
  it('reads nothing from a vague group or without a named person', () => {
    const doc = analyzeDocument('v.txt', 'He arrived accompanied only by his agent. Marta Oliveira came with several advisers.', DEFAULT_ANALYSIS_OPTIONS);
    const { entities, docs } = resolveEntities([doc]);
    const facts = extractFacts(docs[0], entities) as DetailedFact[];
    assert.deepEqual(facts.filter(isPresenceFact), []);
  });
});

describe('contradictions: who was present', () => {
  it('flags "accompanied only by his agent" against "with his agent and his father"', () => {
    const found = analyseFixtures(['company-only-agent.txt', 'company-agent-father.txt', 'company-agent.txt']).contradictions.map(describe1);
    assert.deepEqual(found, [
      'participants: company-only-agent.txt «accompanied only by his agent» | company-agent-father.txt «came to the Dunmouth Rovers training ground with his agent and his father»',
    ]);
  });
  it('reads "flew ... with" and a relative clause about the named person, a week apart, appositive names included', () => {
    const { docs, contradictions } = analyseFixtures(['company-flew-with.txt', 'company-flew-only.txt']);
    const read = docs.map((d) => (d.facts as DetailedFact[]).filter(isPresenceFact).map((f) => [f.detail.presence.person, f.detail.presence.companions, f.detail.presence.exclusive]));
    assert.deepEqual(read, [
      [['teo-lindqvist', ['agent', 'brother', 'marta-holm', 'nils'], false]],
      [['teo-lindqvist', ['agent', 'marta-holm'], true]],
    ]);
    assert.deepEqual(contradictions.map(describe1), [
      'participants: company-flew-only.txt «accompanied only by his agent, Marta Holm» | company-flew-with.txt «flew to Dunmouth on Monday night with his agent, Marta Holm, and his brother, Nils»',
    ]);
  });
});

