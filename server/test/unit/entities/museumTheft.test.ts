/**
 * Entities in two fictional reports of a museum theft in Paris (test-fixtures/entities/
 * museum-theft-a.txt and -b.txt): titles stripped and kept, accents folded across documents, an
 * acronym tied to its expansion, a hyphenated agency name kept whole, no names from headline
 * Title Case.
 */
import assert from 'node:assert/strict';
import { group, workspace } from './helpers';

describe('entities: museum theft in Paris', () => {
  const ws = workspace(['museum-theft-a.txt', 'museum-theft-b.txt']);
  const A = 'museum-theft-a.txt';
  const B = 'museum-theft-b.txt';

  it('strips the title from the name and keeps it on the mention', () => {
    const fontaine = ws.mention(A, 'Claire Fontaine');
    assert.equal(fontaine.type, 'PERSON');
    assert.equal(fontaine.title, 'French Interior Minister');
    assert.equal(ws.mention(B, 'Claire Fontaine').title, 'Interior minister');
    assert.equal(ws.mention(A, 'Antoine Garnier').title, 'Prosecutor');
  });

  it('gives a full name, its surname and its possessive one id across documents', () => {
    const id = ws.mention(A, 'Claire Fontaine').id;
    assert.equal(id, 'claire-fontaine');
    assert.equal(ws.mention(A, 'Fontaine').id, id);
    assert.equal(ws.mention(B, 'Claire Fontaine').id, id);
    // "Garnier's office" in B: the possessive is not part of the name.
    assert.equal(ws.mention(B, 'Garnier').id, ws.mention(A, 'Antoine Garnier').id);
    assert.equal(ws.mention(B, 'Garnier').type, 'PERSON');
  });

  it('folds accents: Hélène Marchand and Helene Marchand are one person', () => {
    const id = ws.mention(A, 'Hélène Marchand').id;
    assert.equal(ws.mention(B, 'Helene Marchand').id, id);
    assert.equal(ws.mention(A, 'Marchand').id, id);
  });

  it('ties an acronym to its expansion, in the same document and in another', () => {
    const id = ws.mention(B, 'International Council of Museums').id;
    assert.equal(ws.mention(B, 'ICOM', 0).id, id);
    assert.equal(ws.mention(B, 'ICOM', 1).id, id);
    assert.equal(ws.mention(B, 'ICOM').type, 'ORG');
  });

  it('types organisations and places from cues and lexicons', () => {
    assert.equal(ws.mention(A, 'Reuters').type, 'ORG');
    assert.equal(ws.mention(B, 'Agence France-Presse').type, 'ORG');
    assert.equal(ws.mention(A, 'Ministry of Culture').type, 'ORG');
    assert.equal(ws.mention(A, 'France Inter').type, 'ORG');
    for (const place of ['Lyon', 'Paris']) assert.equal(ws.mention(A, place).type, 'GPE', place);
    assert.equal(ws.mention(B, 'Marseille').type, 'GPE');
    // The dateline in capitals is the same city.
    assert.equal(ws.mention(A, 'PARIS').id, ws.mention(A, 'Paris').id);
    // "the Louvre" is never a person, and is one entity in both documents.
    assert.notEqual(ws.mention(A, 'Louvre').type, 'PERSON');
    assert.equal(ws.mention(B, 'Louvre').id, ws.mention(A, 'Louvre').id);
  });

  it('takes only supported names from a Title Case headline', () => {
    const headlineA = ws.docs.get(A)!.text.indexOf('\n');
    assert.deepEqual(
      ws.names(A).filter((m) => m.end <= headlineA).map((m) => m.text),
      ['Paris'],
    );
    const headlineB = ws.docs.get(B)!.text.indexOf('\n');
    assert.deepEqual(
      ws.names(B).filter((m) => m.end <= headlineB).map((m) => m.text),
      ['Louvre'],
    );
  });

  it('reports nationality words as NORP, never as names', () => {
    const french = ws.mention(A, 'French');
    assert.equal(french.type, 'NORP');
    assert.equal(group(ws.mention(A, 'Claire Fontaine').type), 'PERSON');
  });
});
