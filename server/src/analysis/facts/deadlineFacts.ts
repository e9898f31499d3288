/**
 * Deadlines and target dates, as facts: "the contractor must complete the work by the end of
 * March", "the cuts are expected to be largely completed by the end of June", "the firm has until
 * 31 March to repay the loan". A deadline is what is to be done (the action and the thing it is
 * done to: "complete|work"), who is to do it when written as a common noun ("contractor"), whether
 * it is required ("must", "has to", "was ordered to", "has until") or expected ("will", "would",
 * "expects to", "plans to"), and the window of days its date names (values/dueDates.ts).
 *
 * A deadline is not an event: "must complete his medical by Friday" says nothing about the day the
 * medical took place, and the day-of-event reader (eventDayFacts.ts) leaves such sentences alone.
 * Deadlines that were moved ("the deadline was extended to June", "originally due by March"),
 * denied ("will not be finished by March") or only possible ("could be done by March") are not
 * read: two of them may differ without contradicting each other.
 */
import { stem } from '../corroboration/stem';
import type { DocumentAnalysis, Sentence } from '../types';
import { readDueDate } from '../values/dueDates';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What a deadline fact says. */
export interface DeadlineInfo {
  /** The action's class and the stem of what it is done to ("complete|work", "repay|loan"). */
  key: string;
  /** The task in the words of the text, for explanations ("complete the work", "cuts completed"). */
  task: string;
  /** The stem of the common noun that is to act ("contractor"); "" when unknown, a pronoun or a name. */
  actor: string;
  /**
   * "required" for obligations ("must", "has until"), "expected" for plans and forecasts ("will",
   * "expects to"), "until" for the end of a state ("the alert is in force until Friday", stateEndFacts.ts).
   */
  mode: 'required' | 'expected' | 'until';
  /** First and last day the deadline may fall on (ISO yyyy-mm-dd). */
  lo: string;
  hi: string;
  /** The due date as written ("the end of March"). */
  written: string;
}

/** A fact carrying a deadline. */
export type DeadlineFact = FactWith<'deadline', DeadlineInfo>;

/** Narrows a fact to a deadline fact. */
export const isDeadlineFact = factWithGuard<DeadlineFact>('deadline');

/** "by", "before", "no later than" in front of a due date. */
const DUE_LINK = /\b(?:by|before|no\s+later\s+than)\s+/giu;
/** "has until 31 March to repay", "were given until the end of June to leave". */
const UNTIL_LINK = /\b(?:has|have|had|given|gets?|got)\s+until\s+/giu;
/** Words that make a deadline another one, a changed one, a denied one or a mere possibility. */
const NOT_A_DEADLINE =
  /\b(?:extend(?:ed|s)?|extension|postpone[ds]?|delay(?:ed|s)?|pushed\s+back|brought\s+forward|moved\s+(?:back|forward|up)|original(?:ly)?|initial(?:ly)?|previous(?:ly)?|earlier|new\s+(?:deadline|date|target)|revised|missed|not|never|could|might|if|unless|whether)\b|n[’']t\b/iu;
/** "may" as a verb of possibility; "May" the month is written with a capital. */
const MAY = /\bmay\b/u;
/** Where a clause begins, looking back from a due date. */
const CLAUSE_BREAK = /[,;:—–()]|\.\s/gu;

/** Frames before the verb: the words that make it a deadline, and which kind. */
const REQUIRED = /^(?:must|shall|(?:has|have|had|needs?|need)\s+to|(?:is|are|was|were|been|being)\s+(?:required|ordered|told|obliged|forced|compelled|instructed|directed)\s+to|(?:required|ordered|told|obliged|forced|instructed|directed)\s+to)$/iu;
const EXPECTED = /^(?:will|would|should|(?:is|are|was|were|been|being)\s+(?:expected|set|due|scheduled|supposed|going|planned|slated|on\s+track)\s+to|(?:is|are|was|were)\s+to|(?:expects?|expected|plans?|planned|aims?|aimed|intends?|intended|hopes?|hoped|promised|pledged|vowed|agreed|wants?|wanted|committed)\s+to)$/iu;

/** Adverbs that may stand between a frame and its verb ("would be largely complete", "must fully repay"). */
const ADVERB = /^(?:\p{L}{2,}ly|also|still|now|all|then|first|only|even|yet)$/iu;
/** Verbs that end in "-ly" like adverbs. */
const LY_VERBS = new Set(['supply', 'apply', 'reply', 'rely', 'fly', 'multiply', 'comply', 'ally', 'rally', 'tally', 'bully']);
/** Adjectives after "be" that say a thing is done ("will be complete", "must be ready"). */
const DONE_WORDS: Record<string, string> = { complete: 'complete', completed: 'complete', finished: 'complete', done: 'complete', over: 'complete', ready: 'ready', operational: 'operational' };
/** Verbs folded to one class: finishing a thing is completing it. */
const ACTION_CLASSES: Record<string, string> = { complet: 'complete', finish: 'complete', conclud: 'complete', 'wrap up': 'complete' };
/** Nouns that stand for part or all of what follows their "of" ("the programme of cuts", "the first phase of the work"). */
const CONTAINERS = new Set([
  'programme', 'program', 'round', 'wave', 'series', 'process', 'package', 'set', 'bulk', 'majority', 'rest', 'remainder', 'part', 'phase', 'stage', 'batch', 'tranche', 'portion', 'share', 'lot', 'number', 'most', 'all', 'first', 'second', 'final',
]);
/** Words a subject noun phrase may not hold: a verb or a clause word means the subject lies further back. */
const NOT_IN_SUBJECT = new Set(['said', 'says', 'say', 'told', 'that', 'and', 'or', 'but', 'which', 'who', 'when', 'where', 'after', 'before', 'while', 'as', 'if', 'because', 'announced', 'added', 'stated', 'confirmed', 'reported']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'all', 'both', 'some', 'any', 'each', 'every']);
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'which', 'who']);
/** Prepositions that end an object's head ("the work on the bridge"). */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'for', 'from', 'with', 'across', 'into', 'onto', 'under', 'over', 'through', 'between', 'within', 'around', 'about', 'against', 'along', 'near', 'per']);
/** Adverbs that may follow a verb in place of an object ("meet again", "return home"). */
const NOT_AN_OBJECT = new Set(['again', 'together', 'soon', 'there', 'here', 'home', 'abroad', 'later', 'early', 'away', 'ahead', 'back', 'out', 'up', 'down', 'off', 'in', 'on']);
/** Common nouns for organisations, folded so that "the company" and "the firm" are one actor. */
const ACTOR_CLASSES: Record<string, string> = { firm: 'company', company: 'company', group: 'company', business: 'company', corporation: 'company', employer: 'company' };

/** Most words a deadline's predicate may have between its frame and the due date. */
const MAX_PREDICATE_WORDS = 12;

interface Word {
  word: string;
  raw: string;
  start: number;
  end: number;
}

/** Deadline facts of one sentence. */
export function deadlineFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\b(?:by|before|until|later)\b/iu.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const m of text.matchAll(DUE_LINK)) {
    const at = (m.index ?? 0) + m[0].length;
    const due = readDueDate(text.slice(at), doc.published);
    if (!due) continue;
    const clauseStart = clauseStartBefore(text, m.index ?? 0);
    const predicate = readPredicate(words(text, clauseStart, m.index ?? 0));
    if (!predicate) continue;
    if (notADeadline(text.slice(clauseStart, at + due.end))) continue;
    out.push(deadlineFact(doc, s, predicate.start, at + due.end, { ...predicate.info, lo: due.lo, hi: due.hi, written: due.text }));
  }
  // "has until the end of March to complete the work": the date comes before the verb.
  for (const m of text.matchAll(UNTIL_LINK)) {
    const at = (m.index ?? 0) + m[0].length;
    const due = readDueDate(text.slice(at), doc.published);
    if (!due) continue;
    const rest = /^\s+to\s+/iu.exec(text.slice(at + due.end));
    if (!rest) continue;
    const clauseStart = clauseStartBefore(text, m.index ?? 0);
    const verbFrom = at + due.end + rest[0].length;
    const after = words(text, verbFrom, clauseEndAfter(text, verbFrom));
    const action = readAction(after, 0);
    if (!action) continue;
    const subject = subjectBefore(words(text, clauseStart, m.index ?? 0));
    if (notADeadline(text.slice(clauseStart, action.end))) continue;
    const from = subject?.start ?? m.index ?? 0;
    out.push(deadlineFact(doc, s, from, action.end, {
      key: `${action.cls}|${action.thing}`,
      task: action.task,
      actor: subject ? actorOf(subject.head) : '',
      mode: 'required',
      lo: due.lo,
      hi: due.hi,
      written: due.text,
    }));
  }
  return out;
}

/** The deadline fact `info` tells, written from `from` to `to` of sentence `s` (offsets in the sentence). */
export function deadlineFact(doc: DocumentAnalysis, s: Sentence, from: number, to: number, info: DeadlineInfo): DeadlineFact {
  const span = spanOf(doc, s.start + from, s.start + to);
  return factAt<DeadlineFact>(doc, span, {
    kind: 'date',
    subject: `deadline:${info.key}`,
    attribute: 'deadline',
    value: { kind: 'text', text: info.written },
    display: span.text,
    detail: { sentence: s.index, deadline: info },
  });
}

/** The words of `text` from `from` to `to`, with offsets in `text`. */
function words(text: string, from: number, to: number): Word[] {
  return [...text.slice(from, to).matchAll(/[\p{L}\p{N}’'-]+/gu)].map((m) => ({ word: m[0].toLowerCase(), raw: m[0], start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length }));
}

function clauseStartBefore(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + m[0].length;
  return start;
}

function clauseEndAfter(text: string, at: number): number {
  const rest = text.slice(at).search(/[,;:—–()]|\.(?:\s|$)/u);
  return rest < 0 ? text.length : at + rest;
}

/** What a predicate before "by" says, and where its subject (or verb) begins. */
interface Predicate {
  info: Pick<DeadlineInfo, 'key' | 'task' | 'actor' | 'mode'>;
  start: number;
}

/**
 * Reads the predicate that ends right before "by": a frame ("must", "is expected to", "expects
 * the cuts to") followed by "be" and a participle or "complete"/"ready" (the thing is the
 * subject, or the words between "expects" and "to"), or by a verb and its object.
 */
function readPredicate(ws: Word[]): Predicate | undefined {
  const from = Math.max(0, ws.length - MAX_PREDICATE_WORDS - 4);
  for (let i = ws.length - 1; i >= from; i--) {
    const frame = frameAt(ws, i);
    if (!frame) continue;
    let k = i + 1;
    while (k < ws.length && isAdverb(ws[k].word)) k++;
    if (k >= ws.length) return undefined;
    // Passive or "be complete": what is to be done is the subject.
    if (ws[k].word === 'be') {
      let p = k + 1;
      while (p < ws.length && isAdverb(ws[p].word)) p++;
      const done = ws[p] && (DONE_WORDS[ws[p].word] ?? participle(ws[p].word));
      if (!done) return undefined;
      // What follows the participle may only be a short phrase ("completed by contractors").
      if (ws.length - p - 1 > 6) return undefined;
      const cls = ACTION_CLASSES[stem(done)] ?? stem(done);
      const thing = frame.object ?? subjectBefore(ws.slice(0, frame.start));
      if (!thing) return undefined;
      if (!thing.head || PRONOUNS.has(thing.head)) return undefined;
      const head = stem(thing.head);
      return { info: { key: `${cls}|${head}`, task: `${thing.head} ${ws[p].word}`, actor: '', mode: frame.mode }, start: thing.start };
    }
    const action = readAction(ws, k);
    if (!action || action.endIndex !== ws.length) return undefined;
    const subject = frame.object ? undefined : subjectBefore(ws.slice(0, frame.start));
    return { info: { key: `${action.cls}|${action.thing}`, task: action.task, actor: subject ? actorOf(subject.head) : '', mode: frame.mode }, start: subject?.start ?? ws[frame.start].start };
  }
  return undefined;
}

/** A frame ending at word `i`: its kind, the index of its first word, and the object of "expects the cuts to". */
function frameAt(ws: Word[], i: number): { mode: DeadlineInfo['mode']; start: number; object?: { head: string; start: number } } | undefined {
  for (let n = 1; n <= 4 && i - n + 1 >= 0; n++) {
    const phrase = ws.slice(i - n + 1, i + 1).map((w) => w.word).join(' ');
    if (REQUIRED.test(phrase)) return { mode: 'required', start: i - n + 1 };
    if (EXPECTED.test(phrase)) return { mode: 'expected', start: i - n + 1 };
  }
  // "expects the cuts to", "ordered the contractor to": a verb, a short noun phrase, "to".
  if (ws[i].word !== 'to') return undefined;
  for (let v = i - 2; v >= Math.max(0, i - 5); v--) {
    const verb = ws[v].word;
    const mode = /^(?:expects?|expected|wants?|wanted)$/u.test(verb) ? 'expected' : /^(?:ordered|told|required|forced|instructed|directed)$/u.test(verb) ? 'required' : undefined;
    if (!mode) continue;
    const np = ws.slice(v + 1, i);
    if (np.some((w) => NOT_IN_SUBJECT.has(w.word) || /^\p{Lu}/u.test(w.raw) && !DETERMINERS.has(w.word))) return undefined;
    const head = np.filter((w) => !DETERMINERS.has(w.word) && !isAdverb(w.word));
    if (head.length === 0) return undefined;
    // "ordered the contractor to finish the work": the noun phrase acts; "expects the cuts to be completed": it is acted on.
    return { mode, start: v, object: { head: head[head.length - 1].word, start: np[0].start } };
  }
  return undefined;
}

/** A verb (with a particle) and the head of its object, from word `k` on. */
function readAction(ws: Word[], k: number): { cls: string; thing: string; task: string; endIndex: number; end: number } | undefined {
  const verb = ws[k];
  if (!verb || /^\p{Lu}/u.test(verb.raw) || verb.word === 'be' || verb.word === 'have') return undefined;
  let phrase = stem(verb.word);
  let j = k + 1;
  if (ws[j] && /^(?:up|down|out|off|over|back)$/u.test(ws[j].word)) phrase = `${phrase} ${ws[j++].word}`;
  const object = headOf(ws.slice(j));
  if (!object) return undefined;
  const cls = ACTION_CLASSES[phrase] ?? phrase;
  const task = `${ws.slice(k, j).map((w) => w.word).join(' ')} the ${object.head}`;
  return { cls, thing: stem(object.head), task, endIndex: j + object.used, end: ws[j + object.used - 1].end };
}

/**
 * The head of the noun phrase at the start of `ws` ("the work on the bridge" -> work, "the
 * programme of cuts" -> cut) and how many words the phrase and its trailing phrases take;
 * undefined when it holds a name or a verb-like word, or is too long to be one object.
 */
function headOf(ws: Word[]): { head: string; used: number } | undefined {
  let i = 0;
  while (i < ws.length && (DETERMINERS.has(ws[i].word) || /^\d/u.test(ws[i].word))) i++;
  const content: Word[] = [];
  while (i < ws.length && !PREPOSITIONS.has(ws[i].word) && ws[i].word !== 'of' && content.length < 3) content.push(ws[i++]);
  if (content.length === 0 || content.some((w) => /^\p{Lu}/u.test(w.raw))) return undefined;
  let head = content[content.length - 1].word;
  // "will meet again in Baku": an adverb is no object.
  if (NOT_AN_OBJECT.has(head) || isAdverb(head)) return undefined;
  // "the programme of cuts": the head is what the container holds.
  if (ws[i]?.word === 'of' && CONTAINERS.has(head)) {
    const inner = headOf(ws.slice(i + 1));
    if (inner) return { head: inner.head, used: i + 1 + inner.used };
  }
  // A trailing phrase ("of the Harlow bridge", "on the east wing") may hold names, up to five words.
  const rest = ws.length - i;
  if (rest > 5) return undefined;
  if (rest > 0 && !PREPOSITIONS.has(ws[i].word) && ws[i].word !== 'of') return undefined;
  head = head.replace(/[’']s$/u, '');
  return { head, used: ws.length };
}

/** The subject noun phrase ending a list of words ("the global programme of cuts", "the contractor"). */
function subjectBefore(all: Word[]): { head: string; start: number } | undefined {
  let end = all.length;
  while (end > 0 && AUXILIARIES.has(all[end - 1].word)) end--;
  const ws = all.slice(0, end);
  let i = ws.length;
  while (i > 0 && !NOT_IN_SUBJECT.has(ws[i - 1].word) && !AUXILIARIES.has(ws[i - 1].word) && !participle(ws[i - 1].word) && ws.length - i < 6) i--;
  const np = ws.slice(i);
  if (np.length === 0) return undefined;
  // "the programme of cuts": the head is what the container holds; otherwise the word before "of".
  const of = np.findIndex((w) => w.word === 'of');
  const before = of > 0 ? np.slice(0, of) : np;
  let head = before[before.length - 1];
  if (of > 0 && CONTAINERS.has(head.word) && of < np.length - 1) head = np[np.length - 1];
  if (/^\p{Lu}/u.test(head.raw) && !PRONOUNS.has(head.word)) return { head: '', start: np[0].start };
  return { head: head.word, start: np[0].start };
}

/** An actor key from a subject head: common nouns folded, names and pronouns unknown. */
function actorOf(head: string): string {
  if (!head || PRONOUNS.has(head)) return '';
  const s = stem(head);
  return ACTOR_CLASSES[s] ?? ACTOR_CLASSES[head] ?? s;
}

function isAdverb(word: string): boolean {
  return ADVERB.test(word) && !LY_VERBS.has(word);
}

/** True when the words of a deadline's clause make it a changed, denied or possible one. */
function notADeadline(clause: string): boolean {
  return NOT_A_DEADLINE.test(clause) || MAY.test(clause);
}

/** A past participle ("completed", "paid", "withdrawn"), or undefined. */
function participle(word: string): string | undefined {
  if (/^\p{L}{3,}ed$/u.test(word) || /^(?:paid|done|sold|built|made|taken|given|withdrawn|written|sent|held|set|cut|shut|put|left|brought|drawn|met|won|spent|found|laid)$/u.test(word)) return word;
  return undefined;
}
