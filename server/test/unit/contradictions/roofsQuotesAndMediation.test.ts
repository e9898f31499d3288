/**
 * Blind round 53's rules, on fictional stories in test-fixtures/contradictions:
 * - a fire truck is a fire engine (countedThings.ts), and "pulled out nine injured" counts a part of the injured;
 * - a remark credited to a description with no name ("the district's top administrator") has no speaker to set against another;
 * - a sum told of a named year ("a roof repair in 2023 that cost 48 million yen") is a fact of that
 *   year, set against the same year's sum only (figureFacts.ts);
 * - a denial reaches no further than its sentence ("nothing more. They came at dawn", paraphraseRules.ts);
 * - a body's statement and its communications manager's words are one source (quoteRules.ts);
 * - a chamber's speaker is not its vice-president (titleRules.ts);
 * - a whole clause of a longer remark, quoted alone, is that remark's ("Our door remains open,");
 * - one local clock time near midnight on two days is no zone's slip, and talks told inside a
 *   strike story are part of it (actionDayRules.ts, eventIdentity.ts).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const found = (files: string[]) => anchoredLines(analyseFixtures(files).contradictions);

describe('contradictions: blind round 53', () => {
  it('sets 23 fire engines against 32 fire trucks: one vehicle by two names', () => {
    assert.deepEqual(found(['fire-trucks-a.txt', 'fire-trucks-b.txt']), ['count: fire-trucks-a.txt «23 fire engines» | fire-trucks-b.txt «32 fire trucks»']);
  });
  it('sets 48 million yen against 4,8 million yen for the 2023 roof repair, and leaves a 2019 repair alone', () => {
    assert.deepEqual(found(['roof-repair-a.txt', 'roof-repair-b.txt']), ['count: roof-repair-a.txt «48 million yen» | roof-repair-b.txt «4,8 million yen»']);
    assert.deepEqual(found(['roof-repair-a.txt', 'roof-repair-c.txt']), []);
  });
  it('reads one quote in two sentence orders as one remark, and a company\'s statement as its communications manager\'s', () => {
    assert.deepEqual(found(['blockade-quote-a.txt', 'blockade-quote-b.txt']), []);
  });
  it('sets the speaker of Congress against the first vice-president of the Congress', () => {
    assert.deepEqual(found(['speaker-role-a.txt', 'speaker-role-b.txt']), [
      'title: speaker-role-a.txt «the speaker of Congress, Marta Olaechea Ruiz» | speaker-role-b.txt «vice-president of the Congress, Marta Olaechea Ruiz»',
    ]);
  });
  it('gives "Our door remains open," to the minister in one article and finds it opening the chief executive\'s remark in the other', () => {
    const lines = found(['door-open-a.txt', 'door-open-b.md']);
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /^attribution: door-open-b\.md «"Our door remains open," she» \| door-open-a\.txt «Our door remains open»$/u);
  });
  it('sets mediation ended at 11:40 p.m. on Wednesday against 23h40 of this Tuesday (11)', () => {
    assert.deepEqual(found(['mediation-end-a.txt', 'mediation-end-b.txt']), [
      'date: mediation-end-a.txt «ended without agreement at 11:40 p.m. on Wednesday» | mediation-end-b.txt «ended without agreement at 23h40 of this Tuesday (11)»',
    ]);
  });
  it('gives a remark to no one when a description with no name credits it, and counts no toll from "pulled out nine injured"', () => {
    const lines = found(['river-bus-a.txt', 'river-bus-b.md']);
    assert.ok(!lines.some((l) => /skidded/u.test(l)), lines.join('\n'));
    assert.ok(!lines.some((l) => /^count:/u.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^attribution: river-bus-b\.md «"The chances of finding/u.test(l)), lines.join('\n'));
  });
});

describe('contradictions: a count of nights is no time of night', () => {
  it('sets a ship that left on Friday, June 6 against one that left on Saturday (7.06), both on a 10-night cruise', () => {
    assert.deepEqual(found(['cruise-depart-a.txt', 'cruise-depart-b.txt']), [
      'date: cruise-depart-a.txt «left Copenhagen on Friday, June 6» | cruise-depart-b.txt «left from Copenhagen on Saturday (7.06)»',
    ]);
  });
});
