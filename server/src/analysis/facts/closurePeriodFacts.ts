/**
 * How long a place or a route is closed, as facts: "Authorities closed 11 beaches ... for 10
 * days", "The beaches will stay shut for the next three weeks", "the channel will remain closed for
 * at least three months". The fact is keyed by what is closed (a noun of CLOSABLE, singular: two
 * closures of beaches are one; a road's is another) and compared by periodRules.ts. A minimum is
 * read as an estimate (periodLengths.ts). Closures extended ("for another week"), the time a
 * place has been shut so far ("has been closed for three days") and possible closures are left
 * alone: they measure something else than the length of the closure.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { singularNoun } from './countedThings';
import { findPeriodLengths, lengthsAfterVerbs } from './periodLengths';
import { periodFact, type PeriodFact } from './periodFact';

/** A cheap test: a sentence without one of these words holds no closure. */
const CUE = /\b(?:closed?|shut|sealed|cordoned)\b/iu;
/** The verb of a closure: an act ("closed", "shut down") or a state ("will stay shut", "are closed"). */
const CLOSURE_VERB = /\b(?:(?:is|are|was|were|be|been|remains?|remained|stays?|stayed|kept)\s+)?(?:closed|shut(?:\s+down)?|sealed\s+off|cordoned\s+off)\b/giu;
/** Things that are closed for a time, singular. */
const CLOSABLE = new Set([
  'beach', 'road', 'street', 'motorway', 'highway', 'bridge', 'tunnel', 'channel', 'waterway', 'canal', 'river', 'port', 'harbour', 'harbor',
  'airport', 'runway', 'airspace', 'border', 'crossing', 'school', 'university', 'park', 'museum', 'shop', 'store', 'market', 'station', 'line',
  'route', 'office', 'embassy', 'consulate', 'mine', 'factory', 'plant', 'terminal', 'site', 'area', 'zone', 'trail', 'stadium', 'venue', 'pool',
  'lake', 'coast', 'coastline', 'island', 'resort', 'hotel', 'restaurant', 'bar', 'club', 'church', 'court', 'hospital', 'ward', 'pipeline',
]);
/** Words that may follow a closed thing's noun: a preposition, a verb or a clause word, not a noun it qualifies ("port officials"). */
const AFTER_HEAD = /^(?:on|in|at|of|to|near|off|over|through|into|under|by|outside|along|across|around|from|and|or|which|that|will|would|are|is|were|was|have|has|had|remain|remained|remains|stay|stayed|stays|be|been|for|as|with|between)$/u;
/** What makes the length another one than the closure's: an extension, time so far, a doubt, a plan that may fail. */
const NOT_THE_LENGTH = /\b(?:another|further|additional|extra|extend(?:ed|s)?|extension|if|unless|could|might|may|would|not|never)\b|n[’']t\b/iu;
/**
 * A reporting verb, then "would" in its clause: "officials said the crossing would stay closed" is
 * the future they announced, not a condition ("would stay closed if ...", which NOT_THE_LENGTH
 * still catches by its "if").
 */
const REPORTED_WOULD = /\b(?:said|told|announced|expected|estimated|added|warned|stated|predicted|confirmed)\b[^.;:!?]{0,80}?\bwould\b(?=[^.;:!?]*$)/iu;

/** The text before a closure verb with a reported "would" read as "will" (see REPORTED_WOULD). */
export function reportedFutureAsWill(before: string): string {
  const m = REPORTED_WOULD.exec(before);
  if (!m) return before;
  const at = (m.index ?? 0) + m[0].length - 'would'.length;
  return before.slice(0, at) + 'will' + before.slice(at + 'would'.length);
}

/** What ends the clause between the verb and the length: a stop, or a second verb after a conjunction. */
const CLOSURE_STOPS = /[.;:!?]\s|\b(?:and|but|while|after|before|when|because)\s+\p{Ll}+(?:ed|s)\b/u;

/** Most characters between the verb and "for" the length. */
const MAX_REACH = 90;

/** Closure-length facts of one sentence. */
export function closurePeriodFactsOf(doc: DocumentAnalysis, s: Sentence): PeriodFact[] {
  const text = s.text;
  if (!CUE.test(text)) return [];
  const lengths = findPeriodLengths(text);
  if (lengths.length === 0) return [];
  const out: PeriodFact[] = [];
  for (const { verb: v, verbAt, length, between } of lengthsAfterVerbs(text, lengths, CLOSURE_VERB, /\bfor\s+$/iu, MAX_REACH, CLOSURE_STOPS)) {
    // "has been closed for three days" tells the time so far, not the closure's length.
    if (/\bha(?:s|ve|d)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, verbAt - 20), verbAt)) || /^been\b/iu.test(v[0])) continue;
    if (NOT_THE_LENGTH.test(`${between} ${length.text}`) || NOT_THE_LENGTH.test(reportedFutureAsWill(text.slice(0, verbAt)).slice(-30))) continue;
    // A state verb ("are closed") closes its subject; an act ("closed 11 beaches") its object.
    const isState = /\s/u.test(v[0].trim()) && !/^(?:shut\s+down|sealed\s+off|cordoned\s+off)$/iu.test(v[0].trim());
    const thing = closedThing(isState ? subjectOf(text.slice(0, verbAt)) : between, !isState) ?? (isState ? undefined : closedThing(subjectOf(text.slice(0, verbAt)), false));
    if (!thing) continue;
    out.push(periodFact(doc, s, isState ? verbAt : verbAt, length.end, {
      key: `closed:${thing}`,
      what: `the closure of the ${thing}`,
      days: length.days,
      written: length.text,
    }));
  }
  return out;
}

/** The clause before a state verb, without asides between commas ("The channel, the port's only way in, will stay shut"). */
export function subjectOf(before: string): string {
  let text = before;
  for (let i = 0; i < 3; i++) {
    const aside = /,\s*[^,;]{1,60},\s*$/u.exec(text) ?? /,[^,;]{1,60},(?=[^,]*$)/u.exec(text);
    if (!aside) break;
    text = text.slice(0, aside.index) + ' ' + text.slice(aside.index + aside[0].length);
  }
  const clauseFrom = Math.max(text.lastIndexOf(';') + 1, 0);
  return text.slice(clauseFrom);
}

/** The first closable noun of `text` that heads its phrase (not "port" of "port officials"). */
export function closedThing(text: string, first: boolean): string | undefined {
  const words = [...text.matchAll(/[\p{L}’'-]+/gu)].map((m) => m[0]);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const noun = singularNoun(words[i]);
    if (!CLOSABLE.has(noun)) continue;
    const next = words[i + 1];
    if (next && /^\p{Ll}/u.test(next) && !AFTER_HEAD.test(next)) continue;
    found.push(noun);
    if (first) break;
  }
  return found[0];
}
