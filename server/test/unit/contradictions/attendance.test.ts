/**
 * Whether someone was at the event (facts/attendanceFacts.ts, contradictions/attendanceRules.ts):
 * present against absent, and there throughout against left before the end. Partial absences
 * ("missed the second half") and plans ("will not attend") are not accounts of who was there.
 * Fictional ferry naming, match and talks in test-fixtures/contradictions/attend-*.txt.
 */
import assert from 'node:assert/strict';
import { isAttendanceFact } from '../../../src/analysis/facts/attendanceFacts';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { analyseFixtures, anchoredLines } from './pipeline';

function attendanceOf(names: string[]): string[][] {
  const { docs } = analyseFixtures(names);
  return docs.map((d) => (d.facts as DetailedFact[]).filter(isAttendanceFact).map((f) => `${f.detail.attendance.who}:${f.detail.attendance.status}`));
}

describe('facts: who was at the event', () => {
  it('reads presence, a denied presence, a team without a player and a missed match', () => {
    assert.deepEqual(attendanceOf(['attend-harbour-watched.txt', 'attend-harbour-absent.txt', 'attend-striker-suspended.txt', 'attend-striker-bench.txt']), [
      ['vellham-harbour-trust:present'],
      ['harbour-trust:absent'],
      ['ivo-marsh:absent', 'ivo-marsh:absent'],
      ['ivo-marsh:present'],
    ]);
  });
  it('reads the whole of a session and leaving it, and nothing from a plan or a part of the event', () => {
    assert.deepEqual(attendanceOf(['attend-mediator-whole.txt', 'attend-mediator-left.txt', 'attend-harbour-planned.txt', 'attend-striker-second-half.txt']), [
      ['lena-voss:throughout'],
      ['lena-voss:left'],
      [],
      [],
    ]);
  });
});

describe('contradictions: who was at the event', () => {
  it('flags "no Harbour Trust officials were present" against officials of the Vellham Harbour Trust watching', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['attend-harbour-watched.txt', 'attend-harbour-absent.txt', 'attend-harbour-planned.txt']).contradictions), [
      'participants: attend-harbour-absent.txt «No Harbour Trust officials were present at the ceremony itself» | attend-harbour-watched.txt «Vellham Harbour Trust watched from the quay as the bottle broke against the hull»',
    ]);
  });
  it('flags a player who came off the bench against one who missed the match, not one who missed the second half', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['attend-striker-bench.txt', 'attend-striker-suspended.txt', 'attend-striker-second-half.txt']).contradictions), [
      'participants: attend-striker-bench.txt «Ivo Marsh, who came off the bench for the last twenty minutes» | attend-striker-suspended.txt «were without striker Ivo Marsh»',
    ]);
  });
  it('flags chairing the entire session against opening it and leaving; an opening session agrees with both', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['attend-mediator-whole.txt', 'attend-mediator-left.txt', 'attend-mediator-opening.txt']).contradictions), [
      'participants: attend-mediator-left.txt «Lena Voss of Sarnia opened the meeting and then left the two ministers to talk alone» | attend-mediator-whole.txt «Lena Voss of Sarnia chaired the entire session as host»',
    ]);
  });
  it('reads "Popa, 52, did not attend" and "stood beside the prime minister at the press conference", and not a stand at another meeting', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['attend-stood-a.txt', 'attend-stood-b.txt']).contradictions), [
      'participants: attend-stood-a.txt «Popa, 52, did not attend the press conference» | attend-stood-b.txt «Popa, who stood beside the prime minister at the press conference»',
    ]);
    assert.deepEqual(anchoredLines(analyseFixtures(['attend-stood-a.txt', 'attend-stood-c.txt']).contradictions), []);
  });
  it('flags a union "marching" against one that "did not join Sunday\'s protest" (past its apposition) or "stayed away from Sunday\'s march"', () => {
    assert.deepEqual(attendanceOf(['attend-march-a.txt', 'attend-march-b.txt', 'attend-march-c.txt']), [
      ['ostrian-teachers-union:absent'],
      ['ostrian-teachers-union:present'],
      ['ostrian-teachers-union:absent'],
    ]);
    assert.equal(analyseFixtures(['attend-march-a.txt', 'attend-march-b.txt', 'attend-march-c.txt']).contradictions.filter((c) => c.kind === 'participants').length, 2);
  });
});
