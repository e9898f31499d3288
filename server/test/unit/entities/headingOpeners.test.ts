/**
 * Capitalised words that open headings, deks and paragraphs without being names: verbs and
 * adjectives ("Terrified Locals", "What Happens Next", "Buy Now"), title modifiers ("Former Lodz
 * mayor"), and labels ("Analysis:", "UPDATE, 18:40:"). Fixture: test-fixtures/entities/heading-openers.txt.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: words that open headings and paragraphs', () => {
  const doc = 'heading-openers.txt';
  const ws = workspace([doc]);
  const texts = ws.names(doc).map((m) => m.text);

  it('takes no name from verbs, adverbs and labels that open a line', () => {
    for (const word of ['Terrified', 'Locals', 'Happens', 'Next', 'Buy', 'Now', 'Analysis', 'UPDATE', 'Former']) {
      assert.ok(!texts.some((t) => t.split(/\s+/u).includes(word)), `"${word}" in ${texts.join(', ')}`);
    }
  });

  it('keeps the place after "Former" and the title it belongs to', () => {
    assert.equal(ws.mention(doc, 'Lodz').type, 'GPE');
    assert.equal(ws.mention(doc, 'Anita Brzeska').title, 'Former Lodz mayor');
    assert.equal(ws.mention(doc, 'Brzeska').id, ws.mention(doc, 'Anita Brzeska').id);
  });

  it('still finds the company named after the label', () => {
    assert.equal(ws.mention(doc, 'Halvern Textiles').type, 'ORG');
    assert.equal(ws.mention(doc, 'Halvern Textiles', 2).id, ws.mention(doc, 'Halvern Textiles').id);
  });
});
