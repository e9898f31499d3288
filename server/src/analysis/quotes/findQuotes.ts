/**
 * Quotations and their speakers.
 *
 * Quoted passages are found by their marks (see quoteMarks.ts), then attributed, in this order:
 * a speech verb after the quotation ("..., he said"), one before it in the same sentence ("Smith
 * said: ..."), "according to Smith", and finally the speaker of the quotation just before it in the
 * same paragraph (a quote that goes on after its attribution). Pronouns are resolved within the
 * paragraph first (see resolvePronoun), then to the last person named as a speaker, else to the last
 * person named. Quotes of one or two words (scare
 * quotes, titles) get a speaker only right after a describing verb ("described the talks as ...").
 */
import { givenNameGender } from '../lexicon/givenNameGender';
import { TITLE_HEADS } from '../lexicon/titles';
import { NAME_TYPES, type Mention, type Quote, type Sentence, type Span } from '../types';
import { accordingTo, speakerAfter, speakerBefore, speechVerbsIn, subjectBefore, type SpeakerRef } from './attribution';
import { findQuotedPassages, type QuotedPassage } from './quoteMarks';
import { spanContaining, spansWithin } from '../text/sortedSpans';

/** A speaker with a name, remembered for resolving later pronouns. */
interface NamedSpeaker {
  text: string;
  person: boolean;
  at: number;
  paragraph: number;
}

const SHORT_QUOTE_WORDS = 2;
/** How far after a speech verb a speaker's name may start ("said Smith"); see attribution.ts. */
const NAME_REACH_AFTER_VERB = 60;

/** Finds the quotations of a document and attributes each to a speaker where the text allows. */
export function findQuotes(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Quote[] {
  if (sentences.length === 0) return [];
  const names = mentions.filter((m) => NAME_TYPES.has(m.type)).sort((a, b) => a.start - b.start);
  const passages = findQuotedPassages(text, paragraphSpans(sentences));
  // Passages are in text order and do not overlap, so "inside a quotation" is a binary search.
  const insideQuote = (span: Span) => spanContaining(passages, span.start, span.end, (p) => ({ start: p.innerStart, end: p.innerEnd })) !== undefined;
  const outsideQuotes = names.filter((n) => !insideQuote(n));
  const speakers = namedSpeechSubjects(text, sentences, insideQuote, outsideQuotes);
  // "he"/"she" refer back to a person the text surely names, not to a capitalised word at a
  // sentence start that the entity stage only kept as a maybe ("Industry Minister Anna Kovac").
  const confidentNames = outsideQuotes.filter((n) => !n.evidence.some((e) => e.cue === 'tentative'));

  const quotes: Quote[] = [];
  let previous: { passage: QuotedPassage; quote: Quote; paragraph: number } | undefined;
  for (let index = 0; index < passages.length; index++) {
    const passage = passages[index];
    const first = sentenceAt(sentences, passage.start);
    const last = sentenceAt(sentences, Math.max(passage.start, passage.end - 1)) ?? first;
    if (!first || !last) continue;
    const inner = text.slice(passage.innerStart, passage.innerEnd).trim();
    const short = (inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= SHORT_QUOTE_WORDS;
    const quote: Quote = { start: passage.start, end: passage.end, text: text.slice(passage.start, passage.end), inner };

    const samePara = previous !== undefined && previous.paragraph === first.paragraph;
    const headStart = samePara && previous!.passage.end > first.start ? previous!.passage.end : first.start;
    const next = passages[index + 1];
    const tailEnd = Math.min(last.end, next && next.start < last.end ? next.start : last.end);
    const endsSentence = /[.]\s*$/u.test(inner) && /^\s*\p{Lu}/u.test(text.slice(passage.end, passage.end + 3));

    // Attribution looks only at the quotation's own sentences (and a few words after them).
    const nearby = spansWithin(outsideQuotes, first.start, last.end + NAME_REACH_AFTER_VERB);
    const after = () => (endsSentence ? undefined : speakerAfter(text, passage.end, tailEnd, nearby));
    const before = () => speakerBefore(text, headStart, passage.start, nearby, short);
    // A scare quote is attributed by the describing verb before it; a full quote usually after it.
    // A pull quote's credit line says who spoke before any sentence around it can.
    let ref: SpeakerRef | undefined = short ? (before() ?? after()) : (creditLine(text, passage.end, outsideQuotes) ?? after() ?? before());
    if (!ref && !short) ref = accordingTo(text, first.start, last.end, nearby);
    if (ref) {
      const name = ref.pronoun ? resolvePronoun(ref, speakers, confidentNames, sentences) : ref.text;
      quote.speakerSpan = { start: ref.start, end: ref.end };
      if (name) quote.speaker = name;
    } else if (!short && previous?.quote.speaker && (passage.continues || samePara)) {
      // The quotation goes on after its attribution, or runs on from the previous paragraph.
      quote.speaker = previous.quote.speaker;
      if (previous.quote.speakerSpan) quote.speakerSpan = previous.quote.speakerSpan;
    }
    if (quote.speaker && ref && !ref.pronoun) {
      const paragraph = sentenceAt(sentences, ref.start)?.paragraph ?? first.paragraph;
      // Keep speakers in text order; the new one is almost always the last, so insert from the end.
      let at = speakers.length;
      while (at > 0 && speakers[at - 1].at > ref.start) at--;
      speakers.splice(at, 0, { text: quote.speaker, person: ref.mention?.type !== undefined ? ref.mention.type === 'PERSON' : true, at: ref.start, paragraph });
    }
    quotes.push(quote);
    previous = { passage, quote, paragraph: last.paragraph };
  }
  return quotes;
}

/**
 * A pull quote's credit on the line after it ("> — Lucía Benavente, after the final"): a dash,
 * then the person who said it.
 */
function creditLine(text: string, end: number, names: readonly Mention[]): SpeakerRef | undefined {
  const dash = /^["”’]?[ \t]*\r?\n(?:[ \t]*>?[ \t]*\r?\n)?[ \t]*>?[ \t]*[—–-]{1,2}[ \t]*/u.exec(text.slice(end, end + 40));
  if (!dash) return undefined;
  const at = end + dash[0].length;
  // The credit's capitalised words ("Archbishop Václav Kameník", "Yerlan Sadvakassov"), which must
  // hold a person the entity stage found: the name runs from the first of them that is no title to
  // their end, since a word the entity stage left out or split off ("Petar" and "Dobrev" may be
  // two mentions, "Yerlan" opens its line) still belongs to the name.
  const run = /^\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*)*/u.exec(text.slice(at, at + 80));
  if (!run) return undefined;
  const runEnd = at + run[0].replace(/\.$/u, '').length;
  const person = spansWithin(names, at, runEnd).find((n) => n.type === 'PERSON');
  if (!person) return undefined;
  // The name starts after the last title word before the person ("JAXA Vice President Takeshi
  // Morimoto": a body and its post come first).
  let start = at;
  for (const w of text.slice(at, person.start).matchAll(/\S+\s*/gu)) {
    if (TITLE_HEADS.has(w[0].trim().replace(/\.$/u, '').toLowerCase())) start = at + (w.index ?? 0) + w[0].length;
  }
  const name = text.slice(start, runEnd);
  return name === person.text ? { start, end: person.end, text: name, mention: person, pronoun: false } : { start, end: runEnd, text: name, pronoun: false };
}

/** Spans of the paragraphs, from the sentences (which already leave furniture out). */
function paragraphSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  let current: (Span & { paragraph: number }) | undefined;
  for (const s of sentences) {
    if (current && current.paragraph === s.paragraph) current.end = s.end;
    else {
      current = { start: s.start, end: s.end, paragraph: s.paragraph };
      out.push(current);
    }
  }
  return out.map(({ start, end }) => ({ start, end }));
}

/** The sentence holding offset `at` (binary search; sentences are in order). */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  // Between two sentences (whitespace): the next one.
  return sentences[lo];
}

/**
 * Named subjects of speech verbs outside quotations, in text order ("Smith added that ..."): the
 * speakers that "he" and "she" refer back to.
 */
function namedSpeechSubjects(text: string, sentences: readonly Sentence[], insideQuote: (span: Span) => boolean, names: readonly Mention[]): NamedSpeaker[] {
  const out: NamedSpeaker[] = [];
  for (const s of sentences) {
    if (s.heading) continue;
    const sentenceNames = spansWithin(names, s.start, s.end);
    for (const verb of speechVerbsIn(text, s.start, s.end)) {
      if (verb.describe || insideQuote(verb)) continue;
      const subject = subjectBefore(text, s.start, verb.start, sentenceNames, false);
      if (subject && !subject.pronoun && subject.mention) {
        out.push({ text: subject.text, person: subject.mention.type === 'PERSON', at: subject.start, paragraph: s.paragraph });
      }
    }
  }
  return out;
}

/** How many paragraphs back (the pronoun's own, then the one before) a pronoun looks for its person. */
const PRONOUN_PARAGRAPHS = 2;

/**
 * "he"/"she" after a quotation. Within the pronoun's paragraph, then the paragraph before (never
 * across a heading): the last person named as the subject of a speech verb, else the person who is
 * the subject of the nearest sentence before (the first person it names: "Minister X, who came with
 * his aide Y, ordered an audit. '...,' he said" is X, not Y). Past those paragraphs: the last person
 * named as a speaker, else the last person named.
 */
function resolvePronoun(ref: SpeakerRef, speakers: readonly NamedSpeaker[], names: readonly Mention[], sentences: readonly Sentence[]): string | undefined {
  const pronoun = ref.text.toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  // "she" is not a man named by a given name that is clearly a man's, nor "he" a woman.
  const fits = (name: string, at: number) => {
    const gender = givenNameGender(givenNameOf(name, at, names) ?? '');
    return !gender || gender === (pronoun === 'she' ? 'f' : 'm');
  };
  const local = personInParagraphs(ref.start, pronoun, speakers, names, sentences, fits);
  if (local) return local;
  for (let i = speakers.length - 1; i >= 0; i--) {
    const s = speakers[i];
    if (s.at < ref.start && s.person && fits(s.text, s.at)) return s.text;
  }
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i];
    if (n.end <= ref.start && n.type === 'PERSON' && fits(n.text, n.start)) return n.text;
  }
  return undefined;
}

/**
 * The given name of a person named at `at`: the first word of a full name, or of the full name
 * written before a surname alone; a name written alone with no fuller one before it may be a given
 * name itself ("Queen Leonor").
 */
function givenNameOf(name: string, at: number, names: readonly Mention[]): string | undefined {
  if (/\s/u.test(name)) return name.split(/\s+/u)[0];
  const full = names.find((m) => m.end <= at && m.type === 'PERSON' && /\s/u.test(m.text) && m.text.split(/\s+/u).pop() === name);
  return full ? full.text.split(/\s+/u)[0] : name;
}

/** The paragraph-local part of resolvePronoun: a speaker, else a sentence's subject, before `at`. */
function personInParagraphs(
  at: number,
  pronoun: string,
  speakers: readonly NamedSpeaker[],
  names: readonly Mention[],
  sentences: readonly Sentence[],
  fits: (name: string, at: number) => boolean,
): string | undefined {
  const own = sentenceAt(sentences, at);
  if (!own) return undefined;
  // Sentence.index is the position in the document's sentence list.
  let i = sentences[own.index] === own ? own.index : sentences.indexOf(own);
  // A one-word name that only its capital marks as a person ("said Kilima offered a foothold") is
  // taken only when no sentence before it in these paragraphs names a surer person.
  let weak: string | undefined;
  for (let step = 0; step < PRONOUN_PARAGRAPHS && i >= 0; step++) {
    const paragraph = sentences[i].paragraph;
    for (let k = speakers.length - 1; k >= 0 && speakers[k].paragraph >= paragraph; k--) {
      const s = speakers[k];
      if (s.at < at && s.person && s.paragraph === paragraph && fits(s.text, s.at)) return s.text;
    }
    for (; i >= 0 && sentences[i].paragraph === paragraph; i--) {
      const s = sentences[i];
      // A heading opens a new section: what came before it is another story.
      if (s.heading) return weak;
      // "He said he had informed Prime Minister X": a sentence led by the same pronoun tells of the
      // same person, so the people it names are others; the person is named further back.
      if (samePronounLeads(s.text, pronoun)) continue;
      // A name run into the person's without a comma is not the person ("the chief executive of
      // Proudex Radka Šindelářová": the firm is a capitalised word typed by default).
      const inSentence = spansWithin(names, s.start, Math.min(s.end, at));
      const people = inSentence.filter(
        (n, k) => n.type === 'PERSON' && fits(n.text, n.start) && !(inSentence[k + 1]?.type === 'PERSON' && inSentence[k + 1].start === n.end + 1 && !n.evidence.some((e) => e.type === 'PERSON' && e.weight >= 1)),
      );
      // The first that something marks as a person, or the surname of one named before: in "The
      // minister of Science, Technology and Innovation, Rosângela Quintela, ... she said",
      // "Science" is a person only by default.
      const weight = (n: Mention) => n.evidence.reduce((w, e) => w + (e.type === 'PERSON' ? e.weight : 0), 0);
      const surely = (n: Mention) => weight(n) >= 1 || isSurnameOfEarlier(n, names);
      const person = people.find(surely) ?? people.find((n) => /\s/u.test(n.text));
      if (person) return person.text;
      weak ??= people[0]?.text;
    }
  }
  return weak;
}

/** True when `sentence` opens with `pronoun` ("He said ...", "She cited ..."). */
function samePronounLeads(sentence: string, pronoun: string): boolean {
  return (pronoun === 'she' ? LEADING_SHE : LEADING_HE).test(sentence);
}

const LEADING_HE = /^\W*he\b/iu;
const LEADING_SHE = /^\W*she\b/iu;

/** True when a one-word name is the last word of a fuller person's name written before it ("Ciobanu" after "Cristian Ciobanu"). */
function isSurnameOfEarlier(n: Mention, names: readonly Mention[]): boolean {
  if (/\s/u.test(n.text)) return false;
  return names.some((m) => m.end <= n.start && m.type === 'PERSON' && /\s/u.test(m.text) && m.text.split(/\s+/u).pop() === n.text);
}
