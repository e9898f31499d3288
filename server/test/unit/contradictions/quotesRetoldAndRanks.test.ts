/**
 * Quotes told two ways (test-fixtures/contradictions/supt-quote-*, hull-quote-*, roof-quote-*): a
 * speaker named after an abbreviated rank ("Supt. Rui Barros said"), a remark whose one sentence is
 * negated in one article and not in the other though the other quotes a sentence more, and a
 * denial that ends at "but" ("We don't exclude nothing, but the works on roof are ..."), and a pull
 * quote (pull-quote-b.md) that repeats the body's quotation.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

describe('contradictions: quotes retold, abbreviated ranks', () => {
  it('reads "Supt. Rui Barros said" as the speaker, and sets the dropped "but not yet" against the full remark', () => {
    const found = analyseFixtures(['supt-quote-a.txt', 'supt-quote-b.txt']).contradictions;
    assert.ok(found.some((c) => c.kind === 'quote' && c.items.some((i) => i.text.includes('and its financial structure'))), found.map(describe1).join('\n'));
  });
  it('sets "We will not raise the hull" against "We will raise the hull. She has rested ...", sentence against sentence', () => {
    const found = analyseFixtures(['hull-quote-a.txt', 'hull-quote-b.txt']).contradictions;
    assert.equal(found.filter((c) => c.kind === 'quote').length, 1, found.map(describe1).join('\n'));
    assert.match(found.find((c) => c.kind === 'quote')!.explanation, /negated/u);
  });
  it('shows the body\'s quotation, not its pull quote, when the words are given to someone else', () => {
    const found = analyseFixtures(['pull-quote-a.txt', 'pull-quote-b.md']).contradictions.filter((c) => c.kind === 'attribution');
    assert.equal(found.length, 1, found.map(describe1).join('\n'));
    assert.ok(found[0].items.some((i) => i.uri.endsWith('pull-quote-b.md') && i.text.includes('said Mayor Antonio Barreto')), describe1(found[0]));
  });
  it('leaves "We are not ruling anything out, but the works ..." and "We don\'t exclude nothing, but the works ..." alone: the denial ends at "but"', () => {
    assert.deepEqual(analyseFixtures(['roof-quote-a.txt', 'roof-quote-b.txt']).contradictions.map(describe1), []);
  });
});
