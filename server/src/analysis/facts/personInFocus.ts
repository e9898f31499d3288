/**
 * The person a sentence tells of when it may name them only by a pronoun or a description ("she
 * won silver", "the 23-year-old gave a sample"): the one person the sentence is about
 * (subjectPerson of eventDayFacts.ts), or, when it names nobody, the person of the nearest sentence
 * before it that names one, a few sentences back at most. Undefined when that cannot be told.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { datelineOf, sentenceMentions } from './documentIndex';
import { subjectPerson } from './eventDayFacts';

/** Sentences looked back through for the person a pronoun stands for. */
const LOOK_BACK = 3;

/** The entity id of the person `s` tells of (see the file comment). */
export function personInFocus(doc: DocumentAnalysis, s: Sentence): string | undefined {
  const dateline = datelineOf(doc);
  for (let i = s.index; i >= 0 && i >= s.index - LOOK_BACK; i--) {
    const sentence = doc.sentences[i];
    if (!sentence || (i < s.index && sentence.heading)) return undefined;
    const person = subjectPerson(doc, sentence, dateline);
    if (person !== null) return person;
  }
  return undefined;
}

/** The protagonist of each document, worked out once. */
const protagonists = new WeakMap<DocumentAnalysis, string | null>();

/**
 * The person an article is about: the one named most often, when no other is named as often.
 * Undefined when the article names nobody, or two people equally often.
 */
export function protagonistOf(doc: DocumentAnalysis): string | undefined {
  let found = protagonists.get(doc);
  if (found === undefined) {
    const counts = new Map<string, number>();
    for (const s of doc.sentences ?? []) {
      for (const m of sentenceMentions(doc, s.index)) if (m.type === 'PERSON' && m.id) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    found = ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
    protagonists.set(doc, found);
  }
  return found ?? undefined;
}
