/**
 * Reported speech as facts: what a named person said, in the article's own words ("Hendra
 * Wiratama, who runs the volcanology centre, said a larger explosion could be ruled out"). Set
 * against the person's words quoted in another article (contradictions/paraphraseRules.ts), a
 * report that drops or adds a negation on the same words reverses what was said. Only a sentence
 * that opens with the speaker's name (an apposition between commas allowed, or a title or a
 * description before it: "The head of the service, Ana Lind, said", "Chief of GSS Zaverje X told
 * to our radio that"; the name's body after it: "X of the PSP, the national police force, said"),
 * or with "He"/"She" after a sentence that names one person (an opening phrase of time or place
 * allowed: "In his Facebook live, he said"), and then a verb of saying is read ("said", "wrote on
 * Instagram that", "..., saying"), and only what follows the verb. A sentence that opens "According
 * to <name>," reports what follows the comma.
 */
import type { DocumentAnalysis, ResolvedEntity, Sentence, TextSpan } from '../types';
import { factAt, spanOf, type DetailedFact } from './detail';
import { datelineOf, sentenceMentions } from './documentIndex';
import { accordingTo } from '../quotes/attribution';
import { OPENS_ACCORDING_TO } from '../quotes/speechVerbs';
import { speakerKey } from './roles';

/**
 * Verbs that introduce what was said, in the past: the report follows them, perhaps after "that".
 * ("denied" and "rejected" are left out: what follows them was not said but refused.)
 */
const REPORTING_VERBS =
  'said|added|insisted|warned|stressed|maintained|argued|acknowledged|conceded|explained|noted|admitted|accepted|recogni[sz]ed|complained|claimed|assured|promised|confirmed|declared|stated|reiterated|emphasi[sz]ed|underlined|announced|revealed';
/** Verbs that introduce what was said only with a "that" after where or to whom: "told reporters ... that", "wrote on Instagram that". */
const REPORTING_VERBS_WITH_THAT = 'told|wrote|posted|tweeted';

/**
 * A reporting verb, perhaps after an adverb ("however accepted that", "admitted to the journalists
 * that"); "told" with its audience and a "that" ("told reporters on Tuesday in Hanoi that"), since
 * what follows "told reporters" without one may be an object ("told reporters the figures"); and
 * "wrote" with where ("wrote on Instagram that").
 */
const SAID = new RegExp(
  String.raw`^(?:(?:however|also|later|then|again|\p{L}+ly)\s+)?(?:(?:${REPORTING_VERBS})\s+(?:(?:to|before|in front of)\s+(?:the\s+)?(?:journalists|reporters|press|media)\s+)?(?:that\s+)?|told\s+(?:[\p{L}.’'-]+\s+){1,7}?that\s+|(?:wrote|posted|tweeted)\s+(?:(?:on|in)\s+(?:[\p{L}.’'-]+\s+){1,4}?)?that\s+)`,
  'u',
);

/** A quick test before any other work: most sentences report no speech. */
const SAID_ANYWHERE = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|${REPORTING_VERBS_WITH_THAT}|saying|[Aa]ccording\s+to)\b`, 'u');

/** The comma after the source, perhaps after a description of them ("…, a spokeswoman for the prosecutors,"). */
const AFTER_SOURCE = /^(?:,\s*(?:the|a|an|who)\s[^,;"“”]{1,100})?,\s*/iu;

/** A verb phrase without a comma or a quote, then "and", before a verb of saying. */
const FIRST_VERB_PHRASE = /^\p{Ll}[^,;:"“”.]{2,80}?\s+and\s+/u;

/**
 * The speaker's own verb phrase, then what they said in a participle after a comma: "called the
 * walkout irresponsible but struck a conciliatory note, saying the company was prepared to ...".
 * The participle's subject is the sentence's, so the speaker is the one named before the verb.
 */
const SAYING_AFTER = /^\p{Ll}[^;:"“”.]{2,160}?,\s+saying\s+(?:that\s+)?/u;

/** A speaker as written, with the id of the person it names when the entities stage resolved one. */
type Speaker = TextSpan & { id?: string };

/**
 * Reported-speech facts of one sentence. With `entities`, the speaker is keyed by the resolved
 * person's name, as quotes are (quoteFacts.ts), so that "According to Castañeda" meets the words
 * quoted from "Marina Castanheda" once the two spellings are one person.
 */
export function reportedSpeechFactsOf(doc: DocumentAnalysis, s: Sentence, entities?: ReadonlyMap<string, ResolvedEntity>): DetailedFact[] {
  if (!SAID_ANYWHERE.test(s.text)) return [];
  const dateline = datelineOf(doc);
  const opening = Math.max(s.start, dateline && dateline.end > s.start && dateline.end < s.end ? dateline.end : s.start);
  // ("National Treasury CS Grace Muriuki": a title run into a name may be typed a person too.)
  for (const speaker of [...namedSpeakers(doc, s, opening), pronounSpeaker(doc, s, opening)]) {
    if (!speaker) continue;
    const fact = reportedAfter(doc, s, speaker, entities);
    if (fact) return [fact];
  }
  const according = reportAccordingTo(doc, s, opening, entities);
  return according ? [according] : [];
}

/**
 * "According to Castañeda, there are indications that the board knew": what the source said, in
 * the writer's words, after the comma that closes the source's name. The source is read as the
 * quotes stage reads it (quotes/attribution.ts), from a sentence that opens with the phrase.
 */
function reportAccordingTo(doc: DocumentAnalysis, s: Sentence, opening: number, entities?: ReadonlyMap<string, ResolvedEntity>): DetailedFact | undefined {
  if (!OPENS_ACCORDING_TO.test(doc.text.slice(opening, s.end))) return undefined;
  const people = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON');
  const source = accordingTo(doc.text, opening, s.end, people);
  if (!source) return undefined;
  const comma = AFTER_SOURCE.exec(doc.text.slice(source.end, s.end));
  const id = people.find((m) => m.start < source.end && source.start < m.end)?.id;
  return comma ? reportFact(doc, s, { ...source, id }, source.end + comma[0].length, entities) : undefined;
}

/** The reported speech after a speaker's name, when a verb of saying follows it. */
function reportedAfter(doc: DocumentAnalysis, s: Sentence, speaker: Speaker, entities?: ReadonlyMap<string, ResolvedEntity>): DetailedFact | undefined {
  // After the name: an apposition between commas ("…, who runs the centre,"), or the comma that
  // closes an apposition before the name ("The head of the service, Ana Lind, said"); then the verb.
  let rest = doc.text.slice(speaker.end, s.end);
  let at = speaker.end;
  const skip = (n: number) => {
    rest = rest.slice(n);
    at += n;
  };
  // "Superintendent Rui Magalhães of the PSP, the national police force, said": the body after the name is the title's.
  const body = OF_BODY_AFTER.exec(rest);
  if (body) skip(body[0].length);
  const closing = /^,\s*/u.exec(rest);
  const apposition = /^,[^,;"“”]{1,100},\s*/u.exec(rest);
  if (closing && SAID.test(rest.slice(closing[0].length))) skip(closing[0].length);
  else if (apposition) skip(apposition[0].length);
  else skip(/^\s*/u.exec(rest)![0].length);
  // "Bao put the defeat down to the red card and said he could not accept ...": a first verb
  // phrase, then the saying, by the same subject.
  const first = !SAID.test(rest) ? FIRST_VERB_PHRASE.exec(rest) : null;
  if (first && SAID.test(rest.slice(first[0].length))) skip(first[0].length);
  const verb = SAID.exec(rest) ?? SAYING_AFTER.exec(rest);
  if (!verb) return undefined;
  return reportFact(doc, s, speaker, at + verb[0].length, entities);
}

/** The reported-speech fact of `speaker` whose report starts at `clauseStart` and runs to the sentence's end. */
function reportFact(doc: DocumentAnalysis, s: Sentence, speaker: Speaker, clauseStart: number, entities?: ReadonlyMap<string, ResolvedEntity>): DetailedFact | undefined {
  const clause = doc.text.slice(clauseStart, s.end).replace(/[.!?\s]+$/u, '');
  // A direct quote right after the verb is the quotes stage's; reported speech is the writer's words.
  if (clause.length < 12 || /^["“]/u.test(clause)) return undefined;
  // Keyed as quotes' speakers are, so that the report meets the person's quoted words.
  const person = speaker.id ? entities?.get(speaker.id) : undefined;
  const key = speakerKey(person?.type === 'PERSON' ? person.canonical : speaker.text);
  if (!key) return undefined;
  const span = spanOf(doc, speaker.start, clauseStart + clause.length);
  return factAt(doc, span, {
      kind: 'quote',
      subject: `reported:${key}`,
      attribute: 'reported speech',
      value: { kind: 'text', text: speaker.text },
      display: span.text,
      detail: { sentence: s.index, reported: { speaker: key, text: clause } },
  });
}

/**
 * The people a sentence may open with: "Hendra Wiratama, who runs the centre, said", after a title
 * ("Colonel Jorge Valdivia said"), or after a description in apposition, "The head of the prison
 * service, Cătălin Moraru, conceded".
 */
function namedSpeakers(doc: DocumentAnalysis, s: Sentence, opening: number): Speaker[] {
  const people = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON');
  return people.filter((m) => {
    if (m.start < opening) return false;
    const before = doc.text.slice(opening, m.start);
    return /^[\s"“*_-]*$/u.test(before) || DESCRIPTION_BEFORE.test(before) || TITLE_BEFORE.test(before) || LOWER_TITLE_BEFORE.test(before) || BODY_TITLE_BEFORE.test(before) || TITLE_OF_BODY_BEFORE.test(before);
  });
}

/** A title in capitals before a name: "Colonel ", "Police Chief ", "Dr. ". */
const TITLE_BEFORE = /^[\s"“*_-]*(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}$/u;
/** The body a titled person belongs to, written after the name: " of the PSP", " of Carpatia Turism". */
const OF_BODY_AFTER = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s*){1,4}(?=[,\s])/u;

/** A title with its body before a name: "Chief of GSS Zaverje ", "Head of the Fire Service ". */
const TITLE_OF_BODY_BEFORE = /^[\s"“*_-]*(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}$/u;

/** A title in lower case after an article, as pages abroad write their own offices: "The intendente ". */
const LOWER_TITLE_BEFORE = /^[\s"“*_-]*(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/iu;

/** A body's name, then a role in lower case: "Mekong boss ", "Union spokeswoman ". */
const BODY_TITLE_BEFORE = /^[\s"“*_-]*(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u;

/** A description before a name in apposition: "The head of Romania's prison service, ". */
const DESCRIPTION_BEFORE = /^[\s"“*_-]*(?:the|a|an)\s[^,;:"“”]{1,60},\s*$/iu;

/**
 * "He said there were signs ...": a sentence that opens with a personal pronoun speaks for the
 * one person the sentence before names (when it names exactly one), taken as the pronoun's
 * referent. The span returned is the pronoun's (so that the verb is read after it), with the name's text.
 */
function pronounSpeaker(doc: DocumentAnalysis, s: Sentence, opening: number): Speaker | undefined {
  // After an opening phrase of time or place ("In his Facebook live in the morning, he said ...").
  const pronoun = /^[\s"“*_-]*(?:(?:In|On|At|After|Later|Earlier|During|Speaking|Asked|Before)\b[^,;:"“”.]{0,60},\s*)?(He|She|he|she)\b/u.exec(doc.text.slice(opening, s.end));
  if (!pronoun || s.index === 0) return undefined;
  const before = new Map(sentenceMentions(doc, s.index - 1).filter((m) => m.type === 'PERSON' && m.id).map((m) => [m.id!, m]));
  if (before.size !== 1) return undefined;
  const person = [...before.values()][0];
  const start = opening + pronoun[0].length - pronoun[1].length;
  return { start, end: start + pronoun[1].length, text: person.text, id: person.id };
}
