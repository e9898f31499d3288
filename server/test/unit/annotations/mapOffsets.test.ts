/**
 * Moving an annotation's span through an editor change event (client/src/annotations/mapOffsets.ts,
 * free of vscode so it is tested here).
 */
import assert from 'node:assert/strict';
import { mapSpan } from '../../../../client/src/annotations/mapOffsets';

describe('annotations: mapSpan', () => {
  it('shifts a span after text inserted or deleted before it', () => {
    assert.deepEqual(mapSpan(10, 20, [{ rangeOffset: 0, rangeLength: 0, text: 'abc' }]), { start: 13, end: 23 });
    assert.deepEqual(mapSpan(10, 20, [{ rangeOffset: 2, rangeLength: 5, text: '' }]), { start: 5, end: 15 });
    assert.deepEqual(mapSpan(10, 20, [{ rangeOffset: 10, rangeLength: 0, text: 'xy' }]), { start: 12, end: 22 });
  });

  it('leaves a span alone for edits after it, and grows or shrinks it for edits inside', () => {
    assert.deepEqual(mapSpan(10, 20, [{ rangeOffset: 20, rangeLength: 0, text: 'tail' }]), { start: 10, end: 20 });
    assert.deepEqual(mapSpan(10, 20, [{ rangeOffset: 12, rangeLength: 3, text: 'abcdef' }]), { start: 10, end: 23 });
    assert.deepEqual(mapSpan(10, 20, [{ rangeOffset: 5, rangeLength: 10, text: '' }]), { start: 5, end: 10 });
    assert.deepEqual(mapSpan(10, 20, [{ rangeOffset: 0, rangeLength: 30, text: 'x' }]), { start: 0, end: 1 });
  });

  it('applies several changes of one event (multi-cursor), all relative to the text before it', () => {
    const changes = [
      { rangeOffset: 0, rangeLength: 0, text: '>>' },
      { rangeOffset: 25, rangeLength: 0, text: '<<' },
      { rangeOffset: 5, rangeLength: 1, text: '' },
    ];
    assert.deepEqual(mapSpan(10, 20, changes), { start: 11, end: 21 });
  });
});
