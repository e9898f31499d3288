/**
 * A blind round's misses (test-fixtures/contradictions/lottery-syndicate-*): the size of a group
 * named by its members ("a syndicate of 31 nurses" / "a bolão of 33 nurses"); a remark's first
 * sentence quoted alone and given to someone else; "the vice-president of SLA" against "Agency
 * president" (an acronym may name the agency), and a vice-president against the chairwoman; and one purchase at the same odd minute ("4:50
 * p.m." / "16h50") told on two days.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: group sizes, whole-sentence quotes, vice-presidents, one minute on two days', () => {
  const { contradictions } = analyseFixtures(['lottery-syndicate-wire.txt', 'lottery-syndicate-local.txt']);
  const lines = (kind: string) => anchoredLines(contradictions.filter((c) => c.kind === kind));

  it('sets a syndicate of 31 nurses against a bolão of 33', () => {
    assert.ok(lines('count').some((l) => /31 nurses/u.test(l) && /33 nurses/u.test(l)), lines('count').join('\n'));
  });
  it('gives one remark one speaker when a paper quotes only its first sentence', () => {
    assert.ok(lines('attribution').some((l) => /The patients still need us/u.test(l) && /Jorge Lima Souza/u.test(l)), lines('attribution').join('\n'));
  });
  it('sets "the vice-president of SLA" against "Agency president"', () => {
    assert.ok(lines('title').some((l) => /vice-president of SLA/u.test(l) && /Agency president/u.test(l)), lines('title').join('\n'));
  });
  it('sets a purchase on Friday at 4:50 p.m. against one registered on Thursday at 16h50 at the same kiosk', () => {
    assert.ok(lines('date').some((l) => /Friday, Feb\. 28/u.test(l) && /Thursday \(27\/2\)/u.test(l)), lines('date').join('\n'));
  });
  it('sets "the vice-president of the board, Dra. X" against "board chairwoman X", and gives the quote after "Dra." to her', () => {
    const found = analyseFixtures(['board-vice-chair-wire.txt', 'board-vice-chair-local.txt']).contradictions;
    const titles = anchoredLines(found.filter((c) => c.kind === 'title'));
    assert.ok(titles.some((l) => /vice-president of the State Electoral Board/u.test(l) && /chairwoman/u.test(l)), titles.join('\n'));
    assert.deepEqual(anchoredLines(found.filter((c) => c.kind === 'attribution')), []);
  });
  it('sets a raid at 4:50 a.m. on Tuesday against an operation started at 4h50 on Monday, though the local page names nothing', () => {
    const dates = anchoredLines(analyseFixtures(['raid-minute-wire.txt', 'raid-minute-local.txt']).contradictions.filter((c) => c.kind === 'date'));
    assert.ok(dates.some((l) => /Tuesday, March 4/u.test(l) && /this Monday \(3\)/u.test(l)), dates.join('\n'));
  });
});
