/**
 * A person's remark retold with its meaning reversed (test-fixtures/contradictions/remark-*.txt):
 * reported speech in the wordings articles use for it ("wrote on Facebook that", "..., saying",
 * "told to our radio that", "X of the PSP, the national police force, said", "In a radio
 * interview, she said that", "declared that"); a verdict that a thing "worked as designed" told
 * both ways; and remarks whose sentences name other events, or whose articles tell the story as
 * another kind of event.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

const quoteFlips = (names: string[]) => analyseFixtures(names).contradictions.filter((c) => c.kind === 'quote');

describe('contradictions: a remark retold in the words articles use for reported speech', () => {
  it('reads "wrote on Facebook that", "…, saying", "Director of the X told to our radio that", "X of the Y, the …, said", "In a radio interview on Monday, she said that" and "declared that"', () => {
    for (const other of ['remark-b.txt', 'remark-c.txt', 'remark-d.txt', 'remark-e.txt', 'remark-f.txt', 'remark-g.txt']) {
      const found = quoteFlips(['remark-a.txt', other]);
      assert.equal(found.length, 1, `${other}: ${anchoredLines(found).join('\n')}`);
      assert.match(found[0].explanation, /“reopen” is negated in one and not in the other/u, other);
    }
  });
  it('leaves a report that keeps the denial alone', () => {
    assert.deepEqual(anchoredLines(quoteFlips(['remark-a.txt', 'remark-h.txt'])), []);
  });
});

describe('contradictions: a verdict that a thing worked as designed', () => {
  it('sets "did exactly what it was designed to do" against "did not work like it was designed to work", and says which thing', () => {
    const found = quoteFlips(['remark-i.txt', 'remark-j.txt']);
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /the brake worked as designed .* the other that it did not/u);
    assert.deepEqual(anchoredLines(found), [
      'quote: remark-i.txt «"The emergency brake did exactly what it was designed to do.» | remark-j.txt «Maria Olsen, head of Nordlift, admitted that the emergency brake did not work like it was designed to work»',
    ]);
  });
  it('takes "functioned like it was planned" as the same verdict', () => {
    assert.deepEqual(anchoredLines(quoteFlips(['remark-i.txt', 'remark-k.txt'])), []);
  });
});

describe('contradictions: remarks are compared whatever events their sentences or stories name', () => {
  it('sets "We will not put this offer to a vote. The strike goes on" against "would put the offer to ... a fresh ballot, and the strike would go on"', () => {
    const found = quoteFlips(['remark-l.txt', 'remark-m.txt']);
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /“put” is negated in one and not in the other/u);
  });
  it('sets "no indication ... an act of sabotage" against "treating the sighting as a possible act of sabotage" when one article tells a flight story and the other a shutdown', () => {
    const found = quoteFlips(['remark-n.txt', 'remark-o.txt']);
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
  });
});
