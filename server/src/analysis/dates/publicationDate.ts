/**
 * The article's own date, from a "Published"/"Updated" line, a byline or a dateline near the top,
 * used to resolve relative dates ("on Tuesday", "last week") in the text.
 */
import type { Sentence } from '../types';
import { findDates, isoToDate, dateToIso } from '../values/dates';
import { findDateline } from './dateline';

/** How far into the article a dateline or byline may be. */
const HEAD_CHARS = 2500;
const STAMP = /\b(?:published|posted|updated|last updated|first published|date|dated)\b\s*(?:on|at)?\s*:?/iu;
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
    const trimmed = line.text.trim();
    if (trimmed.length === 0 || trimmed.length > 300) continue;
    const full = findDates(trimmed).filter((d) => d.grain === 'day' && d.iso && /^\d{4}-\d{2}-\d{2}$/u.test(d.iso));
    if (full.length > 0) {
      const stamp = STAMP.exec(trimmed);
      if (stamp && !stamped) {
        const after = full.find((d) => d.start >= stamp.index) ?? full[0];
        stamped = after.iso;
      }
      const covered = full.reduce((n, d) => n + d.text.length, 0);
      const rest = trimmed.replace(/[^\p{L}\p{N}]/gu, '').length;
      const dateOnly = covered >= 0.5 * rest || BYLINE.test(trimmed);
      if (!standalone && dateOnly && trimmed.length < 120) standalone = full[0].iso;
    }
  }
  if (stamped) return stamped;
  // A dateline's own full date is the article's date, even when the body follows on its line.
  if (found?.iso) return found.iso;
  if (standalone) return standalone;
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
