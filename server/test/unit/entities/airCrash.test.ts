/**
 * Entities in two fictional reports of an air crash near Lisbon (test-fixtures/entities/
 * air-crash-a.txt and -b.txt): a surname that is also a city stays with its person, an airline
 * with no suffix is typed from the role it qualifies, an acronym introduced in one article is the
 * same organisation in the other.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: air crash near Lisbon', () => {
  const ws = workspace(['air-crash-a.txt', 'air-crash-b.txt']);
  const A = 'air-crash-a.txt';
  const B = 'air-crash-b.txt';

  it('keeps a surname that is also a city with its person ("Santos")', () => {
    const santos = ws.mention(A, 'Santos');
    assert.equal(santos.type, 'PERSON');
    assert.equal(santos.id, ws.mention(A, 'Miguel Santos').id);
    assert.equal(ws.mention(B, 'Miguel Santos').id, santos.id);
  });

  it('keeps titles written in capitals and in lower case', () => {
    assert.equal(ws.mention(A, 'Miguel Santos').title, 'Captain');
    assert.equal(ws.mention(B, 'Miguel Santos').title, 'Pilot');
    assert.equal(ws.mention(A, 'Ana Ribeiro').title, 'Transport Minister');
    assert.equal(ws.mention(A, 'Paul Whitman').title, 'Atlantic Skyways chief executive');
  });

  it('types an airline from the role it qualifies and "the ... jet", in both documents', () => {
    const id = ws.mention(A, 'Atlantic Skyways').id;
    assert.equal(ws.mention(A, 'Atlantic Skyways').type, 'ORG');
    assert.equal(ws.mention(B, 'Atlantic Skyways').type, 'ORG');
    assert.equal(ws.mention(B, 'Atlantic Skyways').id, id);
  });

  it('ties EASA to the agency it abbreviates in both articles', () => {
    const id = ws.mention(A, 'European Union Aviation Safety Agency').id;
    assert.equal(ws.mention(A, 'European Union Aviation Safety Agency').type, 'ORG');
    assert.equal(ws.mention(A, 'EASA').id, id);
    assert.equal(ws.mention(B, 'EASA').id, id);
  });

  it('finds places from the lexicon and from "the suburb of"', () => {
    assert.equal(ws.mention(A, 'Loures').type, 'GPE');
    assert.equal(ws.mention(A, 'Madrid').type, 'GPE');
    assert.equal(ws.mention(B, 'Portugal').id, ws.mention(A, 'Portugal').id);
    assert.equal(ws.mention(B, 'Santa Maria Hospital').type, 'ORG');
  });

  it('takes only "Lisbon" from the headlines', () => {
    for (const doc of [A, B]) {
      const end = ws.docs.get(doc)!.text.indexOf('\n');
      assert.deepEqual(
        ws.names(doc).filter((m) => m.end <= end).map((m) => m.text),
        ['Lisbon'],
        doc,
      );
    }
  });
});
