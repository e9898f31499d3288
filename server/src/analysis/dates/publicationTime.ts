/**
 * The moment an article was published (or last updated), when its date line gives a clock time
 * with a zone: "11 Nov 2025, 11:25 GMT", "Tuesday 11 November 2025, 14:10 WIB", "9 Nov 2025,
 * 11:20 GMT | Updated 20:45 GMT" (the update: the figures of an updated wire are the update's).
 * Used to tell a running total from a final one: two death tolls of one day are both right when
 * the lower was published earlier. A time without a zone says nothing across articles and is
 * ignored, as is any time outside the line that carries the publication date.
 */
import { findClockTimes, offsetOn } from '../values/clock';
import { findDates } from '../values/dates';
import { withEnglishMonths } from '../lexicon/foreignMonths';

/** How far into the article the date line may be. */
const HEAD_CHARS = 1500;
const DAY_MS = 86_400_000;

/** Milliseconds since the epoch (UTC), or undefined when the date line gives no zoned time. */
export function findPublicationInstant(text: string, published: string | undefined): number | undefined {
  const day = published && /^(\d{4})-(\d\d)-(\d\d)$/u.exec(published);
  if (!day || !published) return undefined;
  const midnight = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  let latest: number | undefined;
  for (const raw of text.slice(0, HEAD_CHARS).split('\n')) {
    const line = raw.trim();
    if (line.length === 0 || line.length > 200) continue;
    const english = withEnglishMonths(line) ?? line;
    // The line must carry the publication date itself.
    if (!findDates(english, published).some((d) => d.iso === published && d.grain === 'day')) continue;
    for (const t of findClockTimes(line)) {
      const offset = t.zone && !t.zone.local ? offsetOn(t.zone, published) : undefined;
      if (!offset || offset.doubt > 0) continue;
      const at = midnight + (t.minutes - offset.offset) * 60_000;
      // A zone far east of UTC can put the local date's early hours on the day before in UTC.
      if (at < midnight - DAY_MS || at > midnight + 2 * DAY_MS) continue;
      if (latest === undefined || at > latest) latest = at;
    }
    if (latest !== undefined) return latest;
  }
  return latest;
}
