/**
 * The UTC offset an article's own conversion implies for the local time of its story: "7:48 a.m.
 * (0548 GMT)" says local time is UTC+2 that day, "16:50 local time (15:50 UTC)" says UTC+1. Read
 * from every time written in local time (no zone, or "local time") and restated in a zone of known
 * offset, whatever action it times: a wrong conversion is wrong whether the sentence says "the
 * bridge gave way" or "it happened". The rule (localOffsetRules.ts) compares the offsets.
 */
import type { DocumentAnalysis, Sentence, Span } from '../types';
import { findClockTimes, offsetOn, writtenEnd, type ClockTime } from '../values/clock';
import { isAbsolute, isPlaceClock, restates } from './clockTimeFacts';
import { factAt, factWithGuard, spanOf, type FactWith } from './detail';

/** What a conversion says. */
export interface LocalOffsetInfo {
  /** Minutes east of UTC that the conversion implies for local time. */
  offset: number;
  /** The conversion as written ("7:48 a.m. (0548 GMT)"). */
  written: string;
  /** Where the converted time stands ("0548 GMT"): the part a wrong conversion gets wrong. */
  converted: Span;
}

/** A fact carrying the offset a conversion implies. */
export type LocalOffsetFact = FactWith<'localOffset', LocalOffsetInfo>;

/** Narrows a fact to a local-offset fact. */
export const isLocalOffsetFact = factWithGuard<LocalOffsetFact>('localOffset');

/** True for a time in the story's own local frame: no zone, or "local time" with no offset of its own. */
function isLocal(t: ClockTime): boolean {
  return !t.zone || (t.zone.local && t.zone.offset === undefined);
}

/** The local-offset facts of sentence `s`. */
export function localOffsetFactsOf(doc: DocumentAnalysis, s: Sentence): LocalOffsetFact[] {
  // (A conversion names UTC, or a place's clock after "local time": "7.15pm local time, 12.15pm UK time".)
  if (!/\b(?:GMT|UTC)\b|\d{4}\s*(?:GMT|UTC)|\btime\b/u.test(s.text)) return [];
  const clocks = findClockTimes(s.text);
  const out: LocalOffsetFact[] = [];
  for (let i = 0; i + 1 < clocks.length; i++) {
    const local = clocks[i];
    const absolute = clocks[i + 1];
    if (!isLocal(local) || !(isAbsolute(absolute) || isPlaceClock(absolute)) || !restates(local, absolute, s.text.slice(local.end, absolute.start))) continue;
    const zone = offsetOn(absolute.zone!, doc.published);
    if (!zone || zone.doubt > 0) continue;
    let offset = local.minutes - (absolute.minutes - zone.offset);
    while (offset > 14 * 60) offset -= 1440;
    while (offset <= -12 * 60) offset += 1440;
    const end = absolute.end + (/^\s*\)/u.exec(s.text.slice(absolute.end))?.[0].length ?? 0);
    const span = spanOf(doc, s.start + local.start, s.start + end);
    out.push(factAt<LocalOffsetFact>(doc, span, {
      kind: 'time',
      subject: 'local-offset',
      attribute: 'local-offset',
      value: { kind: 'number', min: offset, max: offset, unit: 'minute' },
      display: span.text,
      detail: { sentence: s.index, localOffset: { offset, written: span.text, converted: { start: s.start + absolute.start, end: s.start + writtenEnd(absolute) } } },
    }));
    i++;
  }
  return out;
}
