/**
 * When an event began and ended and how long it lasted, as facts with time windows:
 * "the hearing began around 9:30 a.m. Lisbon time and stretched past 11 p.m." gives one statement
 * with a start window and an end window; "a six-hour meeting" gives a duration of 5.4 to 6.6
 * hours; "concluded in the evening" an end window of 17:00 to 24:00 local time.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findClockTimes, findDayParts, lookupZone, offsetOn, type ClockTime, type Zone } from '../values/clock';
import { datelineLocalOffsetOf, isAbsolute, restates, storyOffsetOf } from './clockTimeFacts';
import { addDays, daysBetween } from '../values/dates';
import { findQuantities } from '../values/quantities';
import { clauseAround } from '../text/clauses';
import { CLAUSE_BREAK } from './quantityFacts';
import { dayNear } from './days';
import { factAt, spanOf, type DetailedFact, type TimeFrame, type TimeWindow } from './detail';
import { eventClassOf, findEventNouns, type EventNoun } from './events';

const START_VERBS = /\b(?:began|begun|begins|begin|started|starts|opened|opens|kicked off|got under ?way|convened|commenced|resumed|broke out|erupted)\b/giu;
const END_VERBS =
  /\b(?:(?:to|will|would)\s+(?:end|last|run|finish|conclude|continue)|ended|ends|concluded|concludes|finished|finishes|wrapped(?: up)?|wraps(?: up)?|closed|broke up|adjourned|ran|runs|stretched|stretches|lasted|lasts|went on|continued|dragged on|extended)\b/giu;
/** Verbs of extent need a preposition before the time ("ran past 11 p.m.", "lasted until 2 a.m."). */
const EXTENT_VERB = /(?:^|\s)(?:ran|runs|run|stretched|stretches|lasted|lasts|last|went on|continued|continue|dragged on|extended)$/iu;
/** An end that was planned, not reported: "is scheduled to end", "will last until". */
const PLANNED_END = /^(?:to|will|would)\s/iu;
const EXTENT_LINK = /^\s+(?:well\s+|long\s+|late\s+)?(?:until|till|into|past|beyond|through|to)\b/iu;
const DURATION_CUES = /\b(?:lasted|lasting|lasts|stretched|stretching|ran|running|went on|continued|took|spanned|spanning|talked|talks?|met|meet|negotiated|negotiate|held|after|for|of)\s+(?:for\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|more\s+than\s+|over\s+|some\s+|just\s+over\s+|just\s+under\s+|at\s+least\s+|less\s+than\s+)?$/iu;
const VERB_EVENTS = /\b(talk(?:s|ed)?|met|meet(?:s)?|negotiat(?:ed|e|es))\b/iu;
/** Most words one verb and its time may be apart ("began on Tuesday at around 4 p.m."). */
const MAX_GAP = 32;

interface TimeMark {
  start: number;
  end: number;
  lo: number;
  hi: number;
  zone?: Zone;
  text: string;
  clock: boolean;
}

/** Time facts (start, end, start-and-end, duration) of one sentence. */
export function timeFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const losses = powerLosses(text);
  const events = losses.length > 0 ? [...findEventNouns(text), ...losses.map((l) => l.event)].sort((a, b) => a.start - b.start) : findEventNouns(text);
  if (events.length === 0 && !VERB_EVENTS.test(text)) return [];
  const marks = timeMarks(text);
  const zones = new Set(marks.filter((m) => m.zone).map((m) => m.zone!.name.toLowerCase()));
  const sentenceZone = zones.size === 1 ? marks.find((m) => m.zone)!.zone : undefined;
  const out: DetailedFact[] = [];

  const starts = verbTimes(text, START_VERBS, marks, false);
  if (losses.length > 0) starts.push(...verbTimes(text, POWER_LOSS_VERB, marks, false));
  const ends = verbTimes(text, END_VERBS, marks, true);
  const byEvent = new Map<string, { event: EventNoun; start?: (typeof starts)[number]; end?: (typeof ends)[number] }>();
  for (const [list, which] of [[starts, 'start'], [ends, 'end']] as const) {
    for (const v of list) {
      const event = eventBefore(events, v.verbStart);
      if (!event || event.instance) continue;
      const key = `${event.cls}@${event.start}`;
      const entry = byEvent.get(key) ?? { event };
      if (which === 'start' && !entry.start) entry.start = v;
      if (which === 'end' && !entry.end) entry.end = v;
      byEvent.set(key, entry);
    }
  }
  for (const { event, start, end } of byEvent.values()) {
    const startDay = start ? dayNear(doc, text, start.verbStart, start.mark.end)?.iso : undefined;
    const plannedEnd = end ? PLANNED_END.test(text.slice(end.verbStart)) : false;
    const endDay = end ? dayNear(doc, text, end.verbStart, end.mark.end, plannedEnd)?.iso : undefined;
    // A start without a day and an end with one ("began at 6 a.m. and is due to last until 6 a.m.
    // on Thursday") cannot be put on one time line: they are two facts.
    if (start && end && endDay && !startDay) {
      out.push(eventTimeFact(doc, s, event, sentenceZone, { start }), eventTimeFact(doc, s, event, sentenceZone, { end, endDay, plannedEnd }));
    } else out.push(eventTimeFact(doc, s, event, sentenceZone, { start, end, startDay, endDay, plannedEnd }));
  }
  out.push(...durationFacts(doc, s, events));
  return out;
}

type VerbTime = { verbStart: number; mark: TimeMark };

/**
 * "The lights went out at 5.52pm", "power failed at 14:52": the start of an outage told by what
 * was lost, not by the word "outage". Each gives the outage as an event noun over its subject.
 */
const LOSS_VERBS = String.raw`went\s+out|went\s+off|went\s+down|failed|was\s+cut|were\s+cut|collapsed`;
const POWER_LOSS = new RegExp(String.raw`\b(?:the\s+)?(lights|power|electricity|grid)\s+(?:supply\s+)?(?:${LOSS_VERBS})\b`, 'giu');
const POWER_LOSS_VERB = new RegExp(String.raw`\b(?:${LOSS_VERBS})\b`, 'giu');

function powerLosses(text: string): Array<{ event: EventNoun }> {
  if (!/\b(?:lights|power|electricity|grid)\b/iu.test(text)) return [];
  return [...text.matchAll(POWER_LOSS)].map((m) => {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    return { event: { start, end: start + m[1].length, text: m[1], cls: 'outage' } };
  });
}

/** The time fact of one event from its start and/or end in sentence `s`, with the days written with them. */
function eventTimeFact(
  doc: DocumentAnalysis,
  s: Sentence,
  event: EventNoun,
  sentenceZone: Zone | undefined,
  { start, end, startDay, endDay: endWritten, plannedEnd = false }: { start?: VerbTime; end?: VerbTime; startDay?: string; endDay?: string; plannedEnd?: boolean },
): DetailedFact {
  const startWindow = start ? windowOf(doc, start.mark, sentenceZone, false, startDay ?? doc.published) : undefined;
  let endWindow = end ? windowOf(doc, end.mark, sentenceZone, true, endWritten ?? doc.published) : undefined;
  if (startWindow && endWindow && end && end.mark.clock && endWindow.hi < startWindow.lo) {
    endWindow = { ...endWindow, lo: endWindow.lo + 1440, hi: endWindow.hi + 1440 };
  }
  const from = start && end ? Math.min(start.verbStart, end.verbStart) : (start ?? end)!.verbStart;
  const to = start && end ? Math.max(start.mark.end, end.mark.end) : (start ?? end)!.mark.end;
  const attribute = start && end ? 'start-end' : start ? 'start-time' : 'end-time';
  let endDay: string | undefined;
  if (end && endWindow && endWritten) {
    const onItsDay = windowOf(doc, end.mark, sentenceZone, false, endWritten ?? doc.published);
    const daysOn = startWindow && startDay ? daysBetween(startDay, endWritten) : undefined;
    if (daysOn !== undefined && daysOn >= 0) {
      // "began at 6 a.m. on Monday and is due to last until 6 a.m. on Thursday": the written
      // days put the end on the start's time line, three days on.
      endWindow = { ...onItsDay, lo: onItsDay.lo + 1440 * daysOn, hi: onItsDay.hi + 1440 * daysOn };
      endDay = startDay;
    } else {
      // An end's window is counted from the day of the event it ends ("at 2 a.m." is 26:00 of
      // the night before): its day is the written day less the days the window was moved on.
      endDay = addDays(endWritten, -Math.round((endWindow.lo - onItsDay.lo) / 1440));
    }
  }
  const span = spanOf(doc, s.start + from, s.start + to);
  return factAt(doc, span, {
    kind: 'time',
    subject: event.cls,
    attribute,
    value: { kind: 'text', text: [startWindow?.display, endWindow?.display].filter(Boolean).join(' – ') },
    display: span.text,
    detail: {
      event: event.cls,
      startWindow,
      endWindow,
      sentence: s.index,
      ...(start ? { startSpan: { start: s.start + start.verbStart, end: s.start + start.mark.end } } : {}),
      ...(startDay ? { startDay } : {}),
      ...(end ? { endSpan: { start: s.start + end.verbStart, end: s.start + end.mark.end } } : {}),
      ...(endDay ? { endDay } : {}),
      ...(plannedEnd ? { plannedEnd } : {}),
    },
  });
}

/**
 * "14:52 local time (18:52 GMT)": a local time the article converts itself is in a frame of known
 * offset (here UTC−4), so that it can be set against times written in any other zone.
 */
function convertedZone(c: ClockTime, next: ClockTime | undefined, text: string): Zone | undefined {
  if (!next || (c.zone && !c.zone.local) || !isAbsolute(next) || !restates(c, next, text.slice(c.end, next.start))) return undefined;
  const offset = ((((c.minutes - next.minutes + next.zone!.offset!) % 1440) + 2160) % 1440) - 720;
  return { name: c.zone?.name ?? 'local time', offset, local: true };
}

/** Clock times and parts of the day in a sentence, as windows of local minutes. */
function timeMarks(text: string): TimeMark[] {
  const marks: TimeMark[] = [];
  for (const d of findDayParts(text)) {
    // "Sunday afternoon local time, around 7:15 a.m. Eastern": the part of the day keeps the zone written after it.
    const zoned = /^\s+local\s+time\b/iu.exec(text.slice(d.end));
    const zone = zoned ? lookupZone('local time') : undefined;
    marks.push({ start: d.start, end: d.end, lo: d.lo, hi: d.hi, text: d.text, clock: false, ...(zone ? { zone } : {}) });
  }
  const clocks = findClockTimes(text);
  clocks.forEach((c, i) => {
    if (marks.some((m) => m.start < c.end && c.start < m.end)) return;
    const slack = c.approximate ? 20 : 10;
    marks.push({ start: c.start, end: c.end, lo: c.minutes - slack, hi: c.minutes + slack, zone: convertedZone(c, clocks[i + 1], text) ?? c.zone, text: c.text, clock: true });
  });
  return marks.sort((a, b) => a.start - b.start);
}

function verbTimes(text: string, verbs: RegExp, marks: TimeMark[], isEnd: boolean): VerbTime[] {
  const out: Array<{ verbStart: number; mark: TimeMark }> = [];
  for (const v of text.matchAll(verbs)) {
    const verbStart = v.index ?? 0;
    const verbEnd = verbStart + v[0].length;
    const mark = marks.find((m) => m.start >= verbEnd && m.start - verbEnd <= MAX_GAP);
    if (!mark) continue;
    const gap = text.slice(verbEnd, mark.start);
    // The time must belong to this verb: no clause break or other verb in between.
    if (/[;:()—–]|,\s|\band\b|\bwhich\b|\bthat\b|\bwhen\b|\bfor\b/iu.test(gap)) continue;
    if (isEnd && EXTENT_VERB.test(v[0]) && !EXTENT_LINK.test(text.slice(verbEnd, mark.end)) && !/^(?:past|after|well past|long past|into)\b/iu.test(mark.text)) continue;
    out.push({ verbStart, mark });
  }
  return out;
}

/** The event noun a verb at `at` most likely has as its subject: the nearest one before it. */
function eventBefore(events: EventNoun[], at: number): EventNoun | undefined {
  let best: EventNoun | undefined;
  for (const e of events) if (e.end <= at) best = e;
  return best;
}

/** The window of `mark`, in its zone's frame on `day` (the day settles daylight saving when the zone's database name is known). */
function windowOf(doc: DocumentAnalysis, mark: TimeMark, sentenceZone: Zone | undefined, isEnd: boolean, day: string | undefined): TimeWindow {
  const zone = mark.zone ?? sentenceZone;
  const on = zone && offsetOn(zone, day);
  const story = storyOffsetOf(doc);
  const frame: TimeFrame = zone
    ? { kind: zone.local ? 'local' : 'absolute', offset: on?.offset, doubt: on?.doubt ?? 0, name: zone.name }
    : { kind: 'local', doubt: 0 };
  if (story !== null) frame.storyOffset = story;
  const local = zone ? undefined : datelineLocalOffsetOf(doc);
  if (local !== undefined) frame.localOffset = local;
  let { lo, hi } = mark;
  // An event that ends "at 1 a.m." ends in the early hours of the next day.
  if (isEnd && mark.clock && hi <= 360) {
    lo += 1440;
    hi += 1440;
  }
  return { lo, hi, frame, display: mark.text + (mark.zone || !zone ? '' : ` (${zone.name})`) };
}

/** Words of a clause that put a duration on another occasion than the story's ("in March 2024", "a previous strike"). */
const OTHER_OCCASION = /\b(?:previous|earlier|prior|another|similar|separate|last (?:year|month|week))\b|\bin\s+(?:\p{L}+\s+)?(?:1[89]|20)\d\d\b/iu;

/** "and a half" after a length's unit ("two hours and a half", "two hours and half"). */
const AND_A_HALF = /^\s+and\s+(?:a\s+)?half\b/iu;

/** Durations: "a six-hour meeting", "talks lasted more than six hours", "Talk 6 Hours". */
function durationFacts(doc: DocumentAnalysis, s: Sentence, events: EventNoun[]): DetailedFact[] {
  const text = s.text;
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'QUANTITY' || (q.unit !== 'hour' && q.unit !== 'minute')) continue;
    const factor = q.unit === 'minute' ? 1 / 60 : 1;
    let event: EventNoun | undefined;
    let from = q.start;
    let to = q.end;
    const afterText = text.slice(q.unitEnd, q.unitEnd + 40);
    const following = events.find((e) => e.start >= q.unitEnd && e.start - q.unitEnd <= 30 && /^[\s\p{L}.’'-]*$/u.test(text.slice(q.unitEnd, e.start)));
    if (q.compound && following && text.slice(q.unitEnd, following.start).split(/\s+/u).filter(Boolean).length <= 3) {
      event = following;
      to = following.end;
    } else if (!q.compound && /^\s+of\s+/iu.test(afterText) && following) {
      event = following;
      to = following.end;
    } else if (!q.compound) {
      const before = text.slice(Math.max(0, q.start - 40), q.start);
      const cue = DURATION_CUES.exec(before);
      if (!cue) continue;
      const cueStart = q.start - before.length + (cue.index ?? 0);
      // "the powered descent of 12 minutes": "of" right after the event's noun gives its length.
      const ofEvent = /^of\b/iu.test(cue[0]) ? events.find((e) => /^\s+$/u.test(text.slice(e.end, cueStart))) : undefined;
      if (/^(?:after|for|of)\b/iu.test(cue[0]) && !/^for\b/iu.test(cue[0]) && !ofEvent) continue;
      const verbEvent = VERB_EVENTS.exec(cue[0]);
      event = ofEvent ?? eventBefore(events, cueStart + 1) ?? (verbEvent ? { start: cueStart, end: cueStart + verbEvent[0].length, text: verbEvent[0], cls: eventClassOf('talks')! } : undefined);
      if (ofEvent) from = ofEvent.start;
      if (/^for\b/iu.test(cue[0])) {
        // "for five hours" needs a verb of extent or an event just before it.
        const lead = text.slice(Math.max(0, cueStart - 20), cueStart);
        if (!/\b(?:lasted|stretched|ran|went on|continued|talked|met|negotiated|held|been)\s+$/iu.test(lead)) continue;
        from = Math.max(0, cueStart - 20) + lead.search(/\b(?:lasted|stretched|ran|went on|continued|talked|met|negotiated|held|been)\s+$/iu);
      } else if (!ofEvent) from = cueStart;
    } else continue;
    if (!event || event.instance) continue;
    // "after a 24-hour warning strike in March 2024": the length of another occasion.
    const clause = clauseAround(text, q.start, CLAUSE_BREAK);
    if (OTHER_OCCASION.test(text.slice(clause.start, clause.end))) continue;
    const span = spanOf(doc, s.start + from, s.start + to);
    // "a meeting of two hours and half": the half the number leaves out.
    const half = AND_A_HALF.test(text.slice(q.unitEnd, q.unitEnd + 16)) ? 0.5 * factor : 0;
    const range = { min: q.range.min * factor + half, max: q.range.max * factor + half };
    out.push(factAt(doc, span, {
      kind: 'time',
      subject: event.cls,
      attribute: 'duration',
      value: { kind: 'number', min: range.min, max: range.max, unit: 'hour' },
      display: q.text,
      detail: { event: event.cls, range, unit: 'hour', sentence: s.index },
    }));
  }
  return out;
}
