/**
 * Two articles about one event whose conversions of local time imply two UTC offsets for it:
 * "7:48 a.m. (0548 GMT)" (UTC+2) against "7:48 local time (6:48 UTC)" (UTC+1), or "9:20 a.m.
 * (0720 GMT)" against "16:50 local time (15:50 UTC)". A place keeps one offset through a day, so
 * one of the conversions is wrong, whichever moments they time. Articles more than a day apart are
 * not compared (a clock change may fall between them), and neither are articles that convert two
 * offsets themselves (a story told in two places, such as a flight's departure and arrival).
 */
import type { DetailedFact } from '../facts/detail';
import { isLocalOffsetFact, type LocalOffsetFact } from '../facts/localOffsetFacts';
import { isoToDate } from '../values/dates';
import { sameEvent } from './eventIdentity';
import { ContradictionSink, passageOf, shortName } from './factIndex';

/** Adds the local-offset contradictions among `facts` to `sink`. */
export function localOffsetContradictions(facts: readonly DetailedFact[], sink: ContradictionSink): void {
  const byDoc = new Map<string, LocalOffsetFact[]>();
  for (const f of facts) {
    if (!isLocalOffsetFact(f)) continue;
    const list = byDoc.get(f.uri) ?? [];
    list.push(f);
    byDoc.set(f.uri, list);
  }
  // One offset per article: an article that implies two tells of two places (or is wrong with itself).
  const single: Array<{ f: LocalOffsetFact; day: number }> = [];
  for (const list of byDoc.values()) {
    const day = dayNumber(list[0].published);
    if (day !== undefined && new Set(list.map((f) => f.detail.localOffset.offset)).size === 1) single.push({ f: list[0], day });
  }
  // By publication day, so that each article meets only those published within a day of it.
  single.sort((x, y) => x.day - y.day);
  for (let i = 0; i < single.length; i++) {
    for (let j = i + 1; j < single.length && single[j].day - single[i].day <= 1; j++) {
      const a = single[i].f;
      const b = single[j].f;
      if (a.detail.localOffset.offset === b.detail.localOffset.offset || !sameEvent(a, b)) continue;
      // The clock-time rule (clockTimeRules.ts) may have set these two conversions against each
      // other already, as one moment converted to two instants.
      if (alreadyFound(sink, a, b)) continue;
      sink.add(`local-offset|${[a.uri, b.uri].sort().join('|')}`, {
        kind: 'time',
        fact: 'UTC offset of local time',
        explanation:
          `${shortName(a.uri)} converts “${a.detail.localOffset.written}” (local time at ${utc(a.detail.localOffset.offset)}), ` +
          `${shortName(b.uri)} converts “${b.detail.localOffset.written}” (${utc(b.detail.localOffset.offset)}): ` +
          `one place keeps one offset through a day, so one conversion is wrong.`,
        // The converted times are what disagrees; the local times may well agree.
        items: [passageOf(a, a.detail.localOffset.converted), passageOf(b, b.detail.localOffset.converted)],
      }, [a, b]);
    }
  }
}

function utc(offset: number): string {
  const sign = offset < 0 ? '−' : '+';
  const h = Math.floor(Math.abs(offset) / 60);
  const m = Math.abs(offset) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

function alreadyFound(sink: ContradictionSink, a: LocalOffsetFact, b: LocalOffsetFact): boolean {
  const touches = (p: { uri: string; start: number; end: number }, f: LocalOffsetFact) => p.uri === f.uri && p.start < f.span.end && f.span.start < p.end;
  return sink.found.some((c) => c.kind === 'time' && c.items.some((p) => touches(p, a)) && c.items.some((p) => touches(p, b)));
}

/** Whole days since the epoch of an ISO date, or undefined when there is none. */
function dayNumber(iso: string | undefined): number | undefined {
  const d = isoToDate(iso);
  return d ? Math.round(d.getTime() / 86_400_000) : undefined;
}
