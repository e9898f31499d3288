/**
 * Transliteration variants across two fictional flood reports (test-fixtures/entities/
 * flood-relief-a.txt and -b.txt): Yuliya/Yulia, Aleksei/Alexey and Tallinn/Tallin meet; Orlova, a
 * different person, does not merge with Orlov. Plus the name keys themselves.
 */
import assert from 'node:assert/strict';
import { nameKey, transliterationKey } from '../../../src/analysis/entities/nameKeys';
import { workspace } from './helpers';

describe('entities: transliteration variants', () => {
  it('makes common transliteration variants equal and keeps different names apart', () => {
    const same = [
      ['Kovalskyy', 'Kovalsky'],
      ['Tatiana', 'Tatyana'],
      ['Aleksei', 'Alexey'],
      ['Grigoriev', 'Grigoriyev'],
      ['Tallinn', 'Tallin'],
      ['Seán', 'Sean'],
      ['Olexandr', 'Oleksandr'],
    ];
    for (const [a, b] of same) assert.equal(transliterationKey(a), transliterationKey(b), `${a} / ${b}`);
    const different = [
      ['Orlov', 'Orlova'],
      ['Lee', 'Li'],
      ['Martin', 'Marten'],
    ];
    for (const [a, b] of different) assert.notEqual(transliterationKey(a), transliterationKey(b), `${a} / ${b}`);
  });

  it('gives country abbreviations the country key', () => {
    assert.equal(nameKey('U.S.'), nameKey('United States'));
    assert.equal(nameKey('US'), nameKey('United States'));
    assert.equal(nameKey('UK'), nameKey('Britain'));
  });

  describe('in a workspace', () => {
    const ws = workspace(['flood-relief-a.txt', 'flood-relief-b.txt']);
    const A = 'flood-relief-a.txt';
    const B = 'flood-relief-b.txt';

    it('joins Yuliya Koval and Yulia Koval, with the bare surname', () => {
      const id = ws.mention(A, 'Yuliya Koval').id;
      assert.equal(ws.mention(B, 'Yulia Koval').id, id);
      assert.equal(ws.mention(A, 'Koval').id, id);
      assert.equal(ws.mention(A, 'Yuliya Koval').title, 'Deputy Prime Minister');
    });

    it('joins Aleksei Orlov and Alexey Orlov but keeps Anna Orlova apart', () => {
      const id = ws.mention(A, 'Aleksei Orlov').id;
      assert.equal(ws.mention(B, 'Alexey Orlov').id, id);
      assert.equal(ws.mention(B, 'Orlov').id, id);
      assert.notEqual(ws.mention(B, 'Anna Orlova').id, id);
    });

    it('joins Tallinn and Tallin as one place', () => {
      assert.equal(ws.mention(B, 'Tallin').id, ws.mention(A, 'Tallinn').id);
      assert.equal(ws.mention(B, 'Tallin').type, 'GPE');
    });

    it('types the Red Cross as an organisation', () => {
      assert.equal(ws.mention(A, 'Red Cross').type, 'ORG');
    });
  });
});
