/** Currency words after a number: the crown family, a nationality before the word, dollar prefixes. */
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/analysis/values/quantities';

const money = (text: string) => findQuantities(text).filter((q) => q.type === 'MONEY').map((q) => `${q.text}=${q.range.min} ${q.unit}`);

describe('values: currency words', () => {
  it('reads kroner, kronor and "Norwegian crowns" as one currency family', () => {
    assert.deepEqual(money('It will pay 1,500 Norwegian crowns, or 1,500 kroner, not 900 kronor.'), [
      '1,500 Norwegian crowns=1500 crown', '1,500 kroner=1500 crown', '900 kronor=900 crown',
    ]);
  });
  it('gives dollars of a named country their code, and leaves "three crowns" (titles) alone', () => {
    assert.deepEqual(money('She won three crowns and 5 million Canadian dollars.'), ['5 million Canadian dollars=5000000 cad']);
  });
  it('reads "US$6.4 million" as dollars', () => {
    assert.deepEqual(money('Agents found US$6.4 million.'), ['US$6.4 million=6400000 usd']);
  });
});
