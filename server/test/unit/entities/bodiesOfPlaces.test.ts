/**
 * A body named by its head word or its acronym and then a place ("Police Scotland", "NHS Shetland"),
 * and the coastguard, are organisations, not people; names that open with capitals or initials and
 * name people stay people ("OHASHI Daisuke", "B.S. Nagaraj").
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: bodies named after their places', () => {
  const ws = workspace([
    [
      'a.txt',
      'LERWICK, Jan. 27 (Wire) - HM Coastguard said six men had been winched to safety. A spokesman for NHS Shetland said two men were treated for hypothermia, and Police Scotland opened an inquiry.',
    ],
    ['b.txt', 'OSAKA, May 3 (Wire) - The party elected OHASHI Daisuke as its leader. Superintendent B.S. Nagaraj said the count was calm.'],
  ]);
  it('types "HM Coastguard", "NHS Shetland" and "Police Scotland" as organisations', () => {
    for (const name of ['HM Coastguard', 'NHS Shetland', 'Police Scotland']) assert.equal(ws.mention('a.txt', name).type, 'ORG', name);
  });
  it('keeps people whose names open with capitals or initials', () => {
    assert.equal(ws.mention('b.txt', 'OHASHI Daisuke').type, 'PERSON');
    assert.equal(ws.mention('b.txt', 'B.S. Nagaraj').type, 'PERSON');
  });
});
