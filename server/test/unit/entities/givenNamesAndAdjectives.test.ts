/**
 * Names as news from Asia writes them (test-fixtures/entities/given-names-and-adjectives.txt,
 * fictional): a person called by the given name alone after the full name ("According to Wayan");
 * a body named with its own language's head word and with the English one ("Yayasan Hutan
 * Lestari" / "Hutan Lestari Foundation"); a people's adjective the lexicon does not know ("the
 * Moluccan cockatoo"), which is no organisation; and a romanised given name of two syllables
 * ("Kim Dae-sung"), which is one name, while "Greek-run" stays a nationality and a tail.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: given names, head words in two languages, and adjectives of peoples', () => {
  const doc = 'given-names-and-adjectives.txt';

  it('joins a lone given name to the one full name of its article that it opens', () => {
    const ws = workspace([doc]);
    const full = ws.mention(doc, 'Wayan Sudarta');
    const lone = ws.mention(doc, 'Wayan');
    assert.equal(lone.type, 'PERSON');
    assert.equal(lone.id, full.id);
  });

  it('joins a body named with a head word in its own language to its English name', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Yayasan Hutan Lestari').type, 'ORG');
    assert.equal(ws.mention(doc, 'Yayasan Hutan Lestari').id, ws.mention(doc, 'Hutan Lestari Foundation').id);
  });

  it('reads an unknown adjective of a people before nouns as no organisation', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Moluccan').type, 'NORP');
    assert.equal(ws.mention(doc, 'Moluccan', 1).type, 'NORP');
  });

  it('keeps a romanised two-syllable given name whole, and "Greek-run" a nationality', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Kim Dae-sung').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Greek').type, 'NORP');
  });
});

describe('entities: bodies inside titles', () => {
  const doc = 'bodies-in-titles.txt';

  it('names a body that opens a title ("National Treasury Cabinet Secretary", the body named before in the article), not a portfolio ("Lands and Natural Resources Minister")', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'National Treasury').type, 'ORG');
    assert.equal(ws.mention(doc, 'Amina Wekesa').type, 'PERSON');
    assert.ok(!ws.names(doc).some((m) => m.text.includes('Natural Resources')), ws.names(doc).map((m) => m.text).join(', '));
  });

  it('types a body with a head word of another language ("Centro de ...") as a body', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Centro de Pesquisas Marinhas').type, 'ORG');
  });
});

describe('entities: sites and roads', () => {
  const doc = 'sites-and-roads.txt';

  it('types a launch centre as a site and a road named with a compass word of another language as a place', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Itapecuru Launch Centre').type, 'FAC');
    assert.notEqual(ws.mention(doc, 'Transnordestina Norte').type, 'ORG');
    assert.notEqual(ws.mention(doc, 'Transnordestina Norte').type, 'PERSON');
  });
});
