/**
 * Datelines: the place (and often the date) that opens a news story, before a dash:
 * "MARDAL, January 6, 2025 —", "NAIROBI, Kenya, March 3 (Reuters) -", "PARIS (AP) —",
 * "Lisbon, 4 June 2024 –". The place tells where the story was filed, which helps tell two
 * stories of the same kind apart; the date is the article's own date.
 */
import { findDates } from '../values/dates';
import { dayFirst } from './numericDates';

/** A dateline at the start of a line. Offsets are relative to the text searched. */
export interface Dateline {
  start: number;
  end: number;
  /** The place as written ("MARDAL", "Nairobi"). */
  place: string;
  /** ISO yyyy-mm-dd when the dateline carries a full date. */
  iso?: string;
  /** Month (0-11) and day when the dateline has them without a year ("Dec. 3"). */
  monthDay?: { month: number; day: number };
}

/** How far into the article a dateline may start. */
const HEAD_CHARS = 2500;

/**
 * Place (capitalised words, upper case or title case, up to five; two places joined by a slash,
 * "DAR ES SALAAM/DOHA"), optional ", Region", optional
 * ", date" (and ", time"), optional "(Agency)" (after a zone in brackets: "23:14 (GMT+4) (EPS)"), then a dash (which may end the line, the story starting on the
 * next), or the agency's bracket ending the line. A dash or that bracket is required, so that
 * running text that starts with a name and a comma is not read as a dateline.
 */
const DATELINE =
  /^[ \t]*(\p{Lu}[\p{Lu}\p{Ll}\p{M}.'’-]*(?:(?:[ \t]+|\/)\p{Lu}[\p{Lu}\p{Ll}\p{M}.'’-]*){0,5})((?:,[ \t]*[^,\n—–()]{2,40}?){0,4})[ \t]*(?:\([^)\n]{2,12}\)[ \t]*(?=\())?(?:\(([^)\n]{2,30})\)[ \t]*)?(?:(?:—|–|--?)(?:[ \t]|$)|(?<=\))$)/u;
const MONTH_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/u;
/** Words that open a line with a dash but are not places. */
const NOT_PLACES =
  /^(?:by|updated?|published|posted|editor|editorial|note|photos?|video|watch|read|live|breaking|opinion|analysis|exclusive|correction|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** The first dateline in the head of `text`, if any. */
export function findDateline(text: string): Dateline | undefined {
  const head = text.slice(0, HEAD_CHARS);
  let at = 0;
  for (const line of head.split('\n')) {
    const m = DATELINE.exec(line);
    if (m) {
      // "DAR ES SALAAM/DOHA": the story is filed from the first place.
      const place = m[1].split('/')[0].replace(/[.’']+$/u, '');
      const firstWord = place.split(/\s+/u)[0];
      const upper = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
      // A title-case place needs a date or an agency after it ("Lisbon, 4 June 2024 –").
      const extra = m[2] ?? '';
      const dated = /\d/u.test(extra);
      // "GAZETA DO LITORAL - The newspaper of the north coast": a site's name and its tagline, not
      // a place and a story (which runs on as a sentence).
      const tagline = !dated && !m[3] && isTagline(line.slice(m[0].length));
      if (!NOT_PLACES.test(firstWord) && (upper || dated || m[3]) && !tagline) {
        const out: Dateline = { start: at + (m.index ?? 0), end: at + m[0].length, place };
        const full = findDates(extra).find((d) => d.grain === 'day' && d.iso && /^\d{4}-\d{2}-\d{2}$/u.test(d.iso));
        // "Accra, 05/03/2026 —" is 5 March, as a page's date line would be.
        if (full) out.iso = dayFirst(full.iso!, full.text, text.slice(0, HEAD_CHARS));
        else {
          const md = MONTH_DAY.exec(extra);
          if (md) out.monthDay = { month: monthIndex(md[1] ?? md[4]), day: Number(md[2] ?? md[3]) };
        }
        return out;
      }
    }
    at += line.length + 1;
  }
  return undefined;
}

/** Rest of a line after a dash that reads as a tagline: short, and no sentence's end. */
function isTagline(rest: string): boolean {
  const t = rest.trim();
  return t.length > 0 && t.split(/\s+/u).length <= MAX_TAGLINE_WORDS && !/[.!?…"”’)]$/u.test(t);
}

const MAX_TAGLINE_WORDS = 14;

function monthIndex(abbr: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(abbr.slice(0, 3).toLowerCase());
}
