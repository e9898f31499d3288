/**
 * One person's name in either order ("Kenta Morioka" in a wire, "MORIOKA Kenta" in a Japanese
 * paper's English page), and a body's name with and without its country ("Progressive Democratic
 * Party of Japan" / "Progressive Democratic Party (PDP)"): each is one entity across the workspace
 * (resolveEntities.ts).
 * Fictional story in test-fixtures/entities/family-name-first-*.txt.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: family name first, and a body without its country', () => {
  const A = 'family-name-first-a.txt';
  const B = 'family-name-first-b.txt';
  const ws = workspace([A, B]);

  it('joins "Kenta Morioka" and "MORIOKA Kenta" / "Morioka Kenta", with the bare "Morioka"', () => {
    const id = ws.mention(A, 'Kenta Morioka').id;
    assert.ok(id);
    assert.equal(ws.mention(B, 'MORIOKA Kenta').id, id);
    assert.equal(ws.mention(B, 'Morioka Kenta').id, id);
    assert.equal(ws.mention(A, 'Morioka').id, id);
    assert.equal(ws.mention(B, 'HANAZAWA Yumiko').id, ws.mention(A, 'Yumiko Hanazawa').id);
  });
  it('keeps two people apart whose names share one word only', () => {
    assert.notEqual(ws.mention(A, 'Yumiko Hanazawa').id, ws.mention(A, 'Kenta Morioka').id);
  });
  it('joins "the Progressive Democratic Party (PDP)" to "the Progressive Democratic Party of Japan"', () => {
    const id = ws.mention(A, 'Progressive Democratic Party of Japan').id;
    assert.equal(ws.mention(B, 'Progressive Democratic Party').id, id);
    assert.equal(ws.mention(B, 'PDP').id, id);
  });
  it('keeps one body of two countries apart from each ("Green Party of Norway", "Green Party of Sweden")', () => {
    const two = workspace([
      ['n.txt', 'OSLO, May 2, 2030 — The Green Party of Norway and the Green Party of Sweden met in Oslo on Friday.'],
      ['m.txt', 'May 2, 2030\n\nThe Green Party said on Friday that the meeting in Oslo went well.'],
    ]);
    const short = two.mention('m.txt', 'Green Party').id;
    assert.notEqual(short, two.mention('n.txt', 'Green Party of Norway').id);
    assert.notEqual(short, two.mention('n.txt', 'Green Party of Sweden').id);
  });
});
