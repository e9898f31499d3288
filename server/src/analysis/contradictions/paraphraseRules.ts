/**
 * A person's words quoted in one article against the same words reported in another with the
 * negation dropped or added: "we cannot rule out a larger explosion in the coming days" against
 * "said ... a larger explosion in the coming days could be ruled out"; "When it is safe again, we
 * will go back" against "said the charity would not go back ... even when it is safe again". The
 * two must share at least `MIN_SHARED` content words (half of the shorter's), so that they are one
 * remark told two ways, and one of those words must be negated in one telling and not in the other.
 */
import { stem } from '../corroboration/stem';
import type { DetailedFact } from '../facts/detail';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { NEGATIONS } from './quoteRules';

const MIN_SHARED = 4;
const MIN_SHARE = 0.5;
/** Quotes and reports in articles further apart than this are not compared. */
const MAX_DAYS_APART = 7;
/** How many words before a word a negation may stand and still negate it ("cannot rule", "would not go"). */
const NEGATION_REACH = 3;
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

/** Adds the contradictions between quoted words and reported speech among `facts` to `sink`. */
export function paraphraseContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const said = facts.filter((f) => f.detail.quote || f.detail.reported);
  if (!said.some((f) => f.detail.reported)) return;
  const visits = new PairVisits();
  const speakerOf = (f: DetailedFact) => f.detail.quote?.speaker ?? f.detail.reported?.speaker;
  const textOf = (f: DetailedFact) => f.detail.quote?.inner ?? f.detail.reported!.text;
  for (const { key: speaker, facts: group } of eventGroups(said, ctx, speakerOf, textOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      if (x.uri === y.uri || Boolean(x.detail.quote) === Boolean(y.detail.quote)) return false;
      const [quoted, reported] = x.detail.quote ? [x, y] : [y, x];
      const flipped = flippedWord(tokens(textOf(quoted)), tokens(textOf(reported)));
      if (!flipped) return false;
      const [a, b] = x === quoted ? [quoted, reported] : [reported, quoted];
      return sink.add(`paraphrase|${speaker}|${docPairKey(a, b)}`, {
        kind: 'quote',
        fact: `what ${reported.value.kind === 'text' ? reported.value.text : speaker} said`,
        explanation:
          `${shortName(quoted.uri)} quotes ${quoted.display}; ${shortName(reported.uri)} reports “${reported.display}”. ` +
          `The same words, but “${flipped}” is negated in one and not in the other, which reverses what was said.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** Lower-case words, with "n't" split off ("wouldn't" stays whole; both forms are negations). */
function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[’']/gu, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/**
 * A content word both tellings share that one negates and the other does not, when they share
 * enough content words to be one remark; undefined otherwise.
 */
function flippedWord(a: readonly string[], b: readonly string[]): string | undefined {
  const content = (ws: readonly string[]) => new Set(ws.filter((w) => !FUNCTION_WORDS.has(w) && !NEGATIONS.has(w)).map(stem));
  const ca = content(a);
  const cb = content(b);
  const shared = [...ca].filter((w) => cb.has(w));
  if (shared.length < MIN_SHARED || shared.length < MIN_SHARE * Math.min(ca.size, cb.size)) return undefined;
  for (const w of shared) {
    const na = negatedAt(a, w);
    const nb = negatedAt(b, w);
    // The word as the report writes it ("ruled", not its stem).
    if (na === undefined || nb === undefined || na === nb) continue;
    // The same phrase must be negated: "we will go back" / "would not go back". A shared word whose
    // neighbours differ has only moved to another clause ("no evidence of an attack" / "the
    // evidence pointed to a fault", where the paraphrase denies with "no sign of hackers").
    if (!neighbours(a, w).some((x) => neighbours(b, w).includes(x))) continue;
    return b.find((x) => stem(x) === w) ?? w;
  }
  return undefined;
}

/** How many content words on each side of a word make up its phrase. */
const PHRASE_REACH = 2;

/** The content words (stems) within `PHRASE_REACH` content words of the first occurrence of stem `w` in `ws`. */
function neighbours(ws: readonly string[], w: string): string[] {
  const i = ws.findIndex((x) => stem(x) === w);
  const isContent = (x: string) => !FUNCTION_WORDS.has(x) && !NEGATIONS.has(x) && !x.endsWith("n't");
  const before = ws.slice(0, i).filter(isContent).slice(-PHRASE_REACH);
  const after = ws.slice(i + 1).filter(isContent).slice(0, PHRASE_REACH);
  return [...before, ...after].map(stem);
}

/** Whether the first occurrence of stem `w` in `ws` has a negation just before it; undefined when absent. */
function negatedAt(ws: readonly string[], w: string): boolean | undefined {
  const i = ws.findIndex((x) => stem(x) === w);
  if (i < 0) return undefined;
  return ws.slice(Math.max(0, i - NEGATION_REACH), i).some((x) => NEGATIONS.has(x) || x.endsWith("n't"));
}
