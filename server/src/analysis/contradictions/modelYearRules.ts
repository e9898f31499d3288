/**
 * Contradictions about the model years a recall covers (facts/modelYearFacts.ts): "Varo and Tessa
 * models from the 2020 to 2023 model years" against "Varo and Tessa of model years 2018 to 2021".
 * A recall covers one span of years of the products it names, so two different spans for the same
 * products of the same recall cannot both be right; "2020-2023" and "2020 through 2023" agree.
 * Spans told of different products (one model of two) are never compared, and articles published
 * more than a week apart may tell of two recalls.
 */
import type { DetailedFact } from '../facts/detail';
import { isModelYearFact, type ModelYearFact } from '../facts/modelYearFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Articles further apart than this may tell of another recall. */
const MAX_DAYS_APART = 7;

/** Adds the model-year contradictions among `facts` to `sink`. */
export function modelYearContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): void {
  const spans = facts.filter(isModelYearFact);
  if (spans.length < 2) return;
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isModelYearFact(f) ? f.subject : undefined);
  const valueOf = (f: DetailedFact) => yearsOf(f as ModelYearFact);
  for (const { facts: group } of eventGroups(spans, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    forEachPair(group, (x, y) => {
      const a = x as ModelYearFact;
      const b = y as ModelYearFact;
      if (a.uri === b.uri || yearsOf(a) === yearsOf(b)) return false;
      const models = a.detail.modelYears.models;
      const products = models.length > 0 ? models.map((m) => m[0].toUpperCase() + m.slice(1)).join(' and ') : 'the recalled products';
      return sink.add(`model-years|${a.subject}|${docPairKey(a, b)}`, {
        kind: 'date',
        fact: `model years of ${products}`,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (model years ${yearsOf(a)}), ${shortName(b.uri)} says “${b.display}” (model years ${yearsOf(b)}): ` +
          `one recall covers one span of model years of ${products}, so the two spans cannot both be right.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** The span of years as written in reports ("2021–2024", "2022"). */
function yearsOf(f: ModelYearFact): string {
  const { from, to } = f.detail.modelYears;
  return from === to ? String(from) : `${from}–${to}`;
}
