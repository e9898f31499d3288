/**
 * Korean names as papers write them (test-fixtures/entities/korean-names-*): the family name first
 * or last beside a hyphenated given name ("Suh Jae-won", "Jae-won Suh"), in two romanizations
 * ("Suh" / "Seo", "Bae" / "Pae"), and after a company and an officer's acronym ("Daewon CISO Pae Min-jun").
 */
import assert from 'node:assert/strict';
import { koreanSurname } from '../../../src/analysis/lexicon/koreanSurnames';
import { workspace } from './helpers';

describe('entities: Korean names in either order and two romanizations', () => {
  const [a, b, c] = ['korean-names-a.txt', 'korean-names-b.txt', 'korean-names-c.md'];
  const ws = workspace([a, b, c]);

  it('spells romanizations of one family name one way, and leaves other words alone', () => {
    assert.deepEqual(['suh', 'seo', 'paik', 'rhee', 'smith'].map(koreanSurname), ['seo', 'seo', 'baek', 'lee', undefined]);
  });
  it('joins "Suh Jae-won", "Seo Jae-won" and "Jae-won Suh"', () => {
    const id = ws.mention(a, 'Suh Jae-won').id;
    assert.ok(id);
    assert.equal(ws.mention(b, 'Seo Jae-won').id, id);
    assert.equal(ws.mention(c, 'Jae-won Suh').id, id);
  });
  it('joins given names in the Revised Romanization and the older spellings ("Hyeon-u" / "Hyun-woo", "Yun Dae-hyeok" / "Yoon Dae-hyuk")', () => {
    assert.equal(ws.mention(b, 'Jang Hyeon-u').id, ws.mention(a, 'Jang Hyun-woo').id);
    assert.equal(ws.mention(b, 'Yun Dae-hyeok').id, ws.mention(a, 'Yoon Dae-hyuk').id);
  });
  it('reads "Daewon CISO Pae Min-jun" as a company, a post and the person "Bae Min-jun"', () => {
    assert.equal(ws.mention(b, 'Pae Min-jun').id, ws.mention(a, 'Bae Min-jun').id);
    assert.equal(ws.mention(b, 'Pae Min-jun').type, 'PERSON');
  });
});
