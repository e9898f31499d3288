/**
 * Entities in two fictional reports of a Danish election (test-fixtures/entities/election-a.txt
 * and -b.txt): a surname that is also a Swedish town is a person once titles and full names are
 * pooled across the workspace; party names are organisations; nationality and party adjectives
 * are NORP; a dateline in capitals is the city.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: Danish election', () => {
  const ws = workspace(['election-a.txt', 'election-b.txt']);
  const A = 'election-a.txt';
  const B = 'election-b.txt';

  it('types "Lund" as a person in every document, pooled with "Mette Lund"', () => {
    const id = ws.mention(A, 'Mette Lund').id;
    assert.equal(id, 'mette-lund');
    for (const doc of [A, B]) {
      for (const m of ws.names(doc).filter((x) => x.text === 'Lund')) {
        assert.equal(m.type, 'PERSON', `${doc}@${m.start}`);
        assert.equal(m.id, id);
      }
    }
    assert.equal(ws.mention(B, 'Lund', 1).title, 'Prime Minister');
  });

  it('keeps only the name from the headline "Lund Set To Become Prime Minister After Close Vote"', () => {
    const end = ws.docs.get(B)!.text.indexOf('\n');
    assert.deepEqual(
      ws.names(B).filter((m) => m.end <= end).map((m) => m.text),
      ['Lund'],
    );
    const endA = ws.docs.get(A)!.text.indexOf('\n');
    assert.deepEqual(ws.names(A).filter((m) => m.end <= endA), []);
  });

  it('types parties and universities as organisations', () => {
    assert.equal(ws.mention(A, 'Social Democrats').type, 'ORG');
    assert.equal(ws.mention(B, 'Social Democrats').id, ws.mention(A, 'Social Democrats').id);
    assert.equal(ws.mention(A, 'Liberal Party').type, 'ORG');
    assert.equal(ws.mention(B, 'University of Copenhagen').type, 'ORG');
    assert.equal(ws.mention(A, 'AP').type, 'ORG');
  });

  it('reports "Liberals" and "Liberal" (leader) as NORP, not as names', () => {
    assert.equal(ws.mention(A, 'Liberals').type, 'NORP');
    assert.equal(ws.mention(B, 'Liberal').type, 'NORP');
    assert.equal(ws.mention(B, 'Lars Holm').title, 'Liberal leader');
    assert.equal(ws.mention(A, 'Holm').id, ws.mention(B, 'Lars Holm').id);
  });

  it('finds a person with an unlisted given name through the title before it', () => {
    const nyborg = ws.mention(B, 'Kasper Nyborg');
    assert.equal(nyborg.type, 'PERSON');
    assert.equal(nyborg.title, 'Political scientist');
  });

  it('ties the capitalised dateline to the city', () => {
    assert.equal(ws.mention(A, 'COPENHAGEN').type, 'GPE');
    assert.equal(ws.mention(A, 'COPENHAGEN').id, ws.mention(A, 'Copenhagen').id);
    assert.equal(ws.mention(B, 'Aarhus').type, 'GPE');
    assert.equal(ws.mention(B, 'Odense').type, 'GPE');
  });
});
