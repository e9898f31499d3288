/**
 * Value mentions (DATE, TIME, MONEY, QUANTITY, PERCENT, CARDINAL) with normalised values, so that
 * the editor can show them and later stages can compare them.
 */
import type { TokenizedText } from '../text/nlp';
import type { EntityType, Mention, NormalizedValue, Sentence } from '../types';
import { findClockTimes, findDayParts } from './clock';
import { findDates } from './dates';
import { findQuantities } from './quantities';

/**
 * Finds the value mentions of one document inside its sentences (never in page furniture).
 * Relative dates ("on Tuesday") are resolved against `published` (ISO yyyy-mm-dd) when known.
 */
export function extractValueMentions(
  text: string,
  _tokenized: TokenizedText,
  sentences: readonly Sentence[],
  published: string | undefined,
): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    const found: Mention[] = [];
    /** Spans taken so far, relative to the sentence. */
    const taken: Array<{ start: number; end: number }> = [];
    const add = (start: number, end: number, type: EntityType, value?: NormalizedValue) => {
      if (end <= start) return;
      if (taken.some((m) => m.start < end && start < m.end)) return;
      taken.push({ start, end });
      found.push({
        start: s.start + start,
        end: s.start + end,
        text: s.text.slice(start, end),
        type,
        evidence: [{ type, weight: 1, cue: 'value pattern' }],
        sentence: s.index,
        ...(value ? { value } : {}),
      });
    };
    for (const d of findDayParts(s.text)) add(d.start, d.end, 'TIME');
    for (const c of findClockTimes(s.text)) {
      const offset = c.zone?.offset;
      const value: NormalizedValue = {
        kind: 'time',
        minutesLocal: c.minutes,
        ...(offset !== undefined ? { minutesUtc: c.minutes - offset } : {}),
        ...(c.zone ? { zone: c.zone.name } : {}),
      };
      add(c.start, c.end, 'TIME', value);
    }
    const dates = findDates(s.text, published);
    for (const d of dates) add(d.start, d.end, 'DATE', d.iso ? { kind: 'date', iso: d.iso, grain: d.grain } : undefined);
    for (const q of findQuantities(s.text, taken)) {
      // A vague word alone ("several") is not worth showing as a value.
      if (q.type === 'CARDINAL' && /^(?:several|a few|dozens|hundreds|thousands|millions)$/iu.test(q.text)) continue;
      const value: NormalizedValue = { kind: 'number', min: q.range.min, max: q.range.max, ...(q.unit ? { unit: q.unit } : {}) };
      add(q.start, q.end, q.type, value);
    }
    out.push(...found.sort((a, b) => a.start - b.start));
  }
  return out;
}
