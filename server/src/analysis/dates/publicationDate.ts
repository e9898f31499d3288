/**
 * The article's own date, from a "Published"/"Updated" line, a byline or a dateline near the top,
 * used to resolve relative dates ("on Tuesday", "last week") in the text.
 */
import type { Sentence } from '../types';
import { findDates, isoToDate, dateToIso } from '../values/dates';
import { withEnglishMonths } from '../lexicon/foreignMonths';
import { findDateline } from './dateline';
import { dayFirst, swapDayAndMonth } from './numericDates';

/** How far into the article a dateline or byline may be. */
const HEAD_CHARS = 2500;
/**
 * "Published", "Updated", "Date:" at the start of a line or of one of its parts ("By Ana Ruiz |
 * Updated 9 July 2025", "Dikemaskini / Updated: 10/12/2025"). In running text such words are prose
 * ("all results after this date").
 */
const STAMP = /(?:^|[|·•–—,/]\s*|\s-\s*)(?:published|posted|updated|last updated|first published|date|dated)\b\s*(?:on|at)?\s*:?/iu;
const BYLINE = /^\s*(?:by\s+\p{Lu}|\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*[|•·,–—-])/u;

/**
 * The publication date as ISO yyyy-mm-dd, or undefined. In order of trust: a line stamped
 * "Published"/"Updated" (the first one, the original publication), a dateline with a full date
 * ("MARDAL, January 6, 2025 —"), a byline or a line that is only a date, a dateline without a
 * year ("NAIROBI, Dec. 3 (Reuters) -") whose year comes from another date of the head. A relative
 * stamp ("Published 2 hours ago") cannot be resolved without a clock and is ignored. Dates in
 * running text are not used: they are the dates of events.
 */
export function findPublicationDate(text: string, _sentences: readonly Sentence[]): string | undefined {
  const head = text.slice(0, HEAD_CHARS);
  const lines: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const line of head.split('\n')) {
    lines.push({ text: line, start: at });
    at += line.length + 1;
  }
  // Also look at the last lines: some pages put "Published ..." after the article.
  const tailStart = Math.max(HEAD_CHARS, text.length - 1500);
  if (tailStart < text.length) {
    let t = tailStart;
    for (const line of text.slice(tailStart).split('\n')) {
      lines.push({ text: line, start: t });
      t += line.length + 1;
    }
  }
  let stamped: string | undefined;
  let standalone: string | undefined;
  const found = findDateline(text);
  const dateline = found?.monthDay;
  for (const line of lines) {
    const written = line.text.trim();
    if (written.length === 0 || written.length > 300) continue;
    // "14. 10. 2025": a numeric date written with spaces after its points (Czech, Slovak, Polish pages).
    let trimmed = written.replace(SPACED_NUMERIC, '$1.$2.$3');
    let full = fullDates(trimmed);
    // The date line of a page published abroad, in its site's language ("Sabtu, 19 Agustus 2023").
    if (full.length === 0) {
      const english = withEnglishMonths(written);
      if (english) {
        trimmed = english;
        full = fullDates(trimmed);
      }
    }
    if (full.length > 0) {
      const stamp = STAMP.exec(trimmed);
      if (stamp && !stamped) {
        const after = full.find((d) => d.start >= stamp.index) ?? full[0];
        stamped = dayFirst(after.iso!, after.text, head);
      }
      const covered = full.reduce((n, d) => n + d.text.length, 0);
      const rest = trimmed.replace(/[^\p{L}\p{N}]/gu, '').length;
      const dateOnly = covered >= 0.5 * rest || BYLINE.test(trimmed) || trimmed.split(SEGMENT_SEPARATOR).some(isDateSegment);
      if (!standalone && dateOnly && trimmed.length < 120) standalone = dayFirst(full[0].iso!, full[0].text, head);
    }
  }
  if (stamped) return agreeWithDateline(stamped, dateline);
  // A dateline's own full date is the article's date, even when the body follows on its line.
  if (found?.iso) return found.iso;
  if (standalone) return agreeWithDateline(standalone, dateline);
  if (dateline) {
    // The year of a dateline comes from any full date near the top (a caption, a stamp).
    const year = findDates(head).find((d) => d.iso && /^\d{4}/u.test(d.iso) && !d.relative)?.iso?.slice(0, 4);
    if (year) {
      const d = new Date(Date.UTC(Number(year), dateline.month, dateline.day, 12));
      if (isoToDate(dateToIso(d))) return dateToIso(d);
    }
  }
  return undefined;
}

/** The dates of `text` that name a day of a year. */
const SPACED_NUMERIC = /\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b/gu;

function fullDates(text: string) {
  return findDates(text).filter((d) => d.grain === 'day' && d.iso && /^\d{4}-\d{2}-\d{2}$/u.test(d.iso));
}

/** Separators between the parts of a byline or stamp line ("Analysis · 15 October 2025 · by X"). */
const SEGMENT_SEPARATOR = /\s*[|·•]\s*/u;
/** Words a date line may hold beside the date: months, weekdays, clock and zone words. */
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|gmt|utc|cet|cest|bst|ist|et|am|pm|a\.m|p\.m|at|on)\b\.?/giu;

/** True for a part of a line that is only a date, perhaps with a clock time and a zone ("15 May 2025, 21:10 (GMT+4)"). */
function isDateSegment(segment: string): boolean {
  if (findDates(segment).every((d) => d.grain !== 'day' || !d.iso)) return false;
  // "12/11/2025 23h58": a clock time written the Portuguese or French way is part of the date line.
  segment = segment.replace(/\b\d{1,2}h\d{2}\b/gu, ' ');
  // A weekday of another language may be hyphenated ("Terça-feira, 11 February 2025"): one word.
  const left = segment.replace(DATE_WORDS, ' ').replace(/\p{L}-\p{L}/gu, (m) => m.replace('-', '')).replace(/[^\p{L}]+/gu, ' ').trim();
  return left.length === 0 || left.split(' ').length <= 1;
}

/**
 * "04/08/2025" is 4 August in most of the world and 8 April in the United States: when the
 * dateline names the month and day ("KRANIDI, Greece, Aug 4"), a date whose month and day are
 * the dateline's swapped is read the dateline's way.
 */
function agreeWithDateline(iso: string, dateline: { month: number; day: number } | undefined): string {
  if (!dateline) return iso;
  const [, m, d] = iso.split('-').map(Number);
  if (m - 1 === dateline.month && d === dateline.day) return iso;
  if (d - 1 === dateline.month && m === dateline.day) return swapDayAndMonth(iso) ?? iso;
  return iso;
}
