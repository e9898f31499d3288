/**
 * Reported speech as facts: what a named person said, in the article's own words ("Hendra
 * Wiratama, who runs the volcanology centre, said a larger explosion could be ruled out"). Set
 * against the person's words quoted in another article (contradictions/paraphraseRules.ts), a
 * report that drops or adds a negation on the same words reverses what was said. Only a sentence
 * that opens with the speaker's name (an apposition between commas allowed) and a verb of saying
 * is read, and only what follows the verb.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, spanOf, type DetailedFact } from './detail';
import { datelineOf, sentenceMentions } from './documentIndex';
import { personKey } from './roles';

/** Verbs that introduce what was said, in the past. */
const SAID = /^(?:said|told\s+(?:\p{L}+\s+){0,3}?(?=that\b|the\b|\p{Ll})|added|insisted|warned|stressed|maintained|argued|acknowledged|conceded|explained|noted)\s+(?:that\s+)?/u;

/** A quick test before any other work: most sentences report no speech. */
const SAID_ANYWHERE = /\b(?:said|told|added|insisted|warned|stressed|maintained|argued|acknowledged|conceded|explained|noted)\b/u;

/** Reported-speech facts of one sentence. */
export function reportedSpeechFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  if (!SAID_ANYWHERE.test(s.text)) return [];
  const people = sentenceMentions(doc, s.index).filter((m) => m.type === 'PERSON');
  if (people.length === 0) return [];
  const dateline = datelineOf(doc);
  const opening = Math.max(s.start, dateline && dateline.end > s.start && dateline.end < s.end ? dateline.end : s.start);
  const speaker = people.find((m) => m.start >= opening && /^[\s"“*_-]*$/u.test(doc.text.slice(opening, m.start)));
  if (!speaker) return [];
  // After the name: an apposition between commas ("…, who runs the centre,"), then the verb.
  let rest = doc.text.slice(speaker.end, s.end);
  const apposition = /^,[^,;"“”]{1,100},\s*/u.exec(rest);
  let at = speaker.end;
  if (apposition) {
    rest = rest.slice(apposition[0].length);
    at += apposition[0].length;
  } else {
    const space = /^\s+/u.exec(rest);
    rest = rest.slice(space?.[0].length ?? 0);
    at += space?.[0].length ?? 0;
  }
  const verb = SAID.exec(rest);
  if (!verb) return [];
  const clauseStart = at + verb[0].length;
  const clause = doc.text.slice(clauseStart, s.end).replace(/[.!?\s]+$/u, '');
  // A direct quote right after the verb is the quotes stage's; reported speech is the writer's words.
  if (clause.length < 12 || /^["“]/u.test(clause)) return [];
  const key = personKey(speaker.text);
  if (!key) return [];
  const span = spanOf(doc, speaker.start, clauseStart + clause.length);
  return [
    factAt(doc, span, {
      kind: 'quote',
      subject: `reported:${key}`,
      attribute: 'reported speech',
      value: { kind: 'text', text: speaker.text },
      display: span.text,
      detail: { sentence: s.index, reported: { speaker: key, text: clause } },
    }),
  ];
}
