/**
 * A vote told unanimous in one article and split in another (facts/voteSplitFacts.ts,
 * contradictions/voteSplitRules.ts). Fictional harbour council in test-fixtures/contradictions/vote-split-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { isVoteSplitFact } from '../../../src/analysis/facts/voteSplitFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

function splits(text: string): string[] {
  const doc = analyzeDocument('v.txt', text, DEFAULT_ANALYSIS_OPTIONS);
  return (extractFacts(doc, new Map()) as DetailedFact[]).filter(isVoteSplitFact).map((f) => `${f.detail.voteSplit.body}:${f.detail.voteSplit.unanimous ? 'unanimous' : 'split'} «${f.span.text}»`);
}

describe('facts: whether a vote was unanimous', () => {
  it('reads unanimity, a denied one, a part of the members and a tally', () => {
    assert.deepEqual(splits('The board was unanimous in its decision.'), ['board:unanimous «was unanimous»']);
    assert.deepEqual(splits('The vote of the board was not unanimous.'), ['board:split «not unanimous»']);
    assert.deepEqual(splits("Six of the board's seven members voted for the dismissal."), ["board:split «Six of the board's seven members voted»"]);
    assert.deepEqual(splits('The council voted 5-2 to approve the plan.'), ['council:split «voted 5-2»']);
    assert.deepEqual(splits('The whole team was unanimous.'), []);
  });
});

describe('contradictions: a vote told unanimous and split', () => {
  it('flags "was unanimous" and "voted unanimously" against "seven of nine voted for, with two abstaining", and not the two unanimous ones', () => {
    const found = anchoredLines(analyseFixtures(['vote-split-a.txt', 'vote-split-b.txt', 'vote-split-c.txt']).contradictions);
    assert.equal(found.length, 2, found.join('\n'));
    assert.ok(found.every((l) => l.includes('vote-split-b.txt')), found.join('\n'));
  });
});
