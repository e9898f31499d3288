/** Currency words after a number: the crown family, a nationality before the word, dollar prefixes. */
import assert from 'node:assert/strict';
import { findQuantities, sumWithNationality } from '../../../src/analysis/values/quantities';

const money = (text: string) => findQuantities(text).filter((q) => q.type === 'MONEY').map((q) => `${q.text}=${q.range.min} ${q.unit}`);

describe('values: currency words', () => {
  const named = (text: string) =>
    findQuantities(text).flatMap((q) => {
      const sum = sumWithNationality(text, q);
      return sum ? [`${text.slice(q.start, sum.end)}=${q.range.min} ${sum.unit}`] : [];
    });

  it('reads kroner, kronor and crowns as one currency family', () => {
    assert.deepEqual(money('It will pay 1,500 kroner, not 900 kronor or 2,000 crowns.'), ['1,500 kroner=1500 crown', '900 kronor=900 crown', '2,000 crowns=2000 crown']);
  });
  it('reads "1,500 Norwegian crowns" and "5 million Canadian dollars" as sums, and leaves "three crowns" (titles) alone', () => {
    assert.deepEqual(named('She won three crowns, 1,500 Norwegian crowns and 5 million Canadian dollars.'), [
      '1,500 Norwegian crowns=1500 crown', '5 million Canadian dollars=5000000 cad',
    ]);
  });
  it('reads koruna with the crowns and the crown currencies\' codes ("CZK 52m"), and forint, lei and shekels by their own words', () => {
    assert.deepEqual(money('It sold for 52m koruna, CZK 52m or 52 million crowns.'), ['52m koruna=52000000 crown', 'CZK 52m=52000000 crown', '52 million crowns=52000000 crown']);
    assert.deepEqual(money('Fines of 400,000 forint, 2,000 lei and 900 shekels were paid.'), ['400,000 forint=400000 huf', '2,000 lei=2000 ron', '900 shekels=900 ils']);
  });
  it('reads "R$ 412,6 milhões" and "US$ 77,4 millions" as millions', () => {
    assert.deepEqual(money('The prize, R$ 412,6 milhões, is around US$ 77,4 millions.'), ['R$ 412,6 milhões=412600000 brl', 'around US$ 77,4 millions=65790000 usd']);
  });
  it('reads the Kenyan shilling\'s mark ("KSh 50 million") and "50 million Kenya shillings" as shillings', () => {
    assert.deepEqual(money('Residents want KSh 50 million.'), ['KSh 50 million=50000000 shilling']);
    assert.deepEqual(named('They demand 50 million Kenya shillings.'), ['50 million Kenya shillings=50000000 shilling']);
  });
  it('reads "Rs5 lakh" as rupees, "N240 million" and "₦5bn" as naira, and leaves "N95 masks" alone', () => {
    assert.deepEqual(money('The minister announced Rs5 lakh for each family.'), ['Rs5 lakh=500000 inr']);
    assert.deepEqual(money('The cargo was worth N240 million naira; the fine was ₦5bn.'), ['N240 million=240000000 ngn', '₦5bn=5000000000 ngn']);
    assert.deepEqual(money('Staff wore N95 masks on the N1 road.'), []);
  });
  it('reads "PHP 2.8 million", "₱180,000" and "2.8 million pesos" as pesos, and "Sh1 milioni" and "TSh 2 million" as shillings, not "sh5"', () => {
    assert.deepEqual(money('It costs PHP 2.8 million; the subsidy is ₱180,000, or 2.8 million pesos in all.'), ['PHP 2.8 million=2800000 peso', '₱180,000=180000 peso', '2.8 million pesos=2800000 peso']);
    assert.deepEqual(money('Each family gets Sh1 milioni, and TSh 2 million from the state; sh5 is no sum.'), ['Sh1 milioni=1000000 shilling', 'TSh 2 million=2000000 shilling']);
  });
  it('reads "US$6.4 million" as dollars', () => {
    assert.deepEqual(money('Agents found US$6.4 million.'), ['US$6.4 million=6400000 usd']);
  });
  it('reads "R$ 200 mil" as 200 thousand and "R$ 4,8 mi" as 4.8 million, and leaves "$5 mil" (English slang for a million) unread', () => {
    assert.deepEqual(money('A daily fine of R$ 200 mil and a fine of R$ 4,8 mi.'), ['R$ 200 mil=200000 brl', 'R$ 4,8 mi=4800000 brl']);
    assert.deepEqual(money('He was paid $5 mil.'), []);
  });
});
