/**
 * Contradictions between counts, percentages and sums of money (facts/quantityFacts.ts): two
 * statements about the same measure ("artworks taken", "people dead", "turnout") of the same
 * event whose ranges cannot overlap ("9 paintings" against "14 paintings"; "more than 20" and
 * "23" agree). The event is told apart by eventIdentity.ts (shared names, close dates); numbers
 * that may have changed over time are not read as facts in the first place.
 *
 * One report per pair of articles and measure (and one more between their headlines, which
 * repeat the number on their own); pairs of body statements come first, the closest
 * restatements first among them.
 */
import type { DetailedFact } from '../facts/detail';
import type { Steps } from '../steps';
import { isQuantityFact, type QuantityFact } from '../facts/quantityFacts';
import type { NumberRange } from '../values/numbers';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, MAX_PER_GROUP, passageOf, shortName } from './factIndex';

/** Counts in articles more than this many days apart may both have been true at their time. */
const MAX_DAYS_APART = 7;

/** Adds the quantity contradictions among `facts` to `sink`, yielding between events (see steps.ts). */
export function* quantityContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const quantities = facts.filter(isQuantityFact);
  if (quantities.length < 2) return;
  const visits = new PairVisits();
  // Keyed by the measure alone: that "people dead" of a fire is not that of a crash is decided per
  // pair by the shared event test (sameEvent reads the events of each fact's sentence).
  const keyOf = (f: DetailedFact) => (isQuantityFact(f) ? f.detail.quantity.measure : undefined);
  // Headline and body statements are kept apart as values, so that both survive the reduction.
  const valueOf = (f: DetailedFact) => `${rangeKey((f as QuantityFact).detail.quantity.range)}|${f.detail.heading ? 'h' : 'b'}`;
  /** Reports of a headline against body text, made last (see below). */
  const mixed: Array<() => boolean> = [];
  for (const { key, facts: group } of eventGroups(quantities, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    yield;
    const found: Array<{ a: QuantityFact; b: QuantityFact; body: boolean; likeness: number }> = [];
    // Where the story counts this measure for the whole country too, a count that names no reach is the country's.
    const countryWide = group.some((f) => (f as QuantityFact).detail.quantity.reach === 'nationwide');
    const severalFines = key?.startsWith('money:fine:') ? articlesWithSeveralValues(group as QuantityFact[]) : new Set<string>();
    const bodyRanges = rangesByArticle(group as QuantityFact[]);
    // Every pair goes through the shared event test (forEachPair -> sameEvent); the reports are
    // collected first and ordered below, so the visit never stops the walk early.
    forEachPair(group, (x, y) => {
      const a = x as QuantityFact;
      const b = y as QuantityFact;
      const qa = a.detail.quantity;
      const qb = b.detail.quantity;
      // Two ceilings ("up to 500,000 reais" / "up to R$ 50 mil") are compared as written.
      if (qa.unit !== qb.unit || (qa.ceiling && qb.ceiling ? overlap(qa.ceiling, qb.ceiling) : overlap(qa.range, qb.range))) return;
      if (runningTotal(a, b, ctx.countsSoFar)) return;
      // Figures of two periods ("on Monday", "on Friday") may both be right.
      if (qa.period && qb.period && qa.period !== qb.period) return;
      // A count of one side of a border is a part of the count of both.
      if (qa.side !== qb.side) return;
      // An article that tells two fines tells of two people or bodies fined (one club R$ 850 mil,
      // the other R$ 200 mil): which of them another article's fine is, the sums do not say.
      if (severalFines.has(a.uri) || severalFines.has(b.uri)) return;
      // An article that gives two figures for one measure ("the army said eight people were
      // killed ... the government put the toll at 11") tells of figures in dispute, or of a part
      // beside the whole ("9 bodies were found that night"): another article's figure that is one
      // of them is not set against the other.
      if (toldBeside(a, qb.range, bodyRanges) || toldBeside(b, qa.range, bodyRanges)) return;
      // A town's count is a part of the country's, and of no other town's.
      if (qa.reach !== qb.reach && ((qa.reach && qb.reach) || (countryWide && (qa.reach?.startsWith('in:') || qb.reach?.startsWith('in:'))))) return;
      found.push({ a, b, body: !a.detail.heading && !b.detail.heading, likeness: likeness(qa.context, qb.context) });
    }, { visits, maxDays: MAX_DAYS_APART, limit: Infinity });
    // Body text first; then the closest restatements ("stole 9 paintings" against "stole 14
    // paintings" in the same words), which show the disagreement most plainly.
    found.sort((x, y) => Number(y.body) - Number(x.body) || y.likeness - x.likeness);
    let reported = 0;
    for (const { a, b } of found) {
      const qa = a.detail.quantity;
      const qb = b.detail.quantity;
      const report = () =>
        sink.add(`quantity|${key}|${docPairKey(a, b)}|${headlineKey(a, b)}`, {
          kind: 'count',
          fact: qa.unit ? qa.label : `number of ${qa.label}`,
          explanation:
            `${shortName(a.uri)} says “${a.display}” (${describe(qa.range, qa.unit)}), ${shortName(b.uri)} says “${b.display}” ` +
            `(${describe(qb.range, qb.unit)}): the two figures for ${qa.label} do not overlap, so both cannot be right about the same event.`,
          items: [passageOf(a), passageOf(b)],
        }, [a, b]);
      if (isMixed(a, b)) mixed.push(report);
      else if (report() && ++reported >= MAX_PER_GROUP) break;
    }
  }
  yield* partExceedsWhole(quantities, sink, ctx, mixed);
  // A headline against body text speaks for a pair of articles only when no two body statements
  // do, whichever rule found them: "Fifteen workers were killed" against "Twelve dead" says more
  // than the headline "Fifteen dead" against "Twelve dead".
  for (const report of mixed) report();
}

/** The closed ranges ("eight", "11", not "at least 11") each article gives in its body text among `facts`. */
function rangesByArticle(facts: readonly QuantityFact[]): Map<string, NumberRange[]> {
  const out = new Map<string, NumberRange[]>();
  for (const f of facts) {
    if (f.detail.heading || f.detail.quantity.range.max === null) continue;
    const list = out.get(f.uri);
    if (list) list.push(f.detail.quantity.range);
    else out.set(f.uri, [f.detail.quantity.range]);
  }
  return out;
}

/**
 * True when `f`'s article also gives, in its body, another exact figure for the measure, one that
 * agrees with `other` (see `quantityContradictions`).
 */
function toldBeside(f: QuantityFact, other: NumberRange, ranges: ReadonlyMap<string, NumberRange[]>): boolean {
  return (ranges.get(f.uri) ?? []).some((r) => !overlap(r, f.detail.quantity.range) && overlap(r, other));
}

/** The articles that give two different ranges among `facts`. */
function articlesWithSeveralValues(facts: readonly QuantityFact[]): Set<string> {
  const seen = new Map<string, string>();
  const out = new Set<string>();
  for (const f of facts) {
    const k = rangeKey(f.detail.quantity.range);
    const first = seen.get(f.uri);
    if (first === undefined) seen.set(f.uri, k);
    else if (first !== k) out.add(f.uri);
  }
  return out;
}

/** Tolls that only grow as a day goes on (more dead are found, more people are rescued)... */
const RISING = new Set(['dead', 'injured', 'arrested', 'evacuated', 'rescued', 'recovered', 'released']);
/** ...and counts that only shrink (the missing are found). */
const FALLING = new Set(['missing']);
/** Articles published further apart than this are not read as two counts of one running total. */
const RUNNING_TOTAL_MS = 36 * 3_600_000;

/**
 * True when two figures for a running total are both right at their time: the article published
 * earlier (by its date line's clock time and zone) gives the lower toll of the dead, or the higher
 * count of the missing, and gives a toll somewhere as a count so far ("until this afternoon 15
 * people are dead", countsSoFar.ts). "15 dead" at 14:10 and "17 dead" in the evening wire are one
 * toll rising. A plain "two people were killed" in the night's report against "three died" next
 * morning stays a contradiction: nothing says the first was provisional.
 */
function runningTotal(a: QuantityFact, b: QuantityFact, countsSoFar: ReadonlySet<string>): boolean {
  if (a.publishedAt === undefined || b.publishedAt === undefined || a.publishedAt === b.publishedAt) return false;
  if (Math.abs(a.publishedAt - b.publishedAt) > RUNNING_TOTAL_MS) return false;
  const predicate = a.detail.quantity.measure.split('|').pop() ?? '';
  const [early, late] = a.publishedAt < b.publishedAt ? [a, b] : [b, a];
  if (!countsSoFar.has(early.uri)) return false;
  const re = early.detail.quantity.range;
  const rl = late.detail.quantity.range;
  if (RISING.has(predicate)) return re.max < rl.min;
  if (FALLING.has(predicate)) return re.min > rl.max;
  return false;
}

/** The report slot of a pair: its headlines, or its text (a headline against body text shares the text's slot). */
function headlineKey(a: DetailedFact, b: DetailedFact): string {
  return a.detail.heading && b.detail.heading ? 'headlines' : 'text';
}

/** True when one fact is in a headline and the other in body text. */
function isMixed(a: DetailedFact, b: DetailedFact): boolean {
  return Boolean(a.detail.heading) !== Boolean(b.detail.heading);
}

/** Counted nouns that name a group of people: part of "people" with the same predicate. */
const PEOPLE_GROUPS = new Set([
  'worker', 'miner', 'passenger', 'crew', 'civilian', 'soldier', 'officer', 'firefighter', 'student', 'tourist', 'resident',
  'child', 'man', 'woman', 'patient', 'prisoner', 'hostage', 'migrant', 'protester', 'victim',
]);

/** The predicate of a count of people or of a group of people ("worker|dead" -> "dead"), with which part it is. */
function peoplePart(f: QuantityFact): { predicate: string; whole: boolean } | undefined {
  const [noun, predicate] = f.detail.quantity.measure.split('|');
  if (!predicate || f.detail.quantity.unit) return undefined;
  if (noun === 'people') return { predicate, whole: true };
  const head = noun.split(' ').pop()!;
  return PEOPLE_GROUPS.has(head) ? { predicate, whole: false } : undefined;
}

/**
 * A group of people can be no more than all the people with the same fate: "Fifteen workers
 * were killed" against "twelve people died" is a contradiction, "twelve workers" against
 * "fifteen people" is not (others may have died too).
 */
function* partExceedsWhole(facts: readonly QuantityFact[], sink: ContradictionSink, ctx: EventContext, mixed: Array<() => boolean>): Steps<void> {
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => peoplePart(f as QuantityFact)?.predicate;
  const valueOf = (f: DetailedFact) => `${(f as QuantityFact).detail.quantity.measure}|${rangeKey((f as QuantityFact).detail.quantity.range)}|${f.detail.heading ? 'h' : 'b'}`;
  for (const { key, facts: group } of eventGroups(facts, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    yield;
    // Body statements before headlines: a pair of articles is reported once, from its plainest words.
    const bodyFirst = [...group].sort((x, y) => Number(x.detail.heading ?? false) - Number(y.detail.heading ?? false));
    forEachPair(bodyFirst, (x, y) => {
      const pa = peoplePart(x as QuantityFact)!;
      const pb = peoplePart(y as QuantityFact)!;
      if (pa.whole === pb.whole) return false;
      const [part, whole] = (pa.whole ? [y, x] : [x, y]) as [QuantityFact, QuantityFact];
      const qp = part.detail.quantity;
      const qw = whole.detail.quantity;
      if (qp.range.min <= qw.range.max) return false;
      const [a, b] = x.uri < y.uri || (x.uri === y.uri && x.span.start <= y.span.start) ? [x as QuantityFact, y as QuantityFact] : [y as QuantityFact, x as QuantityFact];
      const report = () =>
        sink.add(`quantity|people|${key}|${docPairKey(a, b)}|${headlineKey(a, b)}`, {
          kind: 'count',
          fact: `number of people ${key}`,
          explanation:
            `${shortName(part.uri)} says “${part.display}” (${describe(qp.range, undefined)} ${qp.label}), ${shortName(whole.uri)} says “${whole.display}” ` +
            `(${describe(qw.range, undefined)} ${qw.label}): a group of the people cannot outnumber all of them.`,
          items: [passageOf(a), passageOf(b)],
        }, [a, b]);
      if (!isMixed(a, b)) return report();
      mixed.push(report);
      return false;
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** Share of words two sentences have in common (0..1). */
function likeness(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const w of b) if (set.has(w)) shared++;
  return shared / (a.length + b.length - shared);
}

function overlap(a: NumberRange, b: NumberRange): boolean {
  return a.min <= b.max && b.min <= a.max;
}

function rangeKey(r: NumberRange): string {
  return `${r.min}-${r.max}`;
}

/** A range in words: "9", "14.45–19.55", "at least 12", "54.7–54.9 %". */
function describe(r: NumberRange, unit: string | undefined): string {
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x >= 1e6 ? `${+(x / 1e6).toFixed(2)} million` : String(+x.toFixed(2)));
  // Currency codes in capitals ("EUR"), units of time as words ("years").
  const u = unit === 'percent' ? ' %' : unit ? ` ${/^[a-z]{3}$/u.test(unit) ? unit.toUpperCase() : unit}` : '';
  if (r.max === Infinity) return `at least ${n(r.min)}${u}`;
  if (r.min <= 0) return `at most ${n(r.max)}${u}`;
  if (r.min === r.max) return `${n(r.min)}${u}`;
  return `${n(r.min)}–${n(r.max)}${u}`;
}
