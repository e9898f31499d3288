/**
 * The day a state is to end, as facts: "the alert is in force until midnight on Friday, June 20",
 * "the curfew will remain in place until Sunday", "the road will stay closed until 3 March". A
 * state (an alert, a curfew, a ban, a closure) is said to last until a day; two days for the end
 * of one state in two reports of one event cannot both be right. The fact is a deadline fact
 * (deadlineFacts.ts) of mode "until", keyed by the kind of state and the head of its subject
 * ("in-force|alert"), so the deadline rules compare it with other ends of the same state only.
 *
 * Only a common-noun subject is read ("the alert", "AEMET's red alert"): "it runs until Friday"
 * may be about anything. States extended, lifted early, or only possibly in force are left alone,
 * as are ends that are lower bounds ("at least until", "until further notice").
 */
import { stem } from '../corroboration/stem';
import type { DocumentAnalysis, Sentence } from '../types';
import { readDueDate } from '../values/dueDates';
import type { DetailedFact } from './detail';
import { deadlineFact, type DeadlineInfo } from './deadlineFacts';

/** Cue words: a sentence without "until" or "till" holds no end of a state. */
const CUE = /\b(?:until|till)\b/iu;

/**
 * A verb of being or lasting, the state, and "until": "is in force until", "will stay closed
 * until", "remains in place until", "runs until". Group 1: the state words, when written.
 */
const STATE_UNTIL =
  /\b(?:is|are|was|were|be|remains?|remained|stays?|stayed|runs?|lasts?|continues?)\s+(?:(in\s+(?:force|place|effect)|closed|shut|suspended|valid|active)\s+)?(?:until|till)\s+/giu;

/** States folded to one kind: an alert "in place" is one "in force". */
const STATE_KINDS: Record<string, string> = { 'in force': 'in-force', 'in place': 'in-force', 'in effect': 'in-force', valid: 'in-force', active: 'in-force', closed: 'closed', shut: 'closed', suspended: 'suspended' };

/** Nouns of states that "run" or "last" until a day without a state word ("the curfew runs until Monday"). */
const STATE_NOUNS = new Set([
  'alert', 'warning', 'watch', 'curfew', 'ban', 'emergency', 'lockdown', 'closure', 'restriction', 'order', 'ceasefire', 'truce', 'moratorium', 'freeze', 'suspension', 'embargo', 'blockade', 'strike', 'shutdown', 'measure', 'limit',
]);

/** Words that make the end another one, a changed one, a denied one or a mere possibility. */
const NOT_THIS_END =
  /\b(?:extend(?:ed|s)?|extension|prolong(?:ed|s)?|lift(?:ed|s)?|ended\s+early|postpone[ds]?|original(?:ly)?|initial(?:ly)?|previous(?:ly)?|earlier|revised|at\s+least|not|never|could|might|if|unless|whether|further\s+notice)\b|n[’']t\b/iu;
/** "may" as a verb of possibility; "May" the month is written with a capital. */
const MAY = /\bmay\b/u;

/** Words a subject noun phrase may not hold: a verb, a clause word or a preposition ends it. */
const SUBJECT_STOP = new Set([
  'said', 'says', 'say', 'told', 'that', 'and', 'or', 'but', 'which', 'who', 'when', 'where', 'after', 'before', 'while', 'as', 'if', 'because',
  'will', 'would', 'should', 'shall', 'must', 'to', 'has', 'have', 'had', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'across', 'over', 'under',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'all', 'both', 'some', 'any', 'each', 'every']);
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'which', 'who', 'what']);
/** Most words of a subject noun phrase. */
const MAX_SUBJECT_WORDS = 5;

/** End-of-state facts of one sentence. */
export function stateEndFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!CUE.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const m of text.matchAll(STATE_UNTIL)) {
    const verbAt = m.index ?? 0;
    const at = verbAt + m[0].length;
    const due = readDueDate(text.slice(at), doc.published);
    if (!due) continue;
    const clauseStart = clauseStartBefore(text, verbAt);
    const subject = subjectBefore(text, clauseStart, verbAt);
    if (!subject) continue;
    const head = subject.head;
    const kind = m[1] ? STATE_KINDS[m[1].toLowerCase().replace(/\s+/gu, ' ')] : STATE_NOUNS.has(subject.singular) ? 'in-force' : undefined;
    if (!kind) continue;
    const clause = text.slice(clauseStart, at + due.end);
    if (NOT_THIS_END.test(clause) || MAY.test(clause)) continue;
    const info: DeadlineInfo = {
      key: `${kind}|${head}`,
      task: `${subject.words} ${kind === 'in-force' ? 'in force' : kind}`,
      actor: '',
      mode: 'until',
      lo: due.lo,
      hi: due.hi,
      written: due.text,
    };
    out.push(deadlineFact(doc, s, subject.start, at + due.end, info));
  }
  return out;
}

function clauseStartBefore(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/[,;:—–()]|\.\s/gu)) start = (m.index ?? 0) + m[0].length;
  return start;
}

/**
 * The common noun heading the subject right before the verb, with auxiliaries skipped ("the
 * alert will" -> alert, "AEMET's red alert" -> alert); undefined for a pronoun, a name or no subject.
 */
function subjectBefore(text: string, from: number, to: number): { head: string; singular: string; words: string; start: number } | undefined {
  const ws = [...text.slice(from, to).matchAll(/[\p{L}\p{N}’'-]+/gu)].map((m) => ({ word: m[0].toLowerCase(), raw: m[0], start: from + (m.index ?? 0) }));
  let end = ws.length;
  while (end > 0 && /^(?:will|would|shall|should|is|are|was|were|be|been|has|have|had|to|now|still|also|then|expected|set|due|likely)$/u.test(ws[end - 1].word)) end--;
  if (end === 0) return undefined;
  const last = ws[end - 1];
  if (PRONOUNS.has(last.word) || /^\p{Lu}/u.test(last.raw) || SUBJECT_STOP.has(last.word)) return undefined;
  let i = end - 1;
  while (i > 0 && end - i < MAX_SUBJECT_WORDS && !SUBJECT_STOP.has(ws[i - 1].word) && !DETERMINERS.has(ws[i].word)) i--;
  const singular = last.word.replace(/[’']s$/u, '').replace(/(?<=[^s])s$/u, '');
  const words = ws.slice(i, end).filter((w) => !DETERMINERS.has(w.word)).map((w) => w.raw).join(' ');
  return { head: stem(singular), singular, words, start: ws[i].start };
}
