/**
 * Bodies named after people or opening with a title's word (test-fixtures/entities/hospitals-and-committees.txt):
 * "Henri Dunant Hospital" is no person, and "the Henri Dunant hospital" is that hospital;
 * "General Committee for Prisons" is a body, not General Committee the officer; "Amnesty
 * International" is a body; and a town's name that acts as a body ("Granada said") is the short
 * form of the company named after it (test-fixtures/entities/airline-named-after-town.txt).
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: hospitals named after people, committees, "International"', () => {
  const doc = 'hospitals-and-committees.txt';
  const ws = workspace([doc]);

  it('types a hospital named after a person as a body, and joins the name before "hospital" to it', () => {
    const full = ws.mention(doc, 'Henri Dunant Hospital');
    assert.notEqual(full.type, 'PERSON');
    assert.equal(ws.mention(doc, 'Henri Dunant').id, full.id);
  });
  it('reads "General Committee for Prisons" and "Amnesty International" as bodies', () => {
    assert.equal(ws.mention(doc, 'General Committee for Prisons').type, 'ORG');
    assert.equal(ws.mention(doc, 'Amnesty International').type, 'ORG');
  });
});

describe('entities: a company named after a town', () => {
  const doc = 'airline-named-after-town.txt';
  const ws = workspace([doc]);

  it('reads "Granada" as the short form of "Granada Linhas Aéreas" where it acts as a body', () => {
    const company = ws.mention(doc, 'Granada Linhas Aéreas');
    assert.equal(ws.mention(doc, 'Granada', 0).id, company.id);
    assert.equal(ws.mention(doc, 'Granada', 1).id, company.id);
  });
});
