/**
 * Spellings of one given name across articles (Mohammed / Muhammad, Giannis / Yiannis) join one
 * person, with the bare surname; two people whose names differ by one vowel in the same article
 * (Karin / Karen Olsen) stay apart. Letters Unicode does not decompose (ł, ø) are folded.
 * Fixtures: spelling-variants-*.txt, undecomposed-letters*.txt, lexicon-collisions.txt.
 */
import assert from 'node:assert/strict';
import { spellingVariants } from '../../../src/analysis/entities/resolveEntities';
import { nameKey } from '../../../src/analysis/entities/nameKeys';
import { canonicalCountry, isDemonym } from '../../../src/analysis/lexicon/places';
import { workspace } from './helpers';

describe('entities: spelling variants', () => {
  it('tells spelling variants of a given name from other names', () => {
    const key = (s: string) => nameKey(s);
    for (const [a, b] of [
      ['Mohammed', 'Muhammad'],
      ['Mohamed', 'Muhammad'],
      ['Giorgos', 'Yiorgos'],
      ['Giannis', 'Yannis'],
      ['Youssef', 'Yusuf'],
      ['Ahmed', 'Ahmad'],
      ['Omer', 'Umar'],
      ['Osman', 'Usman'],
    ]) assert.ok(spellingVariants(key(a), key(b)), `${a} / ${b}`);
    for (const [a, b] of [
      ['Maria', 'Mario'],
      ['Christian', 'Christina'],
      ['Daniel', 'Daniela'],
      ['Jan', 'Jon'],
      ['Omar', 'Oman'],
      ['Otto', 'Anto'],
    ]) assert.ok(!spellingVariants(key(a), key(b)), `${a} / ${b}`);
  });

  describe('across two articles', () => {
    const A = 'spelling-variants-a.txt';
    const B = 'spelling-variants-b.txt';
    const ws = workspace([A, B]);

    it('joins Mohammed Rahimi and Muhammad Rahimi, and the bare "Rahimi"', () => {
      const id = ws.mention(A, 'Mohammed Rahimi').id;
      assert.equal(ws.mention(B, 'Muhammad Rahimi').id, id);
      assert.equal(ws.mention(B, 'Rahimi').id, id);
    });

    it('joins Giannis Petrakis and Yiannis Petrakis, and the bare "Petrakis"', () => {
      const id = ws.mention(A, 'Giannis Petrakis').id;
      assert.equal(ws.mention(B, 'Yiannis Petrakis').id, id);
      assert.equal(ws.mention(B, 'Petrakis').id, id);
    });

    it('keeps Karin Olsen and Karen Olsen, named side by side, apart', () => {
      assert.notEqual(ws.mention(A, 'Karin Olsen').id, ws.mention(A, 'Karen Olsen').id);
    });
  });

  it('folds ł and ø: Łukasz Wójcik is Lukasz Wojcik, with a plain id', () => {
    const A = 'undecomposed-letters.txt';
    const B = 'undecomposed-letters-b.txt';
    const ws = workspace([A, B]);
    const id = ws.mention(A, 'Łukasz Wójcik').id;
    assert.equal(id, 'lukasz-wojcik');
    assert.equal(ws.mention(B, 'Lukasz Wojcik').id, id);
    assert.equal(ws.mention(B, 'Wojcik').id, id);
    assert.equal(ws.mention(B, 'Søren Dahl').id, 'soren-dahl');
  });

  it('does not read English words listed as foreign country names, or nationalities, as countries', () => {
    const doc = 'lexicon-collisions.txt';
    const ws = workspace([doc]);
    assert.equal(canonicalCountry('Island'), undefined);
    assert.equal(canonicalCountry('Thai'), undefined);
    assert.ok(isDemonym('Brits'));
    assert.ok(!ws.names(doc).some((m) => m.text === 'Island' || m.text === 'Brits'), ws.names(doc).map((m) => m.text).join(', '));
    assert.equal(ws.mention(doc, 'Thomas Mann').type, 'PERSON');
  });
});
