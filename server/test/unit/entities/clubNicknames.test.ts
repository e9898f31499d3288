/**
 * A club called by its nickname (resolveEntities.ts, cues.ts): "Busan Phoenix players" says the
 * name is a club's, so "Phoenix" alone is the club, though a city is called Phoenix; "Tigers" is
 * "Incheon Tigers FC". Fictional story in test-fixtures/entities/club-nickname.txt.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: a club called by its nickname', () => {
  const F = 'club-nickname.txt';
  const ws = workspace([F]);
  it('types "Busan Phoenix" a club, from "Busan Phoenix players"', () => {
    assert.equal(ws.mention(F, 'Busan Phoenix').type, 'ORG');
  });
  it('joins "Phoenix" to "Busan Phoenix" and "Tigers" to "Incheon Tigers FC"', () => {
    assert.equal(ws.mention(F, 'Phoenix').id, ws.mention(F, 'Busan Phoenix').id);
    assert.equal(ws.mention(F, 'Phoenix').type, 'ORG');
    assert.equal(ws.mention(F, 'Tigers').id, ws.mention(F, 'Incheon Tigers FC').id);
  });
});
