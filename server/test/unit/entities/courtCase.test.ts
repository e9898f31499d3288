/**
 * Entities in two fictional reports of a bribery trial (test-fixtures/entities/court-case-a.txt
 * and -b.txt): two people who share a surname keep separate ids, and a bare surname goes to the
 * person the document named last; a company with and without its legal suffix is one entity.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: bribery trial in Manchester', () => {
  const ws = workspace(['court-case-a.txt', 'court-case-b.txt']);
  const A = 'court-case-a.txt';
  const B = 'court-case-b.txt';

  it('does not merge two people who share a surname', () => {
    const gordon = ws.mention(B, 'Gordon Pike').id;
    const sarah = ws.mention(B, 'Sarah Pike').id;
    assert.equal(gordon, 'gordon-pike');
    assert.equal(sarah, 'sarah-pike');
    assert.equal(ws.mention(A, 'Gordon Pike').id, gordon);
  });

  it('gives a bare surname to the person named last before it (or first after it)', () => {
    // A names only Gordon Pike.
    assert.equal(ws.mention(A, 'Pike', 0).id, 'gordon-pike');
    // B: headline "Ex-Mayor Pike" (the body's first full name follows), "Mr Pike", "sentence Pike",
    // "Pike's successor": all before Sarah Pike is named.
    for (let n = 0; n < 4; n++) assert.equal(ws.mention(B, 'Pike', n).id, 'gordon-pike', `Pike #${n}`);
    assert.equal(ws.mention(B, 'Pike', 1).title, 'Mr');
    assert.equal(ws.mention(B, 'Sarah Pike', 0).title, 'Mayor');
    assert.equal(ws.mention(B, 'Sarah Pike', 1).id, 'sarah-pike');
  });

  it('resolves judges, lawyers and their surnames', () => {
    assert.equal(ws.mention(A, 'Rebecca Hale').title, 'Judge');
    // "Hale will sentence..." opens a sentence of B, which never gives her full name: the name is
    // kept because A does.
    assert.equal(ws.mention(B, 'Hale').id, ws.mention(A, 'Rebecca Hale').id);
    assert.equal(ws.mention(B, 'Hale').type, 'PERSON');
    assert.equal(ws.mention(A, 'Osei').id, ws.mention(A, 'Daniel Osei').id);
    assert.equal(ws.mention(B, 'Daniel Osei').title, 'lawyer');
  });

  it('treats a company with and without its legal suffix as one', () => {
    const ltd = ws.mention(A, 'Northgate Holdings Ltd');
    assert.equal(ltd.type, 'ORG');
    assert.equal(ws.mention(B, 'Northgate Holdings').id, ltd.id);
  });

  it('ties CPS to the Crown Prosecution Service in both documents', () => {
    const id = ws.mention(A, 'Crown Prosecution Service').id;
    assert.equal(ws.mention(A, 'CPS').id, id);
    assert.equal(ws.mention(B, 'CPS').id, id);
    assert.equal(ws.mention(A, 'Manchester Crown Court').type, 'ORG');
    assert.equal(ws.mention(A, 'BBC').type, 'ORG');
  });

  it('finds no name in the Title Case headline "Former Mayor Found Guilty Of Bribery"', () => {
    const end = ws.docs.get(A)!.text.indexOf('\n');
    assert.deepEqual(ws.names(A).filter((m) => m.end <= end), []);
  });
});
