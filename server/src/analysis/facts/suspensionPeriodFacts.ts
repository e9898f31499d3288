/**
 * How long people are suspended or banned, as facts: "the board suspended three deputies for 60
 * days", "barred three deputies for two months", "decided the suspension of the mandates of
 * deputies A, B and C for 90 days", "the two players were banned for a year". A sanction handed to
 * one group at one time has one length; two articles that give two lengths cannot both be right
 * (periodRules.ts).
 *
 * The fact is keyed by who is sanctioned (a noun of SANCTIONED, singular): a player's ban and a
 * club official's are two sanctions. A sentence that names no such noun between the verb and the
 * length, or as the subject of a passive, is left out, as are extensions, doubts and requests
 * ("prosecutors asked for a ban of five years"), which are not the sanction's length.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { singularNoun } from './countedThings';
import { subjectOf } from './closurePeriodFacts';
import { findPeriodLengths, lengthsAfterVerbs } from './periodLengths';
import { periodFact, type PeriodFact } from './periodFact';
import { plural } from './quantityFacts';

/** A cheap test: a sentence without one of these words holds no suspension. */
const CUE = /\b(?:suspen|bann|barred|ban\b)/iu;
/** The act, active or passive ("suspended", "were barred"), or its noun ("the suspension of"). */
const SANCTION = /\b(?:(?:is|are|was|were|be|been|being)\s+)?(?:suspended|banned|barred)\b|\b(?:suspension|ban)\s+(?:of|on)\b/giu;
/** People and bodies that are suspended or banned, singular. */
const SANCTIONED = new Set([
  'deputy', 'mp', 'lawmaker', 'legislator', 'senator', 'councillor', 'councilor', 'member', 'minister', 'official', 'officer', 'judge',
  'player', 'athlete', 'footballer', 'rider', 'cyclist', 'runner', 'coach', 'manager', 'referee', 'driver', 'jockey', 'boxer', 'club', 'team',
  'employee', 'worker', 'doctor', 'nurse', 'teacher', 'student', 'pupil', 'lawyer', 'journalist', 'broker', 'trader', 'executive', 'director',
]);
/** What makes the length another one than the sanction's: an extension, a doubt, a request, a law's maximum. */
const NOT_THE_LENGTH = /\b(?:another|further|additional|extra|extend(?:ed|s)?|extension|reduced|cut|if|unless|could|might|may|would|not|never|up\s+to|maximum|asked|sought|seeks?|requested|demanded|faces?|facing|risks?)\b|n[’']t\b/iu;
/** Most characters between the act and "for" the length. */
const MAX_REACH = 120;

/** Suspension-length facts of one sentence. */
export function suspensionPeriodFactsOf(doc: DocumentAnalysis, s: Sentence): PeriodFact[] {
  const text = s.text;
  if (!CUE.test(text)) return [];
  const lengths = findPeriodLengths(text);
  if (lengths.length === 0) return [];
  const out: PeriodFact[] = [];
  for (const { verb: v, verbAt, length, between } of lengthsAfterVerbs(text, lengths, SANCTION, /\bfor\s+$/iu, MAX_REACH)) {
    const before = text.slice(0, verbAt);
    if (NOT_THE_LENGTH.test(`${between} ${length.text}`) || NOT_THE_LENGTH.test(before.slice(-40))) continue;
    // "has been suspended for three weeks" tells the time so far; "were suspended" names its subject.
    if (/\bha(?:s|ve|d)\s+$/iu.test(before.slice(-10)) && /^been\b/iu.test(v[0])) continue;
    const passive = /^(?:is|are|was|were|be|been|being)\s/iu.test(v[0]);
    const who = sanctionedIn(between) ?? (passive ? sanctionedIn(subjectOf(before)) : undefined);
    if (!who) continue;
    out.push(periodFact(doc, s, verbAt, length.end, {
      key: `suspended:${who}`,
      what: `the suspension of the ${plural(who)}`,
      days: length.days,
      written: length.text,
    }));
  }
  return out;
}

/** The first noun of SANCTIONED in `text`, singular. */
function sanctionedIn(text: string): string | undefined {
  for (const m of text.matchAll(/[\p{L}’'-]+/gu)) {
    const noun = singularNoun(m[0].toLowerCase());
    if (SANCTIONED.has(noun)) return noun;
  }
  return undefined;
}
