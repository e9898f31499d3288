/**
 * Two articles whose ledes put their story's event on two days: "A lorry has burned on Monday
 * morning inside the tunnel" against "A lorry caught fire deep inside the tunnel on Tuesday
 * morning". The story day is read by eventIdentity.ts (the one day of the first lede sentence that
 * names the story's kind of event). The articles must tell the same kind of event, share at least
 * `MIN_SHARED_NAMES` of their distinctive names, and be published within `MAX_DAYS_APART` of each
 * other; their days must be one day apart (two or more days apart, eventIdentity.ts takes them for
 * two events), and neither lede may tell a time of night or a clock time, which another zone may
 * put on the next or the previous day. A pair of articles another rule has already set against each
 * other on a date is not reported again, nor is a day the lede gives a later development ("the
 * toll rose to seven on Monday").
 */
import type { DetailedFact } from '../facts/detail';
import type { Steps } from '../steps';
import { daysApart, type EventContext, type StoryDay } from './eventIdentity';
import { ContradictionSink, datedPairs, shortName, uriPairKey } from './factIndex';

const MIN_SHARED_NAMES = 2;
const MAX_DAYS_APART = 2;
/** Documents sharing a name with more documents than this are not paired through it (cost). */
const MAX_PER_NAME = 200;

/** Adds the contradictions between the days articles give their story's event to `sink`. */
export function* storyDayContradictions(_facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const days = ctx.storyDays();
  if (days.length < 2) return;
  const byName = new Map<string, number[]>();
  days.forEach((d, i) => {
    for (const n of ctx.distinctiveAnchorsOf(d.uri)) {
      const list = byName.get(n);
      if (list) list.push(i);
      else byName.set(n, [i]);
    }
  });
  const dated = datedPairs(sink);
  const seen = new Set<string>();
  for (const list of byName.values()) {
    yield;
    if (list.length < 2 || list.length > MAX_PER_NAME) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = days[list[x]];
        const b = days[list[y]];
        const key = uriPairKey(a.uri, b.uri);
        if (seen.has(key)) continue;
        seen.add(key);
        if (dated.has(key) || !oneStory(a.uri, b.uri, ctx)) continue;
        // A time of night may fall on another day in another zone, unless both ledes put the event in the same part of its day.
        const samePart = a.day.partOfDay !== undefined && a.day.partOfDay === b.day.partOfDay;
        if (((a.day.night || b.day.night) && !samePart) || a.day.development || b.day.development || Math.abs(daysApart(a.day.iso, b.day.iso) ?? 0) !== 1) continue;
        if (Math.abs(daysApart(a.published, b.published) ?? Infinity) > MAX_DAYS_APART) continue;
        const [p, q] = a.uri < b.uri ? [a, b] : [b, a];
        const what = sharedEvents(p.uri, q.uri, ctx)[0];
        sink.add(`story-day|${key}`, {
          kind: 'date',
          fact: `day of the ${what}`,
          explanation:
            `${shortName(p.uri)} puts the ${what} on ${p.day.iso}, ${shortName(q.uri)} on ${q.day.iso}, ` +
            `each in its opening lines and ${samePart ? `both ${a.day.partOfDay === 'early' ? 'early' : 'late'} in the day, which no time zone moves by a day` : 'neither at a time of night another time zone could move'}: one ${what} happened on one day.`,
          items: [passage(p.uri, p.day, ctx), passage(q.uri, q.day, ctx)],
        });
      }
    }
  }
}

/** True when two documents tell the same kind of event and share enough distinctive names. */
function oneStory(a: string, b: string, ctx: EventContext): boolean {
  if (sharedEvents(a, b, ctx).length === 0) return false;
  const nb = new Set(ctx.distinctiveAnchorsOf(b));
  return ctx.distinctiveAnchorsOf(a).filter((n) => nb.has(n)).length >= MIN_SHARED_NAMES;
}

function sharedEvents(a: string, b: string, ctx: EventContext): readonly string[] {
  const eb = ctx.storyEventsOf(b);
  return ctx.storyEventsOf(a).filter((e) => eb.includes(e));
}

function passage(uri: string, day: StoryDay, ctx: EventContext): { uri: string; start: number; end: number; text: string } {
  return { uri, start: day.start, end: day.end, text: ctx.textOf(uri, day.start, day.end) };
}
