/**
 * Parties named in their own language with an English gloss in brackets, and after a political
 * leaning (test-fixtures/entities/party-glosses-*): "The centrist Obcansky Svaz (Civic Union)".
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: parties glossed in brackets', () => {
  const a = 'party-glosses-a.txt';
  const b = 'party-glosses-b.txt';
  const ws = workspace([a, b]);

  it('types a party after a political leaning, and a glossed name, as bodies', () => {
    for (const name of ['Obcansky Svaz', 'Civic Union', 'Zelená Levice', 'Green Left']) assert.equal(ws.mention(a, name).type, 'ORG', name);
  });
  it('joins a name in plain letters to its gloss, and the gloss in another article', () => {
    assert.equal(ws.mention(a, 'Civic Union').id, ws.mention(a, 'Obcansky Svaz').id);
    assert.equal(ws.mention(b, 'Civic Union').id, ws.mention(a, 'Obcansky Svaz').id);
    assert.equal(ws.mention(b, 'Green Left').id, ws.mention(a, 'Zelená Levice').id);
  });
});
