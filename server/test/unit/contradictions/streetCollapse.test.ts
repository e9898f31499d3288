/**
 * A street that caves in (test-fixtures/contradictions/street-collapse-*, a fictional story):
 * "the ground gave way" and "the road collapsed" time one collapse; families "moved out" and
 * families that "had to leave their houses" are the evacuated, past a count in apposition; a
 * quote respelled "on their way to school" / "going to the school", or with "no sign it would"
 * / "no sign that it would", says the same.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a street that caves in', () => {
  const found = analyseFixtures(['street-collapse-wire.txt', 'street-collapse-paper.md']).contradictions;
  const lines = anchoredLines(found);

  it('sets "the ground gave way at about 4:10 a.m. (0310 GMT)" against "the road collapsed at around 5.10am GMT"', () => {
    const times = found.filter((c) => c.kind === 'time');
    assert.equal(times.length, 1, lines.join('\n'));
    assert.match(times[0].explanation, /5\.10am GMT.*gave way at about 4:10 a\.m\. \(0310 GMT\)/u);
  });

  it('sets "27 families were moved out" against "72 families, almost 200 people, had to leave their houses"', () => {
    const counts = found.filter((c) => c.kind === 'count' && /families/u.test(c.explanation));
    assert.equal(counts.length, 1, lines.join('\n'));
    assert.match(counts[0].explanation, /\b72\b/u);
    assert.match(counts[0].explanation, /\b27\b/u);
  });

  it('finds no quote reworded: "on their way to school" is "going to the school", "no sign it would" is "no sign that it would"', () => {
    assert.deepEqual(found.filter((c) => c.kind === 'quote' || c.kind === 'attribution').map((c) => c.explanation), []);
  });
});
