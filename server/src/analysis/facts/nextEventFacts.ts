/**
 * The day of a body's next scheduled event, as day-of-event facts (compared by
 * contradictions/eventDayRules.ts): "The council's next meeting is on 28 October", "the next
 * rate-setting meeting is on Oct. 21", "Next decision: Oct. 21", "The council meets again on Tuesday 21 October", "Both sides agreed to meet again on Monday, Nov. 10", "New round of talks is on Monday". A body has one next meeting;
 * two days for it cannot both be right. Weekdays are read forwards from the article's date, as
 * plans are. A date that is only hoped for or moved ("could be brought forward") is not read.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { findDates } from '../values/dates';
import { factAt, spanOf, type DetailedFact } from './detail';
import type { EventDayFact } from './eventDayFacts';

/** Scheduled events of a body, folded to a class. */
const SCHEDULED: Record<string, string> = {
  meeting: 'meeting', decision: 'meeting', session: 'meeting', sitting: 'meeting', hearing: 'hearing', vote: 'vote',
  round: 'round', summit: 'summit', match: 'match', game: 'match', fixture: 'match', election: 'election', review: 'review',
};
/** "next meeting is on", "next rate-setting meeting, on", "Next decision:" — up to two words between "next" and the event. */
const NEXT_EVENT = new RegExp(
  String.raw`\b(?:next|new)\s+(?:[\p{L}-]+\s+){0,2}?(` + Object.keys(SCHEDULED).join('|') + String.raw`)\b(?:\s+of\s+(?:talks|negotiations))?\s*(?::|,|\s+(?:is|will\s+be|was\s+set|has\s+been\s+set|is\s+(?:scheduled|set|due|expected)(?:\s+to\s+(?:be\s+held|take\s+place))?|takes\s+place|falls))\s*(?:on|for)?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$`,
  'iu',
);
/** "meets again on", "will meet again on": the next meeting told by its verb. */
const MEETS_AGAIN =
  /\b(?:meets|will\s+meet|(?:is|are)\s+(?:(?:due|set|scheduled)\s+)?to\s+meet|agreed\s+to\s+meet|convenes|will\s+convene)\s+again\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/iu;
// The date reader may start "28 October" at its month: a day number may stand before it.
/** Words that make the day uncertain or changed. */
const UNSURE = /\b(?:could|might|may|possibly|perhaps|brought\s+forward|moved|postponed|delayed|rescheduled|unless|if)\b/iu;

/** Facts of the day of a next scheduled event in one sentence. */
export function nextEventFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\b(?:next|new|again)\b/iu.test(text) || UNSURE.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const d of findDates(text, doc.published, true)) {
    if (d.grain !== 'day' || !d.iso || !/^\d{4}-\d\d-\d\d$/u.test(d.iso)) continue;
    const before = text.slice(Math.max(0, d.start - 80), d.start);
    const m = NEXT_EVENT.exec(before) ?? MEETS_AGAIN.exec(before);
    if (!m) continue;
    const cls = m[1] ? SCHEDULED[m[1].toLowerCase()] : 'meeting';
    const from = d.start - before.length + (m.index ?? 0);
    const span = spanOf(doc, s.start + from, s.start + d.end);
    out.push(factAt<EventDayFact>(doc, span, {
      kind: 'date',
      subject: `day:next|${cls}`,
      attribute: `day:next ${cls}`,
      value: { kind: 'date', iso: d.iso, grain: 'day' },
      display: span.text,
      detail: { sentence: s.index, eventDay: { key: `next|${cls}`, day: d.iso } },
    }));
  }
  return out;
}
