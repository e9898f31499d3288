/**
 * A body named by its head word or its acronym and then a place ("Police Scotland", "NHS Shetland"),
 * and the coastguard, are organisations, not people; names that open with capitals or initials and
 * name people stay people ("OHASHI Daisuke", "B.S. Nagaraj"). A state that no longer exists is a place.
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
  it('knows states that no longer exist as countries ("the Soviet Union")', () => {
    const old = workspace([['c.txt', 'SEOUL, Nov. 13 (Wire) - The landing makes South Korea the sixth country after the Soviet Union, the United States and China to reach the Moon.']]);
    assert.equal(old.mention('c.txt', 'Soviet Union').type, 'GPE');
  });
});
