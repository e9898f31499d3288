/**
 * Acronyms defined in brackets right after an organisation's name, whatever their letters
 * (acronym-other-language*.txt), and party names written with and without "Party"
 * (party-without-party*.txt), plus "of" inside institutions' names.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: acronyms and party names', () => {
  describe('an acronym in brackets after an organisation (letters in another order)', () => {
    const A = 'acronym-other-language.txt';
    const B = 'acronym-other-language-b.txt';
    const ws = workspace([A, B]);

    it('ties "Popular Renewal Union (UPR)" and later "UPR" mentions, in both articles', () => {
      const id = ws.mention(A, 'Popular Renewal Union').id;
      assert.equal(ws.mention(A, 'UPR').id, id);
      assert.equal(ws.mention(A, 'UPR', 1).id, id);
      assert.equal(ws.mention(B, 'UPR').id, id);
      assert.equal(ws.mention(B, 'UPR').type, 'ORG');
    });

    it('does not tie a person to the party in brackets, nor a dateline to the agency', () => {
      assert.notEqual(ws.mention(A, 'PNV').id, ws.mention(A, 'Alma Reyes').id);
      assert.equal(ws.mention(A, 'Alma Reyes').type, 'PERSON');
      assert.equal(ws.mention(A, 'AFP').id, 'afp');
    });

    it('keeps a group\'s possessive inside a party name ("Workers\' Front")', () => {
      const m = ws.mention(A, "Workers' Front");
      assert.equal(m.type, 'ORG');
      assert.ok(!ws.names(A).some((x) => x.text === 'Workers' || x.text === 'Front'));
    });
  });

  describe('a party named with and without "Party"', () => {
    const A = 'party-without-party.txt';
    const B = 'party-without-party-b.txt';
    const ws = workspace([A, B]);

    it('gives "Justice and Renewal Party" and "the Justice and Renewal party" one id, headline included', () => {
      const id = ws.mention(A, 'Justice and Renewal Party', 1).id;
      assert.equal(ws.mention(A, 'Justice and Renewal Party').id, id, 'headline');
      assert.equal(ws.mention(A, 'Justice and Renewal').id, id);
      assert.equal(ws.mention(B, 'Justice and Renewal').id, id);
      assert.equal(ws.mention(B, 'Justice and Renewal').type, 'ORG');
      for (const doc of [A, B]) assert.ok(!ws.names(doc).some((m) => m.text === 'Renewal' || m.text === 'Justice'), doc);
    });

    it('keeps "of" inside institutions: "Congress of Deputies", "Hospital of Santa Clara"', () => {
      assert.equal(ws.mention(B, 'Congress of Deputies').type, 'ORG');
      assert.equal(ws.mention(B, 'Hospital of Santa Clara').type, 'ORG');
    });
  });
});
