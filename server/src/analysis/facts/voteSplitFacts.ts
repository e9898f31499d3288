/**
 * Whether a vote of a body was unanimous, as facts: "the seven-member board was unanimous", "voted
 * unanimously" (unanimous) against "six of the board's seven members voted in favour, with one
 * abstaining", "the motion passed 5-2", "two members voted against" (split). Only the vote of a
 * body that votes is read (a board, a council, a committee, a jury, a court, a parliament), and a
 * denied unanimity ("was not unanimous") is a split. See contradictions/voteSplitRules.ts.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { parseNumber } from '../values/numbers';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What a vote-split fact says. */
export interface VoteSplitInfo {
  unanimous: boolean;
  /** The voting body's noun as written ("board", "council"), lower case. */
  body: string;
}

export type VoteSplitFact = FactWith<'voteSplit', VoteSplitInfo>;

export const isVoteSplitFact = factWithGuard<VoteSplitFact>('voteSplit');

/** Bodies that vote. */
const BODY = /\b(board|council|committee|commission|jury|court|panel|parliament|assembly|senate|cabinet|shareholders|members|judges|directors|voters)\b/iu;
const UNANIMOUS = /\b(?:was|were)\s+unanimous\b|\bunanimous(?:ly)?\s+(?:vote|decision|verdict|ruling|approval|backing|support)\b|\bvoted\s+unanimously\b|\bunanimously\s+(?:voted|approved|backed|decided|agreed|adopted|chose|elected|dismissed|ousted|removed|sacked|fired|rejected)\b/iu;
const NOT_UNANIMOUS = /\b(?:not|never)\s+unanimous\b|\bn[’']t\s+unanimous\b/iu;
/** "six of the board's seven members voted", "Six from seven members ... voted". */
const SOME_OF_ALL = /\b([\p{L}\d-]+)\s+(?:of|from|out\s+of)\s+(?:the\s+)?(?:[\p{L}’'-]+[’']s\s+)?([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,2}(?:members|directors|judges|jurors|councillors|councilors|commissioners)\b[^.;]{0,60}?\bvoted\b/iu;
/** "with one abstaining", "two voted against", "one abstention", "passed 5-2", "voted 5-2". */
const DISSENT = /\bwith\s+(?:one|two|three|four|five|\d+)\s+(?:abstaining|abstentions?|against|dissenting|voting\s+against)\b|\b(?:one|two|three|four|five|\d+)\s+(?:members?\s+)?(?:abstained|voted\s+against|dissented)\b|\b(?:by|passed|approved|adopted|voted)\s+(?:a\s+vote\s+of\s+)?\d{1,3}[-–]\d{1,3}\b/iu;

/** Vote-split facts of one sentence. */
export function voteSplitFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/unanim|voted|abstain|dissent|\d[-–]\d/iu.test(text)) return [];
  const body = BODY.exec(text)?.[1].toLowerCase();
  if (!body) return [];
  let unanimous: boolean | undefined;
  let at: RegExpExecArray | null = null;
  if ((at = NOT_UNANIMOUS.exec(text))) unanimous = false;
  else if ((at = UNANIMOUS.exec(text))) unanimous = true;
  else if ((at = DISSENT.exec(text))) unanimous = false;
  else {
    const some = SOME_OF_ALL.exec(text);
    const part = some ? parseNumber(some[1])?.min : undefined;
    const whole = some ? parseNumber(some[2])?.max : undefined;
    if (some && part !== undefined && whole !== undefined && part < whole) {
      at = some;
      unanimous = false;
    }
  }
  if (unanimous === undefined || !at) return [];
  const span = spanOf(doc, s.start + at.index, s.start + at.index + at[0].length);
  return [
    factAt<VoteSplitFact>(doc, span, {
      kind: 'count',
      subject: 'vote-split',
      attribute: 'vote-split',
      value: { kind: 'text', text: unanimous ? 'unanimous' : 'split' },
      display: s.text,
      detail: { sentence: s.index, voteSplit: { unanimous, body } },
    }),
  ];
}
