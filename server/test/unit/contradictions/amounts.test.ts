/**
 * Amounts read since the "amounts" round: one figure in two currencies, a premium over a closing
 * price, a winning margin over a named rival, the distance of a crash from the finish, the number
 * of hospitals a network runs, and derailed carriages told as a part of the train ("two of the
 * train's eight carriages"). Fictional stories in test-fixtures/contradictions/amount-currency-*,
 * takeover-price-*, cash-seized-*, ferry-refund-*, victims-aid-*, spillway-peak-*, others-held-*, rail-outage-*, stage-margin-*, hospital-network-* and carriages-derailed-*.
 */
import assert from 'node:assert/strict';
import { anchoredLines as lines, analyseFixtures } from './pipeline';

const found = (names: string[]) => lines(analyseFixtures(names).contradictions);

describe('contradictions: one figure in two currencies', () => {
  it('flags 40 million kronor a day against around $40 million a day', () => {
    assert.deepEqual(found(['amount-currency-a.txt', 'amount-currency-b.txt']), [
      'count: amount-currency-a.txt «40 million kronor» | amount-currency-b.txt «around $40 million»',
    ]);
  });
  it('accepts a conversion in parentheses and its restatement in the other currency', () => {
    assert.deepEqual(found(['amount-currency-a.txt', 'amount-currency-c.txt']), []);
    assert.deepEqual(found(['amount-currency-c.txt', 'amount-currency-d.txt']), []);
  });
  it('flags €900m against the $900 million a deal was converted to, and the premium 37 against 27 percent', () => {
    assert.deepEqual(found(['takeover-price-a.txt', 'takeover-price-b.txt']), [
      'count: takeover-price-a.txt «$900 million» | takeover-price-b.txt «€900m»',
      'count: takeover-price-a.txt «27% premium» | takeover-price-b.txt «37 percent more than the stock\'s closing»',
    ]);
  });
  it('flags cash seized, 3.2 million pesos (beside a second sum) against US$3.2 million', () => {
    assert.deepEqual(found(['cash-seized-a.txt', 'cash-seized-b.txt']), [
      'count: cash-seized-a.txt «3.2 million pesos» | cash-seized-b.txt «US$3.2 million»',
    ]);
  });
  it('accepts the same sum seized in the same currency', () => {
    assert.deepEqual(found(['cash-seized-a.txt', 'cash-seized-c.txt']), []);
  });
  it('leaves a hedged figure alone in currencies close in value ("about $900 million" against €900m)', () => {
    assert.deepEqual(found(['takeover-price-b.txt', 'takeover-price-c.txt']).filter((l) => l.includes('900')), []);
    assert.deepEqual(found(['takeover-price-a.txt', 'takeover-price-c.txt']), []);
  });
});

describe('contradictions: a payment to each person', () => {
  it('flags 800 Danish crowns to each passenger against 500 kroner each', () => {
    assert.deepEqual(found(['ferry-refund-a.txt', 'ferry-refund-b.txt']), [
      'count: ferry-refund-a.txt «800 Danish crowns» | ferry-refund-b.txt «500 kroner»',
    ]);
  });
  it('accepts 800 Danish crowns against 800 kroner (about €107): one currency, and a conversion', () => {
    assert.deepEqual(found(['ferry-refund-a.txt', 'ferry-refund-c.txt']), []);
  });
  it('flags aid given to each victim\'s family ("would give 40,000 pesos", "a support of 25.000 pesos for each family"), and nothing else', () => {
    assert.deepEqual(found(['victims-aid-a.txt', 'victims-aid-b.txt']), [
      'count: victims-aid-a.txt «40,000 pesos» | victims-aid-b.txt «25.000 pesos»',
    ]);
  });
  it('reads a sum announced "for each family of the deceased" as a payment per person, and "each bereaved family" too', () => {
    assert.deepEqual(found(['victims-aid-c.txt', 'victims-aid-d.txt']), ['count: victims-aid-c.txt «Rs5 lakh» | victims-aid-d.txt «1 million rupees»']);
  });
});

describe('contradictions: the peak rate of a release of water', () => {
  it('flags 1,800 cubic metres per second at its peak against up to 1,100, leaving a smaller earlier release alone', () => {
    assert.deepEqual(found(['spillway-peak-a.txt', 'spillway-peak-b.txt']), [
      'count: spillway-peak-a.txt «1,800 cubic metres of water per second» | spillway-peak-b.txt «up to 1,100 cubic metres per second»',
    ]);
  });
  it('accepts as much as 63,000 cubic feet a second against 1,800 cubic metres per second', () => {
    assert.deepEqual(found(['spillway-peak-a.txt', 'spillway-peak-c.txt']), []);
  });
});

describe('contradictions: people arrested besides the named one', () => {
  it('flags three other people detained against six other people taken into custody', () => {
    assert.deepEqual(found(['others-held-a.txt', 'others-held-b.txt']), [
      'count: others-held-a.txt «Three other people were detained» | others-held-b.txt «took six other people into custody»',
    ]);
  });
  it('accepts "arrested three others" with four people arrested in all', () => {
    assert.deepEqual(found(['others-held-a.txt', 'others-held-c.txt']), []);
  });
});

describe('contradictions: passengers affected by a disruption', () => {
  it('flags travel disrupted for about 52,000 passengers against some 25,000 who saw their plans wrecked', () => {
    assert.deepEqual(found(['rail-outage-a.txt', 'rail-outage-b.txt']), [
      'count: rail-outage-a.txt «disrupting travel for about 52,000 passengers» | rail-outage-b.txt «Some 25,000 passengers saw their plans wrecked»',
    ]);
  });
  it('accepts around 50,000 affected against about 52,000, leaving passengers stranded alone', () => {
    assert.deepEqual(found(['rail-outage-a.txt', 'rail-outage-c.txt']), []);
  });
});

describe('contradictions: margins and distances of a race', () => {
  it('flags a crash 25 km against 8 km from the finish', () => {
    const all = found(['stage-margin-a.txt', 'stage-margin-b.txt']);
    assert.ok(all.includes('count: stage-margin-a.txt «crashed 25 km from the finish» | stage-margin-b.txt «fell on a wet descent 8 km from the finish»'), all.join('\n'));
  });
  it('reads "12 seconds ahead of Norway\'s Sindre Haugland" and "21 seconds in front of him" as margins over one rival', () => {
    // The pair is not yet reported: the event classes of the two sentences ("won the stage",
    // "to win the stage") do not match in eventIdentity; the facts are read.
    const margins = analyseFixtures(['stage-margin-a.txt', 'stage-margin-b.txt']).docs.flatMap((d) =>
      d.facts.filter((f) => f.subject.startsWith('quantity:margin over haugland:seconds')).map((f) => `${f.display} = ${JSON.stringify(f.value)}`),
    );
    assert.deepEqual(margins, [
      '12 seconds ahead of Norway\'s Sindre Haugland = {"kind":"number","min":12,"max":12,"unit":"seconds"}',
      '21 seconds in front of him = {"kind":"number","min":21,"max":21,"unit":"seconds"}',
    ]);
  });
  it('accepts "beating Haugland by 12 seconds" and "some 25 km", and leaves the overall lead alone', () => {
    assert.deepEqual(found(['stage-margin-a.txt', 'stage-margin-c.txt']), []);
  });
});

describe('contradictions: the size of an organisation and a part of a train', () => {
  it('flags a network of six hospitals against one that runs seven', () => {
    assert.deepEqual(found(['hospital-network-a.txt', 'hospital-network-b.txt']), [
      'count: hospital-network-a.txt «network of six hospitals» | hospital-network-b.txt «runs seven hospitals»',
    ]);
    assert.deepEqual(found(['hospital-network-a.txt', 'hospital-network-c.txt']), []);
  });
  it('reads "two of the train\'s eight carriages left the rails" as two derailed, not eight', () => {
    assert.deepEqual(found(['carriages-derailed-a.txt', 'carriages-derailed-b.txt']), [
      'count: carriages-derailed-a.txt «two of the train\'s eight carriages left the rails» | carriages-derailed-b.txt «five carriages had been derailed»',
    ]);
    assert.deepEqual(found(['carriages-derailed-a.txt', 'carriages-derailed-c.txt']), []);
  });
});
