/**
 * The tally of a vote, as facts: "passed by 196 votes to 121", "approved 196-121", "with 196 in
 * favour and 121 against", "196 voted for and 121 against". Each fact keeps the votes for and
 * against in the order the tally is written (for first, as news writes it); see
 * contradictions/voteTallyRules.ts.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { parseNumber } from '../values/numbers';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What a vote-tally fact says. */
export interface VoteTallyInfo {
  for: number;
  against: number;
  /** The abstentions, when the sentence gives them with the tally ("with 6 abstentions", "and 16 abstained"). */
  abstained?: number;
}


export type VoteTallyFact = FactWith<'voteTally', VoteTallyInfo>;

export const isVoteTallyFact = factWithGuard<VoteTallyFact>('voteTally');

/**
 * A count of votes: a house's (up to three digits) or a people's, written whole with its thousands
 * separators ("7,620,156", "7 620 156"); never the end or start of a longer number ("12,480 votes
 * to 3,102" is no tally of 480 to 3).
 */
const N = String.raw`((?<![\d.,])(?:\d{1,3}(?:(?:,|[ \u00a0\u202f])\d{3})+|\d{1,3})(?![.,]?\d)|[\p{L}-]+)`;
/** "by 196 votes to 121", "196 votes to 121", "by a vote of 196 to 121", "196 to 121 votes". */
const VOTES_TO = new RegExp(String.raw`\b(?:by\s+(?:a\s+vote\s+of\s+)?)?${N}\s+(?:votes?\s+)?to\s+${N}(?:\s+votes?)?\b`, 'giu');
/** "196-121" after a word of voting: "passed 196-121", "a 196–121 vote". */
const DASHED = /\b(?:by|passed|approved|adopted|rejected|voted|carried|defeated|a|an)\s+(\d{1,3})\s*[-–]\s*(\d{1,3})\b/giu;
/** Who cast the votes of a tally: "196 deputies", "17 councillors". */
const VOTERS = String.raw`(?:(?:members|mps|deputies|lawmakers|legislators|senators|councillors|councilors|councilmen|parliamentarians|directors|delegates|shareholders|votes|voters|people|citizens|ballots)\s+)?`;
/** Abstentions told right after a tally: ", with 6 abstentions", "and 16 abstained", "with two abstaining". */
const ABSTENTIONS_AFTER = new RegExp(
  String.raw`^[^.;]{0,30}?\b(?:with\s+|and\s+)(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|no)\s+${VOTERS}(?:abstentions?|abstained|abstaining)\b`,
  'iu',
);
/**
 * "196 in favour and 121 against", "196 voted for and 121 against", "196 ayes and 121 noes", '17
 * councillors voted "for", 3 "against"', a referendum's '7 620 156 votes for "yes" and 7 463 465 votes for "no"'.
 */
const FOR_AND_AGAINST = new RegExp(
  String.raw`\b${N}\s+${VOTERS}(?:voted\s+)?["“]?(?:in\s+favou?r|for|ayes|yes)\b["”]?[^.;]{0,40}?\b${N}\s+${VOTERS}(?:voted\s+)?(?:for\s+)?["“]?(?:against|noes|no)\b["”]?`,
  'giu',
);
/** A tally is a vote's only where the sentence tells of one. */
const VOTE_WORDS = /\b(?:vote[sd]?|voting|passed|approved|adopted|rejected|carried|defeated|ballot|motion|bill|law|amendment|resolution|in favou?r|against|ayes|noes)\b/iu;

/** Vote-tally facts of one sentence. */
export function voteTallyFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\d/u.test(text) || !VOTE_WORDS.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const re of [VOTES_TO, FOR_AND_AGAINST, DASHED]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (out.some((f) => f.span.start < s.start + start + m[0].length && s.start + start < f.span.end)) continue;
      // "votes to" needs the word "votes" or a voting verb before it: "from 5 to 7" is a range.
      if (re === VOTES_TO && !/\bvotes?\b|\bby\s+a\s+vote\b/iu.test(m[0]) && !/\b(?:passed|approved|adopted|rejected|carried|defeated|voted)\s+(?:by\s+)?$/iu.test(text.slice(Math.max(0, start - 20), start))) continue;
      const yes = parseNumber(m[1])?.min;
      const no = parseNumber(m[2])?.min;
      if (yes === undefined || no === undefined || !Number.isInteger(yes) || !Number.isInteger(no) || yes === no) continue;
      const abstentions = ABSTENTIONS_AFTER.exec(text.slice(start + m[0].length, start + m[0].length + 90));
      const abstained = abstentions ? (/^no$/iu.test(abstentions[1]) ? 0 : parseNumber(abstentions[1])?.min) : undefined;
      const end = start + m[0].length + (abstained !== undefined ? abstentions![0].length : 0);
      const span = spanOf(doc, s.start + start, s.start + end);
      out.push(
        factAt<VoteTallyFact>(doc, span, {
          kind: 'count',
          subject: 'vote-tally',
          attribute: 'vote-tally',
          value: { kind: 'text', text: `${yes}-${no}` },
          display: span.text,
          detail: { sentence: s.index, voteTally: { for: yes, against: no, ...(abstained !== undefined ? { abstained } : {}) } },
        }),
      );
    }
  }
  return out;
}
