/**
 * Clock times told of one action in the same words (facts/timedClauseFacts.ts,
 * contradictions/timedClauseRules.ts): "The crush began at about 18:40 GMT" against "The crush
 * happened at about 19:40 local time (17:40 GMT)"; a pair of articles the rules of event times have set
 * against each other already ("finished at 22:30 local time" / "ended shortly before 21:00") is not
 * told twice; a time before a word that may name an unknown
 * zone ("7:15 p.m. Central") is not read. Fictional crush in test-fixtures/contradictions/timed-clause-*.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { isTimedClauseFact } from '../../../src/analysis/facts/timedClauseFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('facts: timed clauses', () => {
  it('reads each clock time with its clause\'s words, not a time before a capitalised word', () => {
    const { docs } = analyseFixtures(['timed-clause-local.txt']);
    const read = (docs[0].facts as DetailedFact[]).filter(isTimedClauseFact).map((f) => `${f.display}: ${f.detail.timedClause.terms.map((t) => t.word).join(' ')}`);
    assert.deepEqual(read, ['22:30 local time: evacuation hall finished']);
  });
});

describe('facts: timed clauses without their source', () => {
  it('leaves "According to <source>," out of what was timed', () => {
    const doc = analyzeDocument('t.txt', 'Ferry late\n\nAccording to the Port Authority of Kalmar, the ferry docked at 9:10 a.m. after a rough crossing.\n', DEFAULT_ANALYSIS_OPTIONS);
    const read = (extractFacts(doc, new Map()) as DetailedFact[]).filter(isTimedClauseFact).map((f) => f.detail.timedClause.terms.map((t) => t.word).join(' '));
    assert.deepEqual(read, ['ferry docked']);
  });
});

describe('contradictions: one action told at two times in the same words', () => {
  it('flags a crush that began at 18:40 GMT against one that happened at 19:40 local time (17:40 GMT)', () => {
    const found = analyseFixtures(['timed-clause-wire.txt', 'timed-clause-paper.md']).contradictions.filter((c) => c.kind === 'time');
    assert.deepEqual(anchoredLines(found), ['time: timed-clause-paper.md «The crush began at about 18:40 GMT» | timed-clause-wire.txt «The crush happened at about 19:40 local time (17:40 GMT)»']);
    assert.match(found[0].explanation, /18:20–19:00 UTC.*17:20–18:00 UTC/u);
  });
  it('reports one time per pair of articles: an end the rules of event times have set against another already is not told again', () => {
    const found = analyseFixtures(['timed-clause-wire.txt', 'timed-clause-local.txt']).contradictions.filter((c) => c.kind === 'time');
    assert.deepEqual(anchoredLines(found), ['time: timed-clause-local.txt «finished at 22:30 local time» | timed-clause-wire.txt «ended shortly before 21:00»']);
  });
});

describe('contradictions: a summons told in other words', () => {
  it('sets "was summoned to the foreign ministry at 9am GMT" against "was called to the foreign ministry at 10:00 local time (0800 GMT)"', () => {
    const found = anchoredLines(analyseFixtures(['summons-a.txt', 'summons-b.md']).contradictions);
    assert.ok(found.some((l) => /^time: summons-a\.txt .*10:00 local time.* \| summons-b\.md .*9am GMT/u.test(l)), found.join('\n'));
  });
});

describe('contradictions: two times of one sentence, each with its own verb', () => {
  const times = (names: string[]) => anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'time'));
  it('reads "... suspended before 5 a.m. and resumed at 9:30 a.m." as the flights\' resumption too', () => {
    const { docs } = analyseFixtures(['timed-resumed-a.txt']);
    const read = (docs[0].facts as DetailedFact[]).filter(isTimedClauseFact).map((f) => `${f.display}: ${f.detail.timedClause.terms.map((t) => t.word).join(' ')}`);
    assert.ok(read.includes('9:30 a.m.: Flights Kalmar Öland Airport resumed'), read.join('\n'));
  });
  it('does not set a suspension against a resumption ("halted in the early hours, resumed at 07:30 GMT")', () => {
    assert.deepEqual(times(['timed-resumed-a.txt', 'timed-resumed-b.md']), []);
  });
  it('sets the resumption against a resumption an hour later', () => {
    const found = times(['timed-resumed-a.txt', 'timed-resumed-c.md']);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /9:30 a\.m\..*08:30 GMT|08:30 GMT.*9:30 a\.m\./u);
  });
});
