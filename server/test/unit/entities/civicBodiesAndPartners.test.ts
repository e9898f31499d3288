/**
 * Names a blind round typed wrong (test-fixtures/entities/civic-bodies-and-partners.txt): a
 * town's name is no short form of "<town> Farmers' Association", and "off <town>" says place; a
 * company's "Portuguese partner" is a company; a cape ("Cabo Branco"), a beach's place ("the beach
 * of Lagoinha") and "New England" are places; "Environment and Spatial Planning" is a portfolio,
 * not a person.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: civic bodies named after towns, business partners, capes and beaches', () => {
  const doc = 'civic-bodies-and-partners.txt';
  const ws = workspace([doc]);

  it('keeps the town apart from its farmers\' association, and reads the association whole', () => {
    const town = ws.mention(doc, 'Vila Serena');
    const body = ws.mention(doc, "Vila Serena Farmers' Association");
    assert.notEqual(town.id, body.id);
    assert.equal(town.type, 'GPE');
    assert.equal(body.type, 'ORG');
  });
  it('types a company\'s partner as an organisation', () => {
    assert.equal(ws.mention(doc, 'Sulvento').type, 'ORG');
  });
  it('types a cape, a beach\'s place and New England as places', () => {
    assert.equal(ws.mention(doc, 'Cabo Branco').type, 'LOC');
    assert.ok(['GPE', 'LOC'].includes(ws.mention(doc, 'Lagoinha').type));
    assert.equal(ws.mention(doc, 'New England').type, 'LOC');
  });
  it('takes no person from a portfolio', () => {
    assert.ok(!ws.names(doc).some((m) => m.text === 'Spatial Planning'));
  });
});
