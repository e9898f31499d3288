/**
 * Two agreements that read like disagreements (test-fixtures/contradictions/focus-and-commanders-*,
 * fictional): "not only for the prize money" and "I didn't come only for the prize money" both
 * deny that the money was all, so neither denies the money nor the coming; and "the district's
 * police commander" may be the town's "police chief": a body named in common words only is not
 * surely another body.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a denied "only", and a police commander', () => {
  const found = () => analyseFixtures(['focus-and-commanders-a.txt', 'focus-and-commanders-b.md']).contradictions;

  it('reads "not only X" and "didn\'t come only for X" as one remark', () => {
    assert.deepEqual(anchoredLines(found().filter((c) => c.kind === 'quote')), []);
  });

  it('does not set a town\'s police chief against the district\'s police commander', () => {
    assert.deepEqual(anchoredLines(found().filter((c) => c.kind === 'title')), []);
  });
});
