/**
 * Coined one-word names (entities/cues.ts, lexicon/brands.ts): "SHBank" and "HarbourPay", with
 * capitals inside, are bodies, while "DeSantis" (a particle before the inner capital) stays a
 * person; "Interpol", "Nato" and "Fifa" are international bodies by name. Fictional story in
 * test-fixtures/entities/coined-names.txt.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: coined one-word names and international bodies', () => {
  const F = 'coined-names.txt';
  const ws = workspace([F]);
  it('types "SHBank" and "HarbourPay" as organisations', () => {
    assert.equal(ws.mention(F, 'SHBank').type, 'ORG');
    assert.equal(ws.mention(F, 'HarbourPay').type, 'ORG');
  });
  it('keeps "DeSantis" a person', () => {
    assert.equal(ws.mention(F, 'DeSantis').type, 'PERSON');
  });
  it('types "Interpol", "Nato" and "Fifa" as organisations', () => {
    for (const name of ['Interpol', 'Nato', 'Fifa']) assert.equal(ws.mention(F, name).type, 'ORG', name);
  });
});
