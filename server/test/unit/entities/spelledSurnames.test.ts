/**
 * Surnames transliterated two ways across articles, with the same given name
 * (test-fixtures/entities/spelled-surnames-*.txt): "Lindqvist" / "Lindkvist", "Sarkissian" /
 * "Sargsyan", "Hrytsenko" / "Gritsenko"; and "Alongside" opening a sentence is no part of a name.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: surnames spelled two ways', () => {
  const a = 'spelled-surnames-a.txt';
  const b = 'spelled-surnames-b.txt';
  const ws = workspace([a, b]);
  const sameEntity = (textA: string, textB: string) => assert.equal(ws.mention(b, textB).id, ws.mention(a, textA).id, `${textA} / ${textB}`);

  it('joins q and k, g and k, doubled letters, and Ukrainian h and Russian g', () => {
    sameEntity('Hanna Lindqvist', 'Hanna Lindkvist');
    sameEntity('Lusine Sarkissian', 'Lusine Sargsyan');
    sameEntity('Mykola Hrytsenko', 'Mykola Gritsenko');
  });
  it('reads "Alongside Lindqvist," as the name alone', () => {
    const texts = ws.names(a).map((m) => m.text);
    assert.ok(!texts.some((t) => t.startsWith('Alongside')), texts.join(', '));
    assert.equal(ws.mention(a, 'Lindqvist').id, ws.mention(a, 'Hanna Lindqvist').id);
  });
});
