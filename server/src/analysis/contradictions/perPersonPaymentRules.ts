/**
 * Two sums paid to each person for one event (facts/moneyFigureFacts.ts, measure "payment per
 * person"): "will receive 1,000 kroner each" against "will pay 1,500 Norwegian crowns to each
 * passenger" in two articles about one event. One payment per person has one amount, so two
 * unhedged figures in one currency cannot both hold. Left alone: a conversion in parentheses,
 * hedged figures ("about $148"), sums in two currencies (currencyRules.ts compares the figures),
 * and an article that itself gives two per-person sums in one currency (two groups of people
 * paid differently).
 */
import type { Steps } from '../steps';
import type { DetailedFact } from '../facts/detail';
import { isMoneyFigureFact, PAYMENT_PER_PERSON, type MoneyFigureFact } from '../facts/moneyFigureFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Payments reported more than this many days apart may be different payments. */
const MAX_DAYS_APART = 7;

/** Adds the contradictions of two per-person payments of one event to `sink`. */
export function* perPersonPaymentContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const payments = facts.filter(
    (f): f is MoneyFigureFact => isMoneyFigureFact(f) && f.detail.money.measure === PAYMENT_PER_PERSON && !f.detail.money.conversion && !f.detail.money.hedged,
  );
  if (payments.length < 2) return;
  const several = articlesWithSeveralFigures(payments);
  const usable = payments.filter((f) => !several.has(`${f.uri}|${f.detail.money.currency}`));
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (f as MoneyFigureFact).detail.money.currency;
  const valueOf = (f: DetailedFact) => `${(f as MoneyFigureFact).detail.money.figure}`;
  for (const { facts: group } of eventGroups(usable, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    yield;
    forEachPair(group, (x, y) => {
      const a = (x as MoneyFigureFact).detail.money;
      const b = (y as MoneyFigureFact).detail.money;
      if (x.uri === y.uri || a.currency !== b.currency || a.figure === b.figure) return false;
      return sink.add(`per-person-payment|${a.currency}|${docPairKey(x, y)}`, {
        kind: 'count',
        fact: PAYMENT_PER_PERSON,
        explanation:
          `${shortName(x.uri)} says each person is paid “${x.display}”, ${shortName(y.uri)} says “${y.display}”: ` +
          `one payment per person has one amount, so ${a.figure} and ${b.figure} cannot both be it.`,
        items: [passageOf(x), passageOf(y)],
      }, [x, y]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** "uri|currency" of articles that give two different per-person figures in one currency. */
function articlesWithSeveralFigures(payments: readonly MoneyFigureFact[]): Set<string> {
  const figures = new Map<string, Set<number>>();
  for (const f of payments) {
    const key = `${f.uri}|${f.detail.money.currency}`;
    figures.set(key, (figures.get(key) ?? new Set<number>()).add(f.detail.money.figure));
  }
  return new Set([...figures].filter(([, s]) => s.size > 1).map(([k]) => k));
}
