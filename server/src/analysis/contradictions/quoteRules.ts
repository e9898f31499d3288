/**
 * Contradictions about quotations:
 * - attribution: the same words (at least four, in one spelling of English) given to two different
 *   people, or a partial quote (at least six words, or one whole sentence of at least four) given to
 *   one person and found word for word in another's longer remark;
 * - wording: one person's quote given in two nearly identical versions that differ in a way that
 *   changes the meaning (a negation added or dropped, a different number, or a few words swapped
 *   for others inside a quote otherwise given word for word). A paraphrase with other words is not
 *   a contradiction, and neither are two different remarks or a quote cut short.
 */
import type { DetailedFact } from '../facts/detail';
import { quoteWords } from '../facts/quoteFacts';
import { speakerKey } from '../facts/roles';
import { slug } from '../entities/resolveEntities';
import type { Steps } from '../steps';
import type { Passage } from '../types';
import { daysApart, eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';
import { stem } from '../corroboration/stem';
import { conceptsOf } from '../corroboration/synonyms';
import { isPluralPeopleNoun, TITLE_HEADS } from '../lexicon/titles';

const MIN_WORDS = 4;
/**
 * A remark of at least this many words, quoted word for word in two articles, was made once:
 * the articles need not share names to tell one event (one article names the speaker only in the
 * quote's sentence), though they must still tell the same kind of event on the same days.
 */
const VERBATIM_WORDS = 8;
/** ...when the two articles came out within this many days of each other (a stock phrase recurs over weeks). */
const VERBATIM_DAYS = 2;

/** True when two quote facts of one group (same words) are a long remark reported within a few days. */
function verbatimRemark(a: DetailedFact, b: DetailedFact): boolean {
  const days = daysApart(a.published, b.published);
  return a.detail.quote!.words.length >= VERBATIM_WORDS && days !== undefined && Math.abs(days) <= VERBATIM_DAYS;
}
/** Quotes in articles further apart than this are not compared. */
const MAX_DAYS_APART = 30;
/** Share of the shorter quote's words found in the longer for two quotes to be one remark. */
const SAME_REMARK = 0.75;
/** Words that negate what follows them in a remark (lower case, apostrophes as "'"). */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', "n't", 'cannot', "can't", "won't", "don't", "doesn't", "didn't",
  "isn't", "aren't", "wasn't", "weren't", "wouldn't", "couldn't", "shouldn't",
]);
const NUMBER_WORD = /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)$/u;

/**
 * True when a quote is credited to a title alone ("the Minister said"), to a group ("Prosecutors
 * said") or to a description with no name ("the district's top administrator"): whom it stands for
 * is not known, so it gives no speaker to set against a named one.
 */
function namelessSpeaker(f: DetailedFact): boolean {
  const written = (f.value.kind === 'text' ? f.value.text : f.detail.quote!.speaker).trim();
  const shown = written.replace(/^the\s+/iu, '');
  // "The district's top administrator": a description with no name in it.
  if (/^the\s/iu.test(written) && !/\s\p{Lu}/u.test(` ${shown}`)) return true;
  return !/\s/u.test(shown) && (TITLE_HEADS.has(shown.toLowerCase()) || isPluralPeopleNoun(shown.toLowerCase()));
}

/** A quote's passage with the words that credit it, so that the passage shows whom the article credits. */
function attributedPassage(f: DetailedFact): Passage {
  const at = f.detail.quote?.attributed;
  return at ? { uri: f.uri, start: at.start, end: at.end, text: at.text } : passageOf(f);
}

/**
 * For each speaker key of a person ("quiroga"), the bodies some title makes them an officer of, as
 * ids and as the slug of the name written ("Communications manager X of Andina Litio"): such a
 * person speaks for the body.
 */
function speakersForBodies(facts: readonly DetailedFact[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of facts) {
    const p = f.kind === 'title' ? f.detail.person : undefined;
    if (!p?.organisation) continue;
    const key = speakerKey(p.name);
    const bodies = out.get(key) ?? [];
    bodies.push(...(p.organisationEntity ? [p.organisationEntity] : []), slug(p.organisation));
    out.set(key, bodies);
  }
  return out;
}

/** True when one speaker is a body ("org:andina-litio-s-a") that the other is an officer of. */
function speaksForBody(speaksFor: ReadonlyMap<string, string[]>, person: string, body: string): boolean {
  if (!body.startsWith('org:')) return false;
  const id = body.slice('org:'.length);
  return (speaksFor.get(person) ?? []).some((b) => id === b || id.startsWith(`${b}-`));
}

/** Adds the quote contradictions among `facts` to `sink`. */
export function* quoteContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const quotes = facts.filter((f) => f.kind === 'quote' && f.detail.quote && f.detail.quote.words.length >= MIN_WORDS);
  // Attribution: grouped by the quote's words, compared across speakers.
  const attributionVisits = new PairVisits();
  const speaksFor = speakersForBodies(facts);
  // (One spelling of English: a paper respells the words it quotes, "kilometer" for "kilometre".)
  for (const { facts: group } of eventGroups(quotes, ctx, (f) => sameSpelling(f.detail.quote!.words).join(' '), (f) => f.detail.quote!.speaker, MAX_DAYS_APART)) {
    yield;
    forEachPair(group, (a, b) => {
      const qa = a.detail.quote!;
      const qb = b.detail.quote!;
      if (qa.speaker === qb.speaker || namelessSpeaker(a) || namelessSpeaker(b)) return false;
      // A body's statement read out by its own officer ("Andina Litio said in a statement" /
      // "its communications manager said the company ...") has one source.
      if (speaksForBody(speaksFor, qa.speaker, qb.speaker) || speaksForBody(speaksFor, qb.speaker, qa.speaker)) return false;
      return sink.add(`attribution|${qa.words.join(' ')}|${docPairKey(a, b)}`, {
        kind: 'attribution',
        fact: `who said “${truncate(qa.inner)}”`,
        explanation: `${shortName(a.uri)} gives these words to ${a.value.kind === 'text' ? a.value.text : qa.speaker}, ${shortName(b.uri)} to ${b.value.kind === 'text' ? b.value.text : qb.speaker}; one remark has one speaker.`,
        items: [attributedPassage(a), attributedPassage(b)],
      }, [a, b]);
    }, { visits: attributionVisits, maxDays: MAX_DAYS_APART, tiedByWords: verbatimRemark });
  }
  yield;
  partialQuoteAttributions(quotes, sink, ctx);
  yield;
  rewordedAttributions(quotes, sink, ctx);
  yield;
  reportedRemarkAttributions(facts, quotes, sink, ctx);
  yield;
  // Wording: grouped by speaker, compared across versions of one remark.
  const wordingVisits = new PairVisits();
  for (const { key: speaker, facts: group } of eventGroups(quotes, ctx, (f) => f.detail.quote!.speaker, (f) => f.detail.quote!.words.join(' '), MAX_DAYS_APART)) {
    yield;
    forEachPair(group, (a, b) => {
      // Whole quotes first; then, when one article quotes a sentence more of the remark, its
      // sentences, where only a negation told one way and the other may differ ("We will not raise
      // the hull." / "We will raise the hull. She has rested ...").
      const [wa, ...sentencesA] = versionsOf(a);
      const [wb, ...sentencesB] = versionsOf(b);
      let why = changedWording(wa, wb);
      for (const x of sentencesA.length > 0 ? sentencesA : [wa]) {
        for (const y of sentencesB.length > 0 ? sentencesB : [wb]) if (!why && onlyNegationDiffers(x, y)) why = 'one version is negated and the other is not';
      }
      if (!why) return false;
      return sink.add(`quote|${speaker}|${docPairKey(a, b)}`, {
        kind: 'quote',
        fact: `${a.value.kind === 'text' ? a.value.text : speaker}'s words`,
        explanation: `${shortName(a.uri)} quotes ${a.display}, ${shortName(b.uri)} quotes ${b.display}: ${why}, which changes what was said.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits: wordingVisits, maxDays: MAX_DAYS_APART });
  }
}

/**
 * What makes two versions of one remark (word lists) say different things: a negation added or
 * dropped, other numbers, or a few words swapped inside the same words; undefined when they are the
 * same, another remark, or differ otherwise.
 */
function changedWording(wa: readonly string[], wb: readonly string[]): string | undefined {
  if (wa.join(' ') === wb.join(' ')) return undefined;
  if (wa.length < MIN_WORDS || wb.length < MIN_WORDS) return undefined;
  if (Math.abs(wa.length - wb.length) > 3 || overlap(wa, wb) < SAME_REMARK) return undefined;
  const negA = wa.filter((w) => NEGATIONS.has(w)).length;
  const negB = wb.filter((w) => NEGATIONS.has(w)).length;
  const numsA = wa.filter((w) => NUMBER_WORD.test(w)).sort().join(' ');
  const numsB = wb.filter((w) => NUMBER_WORD.test(w)).sort().join(' ');
  if (negA % 2 !== negB % 2) return 'one version is negated and the other is not';
  if (numsA && numsB && numsA !== numsB) return `the numbers differ (${numsA} against ${numsB})`;
  const swapped = substitutedWords(wa, wb);
  return swapped ? `the same words around it, but “${swapped[0]}” against “${swapped[1]}”` : undefined;
}

/** True when two word lists of at least `MIN_WORDS` words are the same but for negations, told an odd number of times more in one. */
function onlyNegationDiffers(wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length < MIN_WORDS || wb.length < MIN_WORDS) return false;
  const plain = (ws: readonly string[]) => ws.filter((w) => !NEGATIONS.has(w)).join(' ');
  const negations = (ws: readonly string[]) => ws.filter((w) => NEGATIONS.has(w)).length;
  return plain(wa) === plain(wb) && negations(wa) % 2 !== negations(wb) % 2;
}

/** A quote's words in one spelling, then each of its sentences' when it has several ("We will raise the hull. She has rested ..."). */
function versionsOf(f: DetailedFact): string[][] {
  let versions = versionCache.get(f);
  if (!versions) {
    const q = f.detail.quote!;
    const sentences = q.inner.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    versions = [sameSpelling(q.words), ...(sentences.length > 1 ? sentences.map((x) => sameSpelling(quoteWords(x))) : [])];
    versionCache.set(f, versions);
  }
  return versions;
}

const versionCache = new WeakMap<DetailedFact, string[][]>();

/**
 * Fewest words of a partial quote for it to be taken for part of another's longer remark: a
 * fragment of a few words ("a very difficult day") is anyone's.
 */
const MIN_PARTIAL_WORDS = 6;
/** Most pairs reported for one partial remark. */
const MAX_PARTIAL_REPORTS = 4;

/**
 * The same words given to two people when one article quotes them in part, inside reported speech
 * ("Prosecutor Ana Ruiz told the court that Molina “has every reason to flee”") and the other in
 * full ("“He has every reason to flee,” said Judge Eva Sanz"): the shorter quote, of at least
 * `MIN_PARTIAL_WORDS` words, runs word for word inside the longer. Quotes whose words are equal
 * are left to the attribution rule above. Quotes are indexed by their opening words, so that only
 * quotes that hold another's opening are compared.
 */
function partialQuoteAttributions(quotes: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const byOpening = new Map<string, DetailedFact[]>();
  // Shorter quotes that may be one whole sentence of a longer remark, by their words.
  const bySentence = new Map<string, DetailedFact[]>();
  for (const f of quotes) {
    const words = f.detail.quote!.words;
    if (words.length >= MIN_PARTIAL_WORDS) {
      const key = words.slice(0, MIN_PARTIAL_WORDS).join(' ');
      byOpening.set(key, [...(byOpening.get(key) ?? []), f]);
    } else if (words.length >= MIN_SENTENCE_WORDS) {
      const key = words.join(' ');
      bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
    }
  }
  if (byOpening.size === 0 && bySentence.size === 0) return;
  const visits = new PairVisits();
  // Reports per partial remark: syndicated copies of either article repeat the same pair.
  const reported = new Map<string, number>();
  const report = (part: DetailedFact, long: DetailedFact, sentence?: string) => {
    if (part.uri === long.uri || part.detail.quote!.speaker === long.detail.quote!.speaker) return;
    if (namelessSpeaker(part) || namelessSpeaker(long)) return;
    const remark = part.detail.quote!.words.join(' ');
    if ((reported.get(remark) ?? 0) >= MAX_PARTIAL_REPORTS) return;
    ctx.anchorsOf(part);
    ctx.anchorsOf(long);
    // A remark is one remark whatever events its sentences name ("said at the crash site" in a story
    // of the flight): the words run on word for word for six or more, which ties the two.
    forEachPair([part, long], (a, b) => {
      const added = sink.add(`attribution|${remark}|${docPairKey(a, b)}`, {
        kind: 'attribution',
        fact: `who said “${truncate(part.detail.quote!.inner)}”`,
        explanation:
          `${shortName(part.uri)} gives the words “${truncate(part.detail.quote!.inner)}” to ${speakerName(part)}, ` +
          `${shortName(long.uri)} quotes them inside a longer remark of ${speakerName(long)}; one remark has one speaker.`,
        // (The longer remark's passage is the sentence the other quotes, where it is one.)
        items: [a === long ? longPassage(ctx, long, sentence) : attributedPassage(a), b === long ? longPassage(ctx, long, sentence) : attributedPassage(b)],
      }, [a, b]);
      if (added) reported.set(remark, (reported.get(remark) ?? 0) + 1);
      return added;
    }, { visits, maxDays: MAX_DAYS_APART, tiedByWords: () => verbatimRemark(part, long), scope: 'remark' });
  };
  for (const long of quotes) {
    const lw = long.detail.quote!.words;
    for (let i = 0; i + MIN_PARTIAL_WORDS <= lw.length; i++) {
      for (const part of byOpening.get(lw.slice(i, i + MIN_PARTIAL_WORDS).join(' ')) ?? []) {
        const pw = part.detail.quote!.words;
        if (pw.length < lw.length && pw.every((w, n) => lw[i + n] === w)) report(part, long);
      }
    }
    // A whole sentence of the remark quoted alone ("“Nobody is quitting tomorrow,” said ...")
    // against the remark of which it is one sentence.
    if (bySentence.size === 0) continue;
    // So is a whole clause of it ("“Our door remains open,” she said" against "“Our door remains
    // open, but we will not sign ...,” said X"): a clause ends at a comma before "but", a semicolon or a dash.
    const sentences = long.detail.quote!.inner.split(SENTENCE_END);
    const clauses = sentences.flatMap((x) => x.split(CLAUSE_END)).filter((x) => !sentences.includes(x));
    if (sentences.length < 2 && clauses.length < 2) continue;
    for (const sentence of [...(sentences.length < 2 ? [] : sentences), ...clauses]) {
      for (const part of bySentence.get(quoteWords(sentence).join(' ')) ?? []) report(part, long, sentence);
    }
  }
}

/**
 * The passage of the longer remark: its sentence that holds the words; else the remark with its
 * credit, unless the credit is another quote's ("“The bus skidded ...,” Dhakal told APN. “The
 * chances ... are very slim ...”": the second remark is the one quoted).
 */
function longPassage(ctx: EventContext, long: DetailedFact, sentence: string | undefined): Passage {
  if (sentence) return sentencePassage(ctx, long, sentence);
  const at = long.detail.quote?.attributed;
  return at && (at.end <= long.span.start || at.start >= long.span.end) ? passageOf(long) : attributedPassage(long);
}

/** The passage of one sentence of a quote, or the quote's own passage when the sentence is not found in it. */
function sentencePassage(ctx: EventContext, f: DetailedFact, sentence: string): Passage {
  const at = ctx.textOf(f.uri, f.span.start, f.span.end).indexOf(sentence.trim());
  if (at < 0) return attributedPassage(f);
  const start = f.span.start + at;
  return { uri: f.uri, start, end: start + sentence.trim().length, text: sentence.trim() };
}

/**
 * Fewest words of a short quote that is one whole sentence of another's longer remark: a whole
 * sentence, even of four words, is that remark's, where a fragment of as many words is anyone's.
 */
const MIN_SENTENCE_WORDS = 4;
/** Where a clause of a quoted sentence ends: a comma before "but", a semicolon, a dash between spaces. */
const CLAUSE_END = /,\s+(?=but\b)|;\s+|\s[—–]\s/u;
const SENTENCE_END = /(?<=[.!?…])\s+/u;

/** Fewest words of the shorter quote, and of the run both share word for word, for a reworded remark. */
const MIN_REWORDED_WORDS = 6;
const MIN_REWORDED_RUN = 4;

/**
 * One remark quoted in two wordings and given to two people: "“We have waited two years for this
 * day,” he said" (the race director) against "“We waited two years for a day like this,” said"
 * the federation's president. The shorter quote must share `SAME_REMARK` of its words with the
 * longer and a run of `MIN_REWORDED_RUN` words word for word; both speakers must be people (a body
 * speaks through many). Quotes the rules above read (the same words, one inside the other) are
 * theirs.
 */
function rewordedAttributions(quotes: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const byRun = quotesByRun(quotes.filter((f) => !f.detail.quote!.speaker.startsWith('org:')));
  const visits = new PairVisits();
  for (const group of byRun.values()) {
    if (group.length < 2) continue;
    forEachPair(group, (a, b) => {
      const qa = a.detail.quote!;
      const qb = b.detail.quote!;
      if (a.uri === b.uri || qa.speaker === qb.speaker || namelessSpeaker(a) || namelessSpeaker(b)) return false;
      const wa = sameSpelling(qa.words);
      const wb = sameSpelling(qb.words);
      const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
      if (short.length < MIN_REWORDED_WORDS || overlap(short, long) < SAME_REMARK) return false;
      // The same words, or one inside the other, are the attribution rules' above.
      if (wa.join(' ') === wb.join(' ') || runsInside(long, short)) return false;
      ctx.anchorsOf(a);
      ctx.anchorsOf(b);
      return sink.add(`attribution|reworded|${docPairKey(a, b)}`, {
        kind: 'attribution',
        fact: `who said “${truncate(qa.inner)}”`,
        explanation:
          `${shortName(a.uri)} quotes ${a.display} from ${speakerName(a)}, ${shortName(b.uri)} quotes ${b.display} from ${speakerName(b)}: ` +
          `one remark in two wordings, and one remark has one speaker.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/**
 * A remark one article reports with some of its words in quotation marks ("Ms Clarke said that
 * getting the sickest guests ashore as quickly as possible “was the only responsible course”")
 * that another quotes in full from someone else ("“Getting our sickest guests ashore as quickly as
 * possible was the only responsible course,” Halvorsen told passengers"). The marks say the words
 * are the speaker's own, so the report is read as a quote of its whole clause, compared as
 * `rewordedAttributions` compares two wordings. Reports without quotation marks are paraphrase,
 * which anyone may say in their own words.
 */
function reportedRemarkAttributions(facts: readonly DetailedFact[], quotes: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const reports = facts.filter((f) => f.detail.reported && /["“”]/u.test(f.detail.reported.text));
  if (reports.length === 0) return;
  const byRun = quotesByRun(quotes.filter((f) => !f.detail.quote!.speaker.startsWith('org:') && !namelessSpeaker(f)));
  const visits = new PairVisits();
  for (const report of reports) {
    const { speaker, text } = report.detail.reported!;
    const words = sameSpelling(quoteWords(text));
    if (words.length < MIN_REWORDED_WORDS) continue;
    const candidates = new Set<DetailedFact>();
    for (let i = 0; i + MIN_REWORDED_RUN <= words.length; i++) for (const q of byRun.get(words.slice(i, i + MIN_REWORDED_RUN).join(' ')) ?? []) candidates.add(q);
    for (const quote of candidates) {
      if (quote.uri === report.uri || quote.detail.quote!.speaker === speaker || oneNameInOther(report, quote)) continue;
      if (overlap(words, sameSpelling(quote.detail.quote!.words)) < SAME_REMARK) continue;
      ctx.anchorsOf(report);
      ctx.anchorsOf(quote);
      forEachPair([report, quote], (a, b) =>
        sink.add(`attribution|reported|${docPairKey(a, b)}`, {
          kind: 'attribution',
          fact: `who said “${truncate(quote.detail.quote!.inner)}”`,
          explanation:
            `${shortName(report.uri)} reports “${truncate(text)}” from ${report.value.kind === 'text' ? report.value.text : speaker}, ` +
            `${shortName(quote.uri)} quotes ${quote.display} from ${speakerName(quote)}: one remark, and one remark has one speaker.`,
          items: [passageOf(a), passageOf(b)],
        }, [a, b]), { visits, maxDays: MAX_DAYS_APART });
    }
  }
}

/**
 * True when the name one fact gives its speaker is part of the other's ("Suh" and "Suh Jae-won"):
 * one person, whatever keys the two readers gave them.
 */
function oneNameInOther(a: DetailedFact, b: DetailedFact): boolean {
  const words = (f: DetailedFact) => (f.value.kind === 'text' ? f.value.text : '').toLowerCase().split(/[\s-]+/u).filter(Boolean);
  const [wa, wb] = [words(a), words(b)];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** Quotes by every run of `MIN_REWORDED_RUN` words they hold (spellings made one). */
function quotesByRun(quotes: readonly DetailedFact[]): Map<string, DetailedFact[]> {
  const byRun = new Map<string, DetailedFact[]>();
  for (const f of quotes) {
    const w = sameSpelling(f.detail.quote!.words);
    for (let i = 0; i + MIN_REWORDED_RUN <= w.length; i++) {
      const key = w.slice(i, i + MIN_REWORDED_RUN).join(' ');
      const list = byRun.get(key) ?? [];
      if (!list.includes(f)) list.push(f);
      byRun.set(key, list);
    }
  }
  return byRun;
}

/** True when the words of `part` run, in order and together, inside the longer `whole` (a quote cut short). */
export function runsInside(whole: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.length < whole.length && ` ${whole.join(' ')} `.includes(` ${part.join(' ')} `);
}

/** The speaker of a quote fact as the article names them. */
function speakerName(f: DetailedFact): string {
  return f.value.kind === 'text' ? f.value.text : f.detail.quote!.speaker;
}

/** Words of a quote's version around a substitution that make it the same remark, word for word. */
const MIN_SAME_AROUND = 6;
/** Most words a substitution may span on either side... */
const MAX_SWAPPED = 3;
/**
 * ...or, when at least `LONG_SAME_AROUND` words agree around it, this many: "Our offer of 5.5%
 * is above inflation, and it is final" against "..., and we are ready to improve it".
 */
const MAX_SWAPPED_IN_LONG = 6;
const LONG_SAME_AROUND = 8;
/** Words whose change does not change what was said ("we are" / "we're", "the" / "a"). */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'that', 'this', 'it', "it's", 'is', 'are', 'was',
  'were', 'be', 'been', 'we', "we're", "we've", 'i', "i'm", "i've", 'you', "you're", 'they', "they're", 'he', 'she', 'our', 'my', 'very', 'so',
  'just', 'really', 'will', "we'll", "i'll", 'would', 'have', 'has', 'had', 'do', 'did',
  // ("the loss of confidence among our clients" / "the loss of trust of our clients": a
  // translation picks its own prepositions.)
  'among', 'amongst', 'from', 'by', 'into', 'onto', 'upon',
]);

/** Words that say the same in a quote's place ("as our ancestors did" / "like our ancestors did"), both ways. */
const INTERCHANGEABLE = new Set(
  [
    ['as', 'like'], ['whether', 'if'], ['while', 'whilst'], ['among', 'amongst'], ['toward', 'towards'], ['until', 'till'], ['although', 'though'],
    // (Two translations of one word: "the loss of confidence" / "the loss of trust". Kept out of
    // corroboration's table, where "confidence" is also a vote's.)
    ['confidence', 'trust'],
  ].flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]),
);

/** Words that concede ("however", "even if he is", "no matter how"), with the subject and copula a translation adds. */
const CONCESSION = /^(?:however|although|though|even (?:if|though|when)|no matter how|whatever|whoever)(?: (?:he|she|it|they|we|you|i|this|that)(?: (?:is|are|was|were|be|may be|might be))?)?$/u;

function isConcession(words: readonly string[]): boolean {
  return CONCESSION.test(words.join(' '));
}

/**
 * "…but we stopped walking backwards" against "…but we stopped walking in circles": the two
 * versions agree word for word before and after one short stretch, and that stretch says
 * something else on each side (content words, none in common). Returns the two stretches.
 */
function substitutedWords(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const ma = a.slice(p, a.length - q);
  const mb = b.slice(p, b.length - q);
  const most = p + q >= LONG_SAME_AROUND ? MAX_SWAPPED_IN_LONG : MAX_SWAPPED;
  if (ma.length === 0 || mb.length === 0 || ma.length > most || mb.length > most || p + q < MIN_SAME_AROUND) return undefined;
  if (INTERCHANGEABLE.has(`${ma.join(' ')}|${mb.join(' ')}`)) return undefined;
  // "for anyone, however popular" / "for anybody, even if he is popular": two ways to concede.
  if (isConcession(ma) && isConcession(mb)) return undefined;
  const content = (ws: readonly string[]) => ws.filter((w) => !FUNCTION_WORDS.has(w));
  const ca = content(ma);
  const cb = content(mb);
  if (ca.length === 0 || cb.length === 0 || ca.some((w) => cb.includes(w))) return undefined;
  // "Kilima continues" / "Kilima continue": a word's inflection, as a copy-editor (or a writer in a
  // second language) changes it, says the same.
  if (ca.length === cb.length && ca.every((w, k) => stem(w) === stem(cb[k]))) return undefined;
  // "than guard a beautiful lie" / "than protect a beautiful lie": one word for another of the same
  // sense (corroboration's table of general news vocabulary) says the same.
  if (ca.length === 1 && cb.length === 1 && (conceptsOf(stem(ca[0])).some((c) => conceptsOf(stem(cb[0])).includes(c)) || INTERCHANGEABLE.has(`${ca[0]}|${cb[0]}`))) return undefined;
  return [ma.join(' '), mb.join(' ')];
}

/** The owners in "on their way to", which a quote's other version may write as "going to". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Pronouns written two ways: "no one" and "nobody", "everyone" and "everybody" say the same. */
const PRONOUN_SPELLINGS: Readonly<Record<string, string>> = {
  'no-one': 'nobody', noone: 'nobody', everyone: 'everybody', someone: 'somebody', anyone: 'anybody',
};

/**
 * A quote's words with such pronouns written one way ("no one" becomes "nobody"), and British and
 * American spellings made one ("kilometres" and "kilometers", "labour" and "labor", "organised" and
 * "organized", "travelled" and "traveled"): papers respell the words they quote to their house style.
 */
export function sameSpelling(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'no' && words[i + 1] === 'one') {
      out.push('nobody');
      i++;
    } else if (words[i] === 'on' && POSSESSIVE_DETERMINERS.has(words[i + 1]) && words[i + 2] === 'way' && words[i + 3] === 'to') {
      // "children on their way to school" and "children going to school" say the same.
      out.push('going', 'to');
      i += 3;
    } else out.push(PRONOUN_SPELLINGS[words[i]] ?? oneSpelling(withoutMarks(words[i])));
  }
  return out;
}

/** A word without its accents: "Renée" and "Renee" are one name, as a copy that strips accents writes it. */
export function withoutMarks(word: string): string {
  return /[^\x00-\x7f]/u.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

/** A word in one spelling of English: both spellings of a word map to the same form (not always a real word). */
function oneSpelling(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/(?<=\p{L}{2})tre(s?)$/u, 'ter$1')
    .replace(/(?<=\p{L}{3})our(s|ed|ing|ite|ites)?$/u, 'or$1')
    .replace(/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations|er|ers)$/u, 'iz$1')
    .replace(/(?<=\p{L}[aeiou])ll(ed|ing|er|ers)$/u, 'l$1');
}

/** Share of the shorter list's words that occur in the longer one. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(long);
  return short.filter((w) => set.has(w)).length / Math.max(1, short.length);
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
