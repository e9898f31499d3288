/**
 * Two articles whose ledes put their story's event on two days: "A lorry has burned on Monday
 * morning inside the tunnel" against "A lorry caught fire deep inside the tunnel on Tuesday
 * morning". Each article's day is read by eventIdentity.ts: the day of the first lede sentence that
 * names the story's kind of event, or else the first lede sentence's day whatever it tells
 * (ledeDay.ts), which must then share two words of what happened with the other's ("was sold on
 * Thursday evening in the auction house" / "sold ... at the Auction House on Friday") or restate the event as such ("The tragedy happened on
 * Wednesday"). The articles must share at least `MIN_SHARED_NAMES` of their distinctive names and
 * be published within `MAX_DAYS_APART` of each other; their days must be one day apart (two or more
 * days apart, eventIdentity.ts takes them for two events), and no two time zones less than
 * `MAX_ZONE_GAP` hours apart may put one moment on both days, by the hours the ledes give ("early
 * on", "evening", a local clock time). A pair of articles another rule has already set against each
 * other on a date is not reported again, nor is a day the lede gives a later development ("the toll
 * rose to seven on Monday").
 */
import type { DetailedFact } from '../facts/detail';
import type { Steps } from '../steps';
import { daysApart, type EventContext, type StoryDay } from './eventIdentity';
import { ContradictionSink, datedPairs, shortName, uriPairKey } from './factIndex';
import { ledeWordsMeet } from './ledeDay';

const MIN_SHARED_NAMES = 2;
const MAX_DAYS_APART = 2;
/** Documents sharing a name with more documents than this are not paired through it (cost). */
const MAX_PER_NAME = 200;
/**
 * Two tellings of one moment are taken to be at most this many hours apart in their zones: the
 * place of the event and the newsrooms that report it on its local day. (Farther zones exist, but
 * reports of one event give its days in the event's zone or close to it.)
 */
const MAX_ZONE_GAP = 12;

type DatedDocument = ReturnType<EventContext['storyDays']>[number];

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
        const [a, b] = days[list[x]].uri < days[list[y]].uri ? [days[list[x]], days[list[y]]] : [days[list[y]], days[list[x]]];
        const key = uriPairKey(a.uri, b.uri);
        if (seen.has(key)) continue;
        seen.add(key);
        if (dated.has(key) || !shareNames(a.uri, b.uri, ctx)) continue;
        if (Math.abs(daysApart(a.published, b.published) ?? Infinity) > MAX_DAYS_APART) continue;
        const told = toldAlike(a, b, ctx);
        if (!told) continue;
        const { p, q, what } = told;
        if (p.development || q.development || Math.abs(daysApart(p.iso, q.iso) ?? 0) !== 1 || zonesMayJoin(p, q)) continue;
        sink.add(`story-day|${key}`, {
          kind: 'date',
          fact: `day of the ${what}`,
          explanation:
            `${shortName(a.uri)} puts the ${what} on ${p.iso}, ${shortName(b.uri)} on ${q.iso}, ` +
            `each in its opening lines, ${hoursSaid(p, q)}: one ${what} happened on one day.`,
          items: [passage(a.uri, p, ctx), passage(b.uri, q, ctx)],
        });
      }
    }
  }
}

/** True when two documents share enough distinctive names to tell one story. */
function shareNames(a: string, b: string, ctx: EventContext): boolean {
  const nb = new Set(ctx.distinctiveAnchorsOf(b));
  return ctx.distinctiveAnchorsOf(a).filter((n) => nb.has(n)).length >= MIN_SHARED_NAMES;
}

/**
 * The days two articles give one event, and what they call it: their story days when they tell the
 * same kind of event; else the first pair of their story and lede days whose sentences share words
 * of what happened, or of which one restates the event as such.
 */
function toldAlike(a: DatedDocument, b: DatedDocument, ctx: EventContext): { p: StoryDay; q: StoryDay; what: string } | undefined {
  const kinds = sharedEvents(a.uri, b.uri, ctx);
  if (a.day && b.day && kinds.length > 0) return { p: a.day, q: b.day, what: kinds[0] };
  for (const p of [a.day, a.lede]) {
    for (const q of [b.day, b.lede]) {
      if (!p || !q) continue;
      if (p.restatesAnyEvent || q.restatesAnyEvent || ledeWordsMeet(p.words, q.words)) return { p, q, what: 'event' };
    }
  }
  return undefined;
}

/**
 * The local hours a story day's sentence puts the event in: its local clock time, its part of the
 * day; the whole day when it tells a time of night or a clock time in another zone; else the
 * daytime, since a lede that tells no time of night tells of an event by day.
 */
function hoursOf(d: StoryDay): [number, number] {
  if (d.hour !== undefined) return [d.hour, d.hour];
  if (d.partOfDay === 'early') return [0, 12];
  if (d.partOfDay === 'late') return [17, 24];
  return d.night ? [0, 24] : [6, 18];
}

/**
 * True when two zones at most `MAX_ZONE_GAP` hours apart may put one moment on both days: the
 * gap between the zones is `days apart × 24 + (q's hour − p's hour)`, over the hours each gives.
 */
function zonesMayJoin(p: StoryDay, q: StoryDay): boolean {
  const apart = daysApart(p.iso, q.iso) ?? 0;
  const [a0, a1] = hoursOf(p);
  const [b0, b1] = hoursOf(q);
  const lo = apart * 24 + b0 - a1;
  const hi = apart * 24 + b1 - a0;
  const smallest = lo > 0 ? lo : hi < 0 ? -hi : 0;
  return smallest < MAX_ZONE_GAP;
}

/** Why no time zone explains the two days, in words. */
function hoursSaid(p: StoryDay, q: StoryDay): string {
  if (p.hour !== undefined || q.hour !== undefined) return `at hours of the day that no two time zones less than ${MAX_ZONE_GAP} hours apart put on two days`;
  if (p.partOfDay && p.partOfDay === q.partOfDay) return `both ${p.partOfDay === 'early' ? 'early' : 'late'} in the day, which no time zone moves by a day`;
  if (p.partOfDay || q.partOfDay) return `${whenInDay(p)} and ${whenInDay(q)}, which no two time zones less than ${MAX_ZONE_GAP} hours apart make one moment`;
  return 'neither at a time of night another time zone could move';
}

/** When in its day a story day's sentence puts the event, in words. */
function whenInDay(d: StoryDay): string {
  if (d.partOfDay) return `${d.partOfDay} in the day`;
  return d.night ? 'at night' : 'by day';
}

function sharedEvents(a: string, b: string, ctx: EventContext): readonly string[] {
  const eb = ctx.storyEventsOf(b);
  return ctx.storyEventsOf(a).filter((e) => eb.includes(e));
}

function passage(uri: string, day: StoryDay, ctx: EventContext): { uri: string; start: number; end: number; text: string } {
  return { uri, start: day.start, end: day.end, text: ctx.textOf(uri, day.start, day.end) };
}
