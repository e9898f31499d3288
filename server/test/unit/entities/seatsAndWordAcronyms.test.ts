/**
 * A seat of government named in its own language with a connector ("Palazzo della Consulta" /
 * "Consulta Palace"), and a body's acronym written as a word in brackets after its English name
 * ("the Peruvian Ministry of Foreign Trade and Tourism (Mincetur)"), which is no person
 * (test-fixtures/entities/seats-and-word-acronyms-*.txt).
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: seats of government and acronyms written as words', () => {
  const a = 'seats-and-word-acronyms-a.txt';
  const b = 'seats-and-word-acronyms-b.txt';
  const ws = workspace([a, b]);
  const sameEntity = (docA: string, textA: string, docB: string, textB: string) => assert.equal(ws.mention(docB, textB).id, ws.mention(docA, textA).id, `${textA} / ${textB}`);

  it('joins "Palazzo della Consulta" and "Consulta Palace"', () => {
    sameEntity(a, 'Palazzo della Consulta', b, 'Consulta Palace');
  });
  it('joins a body and its acronym written as a word in brackets, typed as a body, in both articles', () => {
    sameEntity(a, 'Peruvian Ministry of Foreign Trade and Tourism', a, 'Mincetur');
    sameEntity(a, 'Peruvian Ministry of Foreign Trade and Tourism', b, 'Mincetur');
    sameEntity(a, 'Chilean Chamber of Commerce', b, 'Cacom');
    assert.equal(ws.mention(b, 'Mincetur').type, 'ORG');
  });
});
