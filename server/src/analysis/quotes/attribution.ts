/**
 * Who said a quoted passage: the speaker named or pronoun used next to a speech verb, before the
 * quotation ("Smith said: ...", "according to Smith") or after it ("..., he said", "..., said
 * Smith", "..., Smith told reporters").
 */
import { ABBREVIATED_TITLES, ROLE_WORDS } from '../lexicon/titles';
import type { Mention, Span } from '../types';
import { ACCORDING_TO, isDescribeVerb, isSpeechVerb, SPEAKER_PRONOUN, WORD } from './speechVerbs';

/** A speaker as written: a name mention, a pronoun, or a capitalised phrase. */
export interface SpeakerRef extends Span {
  text: string;
  /** The name mention, when the speaker is one. */
  mention?: Mention;
  pronoun: boolean;
}

/** A speech verb found in a stretch of text. */
export interface VerbHit extends Span {
  word: string;
  describe: boolean;
}

/** Words a speech verb may follow without breaking the link to its subject ("he also said"). */
const AUXILIARY_OR_ADVERB = /^(?:also|later|then|has|had|have|was|is|were|are|would|will|could|did|does|again|once|earlier|previously|not|never|further|still|who|which)$/iu;
/** What follows a verb that reports a new statement instead of attributing the one before. */
const OPENS_CLAUSE = /^\s*(?:\p{Ll}+ly\s+)?(?:that|how|whether|what|why|if|it|this)\b/u;
/** A common-noun subject right before the verb: "the union", "a spokesperson for the operators". */
const NOUN_PHRASE =
  /(?:^|[^\p{L}’'])((?:the|a|an)\s+[\p{Ll}][\p{L}’'-]*(?:\s+[\p{Ll}][\p{L}’'-]*){0,2}(?:\s+(?:for|of|at)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)?)\s*$/iu;
/** ", who ..." up to the verb, without another comma. */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose|whom)\b[^,]*$/u;
/** Abbreviated honorifics and ranks with their full stop: "Ms. ", "Dr. ", "Col. ". */
const HONORIFICS = [...ABBREVIATED_TITLES, 'Jr', 'St'].join('|');
const HONORIFIC_STOP = new RegExp(String.raw`\b(?:${HONORIFICS})\.(?=\s)`, 'gu');
/** How far before a verb its subject is looked for, in UTF-16 units. */
const MAX_LOOK_BACK = 160;
/**
 * Words after a quotation within which its verb of saying is looked for: a name with a long
 * apposition comes first ('"...," Soala Ikiriko, chairman of the union's PHRC branch, told ...').
 */
const MAX_TAIL_WORDS_TO_VERB = 14;

/** Speech (and describing) verbs in [start, end), lower-case forms only ("States" is not "states"). */
export function speechVerbsIn(text: string, start: number, end: number): VerbHit[] {
  const out: VerbHit[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const word = m[0];
    if (!/^\p{Ll}/u.test(word)) continue;
    const speech = isSpeechVerb(word);
    const describe = !speech && isDescribeVerb(word);
    if (speech || describe) out.push({ start: start + m.index, end: start + m.index + word.length, word, describe });
  }
  return out;
}

/**
 * The subject of a verb starting at `verbStart`, looking back no further than `from`: the name or
 * pronoun right before the verb, skipping auxiliaries, adverbs and a parenthesis set off by commas
 * or dashes ("Smith, speaking in Rome, said"). Falls back to the first name of the stretch.
 */
export function subjectBefore(
  text: string,
  from: number,
  verbStart: number,
  names: readonly Mention[],
  fallback = true,
): SpeakerRef | undefined {
  // Subjects sit close to their verb; a bounded look-back keeps long paragraphs cheap.
  from = Math.max(from, verbStart - MAX_LOOK_BACK);
  let end = verbStart;
  // Skip auxiliaries and -ly adverbs between subject and verb.
  for (;;) {
    const m = /([\p{L}’'-]+)\s*$/u.exec(text.slice(from, end));
    if (!m) break;
    const word = m[1];
    if (!AUXILIARY_OR_ADVERB.test(word) && !/^\p{Ll}[\p{L}]*ly$/u.test(word)) break;
    end = from + m.index;
  }
  let cut = trimRight(text, from, end);
  // A parenthesis closed by a comma or dash right before the verb: jump over it.
  if (cut > from && /[,—–]/u.test(text[cut - 1])) {
    const inner = text.slice(from, cut - 1);
    const open = Math.max(inner.lastIndexOf(','), inner.lastIndexOf('—'), inner.lastIndexOf('–'));
    // "the dam's chief engineer, Sunita Rai, told reporters": a name set off after a title is
    // the speaker the title describes, not an aside to jump over.
    const named = open >= 0 ? namedAfterTitle(text, from, from + open, cut - 1, names) : undefined;
    if (named) return mentionRef(named);
    if (open >= 0) cut = trimRight(text, from, from + open);
  }
  // A relative clause between subject and verb ("Smith, who campaigned on ..., has said").
  const relative = RELATIVE_CLAUSE.exec(text.slice(from, cut));
  if (relative) cut = trimRight(text, from, from + relative.index);
  const named = names.find((n) => n.start >= from && n.end <= cut && cut - n.end <= 1);
  // "Katrin Voßberg from the Federal Ministry of the Interior said", "Jo Doe of Amnesty said": the
  // body says where the person works; the person speaks.
  const link = named && named.type !== 'PERSON' ? /\s(?:from|of|at)\s+(?:the\s+)?$/u.exec(text.slice(from, named.start)) : null;
  const member = link ? names.find((n) => n.type === 'PERSON' && /\s\p{Lu}/u.test(n.text) && n.start >= from && n.end <= from + link.index && from + link.index - n.end <= 1) : undefined;
  if (member) return mentionRef(member);
  // "A bus driver travelling towards Sanok said": a name after such a preposition is where the
  // speaker was going or came from (or whom they work for), not the speaker.
  if (named && /\b(?:to|towards|toward|from|in|at|near|into)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(from, named.start - 12), named.start))) return undefined;
  if (named) return mentionRef(named);
  const last = /([\p{L}]+)\s*$/u.exec(text.slice(from, cut));
  if (last && SPEAKER_PRONOUN.test(last[1])) {
    const s = from + last.index;
    return { start: s, end: s + last[1].length, text: last[1], pronoun: true };
  }
  const phrase = /(?:^|[^\p{L}’'])((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*)\s*$/u.exec(text.slice(from, cut));
  if (phrase && !/^(?:The|A|An|But|And|Still|However|Yet)$/u.test(phrase[1])) {
    const s = from + phrase.index + phrase[0].indexOf(phrase[1]);
    return { start: s, end: s + phrase[1].length, text: phrase[1], pronoun: false };
  }
  const phraseSubject = NOUN_PHRASE.exec(text.slice(from, cut));
  if (phraseSubject && !/^(?:the|a|an)\s+(?:same|other|first|last|next)$/iu.test(phraseSubject[1])) {
    const s = from + phraseSubject.index + phraseSubject[0].indexOf(phraseSubject[1]);
    return { start: s, end: s + phraseSubject[1].length, text: phraseSubject[1], pronoun: false };
  }
  if (!fallback) return undefined;
  // A person named at the start of a long parenthesis ("Smith, who ..., has said"): only when an
  // apposition or parenthesis opens right after the name.
  const first = names.find((n) => n.start >= from && n.end <= verbStart && n.type === 'PERSON' && /^\s*[,—–(]/u.test(text.slice(n.end, n.end + 3)));
  return first ? mentionRef(first) : undefined;
}

/**
 * The person named alone between the commas at `open` and `close`, after a description that ends
 * in a lower-case word ("the dam's chief engineer, Sunita Rai,"), if there is one.
 */
/** Nothing, or an abbreviated honorific or rank only ("Dra.", "Col."), between a comma and the name after it. */
const COURTESY_BEFORE_NAME = new RegExp(String.raw`^\s*(?:(?:${HONORIFICS})\.?\s+)?$`, 'u');

function namedAfterTitle(text: string, from: number, open: number, close: number, names: readonly Mention[]): Mention | undefined {
  const person = names.find((n) => n.type === 'PERSON' && n.start > open && n.end <= close);
  // (A courtesy title may stand before the name: "the vice-president of CNE, Dra. Filomena Nunes,".)
  if (!person || !COURTESY_BEFORE_NAME.test(text.slice(open + 1, person.start)) || text.slice(person.end, close).trim() !== '') return undefined;
  const head = text.slice(from, open);
  const before = /([\p{L}’'-]+)\s*$/u.exec(head);
  if (before && /^\p{Ll}/u.test(before[1])) return person;
  // "The president of Unirea, Horia Ciocârlan,": a role of a named body, then the person.
  // "Coordinator of Yayasan Jejak Rimba, Nur Aini Rahmawati," opens its sentence with the role.
  const roleOf = /(?:^|\s)(?:[Tt]he\s+)?((?:[\p{L}-]+\s+){1,3})(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s*){1,5}$/u.exec(head);
  // (A compound role counts by its parts: "the director-manager of the Bioparque, Rafael Ortega,".)
  return roleOf && roleOf[1].split(/[\s-]+/u).some((w) => ROLE_WORDS.has(w.toLowerCase())) ? person : undefined;
}

/**
 * Attribution after a quotation: "..., he said", "..., said Smith", "..., Smith told reporters".
 * `tailStart` is right after the closing mark, `tailEnd` the end of its sentence.
 */
export function speakerAfter(text: string, tailStart: number, tailEnd: number, names: readonly Mention[]): SpeakerRef | undefined {
  const words = [...text.slice(tailStart, tailEnd).matchAll(WORD)].slice(0, MAX_TAIL_WORDS_TO_VERB);
  const verbWord = words.find((w) => /^\p{Ll}/u.test(w[0]) && (isSpeechVerb(w[0]) || isDescribeVerb(w[0])));
  if (!verbWord || verbWord.index === undefined) return undefined;
  const verbStart = tailStart + verbWord.index;
  const verbEnd = verbStart + verbWord[0].length;
  const before = text.slice(tailStart, verbStart);
  // A full stop ends the attribution, unless it closes an honorific ("Ms. Vân said").
  if (/[.;:!?]/u.test(before.replace(HONORIFIC_STOP, ' '))) return undefined;
  // "..., Smith said that ..." opens a new statement rather than attributing the quotation.
  if (OPENS_CLAUSE.test(text.slice(verbEnd, tailEnd))) return undefined;
  if (/[\p{L}]/u.test(before)) return subjectBefore(text, tailStart, verbStart, names);
  // Inverted order: the subject follows the verb ("said Smith", "said the ministry's spokesman, Jo Doe").
  if (verbWord[0].endsWith('ing')) return undefined;
  const first = names.find((n) => n.start >= verbEnd && n.start - verbEnd <= 40 && !/[.;:!?]/u.test(text.slice(verbEnd, n.start).replace(HONORIFIC_STOP, ' ')));
  // "said from the Mission Control Center (TsUP) in Korolev the executive director ... Sergey
  // Belyakov": where the words were said comes first; the person named last in the clause speaks.
  // ("declared for Capitala Azi the general director of Metrorex, Valentin Drăgulescu": the outlet
  // the words were said to comes first in the same way.)
  const placed = first && /^\s+(?:from|in|at|for|to)\s/u.test(text.slice(verbEnd, first.start)) ? personEndingClause(text, verbEnd, names) : undefined;
  if (placed) return mentionRef(placed);
  // "said AOPS press officer Rodrigo Falcão": the organisation qualifies the role; the person speaks.
  // "said the village head of Kalisoka, Darmanto": the place after "of" may have been taken for a
  // person (it stands where speakers stand); the name after the comma speaks.
  const after = first && ((first.type !== 'PERSON' ? personAfterRole(text, first, names) : undefined) ?? personAfterRoleOf(text, verbEnd, first, names) ?? first);
  if (after) return mentionRef(after);
  const pronoun = /^\s+(he|she|they|it|we|I)\b/u.exec(text.slice(verbEnd, tailEnd));
  if (pronoun) {
    const s = verbEnd + pronoun[0].indexOf(pronoun[1]);
    return { start: s, end: s + pronoun[1].length, text: pronoun[1], pronoun: true };
  }
  return personOfRoleAfter(text, tailStart, verbEnd, tailEnd, names);
}

/** A speaker named by a mention. */
function mentionRef(m: Mention): SpeakerRef {
  return { start: m.start, end: m.end, text: m.text, mention: m, pronoun: false };
}

/** The last person named between `from` and the end of its sentence, within a short reach. */
function personEndingClause(text: string, from: number, names: readonly Mention[]): Mention | undefined {
  // (An honorific's full stop is blanked to its own length, so that the position found stays the text's.)
  const stop = text.slice(from, from + PLACED_SPEAKER_REACH).replace(HONORIFIC_STOP, (m) => ' '.repeat(m.length)).search(/[.;!?](?:\s|$)/u);
  const end = stop < 0 ? from + PLACED_SPEAKER_REACH : from + stop;
  return names.filter((n) => n.type === 'PERSON' && n.start >= from && n.end <= end).pop();
}

/** How far after "said from ..." the speaker's name is looked for. */
const PLACED_SPEAKER_REACH = 200;

/** How far before a quotation the person a role word stands for ("..., said the minister") is looked for. */
const ROLE_LOOK_BACK = 400;

/**
 * "..., affirmed the minister.": a role word alone after the verb stands for the person the text
 * just named with that role ("The minister of Communications, Cláudia Serrano, defended ...").
 * The last person named before the quotation whose name has the role word close before or after it.
 */
function personOfRoleAfter(text: string, tailStart: number, verbEnd: number, tailEnd: number, names: readonly Mention[]): SpeakerRef | undefined {
  const role = /^\s+the\s+([\p{Ll}-]+)\s*(?:[.,;!?]|$)/u.exec(text.slice(verbEnd, tailEnd));
  if (!role || !ROLE_WORDS.has(role[1])) return undefined;
  const word = new RegExp(`\\b${role[1]}\\b`, 'iu');
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i];
    if (n.end > tailStart) continue;
    if (tailStart - n.end > ROLE_LOOK_BACK) break;
    if (n.type !== 'PERSON') continue;
    if (word.test(text.slice(Math.max(0, n.start - 60), n.start)) || word.test(text.slice(n.end, n.end + 40))) {
      const start = verbEnd + role[0].indexOf(role[1]);
      return { start, end: start + role[1].length, text: n.text, mention: n, pronoun: false };
    }
  }
  return undefined;
}

/** The person named after `org` and a role ("Acme spokesman Jo Doe", "Acme's chief executive, Jo Doe"), if any. */
function personAfterRole(text: string, org: Mention, names: readonly Mention[]): Mention | undefined {
  const next = names.find((n) => n.start >= org.end && n.type === 'PERSON');
  if (!next || next.start - org.end > 40) return undefined;
  const between = text.slice(org.end, next.start);
  if (!/^(?:['’]s)?,?\s+(?:the\s+)?(?:[\p{Ll}-]+,?\s+){1,4}$/u.test(between)) return undefined;
  return between.split(/[\s,]+/u).some((w) => ROLE_WORDS.has(w)) ? next : undefined;
}

/** A comma after a body's name, its acronym in brackets before it, and a rank or courtesy title after it, written out or abbreviated. */
const RANK_AFTER_BODY = new RegExp(
  String.raw`^\s*(?:\([^()]{1,12}\)\s*)?,\s*(?:(?:captain|engineer|professor|colonel|major|general|madam|(?:${HONORIFICS})\.?)\s+)?$`,
  'iu',
);

/**
 * The person named after a role of a place or body and a comma ("said the village head of
 * Kalisoka, Darmanto", "said the mayor of Varl, Ana Costa"): `place` is the first name after the
 * verb, the role is written between the verb and it. A lone name after the comma counts even when
 * nothing typed it a person.
 */
function personAfterRoleOf(text: string, verbEnd: number, place: Mention, names: readonly Mention[]): Mention | undefined {
  // (The role may be written in capitals: "said the Secretary General of KUNM, Madam Gladys W. Mwangi".)
  const role = /^\s+(?:the\s+|a\s+)?((?:[\p{L}-]+\s+){1,4})(?:of|for|in|at)\s+(?:the\s+)?$/u.exec(text.slice(verbEnd, place.start));
  if (!role || !role[1].split(/\s+/u).some((w) => ROLE_WORDS.has(w.toLowerCase()))) return undefined;
  const next = names.find((n) => n.start >= place.end && (n.type === 'PERSON' || n.type === 'MISC'));
  // (The body's acronym in brackets and a rank or a courtesy title may stand between: "of the
  // Asociación Sindical de Pilotos de Andina (ASPA), captain Andres Figueroa", "of KUNM, Madam Gladys Mwangi".)
  if (!next || !RANK_AFTER_BODY.test(text.slice(place.end, next.start)) || !/^\s*(?:[.,;!?]|$)/u.test(text.slice(next.end, next.end + 2))) return undefined;
  return next;
}

/**
 * Attribution before a quotation, inside its sentence: the last speech verb before the opening
 * mark and its subject ("Smith said: ...", "Smith described the talks as ...").
 */
export function speakerBefore(
  text: string,
  headStart: number,
  headEnd: number,
  names: readonly Mention[],
  shortQuote: boolean,
): SpeakerRef | undefined {
  const verbs = speechVerbsIn(text, headStart, headEnd);
  const verb = verbs[verbs.length - 1];
  if (verb) {
    // Scare quotes of one or two words count only right after a describing phrase
    // ("described the talks as 'useful'", "called it 'a farce'").
    if (shortQuote) {
      const between = text.slice(verb.end, headEnd).trim();
      const words = between.split(/\s+/u).filter(Boolean).length;
      const describing = between === '' || /(?:\bas|:)$/u.test(between) || (verb.describe && words <= 3);
      if (!describing || words > 6) return undefined;
    }
    // "Bogdan Żurawski, leader of the Ruch Suwerenny (Sovereign Movement), turned down the
    // invitation, calling the format '...'": a participle after a comma has the sentence's subject.
    const opener = /^\p{Ll}+ing$/u.test(text.slice(verb.start, verb.end)) && /,\s*$/u.test(text.slice(headStart, verb.start)) ? personOpening(text, headStart, verb.start, names) : undefined;
    if (opener) return mentionRef(opener);
    // "X noted ... but emphasized that '...'": coordinated verbs share the first one's subject.
    for (let i = verbs.length - 1; i >= 0; i--) {
      const subject = subjectBefore(text, headStart, verbs[i].start, names, false);
      if (subject) return subject;
    }
    return subjectBefore(text, headStart, verb.start, names);
  }
  // "Smith: ..." as in headlines and transcripts.
  const colon = names.find((n) => n.start >= headStart && /^\s*:\s*$/u.test(text.slice(n.end, headEnd)));
  if (colon) return mentionRef(colon);
  // "Also Mayor Ursula Büchel was very happy: '...'": a sentence that opens with a person and ends
  // in a colon before the quotation introduces that person's words.
  const introduced = /:\s*$/u.test(text.slice(headStart, headEnd)) ? personOpening(text, headStart, headEnd, names) : undefined;
  if (introduced) return mentionRef(introduced);
  // "Smith's summary, '...'", "the minister's reply: '...'": a possessive name and a word for what was said.
  const possessive = names.find((n) => n.start >= headStart && POSSESSIVE_REMARK.test(text.slice(n.end, headEnd)));
  if (possessive) return mentionRef(possessive);
  return undefined;
}

/** The person a sentence opens with, a title in capitals before the name allowed ("Prime Minister X"). */
function personOpening(text: string, from: number, to: number, names: readonly Mention[]): Mention | undefined {
  const first = names.find((n) => n.start >= from && n.end <= to);
  if (!first || first.type !== 'PERSON') return undefined;
  return /^\s*(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(from, first.start)) ? first : undefined;
}

/** After a name, right before a quotation: "'s summary,", "'s words:", "’s message was". */
const POSSESSIVE_REMARK =
  /^['’]s\s+(?:own\s+)?(?:summary|words|message|comment|comments|reply|response|answer|verdict|assessment|line|remark|remarks|statement|promise|warning|view|quip|retort|slogan)(?:\s+(?:was|is))?\s*[,:]?\s*$/u;

/** "according to Smith" anywhere in [start, end): the first name after the phrase. */
export function accordingTo(text: string, start: number, end: number, names: readonly Mention[]): SpeakerRef | undefined {
  const slice = text.slice(start, end);
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(slice); m; m = ACCORDING_TO.exec(slice)) {
    const from = start + m.index + m[0].length;
    const name = names.find((n) => n.start >= from && n.start - from <= 40 && !/[.;:!?,]/u.test(text.slice(from, n.start)));
    if (name) return mentionRef(name);
  }
  return undefined;
}

function trimRight(text: string, from: number, end: number): number {
  while (end > from && /\s/u.test(text[end - 1])) end--;
  return end;
}
