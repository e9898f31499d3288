/**
 * A person's words quoted in one article against the same remark reported, or quoted again, in
 * another with a negation dropped or added: "we cannot rule out a larger explosion in the coming
 * days" against "said ... a larger explosion in the coming days could be ruled out"; "When it is
 * safe again, we will go back" against "said the charity would not go back ... even when it is safe
 * again"; "the goods were not intended for Vietnam" against "the goods was intended for consumers
 * in Vietnam". The two must share at least `MIN_SHARED` content words (half of the shorter's), so
 * that they are one remark told two ways, or one clause of each must (see `flippedClause`); and a
 * word both share must be denied in one telling and not in the other (see `negatedIn`).
 */
import { stem } from '../corroboration/stem';
import { conceptsOf } from '../corroboration/synonyms';
import type { DetailedFact } from '../facts/detail';
import { isDemonym } from '../lexicon/places';
import type { Span } from '../types';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { flippedVerdict } from './designVerdict';
import { NEGATIONS, runsInside, sameSpelling, withoutMarks } from './quoteRules';

const MIN_SHARED = 4;
const MIN_SHARE = 0.5;
/** Quotes and reports in articles further apart than this are not compared. */
const MAX_DAYS_APART = 7;
/**
 * Words that carry no content of their own. Short: "go back", "again" and "even" are kept, since a
 * remark's verb may be all stop words ("we will go back" / "would not go back").
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'that', 'this', 'it', 'its', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'we', 'i', 'you', 'they', 'he', 'she', 'our', 'their', 'his', 'her', 'my', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'as', 'by', 'from', 'so', 'than',
  'then', 'there', 'here', 'when', 'which', 'who', 'what', 'said', 'says',
]);

/**
 * Adds to `sink` the contradictions between a person's quoted words and the same remark reported,
 * or quoted again, with a negation dropped or added.
 */
export function paraphraseContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const said = facts.filter((f) => f.detail.quote || f.detail.reported);
  const visits = new PairVisits();
  const speakerOf = (f: DetailedFact) => f.detail.quote?.speaker ?? f.detail.reported?.speaker;
  const textOf = (f: DetailedFact) => f.detail.quote?.inner ?? f.detail.reported!.text;
  // A telling's passage: a quote of several sentences is pointed at the one that holds the word.
  const passage = (f: DetailedFact, word: string) => (f.detail.quote ? passageOf(f, sentenceHolding(f, word)) : passageOf(f));
  const told = (f: DetailedFact) => (f.detail.quote ? `quotes ${f.display}` : `reports “${f.display}”`);
  const quotedPairs = new Set(sink.found.filter((c) => c.kind === 'quote' && c.items.length === 2).map((c) => passagesKey(c.items[0], c.items[1])));
  for (const { key: speaker, facts: group } of eventGroups(said, ctx, speakerOf, textOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      // A quote against a report, or two quotes of one remark worded two ways ("the goods were not
      // intended for Vietnam" / "the goods was intended for consumers in Vietnam").
      if (x.uri === y.uri || (!x.detail.quote && !y.detail.quote)) return false;
      // Two quotes whose wording the quote rule has already set against each other.
      if (x.detail.quote && y.detail.quote && quotedPairs.has(passagesKey({ uri: x.uri, start: x.span.start }, { uri: y.uri, start: y.span.start }))) return false;
      const wx = tokens(textOf(x));
      const wy = tokens(textOf(y));
      // A quote cut short ("It was about making sure ..." out of "This was never about me. It was
      // about making sure ..."): the part left out may deny what the part kept does not.
      if (x.detail.quote && y.detail.quote && (runsInside(wx, wy) || runsInside(wy, wx))) return false;
      const sx = sentencesOf(textOf(x));
      const sy = sentencesOf(textOf(y));
      const flip = flippedWord(withStops(sx), withStops(sy), capitalisedWords(textOf(x), textOf(y)), sx, sy);
      const verdict = flip ? undefined : flippedVerdict(textOf(x), textOf(y));
      if (!flip && !verdict) return false;
      const report = y.detail.reported ? y : x.detail.reported ? x : undefined;
      const about = report?.value.kind === 'text' ? report.value.text : speaker;
      const why = flip
        ? `The same words, but “${flip.second}” is negated in one and not in the other, which reverses what was said.`
        : `One says the ${verdict!.first.subject} ${verdict!.first.worked ? 'worked' : 'did not work'} as designed (“${verdict!.first.text}”), ` +
          `the other that ${verdict!.second.worked ? 'it did' : 'it did not'} (“${verdict!.second.text}”): the verdict is reversed.`;
      return sink.add(`paraphrase|${speaker}|${docPairKey(x, y)}`, {
        kind: 'quote',
        fact: `what ${about} said`,
        explanation: `${shortName(x.uri)} ${told(x)}; ${shortName(y.uri)} ${told(y)}. ${why}`,
        items: flip ? [passage(x, flip.first), passage(y, flip.second)] : [passage(x, verdict!.first.subject), passage(y, verdict!.second.subject)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART, scope: 'remark' });
  }
}

/** One key for two passages in either order. */
function passagesKey(a: { uri: string; start: number }, b: { uri: string; start: number }): string {
  return [`${a.uri}@${a.start}`, `${b.uri}@${b.start}`].sort().join('|');
}

/** The sentence of a fact's passage that holds `word` (lower case), or undefined for the whole passage. */
function sentenceHolding(f: DetailedFact, word: string): Span | undefined {
  const text = f.span.text;
  const at = text.toLowerCase().replace(/[’']/gu, "'").search(new RegExp(`(?<![\\p{L}\\p{N}'])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}'])`, 'u'));
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const from = Math.max(0, ...[...before.matchAll(/[.!?]["”’]?\s+/gu)].map((m) => (m.index ?? 0) + m[0].length));
  const stop = /[.!?](?=["”’]?\s)/u.exec(text.slice(at));
  const to = stop ? at + (stop.index ?? 0) + 1 : text.length;
  if (from === 0 && to >= text.length) return undefined;
  return { start: f.span.start + from, end: f.span.start + to };
}

/** Lower-case words, with "n't" split off ("wouldn't" stays whole; both forms are negations). */
function tokens(text: string): string[] {
  // "No one" is "nobody": one negation, not "no" denying "one".
  return withoutFocusDenials(sameSpelling(text.toLowerCase().replace(/[’']/gu, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean)));
}

/** The words (lower case) written with a capital inside a sentence of any of `texts`: names. */
function capitalisedWords(...texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\p{Lu}[\p{L}']*/gu)) {
      const before = text.slice(0, m.index).trimEnd();
      if (before === '' || /[.!?:;"“‘(—–-]$/u.test(before) || m[0] === 'I') continue;
      // Folded as sameSpelling folds the words it is checked against ("Lomé" / "lome").
      out.add(withoutMarks(m[0].toLowerCase().replace(/’/gu, "'")));
    }
  }
  return out;
}

/** Words that a denial before them narrows rather than denies: "not only", "not just". */
const FOCUS_WORDS = new Set(['only', 'just', 'merely', 'solely', 'simply']);

/**
 * Denials of a focus word dropped: "not only for the win" and "I didn't come only to win" both say
 * the win was not all; neither denies the win or the coming. A denial right before the focus word,
 * or one word before it ("didn't come only"), goes.
 */
function withoutFocusDenials(ws: readonly string[]): string[] {
  const out = [...ws];
  for (let i = 0; i < out.length; i++) {
    if (!FOCUS_WORDS.has(out[i])) continue;
    const at = isNegation(out[i - 1] ?? '') ? i - 1 : isNegation(out[i - 2] ?? '') && !FUNCTION_WORDS.has(out[i - 1]) ? i - 2 : -1;
    if (at < 0) continue;
    out.splice(at, 1);
    i--;
  }
  return out;
}

/**
 * A content word both tellings share (by stem, or by a synonym concept: "signs" / "indication")
 * that one negates and the other does not, when they share enough content words to be one remark;
 * undefined otherwise. A word counts as negated in a telling when any of its occurrences is, so a
 * paraphrase that moves the denial onto a synonym ("no evidence of an attack; everything points to
 * a fault" / "no sign of hackers, and the evidence pointed to a fault") still agrees.
 */
function flippedWord(
  a: readonly string[],
  b: readonly string[],
  names: ReadonlySet<string>,
  sentencesA: readonly string[][],
  sentencesB: readonly string[][],
): { first: string; second: string } | undefined {
  return flippedIn(keyed(a), keyed(b), MIN_SHARED, MIN_SHARE, names) ?? flippedClause(sentencesA, sentencesB, names) ?? flippedDenial(keyed(a), keyed(b)) ?? swap(flippedDenial(keyed(b), keyed(a)));
}

const swap = (f: { first: string; second: string } | undefined) => f && { first: f.second, second: f.first };

/** Content words a denied clause and the other telling must share (see `flippedDenial`). */
const MIN_SHARED_DENIAL = 2;

/**
 * A clause one telling denies as a whole ("nothing to suggest that anyone working at the bank
 * helped them", `deniedClauses`) that the other tells as so ("suspected the gang had been helped by
 * someone working inside the branch"): such a denial names what it denies, so two of its content
 * words, told plainly in the other telling, are enough to make one remark.
 */
function flippedDenial(ka: ReadonlyArray<{ word: string; key: string }>, kb: ReadonlyArray<{ word: string; key: string }>): { first: string; second: string } | undefined {
  const contentB = new Set(kb.filter((w) => w.word !== STOP && !FUNCTION_WORDS.has(w.word) && !isNegation(w.word)).map((w) => w.key));
  for (const [from, to] of deniedClauses(ka)) {
    const shared = [...new Set(ka.slice(from, to).filter((w) => !FUNCTION_WORDS.has(w.word) && contentB.has(w.key)).map((w) => w.key))];
    if (shared.length < MIN_SHARED_DENIAL || shared.some((k) => negatedIn(kb, k))) continue;
    const k = shared[0];
    return { first: ka.find((x) => x.key === k)!.word, second: kb.find((x) => x.key === k)!.word };
  }
  return undefined;
}

/**
 * A flipped word between one clause of each telling, when the whole tellings share too little to
 * pass as one remark (a long quote against a short report: "The evacuations saved many lives, but
 * we expect the number of deaths to rise" / "he does not expect the number of deaths to go up,
 * because ..."). The clauses must share `MIN_SHARED_CLAUSE` content words and most of the shorter's.
 */
function flippedClause(a: readonly string[][], b: readonly string[][], names: ReadonlySet<string>): { first: string; second: string } | undefined {
  const ca = a.flatMap(clausesOf);
  const cb = b.flatMap(clausesOf);
  if (ca.length === 1 && cb.length === 1) return undefined;
  // ("We are not against paying for roads, we are against paying twice" told in two wordings: each
  // telling has the word both ways, so one clause of each set against the other's is no flip.)
  const wholeA = keyed(a.flat());
  const wholeB = keyed(b.flat());
  const bothWays = (ws: ReadonlyArray<{ word: string; key: string }>, k: string) => {
    const p = polarityIn(ws, k);
    return p.negated && p.plain;
  };
  for (const x of ca) for (const y of cb) {
    const flip = flippedIn(keyed(x), keyed(y), MIN_SHARED_CLAUSE, MIN_SHARE_CLAUSE, names);
    if (!flip) continue;
    const k = keyed(x).find((w) => w.word === flip.first)?.key;
    if (k !== undefined && bothWays(wholeA, k) && bothWays(wholeB, k)) continue;
    return flip;
  }
  return undefined;
}

const MIN_SHARED_CLAUSE = 3;
const MIN_SHARE_CLAUSE = 0.6;
/** Words that open a clause of their own inside a remark. */
const CLAUSE_OPENERS = new Set(['but', 'because', 'although', 'though', 'while', 'whereas', 'as', 'since', 'so']);

/**
 * A telling's words, sentence by sentence: a sentence of a quote is a clause of its own ("I never
 * really had a chance at 5-4. She was simply the better player").
 */
/**
 * A telling's words with `STOP` between its sentences: a denial reaches no further than its
 * sentence ("We were defending the water, nothing more. They came at dawn" does not deny the coming).
 */
function withStops(sentences: readonly string[][]): string[] {
  return sentences.flatMap((ws, i) => (i > 0 ? [STOP, ...ws] : ws));
}

/** The word that stands for a sentence's end in `withStops`. */
const STOP = '.';

function sentencesOf(text: string): string[][] {
  return text.split(/(?<=[\p{L}\p{N}][.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u).map(tokens).filter((ws) => ws.length > 0);
}

/** A telling's words cut into clauses at the words that open one (punctuation is gone from `tokens`). */
function clausesOf(ws: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const w of ws) {
    if (CLAUSE_OPENERS.has(w) && out[out.length - 1].length > 0) out.push([]);
    else out[out.length - 1].push(w);
  }
  return out.filter((c) => c.length > 0);
}

function flippedIn(
  ka: ReadonlyArray<{ word: string; key: string }>,
  kb: ReadonlyArray<{ word: string; key: string }>,
  minShared: number,
  minShare: number,
  names: ReadonlySet<string>,
): { first: string; second: string } | undefined {
  // Quantifiers ("any longer", "no more") go with a denial; they are not what is denied.
  const content = (ws: ReadonlyArray<{ word: string; key: string }>) =>
    new Set(ws.filter((w) => w.word !== STOP && !FUNCTION_WORDS.has(w.word) && !isNegation(w.word) && !QUANTIFIERS.has(w.word)).map((w) => w.key));
  const ca = content(ka);
  const cb = content(kb);
  const shared = [...ca].filter((w) => cb.has(w));
  if (shared.length < minShared || shared.length < minShare * Math.min(ca.size, cb.size)) return undefined;
  for (const w of shared) {
    // A name is who or where, not what a denial denies: "did not come to Doha to surrender" and
    // "did not come in Doha for capitulating" deny the same coming, whatever the preposition.
    if (ka.some((x) => x.key === w && names.has(x.word))) continue;
    // A telling that has the word both denied and plain ("We accept the fine. We do not accept that
    // ...") says either way: a word is flipped when it is all denied in one telling and all plain in
    // the other, or when its occurrences in the same words are (alignedFlip).
    const pa = polarityIn(ka, w);
    const pb = polarityIn(kb, w);
    const na = pa.negated && !pa.plain;
    const nb = pb.negated && !pb.plain;
    // The word as each telling writes it ("ruled", not its stem).
    if ((na && !pb.negated) || (nb && !pa.negated) || ((pa.plain && pa.negated) || (pb.plain && pb.negated) ? alignedFlip(ka, kb, w) : false)) return { first: ka.find((x) => x.key === w)?.word ?? w, second: kb.find((x) => x.key === w)?.word ?? w };
  }
  return undefined;
}

/** Words for a ground to believe something, which a paraphrase swaps freely ("no indication" / "signs"). */
const GROUNDS = new Set(['sign', 'indication', 'evidence', 'proof', 'trace', 'hint'].map((w) => stem(w)));

/** Each word with its key: the first synonym concept of its stem (corroboration's, or GROUNDS), else the stem. */
function keyed(ws: readonly string[]): Array<{ word: string; key: string }> {
  return ws.map((word) => {
    const s = stem(word);
    return { word, key: GROUNDS.has(s) ? '~grounds' : conceptsOf(s)[0] ?? s };
  });
}

function isNegation(word: string): boolean {
  // "without exception" denies as "no exceptions" does.
  return NEGATIONS.has(word) || word.endsWith("n't") || word === 'without';
}

/**
 * Whether any occurrence of key `k` in `ws` is what a negation denies: the first content word
 * after it ("cannot rule out", "could not be ruled out", "no time to halt" deny "rule" and "time",
 * not "halt" nor the object after the verb).
 */
function negatedIn(ws: ReadonlyArray<{ word: string; key: string }>, k: string): boolean {
  return polarityIn(ws, k).negated;
}

/**
 * Whether occurrences of key `k` in `ws` are denied (`negated`) and whether some are told plainly
 * (`plain`): "We accept the fine. We do not accept that the whole stand pays" tells "accept" both ways.
 */
function polarityIn(ws: ReadonlyArray<{ word: string; key: string }>, k: string): { negated: boolean; plain: boolean } {
  const denied = deniedClauses(ws);
  let negated = false;
  let plain = false;
  ws.forEach((x, i) => {
    if (x.key !== k || qualifiesPronoun(ws, i)) return;
    if (deniedAt(ws, denied, i)) negated = true;
    else plain = true;
  });
  return { negated, plain };
}

/**
 * For a word one telling has both denied and plain: whether an occurrence followed by the same
 * content word in both tellings is denied in one and not in the other ("We accept the fine. We do
 * not accept that ..." / "We do not accept the fine": "accept the fine" is flipped).
 */
function alignedFlip(ka: ReadonlyArray<{ word: string; key: string }>, kb: ReadonlyArray<{ word: string; key: string }>, k: string): boolean {
  const deniedA = deniedClauses(ka);
  const deniedB = deniedClauses(kb);
  const nextKey = (ws: ReadonlyArray<{ word: string; key: string }>, i: number) => ws.slice(i + 1).find((x) => !FUNCTION_WORDS.has(x.word) && !isNegation(x.word))?.key;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i].key !== k || qualifiesPronoun(ka, i)) continue;
    const after = nextKey(ka, i);
    if (after === undefined) continue;
    const denied = deniedAt(ka, deniedA, i);
    // The other telling's occurrences in the same words: flipped only when none is told the same
    // way ("We are not voting against an economist. We are voting against a procedure" twice is one remark).
    const alike = [];
    for (let j = 0; j < kb.length; j++) if (kb[j].key === k && !qualifiesPronoun(kb, j) && nextKey(kb, j) === after) alike.push(deniedAt(kb, deniedB, j));
    if (alike.length > 0 && alike.every((d) => d !== denied)) return true;
  }
  return false;
}

/** Whether the word at `i` is what a negation before it (or a denied clause around it) denies (see `negatedIn`). */
function deniedAt(ws: ReadonlyArray<{ word: string; key: string }>, denied: ReadonlyArray<[number, number]>, i: number): boolean {
  const x = ws[i];
  // "had come to Doha neither to capitulate nor to humiliate": a denied purpose denies the coming
  // for it, as "did not come to Doha to surrender" does.
  if (READINESS.has(x.word) && ws.slice(i + 1, i + 5).some((y, n, after) => (y.word === 'neither' || y.word === 'not' || y.word === 'never') && after[n + 1]?.word === 'to')) return true;
  if (denied.some(([from, to]) => i >= from && i < to)) return true;
  for (let j = i - 1; j >= 0; j--) {
    const w = ws[j].word;
    // "None of our injured citizens have a danger of life": "none of" says who; it denies what
    // follows them, not them.
    if (w === 'none' && ws[j + 1]?.word === 'of') return false;
    // "Without the beacon, we would not have found them": a counterfactual condition names what
    // made the difference; it does not deny the beacon ("the beacon had been crucial").
    if (w === 'without' && ws.slice(j + 1, j + 8).some((y) => y.word === 'would' || y.word === 'could')) return false;
    if (w === STOP) return false;
    if (isNegation(w)) return true;
    // "We don't exclude anything, but the works on the roof are ...": a denial ends at "but".
    if (CONTRASTS.has(w)) return false;
    if (FUNCTION_WORDS.has(w) || QUANTIFIERS.has(w) || DETERMINERS.has(w)) continue;
    // "never really had a chance": an adverb passes the denial on, and so does a word that only
    // places what follows ("not in the next years" / "not in the years to come").
    if (isAdverb(w) || PLACING_WORDS.has(w)) continue;
    // "No Brazilian family" denies the family as "No family in Brazil" does: a nationality word
    // only says whose.
    if (isDemonym(w)) continue;
    // "not ready to raise" denies the raising as "cannot increase" does.
    if (READINESS.has(w) && ws[j + 1]?.word === 'to') continue;
    // "did not come to Lomé to surrender": the place the coming was to passes the denial on too.
    if ((ws[j - 1]?.word === 'to' || ws[j - 1]?.word === 'in') && READINESS.has(ws[j - 2]?.word ?? '') && ws[j + 1]?.word === 'to') continue;
    // "did not want this strike" denies the strike as "never wanted to strike" does.
    if (WANTING.has(w) && ws.slice(j + 1, i).every((x) => FUNCTION_WORDS.has(x.word))) continue;
    // "Nobody in Győr will be left": the place after the pronoun qualifies it; the verb is denied.
    if (qualifiesPronoun(ws, j)) continue;
    // "nobody would face proceedings": a denying subject denies its verb's object too (not a
    // place after a preposition: "Nobody will stay in Győr without water" does not deny Győr).
    return ws.slice(j + 1, i).every((x) => DETERMINERS.has(x.word)) && deniedSubjectBefore(ws, j);
  }
  return false;
}

/** Conjunctions that open a clause of their own, past which a denial does not reach. */
const CONTRASTS = new Set(['but', 'while', 'whereas', 'although', 'though']);

/**
 * Determiners: between a denied verb and its object ("Nobody should spend such a night in a car"),
 * and before the place that qualifies a denying pronoun ("nobody on the islands").
 */
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'such', 'this', 'that', 'these', 'those', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Nouns, verbs and adjectives that end in "-ly" like an adverb ("No family should ..."). */
const LY_NOT_ADVERBS = new Set([
  'family', 'supply', 'assembly', 'rally', 'reply', 'ally', 'july', 'italy', 'anomaly', 'monopoly', 'apply', 'comply', 'imply', 'rely',
  'multiply', 'belly', 'bully', 'jelly', 'lily', 'holy', 'ugly', 'elderly', 'friendly', 'lonely', 'lovely', 'deadly', 'costly', 'silly',
  'homily', 'folly', 'melancholy', 'butterfly', 'firefly', 'dragonfly', 'jolly', 'wily',
]);

/** True for a word that reads as an adverb by its ending ("really", "fully"). */
function isAdverb(w: string): boolean {
  return w.length > 3 && w.endsWith('ly') && !LY_NOT_ADVERBS.has(w);
}

/** Words that place what follows in time or order, and deny nothing of their own. */
const PLACING_WORDS = new Set(['next', 'coming', 'following', 'last', 'past', 'same', 'other', 'first']);

/** Pronouns that deny the verb they are the subject of ("nobody would face", "nothing was lost"). */
const DENYING_SUBJECTS = new Set(['nobody', 'none', 'nothing', 'noone']);

/** True when the words before the verb at `verb` are a denying subject and function words only. */
function deniedSubjectBefore(ws: ReadonlyArray<{ word: string }>, verb: number): boolean {
  for (let j = verb - 1; j >= 0 && j >= verb - 4; j--) {
    const w = ws[j].word;
    if (DENYING_SUBJECTS.has(w) || (w === 'one' && ws[j - 1]?.word === 'no')) return true;
    if (!FUNCTION_WORDS.has(w)) return false;
  }
  return false;
}

/** Words after "nothing" or "no" that deny what a "that" clause after them says ("nothing to suggest that", "no indication that"). */
const GROUNDS_WORDS = new Set(['suggest', 'suggests', 'indicate', 'indicates', 'show', 'shows', 'indication', 'evidence', 'sign', 'signs', 'proof']);

/**
 * The stretches of a telling (word indices, end exclusive) that a denial of grounds covers as a
 * whole: "There is nothing at this stage to suggest that the fire was started deliberately" denies
 * that the fire was started deliberately, every word of it; "no indication at this stage that this
 * was an act of terrorism" that it was. The stretch ends where another clause opens.
 */
function deniedClauses(ws: ReadonlyArray<{ word: string }>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < ws.length; i++) {
    // "None of our injured citizens have a danger of life": what follows the verb is denied.
    if (ws[i].word === 'none' && ws[i + 1]?.word === 'of') {
      const verb = ws.findIndex((w, k) => k > i + 1 && k <= i + 8 && NONE_OF_VERBS.has(w.word));
      if (verb >= 0) {
        // (Words carry no stops here: a short reach keeps the next sentence out.)
        let end = verb + 1;
        while (end < ws.length && end < verb + 1 + NONE_OF_REACH && !CLAUSE_OPENERS.has(ws[end].word)) end++;
        out.push([verb + 1, end]);
      }
      continue;
    }
    if (ws[i].word !== 'nothing' && ws[i].word !== 'no') continue;
    const grounds = ws.findIndex((w, k) => k > i && k <= i + 6 && GROUNDS_WORDS.has(w.word));
    if (grounds < 0) continue;
    // "no sign that it would fail", or with the "that" left out: "no sign it would fail".
    const that = ws.findIndex((w, k) => k > grounds && k <= grounds + 4 && w.word === 'that');
    const bare = that < 0 && CLAUSE_SUBJECTS.has(ws[grounds + 1]?.word ?? '') ? grounds : -1;
    if (that < 0 && bare < 0) continue;
    let end = (that < 0 ? bare : that) + 1;
    const from = end;
    // "no sign that hackers had been involved and that the evidence pointed to a fault": a second
    // "that" clause is said, not denied.
    while (end < ws.length && !CLAUSE_OPENERS.has(ws[end].word) && !((ws[end].word === 'and' || ws[end].word === 'or') && ws[end + 1]?.word === 'that')) end++;
    out.push([from, end]);
  }
  return out;
}

/** Words that open a clause after a grounds word whose "that" is left out ("no sign it would fail"). */
const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'the', 'this', 'there', 'anyone', 'anything']);

/** Most words after the verb of a "none of ..." clause that it denies. */
const NONE_OF_REACH = 4;
/** Verbs after "none of ...", whose clause the "none" denies. */
const NONE_OF_VERBS = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'need', 'needs', 'face', 'faces', 'suffered', 'suffer']);

/** Negations that stand for a subject ("nobody", "nothing"), which a prepositional phrase may qualify. */
const PRONOUN_NEGATIONS = new Set(['nobody', 'nothing', 'none', 'noone']);
const QUALIFYING_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'on']);

/** True when word `i` ends a phrase qualifying a negated pronoun: "Győr" in "nobody in Győr", "islands" in "nobody on the islands". */
function qualifiesPronoun(ws: ReadonlyArray<{ word: string }>, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(ws[j].word)) j--;
  return j >= 1 && QUALIFYING_PREPOSITIONS.has(ws[j].word) && PRONOUN_NEGATIONS.has(ws[j - 1].word);
}

/** Verbs of wanting, which pass a denial on to what is wanted, a verb or a thing ("did not want this strike"). */
const WANTING = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'intend', 'intends', 'intended', 'seek', 'seeks', 'sought', 'plan', 'plans', 'planned', 'like', 'likes', 'liked']);

/**
 * Words of readiness, ability, obligation or purpose before "to" that pass a denial on to the verb
 * ("not ready to raise", "not able to say", "No Beninese must be obliged to choose" as "should have
 * to choose", "did not come to humiliate anyone", "never wanted to strike").
 */
const READINESS = new Set([
  'ready', 'able', 'willing', 'prepared', 'allowed', 'permitted', 'going', 'likely', 'set', 'about', 'in', 'position', 'afford', 'manage', 'dare', 'bear',
  'obliged', 'forced', 'required', 'compelled', 'bound',
  'come', 'came', 'go', 'went', 'mean', 'meant', 'try', 'tried', 'aim', 'aimed', ...WANTING,
]);

/** Words between a negation and what it denies ("not enough time", "no single sign"). */
const QUANTIFIERS = new Set(['enough', 'any', 'some', 'single', 'much', 'many', 'more', 'longer', 'even', 'yet', 'again']);
