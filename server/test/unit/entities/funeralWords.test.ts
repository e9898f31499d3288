/**
 * The words of a funeral report (test-fixtures/entities/funeral-words.txt): a requiem "Mass" is a
 * service, not a name (lexicon/commonWords.ts); a cemetery, in English or Spanish, is a place
 * (lexicon/places.ts); "Mercedes" before a surname is a given name, though towns are called so
 * (lexicon/firstNames.ts); "Critics said" names a group of people, not a person (lexicon/titles.ts).
 */
import assert from 'node:assert/strict';
import { group, workspace } from './helpers';

describe('entities: the words of a funeral report', () => {
  const F = 'funeral-words.txt';
  const ws = workspace([F]);
  it('takes no name from "requiem Mass" or "Critics said"', () => {
    const texts = ws.names(F).map((m) => m.text);
    assert.equal(texts.includes('Mass'), false, texts.join(', '));
    assert.equal(texts.includes('Critics'), false, texts.join(', '));
  });
  it('types "Cementerio de San Fernando" and "General Cemetery" as places', () => {
    assert.equal(group(ws.mention(F, 'Cementerio de San Fernando').type), 'PLACE');
    assert.equal(group(ws.mention(F, 'General Cemetery').type), 'PLACE');
  });
  it('types "Mercedes Olmedo" a person', () => {
    assert.equal(ws.mention(F, 'Mercedes Olmedo').type, 'PERSON');
  });
});
