/**
 * Written numbers, hedges and amounts: words and digits to ranges, hedges to ranges that make
 * "more than seven hours" compatible with "seven-hour", units normalised.
 */
import assert from 'node:assert/strict';
import { applyHedge, hedgeKind, rangesOverlap } from '../../../src/analysis/values/hedges';
import { parseNumber, parseOrdinal } from '../../../src/analysis/values/numbers';
import { findQuantities } from '../../../src/analysis/values/quantities';

describe('values: parseNumber', () => {
  it('reads digits, separators, decimals and ranges', () => {
    assert.deepEqual(parseNumber('1,200'), { min: 1200, max: 1200 });
    assert.deepEqual(parseNumber('3.5'), { min: 3.5, max: 3.5 });
    assert.deepEqual(parseNumber('11–12'), { min: 11, max: 12 });
    assert.deepEqual(parseNumber('11-12'), { min: 11, max: 12 });
    assert.deepEqual(parseNumber('100 million'), { min: 1e8, max: 1e8 });
  });
  it('reads number words and collectives', () => {
    assert.deepEqual(parseNumber('five'), { min: 5, max: 5 });
    assert.deepEqual(parseNumber('twenty-one'), { min: 21, max: 21 });
    assert.deepEqual(parseNumber('a dozen'), { min: 12, max: 12 });
    assert.deepEqual(parseNumber('two dozen'), { min: 24, max: 24 }, 'a number of dozens is their product');
    assert.deepEqual(parseNumber('two million'), { min: 2e6, max: 2e6 });
    assert.deepEqual(parseNumber('several'), { min: 3, max: 10 });
    assert.equal(parseNumber('seventh heaven'), undefined);
  });
  it('reads ordinals', () => {
    assert.equal(parseOrdinal('fourth'), 4);
    assert.equal(parseOrdinal('21st'), 21);
    assert.equal(parseOrdinal('fourthly'), undefined);
  });
});

describe('values: hedges', () => {
  it('turns hedges into ranges', () => {
    assert.equal(hedgeKind('more than'), 'above');
    assert.equal(hedgeKind('Nearly'), 'nearly');
    assert.equal(hedgeKind('at least'), 'atLeast');
    assert.equal(hedgeKind('up to'), 'atMost');
    assert.equal(hedgeKind('purple'), undefined);
    assert.deepEqual(applyHedge({ min: 5, max: 5 }, 'above', false), { min: 5, max: Infinity });
    assert.deepEqual(applyHedge({ min: 40, max: 40 }, 'atMost', true), { min: 0, max: 40 });
    // An unhedged measure is rounded: "five hours" is 4.5 to 5.5 hours.
    assert.deepEqual(applyHedge({ min: 5, max: 5 }, undefined, false), { min: 4.5, max: 5.5 });
  });
  it('keeps "more than five" compatible with "five" and "nearly four" apart from "three"', () => {
    assert.ok(rangesOverlap(applyHedge({ min: 5, max: 5 }, 'above', false), applyHedge({ min: 5, max: 5 }, undefined, false)));
    assert.ok(!rangesOverlap(applyHedge({ min: 4, max: 4 }, 'nearly', false), { min: 3, max: 3.25 }));
  });
});

describe('values: findQuantities', () => {
  const one = (text: string) => {
    const found = findQuantities(text);
    assert.equal(found.length, 1, `one amount in "${text}", got ${JSON.stringify(found.map((q) => q.text))}`);
    return found[0];
  };
  it('reads speeds, not lengths: "165 km/h", "165 km per hour", "210 kph", "103 mph", "60 knots"', () => {
    for (const [text, unit] of [['winds of 165 km/h', 'km/h'], ['winds of 165 km per hour', 'km/h'], ['gusts of 210 kph', 'km/h'], ['gusts of 103 mph', 'mph'], ['winds of 60 knots', 'knot'], ['a 12.6-km tunnel', 'km']] as const) {
      assert.equal(one(text).unit, unit, text);
    }
  });
  it('finds compound measures with their unit', () => {
    const q = one('a gruelling ten-hour shift');
    assert.equal(q.text, 'ten-hour');
    assert.equal(q.type, 'QUANTITY');
    assert.equal(q.unit, 'hour');
    assert.equal(q.compound, true);
    assert.deepEqual(q.range, { min: 9, max: 11 });
  });
  it('reads rupees and Indian scale words ("Rs 5 lakh", "₹2 crore")', () => {
    const lakh = one('an ex gratia of Rs 5 lakh to each family');
    assert.deepEqual([lakh.text, lakh.type, lakh.unit, lakh.written.min], ['Rs 5 lakh', 'MONEY', 'inr', 500000]);
    const crore = one('a grant of ₹2 crore for repairs');
    assert.deepEqual([crore.unit, crore.written.min], ['inr', 20000000]);
    assert.equal(one('nearly 1.2 lakh people were moved').written.min, 120000);
  });
  it('reads "and a half" ("nine and a half hours", "two and a half million euros")', () => {
    const hours = one('the talks ended after nine and a half hours');
    assert.deepEqual([hours.text, hours.unit, hours.written.min], ['nine and a half hours', 'hour', 9.5]);
    assert.equal(one('a fee of two and a half million euros').written.min, 2500000);
  });
  it('includes the hedge in the span and the range', () => {
    const q = one('the blaze burned for more than three hours');
    assert.equal(q.text, 'more than three hours');
    assert.equal(q.range.min, 3);
    assert.equal(q.range.max, Infinity);
  });
  it('finds money with scale words and percentages', () => {
    const m = one('a $2.5 billion contract');
    assert.equal(m.type, 'MONEY');
    assert.equal(m.text, '$2.5 billion');
    assert.equal(m.range.min, 2.5e9);
    const p = one('turnout rose to 61.5% in the city');
    assert.equal(p.type, 'PERCENT');
    assert.equal(p.range.min, 61.5);
  });
  it('reads compact money and currency codes', () => {
    const cases: Array<[string, string, string, number]> = [
      ['the club paid €85m for the striker', '€85m', 'eur', 85e6],
      ['a fee of £73.5m was agreed', '£73.5m', 'gbp', 73.5e6],
      ['a $1.2bn takeover of the port', '$1.2bn', 'usd', 1.2e9],
      ['the airline lost US$99m last quarter', 'US$99m', 'usd', 99e6],
      ['a grant of EUR 85 million for the bridge', 'EUR 85 million', 'eur', 85e6],
      ['bonds worth 40m USD were sold', '40m USD', 'usd', 40e6],
      // Codes of smaller currencies as local pages write them, after an amount grouped by a space.
      ['The prize is 50 000 GEL this year.', '50 000 GEL', 'gel', 5e4],
      ['a fine of 120 000 KGS for the clinic', '120 000 KGS', 'kgs', 1.2e5],
    ];
    for (const [text, span, unit, value] of cases) {
      const m = one(text);
      assert.equal(m.type, 'MONEY', text);
      assert.equal(m.text, span, text);
      assert.equal(m.unit, unit, text);
      assert.equal(m.range.min, value, text);
    }
    // Lower-case three-letter words are not currency codes; lengths and times are not money.
    assert.deepEqual(findQuantities('we will try 5 times').map((q) => [q.text, q.type]), [['5', 'CARDINAL']]);
    assert.equal(findQuantities('a 10km run at 5pm').filter((q) => q.type === 'MONEY').length, 0);
  });
  it('counts nouns and leaves years and pronouns alone', () => {
    const q = one('the revised charter has 11–12 points');
    assert.equal(q.unit, 'point');
    assert.deepEqual(q.range, { min: 11, max: 12 });
    assert.equal(findQuantities('since the 2019 election, one of the mayors').length, 0);
  });
  it('reads thousands grouped by spaces or points ("184 000 hens", "1.234.567", "R$ 3.500", "1.214 votes"), and keeps the decimals of a measure or a percentage', () => {
    const value = (text: string) => findQuantities(text).map((q) => q.written.min);
    assert.deepEqual(value('there are 184 000 laying hens'), [184000]);
    assert.deepEqual(value('a total of 1.234.567 people'), [1234567]);
    assert.deepEqual(value('a bonus of R$ 3.500 in November'), [3500]);
    assert.deepEqual(value('approved by 1.214 votes against 397'), [1214, 397]);
    assert.deepEqual(value('a rate of 4.125% over 2.345 km'), [4.125, 2.345]);
    assert.deepEqual(value('in 2024 500 people died'), [500]);
    assert.deepEqual(value('the refuge at 6.380 m and the camp at 5.560 meters'), [6380, 5560]);
    assert.deepEqual(value('a concession of 12.000 hectares beside 2.500 acres'), [12000, 2500]);
  });
});
