/**
 * The person a sentence tells of when it may name them only by a pronoun or a description ("she
 * won silver", "the 23-year-old gave a sample"): the one person the sentence is about
 * (subjectPerson of eventDayFacts.ts), or, when it names nobody, the person of the nearest sentence
 * before it that names one, a few sentences back at most. Undefined when that cannot be told.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { datelineOf } from './documentIndex';
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
