/**
 * Two articles that state one figure in the same terms with numbers that cannot both hold:
 * "buried 23 houses" against "32 houses are buried under the mud", "fined the retailer €4.2
 * million" against "has fined the webshop with €2.4 million", "destroying the six satellites it
 * was carrying" against "all eight satellites on board were lost". The figures (facts/figureFacts.ts)
 * must count the same thing (the same noun class, currency or dimension, and the same sub-group);
 * their clauses must share a content word and name one place, body or person in common (a counted
 * thing may do without the name when the clauses share three words and do not each name several
 * other things, and so may a sum or a measure when neither clause names anything and neither is a
 * share); and each must be the other's closest restatement: of all the figures of that
 * thing in its article, the one whose clause shares the most words with the other. An article that
 * states several different figures of one thing in similar words (two fines, two tolls) leaves
 * the pair undecided.
 *
 * The rules of specific measures (quantityRules.ts and the others) know when figures may differ
 * and still agree (a toll that rose during the day, an earlier version of a plan); where both
 * figures are read by one of them as one measure, that rule decides, and this one stays silent.
 */
import type { DetailedFact } from '../facts/detail';
import { sharedTermWords } from '../facts/clauseTerms';
import { isFigureFact, NAMED_PERIOD, type FigureFact } from '../facts/figureFacts';
import { isQuantityFact } from '../facts/quantityFacts';
import type { Steps } from '../steps';
import { formatRange, rangesOverlap } from '../values/hedges';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, isClosestTelling, passageOf, shortName } from './factIndex';

/** Figures in articles further apart than this may both have been true at their time. */
const MAX_DAYS_APART = 7;
/** Fewest content words two clauses must share to state one figure. */
const MIN_SHARED = 1;
/** ...when the clauses name nothing in common. */
const MIN_SHARED_WITHOUT_NAMES = 2;
/** ...for a sum or a measure when neither clause names anything. */
const MIN_SHARED_UNNAMED_MEASURE = 3;
/** Words that make a sum a share of another ("3.3m kroner apiece", "divided in equal parts"). */
const PER_SHARE = /\b(?:apiece|each|per|a\s+head|shares?|split|divided|equal\s+parts|equally)\b/iu;
/**
 * Words of versions and of other occasions: "the original 28-point plan" and "the revised 19-point
 * plan" are two plans ("the first lady" and "the First Minister" are people, not versions).
 */
const VERSION_WORDS = /\b(?:original(?:ly)?|revised|new|old|draft|version|first(?!\s+(?:lady|minister)\b)|second|third|last|next|latest|earlier|later|previous|former|current|planned|proposed|target|maximum|minimum|record)\b/iu;

/** Adds the contradictions between restated figures among `facts` to `sink`. */
export function* figureContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  // "Next year 34 trawlers will fish": a figure of a named period is no version; its period is in its group (figureFacts.ts).
  const figures = facts.filter(isFigureFact).filter((f) => !VERSION_WORDS.test(f.detail.figure.clause.replace(NAMED_PERIOD, ' ')));
  if (figures.length < 2) return;
  const measured = measuresBySpan(facts);
  const docMeasures = measuresByDocument(facts);
  const byDocThing = new Map<string, FigureFact[]>();
  for (const f of figures) {
    const k = `${f.uri}\u0000${thingKey(f)}`;
    const list = byDocThing.get(k);
    if (list) list.push(f);
    else byDocThing.set(k, [f]);
  }
  const visits = new PairVisits();
  const valueOf = (f: DetailedFact) => `${(f as FigureFact).detail.figure.range.min}|${(f as FigureFact).detail.figure.range.max}|${f.detail.sentence}`;
  for (const { key, facts: group } of eventGroups(figures, ctx, (f) => thingKey(f as FigureFact), valueOf, MAX_DAYS_APART)) {
    yield;
    // The closest restatement of each pair of articles: the clauses that share the most words,
    // body text before headlines.
    const best = new Map<string, { a: FigureFact; b: FigureFact; shared: string[]; rank: number }>();
    forEachPair(group, (x, y) => {
      const a = x as FigureFact;
      const b = y as FigureFact;
      if (a.uri === b.uri) return;
      const fa = a.detail.figure;
      const fb = b.detail.figure;
      // Two ceilings ("up to 500,000 reais" / "up to R$ 50 mil") are compared as written.
      if (fa.ceiling && fb.ceiling ? rangesOverlap(fa.ceiling, fb.ceiling) : rangesOverlap(fa.range, fb.range)) return;
      // A figure either article also writes in the clause: the two count two things.
      if (fa.numbers.some((r) => rangesOverlap(r, echoRange(fb.range))) || fb.numbers.some((r) => rangesOverlap(r, echoRange(fa.range)))) return;
      // A measure a specific rule reads in both articles is that rule's to judge, whichever sentences it compared.
      if (measured(a).some((m) => docMeasures(b.uri).has(m)) || measured(b).some((m) => docMeasures(a.uri).has(m))) return;
      // Clauses should name one place, body or person in common: "110 km north of X" and "70 km
      // from Y" are two distances. Sums and measures must share a name in any case
      // ("damage was put at $9 million" fits any story); counted things may instead share more words
      // ("rescuers, dog teams and seven helicopters took part" / "rescuers, twelve dog teams and four helicopters").
      const na = namesOf(a, byDocThing);
      const nb = namesOf(b, byDocThing);
      const sameNames = na.some((n) => nb.includes(n));
      const shared = sharedWords(a, b);
      if (shared.length < minShared(fa.thing)) return;
      // Two clauses that each name several things, none in common, tell of different things.
      const differentCast = na.length >= 2 && nb.length >= 2;
      // (A sum or a measure told of nothing named may still be one when the clauses share three
      // words and neither names anything: "a 12 million euro compensation fund for fishermen" /
      // "a fund of 20 million euros to compensate the fishermen".)
      const unnamedMeasure =
        isMeasure(fa.thing) && na.length === 0 && nb.length === 0 && shared.length >= MIN_SHARED_UNNAMED_MEASURE && !PER_SHARE.test(fa.clause) && !PER_SHARE.test(fb.clause);
      if (!sameNames && ((isMeasure(fa.thing) && !unnamedMeasure) || shared.length < MIN_SHARED_WITHOUT_NAMES || differentCast)) return;
      // "In the Distrito Federal, the assembly approved it by 1,214 votes": a figure told of one
      // place the other clause does not name is a part (a region's vote), not the whole.
      if (scopedApart(fa.clause, fb.clause) || scopedApart(fb.clause, fa.clause)) return;
      if (!closestIn(a, b, byDocThing) || !closestIn(b, a, byDocThing)) return;
      // Where a specific rule read both figures, it has decided (a toll that rose, a plan revised).
      if (measured(a).length > 0 && measured(b).length > 0) return;
      const rank = shared.length - (a.detail.heading || b.detail.heading ? 100 : 0);
      const k = docPairKey(a, b);
      const seen = best.get(k);
      if (!seen || rank > seen.rank) best.set(k, { a, b, shared, rank });
    }, { visits, maxDays: MAX_DAYS_APART, limit: Infinity });
    for (const { a, b, shared } of best.values()) {
      const fa = a.detail.figure;
      sink.add(`figure|${key}|${docPairKey(a, b)}`, {
        kind: 'count',
        fact: fa.label,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${describe(a)}), ${shortName(b.uri)} says “${b.display}” (${describe(b)}): ` +
          `both tell the ${fa.label} in the same terms (${shared.slice(0, 3).map((w) => `“${w}”`).join(', ')}), and the two figures do not overlap, so both cannot be right.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }
  }
}

/**
 * The numbers a clause would write if it restated a figure: a ceiling ("up to 40 million euros")
 * reaches down to nothing, but a restatement of it is of its order ("35 million"), not "two
 * shell companies".
 */
function echoRange(r: { min: number; max: number }): { min: number; max: number } {
  return r.min <= 0 && r.max > 0 ? { min: r.max / 2, max: r.max } : r;
}

/** A clause that opens by setting its place ("In the Distrito Federal, ...", "In the Setúbal district, ...", "Across Bavaria, ..."). */
const SCOPE_OPENING =
  /^(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)(?:\s+(?:district|region|province|state|county|area|city|municipality|prefecture))?,/u;

/** True when `clause` opens by setting a place that `other` does not name. */
function scopedApart(clause: string, other: string): boolean {
  const place = SCOPE_OPENING.exec(clause)?.[1];
  return place !== undefined && !other.toLowerCase().includes(place.toLowerCase());
}

/** Sums, percentages and measures (lengths, areas) are written in many clauses of a story: they need more shared words than counted things. */
function minShared(thing: string): number {
  return isMeasure(thing) ? MIN_SHARED + 1 : MIN_SHARED;
}

function isMeasure(thing: string): boolean {
  return thing.startsWith('percent') || thing.startsWith('money:') || MEASURES.has(thing);
}

const MEASURES = new Set(['length', 'depth', 'mass', 'area', 'volume']);

/** A figure's range for explanations, with the base unit of a measure ("425–575 metres"). */
function describe(f: FigureFact): string {
  const thing = f.detail.figure.thing;
  const unit = MEASURE_UNITS[thing];
  if (unit) return formatRange(f.detail.figure.range, unit);
  if (thing.startsWith('money:')) return `${formatRange(f.detail.figure.range)} ${thing.slice(6).toUpperCase()}`;
  if (thing.startsWith('percent')) return `${formatRange(f.detail.figure.range)}%`;
  return formatRange(f.detail.figure.range);
}

const MEASURE_UNITS: Readonly<Record<string, string>> = { length: 'metre', depth: 'metre', mass: 'kilogram', area: 'square metre', volume: 'litre' };

/**
 * The names of a figure's clause; a clause that names nothing ("32 houses are buried under the
 * mud") takes those of its article's other statements of the same figure ("Landslide in Kalisoka:
 * 32 houses buried").
 */
function namesOf(f: FigureFact, byDocThing: ReadonlyMap<string, FigureFact[]>): string[] {
  if (f.detail.figure.names.length > 0) return f.detail.figure.names;
  const same = (byDocThing.get(`${f.uri}\u0000${thingKey(f)}`) ?? []).filter((o) => rangesOverlap(o.detail.figure.range, f.detail.figure.range));
  return [...new Set(same.flatMap((o) => o.detail.figure.names))];
}

function thingKey(f: FigureFact): string {
  return `${f.detail.figure.thing}|${f.detail.figure.group}`;
}

/** The words of `a`'s clause that `b`'s clause says too (by stem, synonym or predicate class), as `a` writes them. */
function sharedWords(a: FigureFact, b: FigureFact): string[] {
  return sharedTermWords(a.detail.figure.terms, b.detail.figure.terms);
}

/** How many words two figures' clauses share. */
function likeness(a: FigureFact, b: FigureFact): number {
  return sharedWords(a, b).length;
}

/**
 * True when `a` is the figure of its article most like `b` (by shared clause words), and no other
 * figure of that article is as like `b` with a different value: then `a` is the article's telling
 * of what `b` tells.
 */
function closestIn(a: FigureFact, b: FigureFact, byDocThing: ReadonlyMap<string, FigureFact[]>): boolean {
  const own = byDocThing.get(`${a.uri}\u0000${thingKey(a)}`) ?? [a];
  return isClosestTelling(a, b, own, likeness, (x, y) => rangesOverlap(x.detail.figure.range, y.detail.figure.range));
}

/** The measures (quantityFacts.ts) each document states. */
function measuresByDocument(facts: readonly DetailedFact[]): (uri: string) => ReadonlySet<string> {
  const byDoc = new Map<string, Set<string>>();
  for (const q of facts.filter(isQuantityFact)) {
    const set = byDoc.get(q.uri) ?? new Set<string>();
    set.add(q.detail.quantity.measure);
    byDoc.set(q.uri, set);
  }
  const none = new Set<string>();
  return (uri) => byDoc.get(uri) ?? none;
}

/** The measures (quantityFacts.ts) read at each figure's place: where a specific rule has judged the pair. */
function measuresBySpan(facts: readonly DetailedFact[]): (f: FigureFact) => string[] {
  const quantities = facts.filter(isQuantityFact);
  const byDoc = new Map<string, typeof quantities>();
  for (const q of quantities) {
    const list = byDoc.get(q.uri);
    if (list) list.push(q);
    else byDoc.set(q.uri, [q]);
  }
  return (f) =>
    (byDoc.get(f.uri) ?? [])
      .filter((q) => q.span.start < f.span.end && f.span.start < q.span.end)
      .map((q) => q.detail.quantity.measure);
}
