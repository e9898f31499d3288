/**
 * A weekday written next to a date it does not fall on ("Sunday 15 March" in 2025, a Saturday).
 * The phrase contradicts itself whatever else is written; when another article of the story gives
 * the same date with its right weekday ("Saturday, March 15"), the contradiction is shown against
 * that article, which is where a fact-checker looks to settle it. Otherwise it is shown within the
 * phrase, weekday against date. A bare weekday that resolves, against its article's date, to the
 * same day ("on Tuesday" in an article of Tuesday 14 October) witnesses too (facts/looseWeekdayFacts.ts).
 */
import type { DetailedFact } from '../facts/detail';
import { addDays, weekdayName } from '../values/dates';
import { sameEvent, type EventContext } from './eventIdentity';
import { ContradictionSink, passageOf, shortName } from './factIndex';

/** At most this many other articles are cited for the right weekday of one date. */
const MAX_WITNESSES = 4;

/** Adds the weekday contradictions among `facts` to `sink`. */
export function weekdayContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const stated = new Map<string, DetailedFact[]>();
  for (const f of facts) {
    if (f.kind !== 'date' || (f.attribute !== 'weekday-stated' && f.attribute !== 'weekday-bare')) continue;
    const list = stated.get(f.subject) ?? [];
    list.push(f);
    stated.set(f.subject, list);
  }
  for (const f of facts) {
    if (f.kind !== 'date' || f.attribute !== 'weekday' || !f.detail.startSpan) continue;
    if (ownRightWeekday(f, stated, sink)) continue;
    // One witness per other article: its statement of the date told most like this one. A date
    // written with its weekday in running text is the clearest; only when no article has one do
    // bare weekdays of that day ("police on Tuesday ended ...") witness, before the articles' own
    // date lines.
    const candidates = (stated.get(f.subject) ?? []).filter((g) => g.uri !== f.uri && sameEvent(f, g));
    // Of one article's witnesses of a rank, the one told in the words around the phrase ("started
    // the flights this Monday (11)" / "On Tuesday a helicopter made nine flights"): it is where a
    // fact-checker compares the two tellings. (Weekday errors are rare, so reading the words
    // around each candidate costs little.)
    const near = wordsAround(f, ctx);
    const likeness = new Map(candidates.map((g) => [g, sharedCount(near, wordsAround(g, ctx))]));
    const byRankThenLikeness = (a: DetailedFact, b: DetailedFact) => witnessRank(a) - witnessRank(b) || likeness.get(b)! - likeness.get(a)!;
    const usable = candidates.some((g) => witnessRank(g) === 0)
      ? candidates.filter((g) => g.attribute !== 'weekday-bare').sort(byRankThenLikeness)
      : [...candidates].sort(byRankThenLikeness);
    const witnesses = new Map<string, DetailedFact>();
    for (const g of usable) {
      if (witnesses.has(g.uri)) continue;
      witnesses.set(g.uri, g);
      if (witnesses.size >= MAX_WITNESSES) break;
    }
    if (witnesses.size === 0 && sameWeekdayElsewhere(f, stated, sink)) continue;
    if (witnesses.size === 0) {
      sink.add(`weekday|${f.uri}|${f.span.start}`, {
        kind: 'date',
        fact: 'weekday of a date',
        explanation: `The text says ${f.display}.`,
        items: [passageOf(f, f.detail.startSpan), passageOf(f, datePart(f))],
      });
      continue;
    }
    const right = f.value.kind === 'date' ? weekdayOf(f.value.iso) : undefined;
    for (const g of witnesses.values()) {
      sink.add(`weekday|${f.uri}|${f.span.start}|${g.uri}`, {
        kind: 'date',
        fact: 'weekday of a date',
        explanation:
          g.attribute === 'weekday-bare'
            ? `${shortName(f.uri)} says ${f.display}; ${shortName(g.uri)}, dated ${g.published}, tells of that day as "${g.span.text}"${right ? ` (${right} ${f.value.kind === 'date' ? f.value.iso : ''})` : ''}. A date falls on one weekday.`
            : `${shortName(f.uri)} says ${f.display}; ${shortName(g.uri)} gives the date as "${g.span.text}"${right ? `, a ${right}` : ''}. A date falls on one weekday.`,
        items: [passageOf(f), passageOf(g)],
      });
    }
  }
}

/**
 * "arrived this Monday (10)" in an article that later writes "This Tuesday (10)": the article
 * gives the date with its right weekday itself, which settles it more plainly than any other
 * article. Returns true when it added the contradiction.
 */
function ownRightWeekday(f: DetailedFact, stated: ReadonlyMap<string, DetailedFact[]>, sink: ContradictionSink): boolean {
  // (Not the page's date stamp, "Thursday, 16/10/2025": a stamp gives the year, running text does not.)
  const own = (stated.get(f.subject) ?? []).find((g) => g.uri === f.uri && g.attribute === 'weekday-stated' && g.span.start !== f.span.start && !/\d{4}/u.test(g.span.text));
  if (!own) return false;
  return sink.add(`weekday|${f.uri}|${f.span.start}|${f.uri}`, {
    kind: 'date',
    fact: 'weekday of a date',
    explanation: `${shortName(f.uri)} says ${f.display}, and gives the same date elsewhere as "${own.span.text}". A date falls on one weekday.`,
    items: [passageOf(f), passageOf(own)],
  });
}

/** How many days either side of a wrong weekday's date the day it names is looked for. */
const WEEK_REACH = 3;

/**
 * "The cuts start next Monday (16)" (the 16th a Tuesday) against another article's "Monday, March
 * 15": when no article gives the date with its weekday, one that gives the written weekday of that
 * week with its own date shows which of the two the article got wrong. Returns true when it added one.
 */
function sameWeekdayElsewhere(f: DetailedFact, stated: ReadonlyMap<string, DetailedFact[]>, sink: ContradictionSink): boolean {
  if (f.value.kind !== 'date') return false;
  const written = f.span.text.slice(f.detail.startSpan!.start - f.span.start, f.detail.startSpan!.end - f.span.start);
  const name = written.charAt(0).toUpperCase() + written.slice(1).toLowerCase();
  let added = false;
  for (let k = -WEEK_REACH; k <= WEEK_REACH; k++) {
    const day = addDays(f.value.iso, k);
    if (k === 0 || weekdayOf(day) !== name) continue;
    const seen = new Set<string>();
    for (const g of stated.get(`date:${day}`) ?? []) {
      if (g.uri === f.uri || g.attribute !== 'weekday-stated' || witnessRank(g) !== 0 || seen.has(g.uri) || !sameEvent(f, g)) continue;
      seen.add(g.uri);
      added = sink.add(`weekday|${f.uri}|${f.span.start}|${g.uri}`, {
        kind: 'date',
        fact: 'weekday of a date',
        explanation: `${shortName(f.uri)} says ${f.display}; ${shortName(g.uri)} gives that ${name} as "${g.span.text}". The two name different days.`,
        items: [passageOf(f), passageOf(g)],
      }) || added;
      if (seen.size >= MAX_WITNESSES) break;
    }
  }
  return added;
}

/** How far either side of a fact its surrounding words are read. */
const AROUND = 150;

/** The content words (four letters or more) around a fact, lower case. */
function wordsAround(f: DetailedFact, ctx: EventContext): Set<string> {
  const text = ctx.textOf(f.uri, Math.max(0, f.span.start - AROUND), f.span.end + AROUND);
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/** How many words two sets share. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * How good a witness a fact is (lower is better): a date with its weekday in the running text; a
 * bare weekday that resolves to the day; a date with its weekday that is the article's own date
 * (most often its date line, which states when it was published, not what happened).
 */
function witnessRank(f: DetailedFact): number {
  if (f.attribute === 'weekday-bare') return 1;
  // A date line's stamp ("Saturday, 27 June 2026, 16:48 GMT" on a line of its own) says when the
  // article was filed, as the article's own date does: running text tells of the event.
  return (f.value.kind === 'date' && f.value.iso === f.published) || f.detail.heading ? 2 : 0;
}

/** The date part of a weekday fact's phrase, after the weekday and its comma. */
function datePart(f: DetailedFact): { start: number; end: number } | undefined {
  const dateStart = f.detail.startSpan!.end;
  const gap = f.span.text.slice(dateStart - f.span.start).match(/^[\s,(]*/u)?.[0].length ?? 0;
  const part = { start: Math.min(f.span.end, dateStart + gap), end: f.span.end };
  return part.end > part.start ? part : undefined;
}

function weekdayOf(iso: string): string | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return weekdayName(new Date(Date.UTC(y, m - 1, d, 12)).getUTCDay());
}
