/**
 * The time of a news conference or briefing told in two zones (contradictions/timedClauseRules.ts):
 * a briefing and a press conference of one person are one gathering; a quotation's "never" and
 * what was told after "that" ("... pigments that did not exist") deny nothing about the
 * gathering itself. A rival's reply a few minutes after a result (zoneSlipRules.ts) is not the
 * result's time in another zone. Fictional stories in test-fixtures/contradictions/press-gathering-*
 * and rival-reply-*.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const times = (files: string[]) => analyseFixtures(files).contradictions.filter((c) => c.kind === 'time');

describe('contradictions: news conferences and rival replies', () => {
  it('sets a briefing told "that ... did not exist" at 1000 GMT against a press conference at 7 a.m. Eastern time', () => {
    const found = times(['press-gathering-a.txt', 'press-gathering-b.md']);
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /10:00 UTC.*12:00 UTC/u);
  });
  it('reads past a quotation\'s "never" to the press conference, and says the two are one gathering', () => {
    const found = times(['press-gathering-a.txt', 'press-gathering-c.md']);
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /one news conference or briefing/u);
  });
  it('leaves a right conversion of the conference time alone (5 a.m. Eastern is 1000 GMT)', () => {
    assert.deepEqual(anchoredLines(times(['press-gathering-a.txt', 'press-gathering-d.md'])), []);
  });
  it('does not take a rival\'s reply at 3.45am UK time for the result read out at 3:40 local time', () => {
    assert.deepEqual(anchoredLines(times(['rival-reply-a.txt', 'rival-reply-b.md'])), []);
  });
});
