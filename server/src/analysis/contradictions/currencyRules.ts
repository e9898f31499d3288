/**
 * The same figure in two currencies (facts/moneyFigureFacts.ts): "costs the sector $150 million"
 * a day against "would cost ... around 150 million reais a day" in two articles about one event.
 * Two currencies are almost never worth the same, so the same number for the same sum means one
 * article has put the wrong currency on it. Left alone: an article that itself gives the figure
 * in both currencies (the two are then at par, or it says so), and a hedged figure in currencies
 * that are close in value ("about €100 million" may round "$108 million").
 */
import type { Steps } from '../steps';
import type { DetailedFact } from '../facts/detail';
import { isMoneyFigureFact, type MoneyFigureFact } from '../facts/moneyFigureFacts';
import { eventGroups, PairVisits, type EventContext } from './eventIdentity';
import { ContradictionSink, docPairKey, forEachPair, passageOf, shortName } from './factIndex';

/** Sums reported more than this many days apart may be different sums. */
const MAX_DAYS_APART = 7;

/** Currencies within a fraction of each other in value: a rounded, hedged figure may be right in either. */
const NEAR_PAR = new Set(['usd', 'eur', 'gbp', 'chf', 'cad', 'aud', 'sgd', 'nzd']);

/** Adds the contradictions of one figure written in two currencies to `sink`. */
export function* currencyContradictions(facts: readonly DetailedFact[], sink: ContradictionSink, ctx: EventContext): Steps<void> {
  const figures = facts.filter(isMoneyFigureFact);
  if (figures.length < 2) return;
  const inBoth = currenciesPerFigure(figures);
  const visits = new PairVisits();
  const keyOf = (f: DetailedFact) => (isMoneyFigureFact(f) ? `${f.detail.money.measure}|${f.detail.money.figure}` : undefined);
  const valueOf = (f: DetailedFact) => (f as MoneyFigureFact).detail.money.currency;
  for (const { facts: group } of eventGroups(figures, ctx, keyOf, valueOf, MAX_DAYS_APART)) {
    yield;
    forEachPair(group, (x, y) => {
      const a = x as MoneyFigureFact;
      const b = y as MoneyFigureFact;
      const ma = a.detail.money;
      const mb = b.detail.money;
      if (a.uri === b.uri || ma.currency === mb.currency) return false;
      // An article that writes this figure in both currencies holds them to be equal here.
      const key = `${ma.figure}`;
      if ((inBoth.get(`${a.uri}|${key}`)?.size ?? 0) > 1 || (inBoth.get(`${b.uri}|${key}`)?.size ?? 0) > 1) return false;
      if ((ma.hedged || mb.hedged) && NEAR_PAR.has(ma.currency) && NEAR_PAR.has(mb.currency)) return false;
      const [ca, cb] = [ma.currency.toUpperCase(), mb.currency.toUpperCase()];
      return sink.add(`currency|${ma.measure}|${ma.figure}|${docPairKey(a, b)}`, {
        kind: 'count',
        fact: ma.measure,
        explanation:
          `${shortName(a.uri)} says “${a.display}” (${ca}), ${shortName(b.uri)} says “${b.display}” (${cb}) for the ${ma.measure}: ` +
          `the same figure in two currencies of different value cannot both be the sum, so one of them has the wrong currency.`,
        items: [passageOf(a), passageOf(b)],
      }, [a, b]);
    }, { visits, maxDays: MAX_DAYS_APART });
  }
}

/** For each article and figure, the currencies the article writes that figure in (whatever it measures). */
function currenciesPerFigure(figures: readonly MoneyFigureFact[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of figures) {
    const key = `${f.uri}|${f.detail.money.figure}`;
    const set = out.get(key) ?? new Set<string>();
    set.add(f.detail.money.currency);
    out.set(key, set);
  }
  return out;
}
