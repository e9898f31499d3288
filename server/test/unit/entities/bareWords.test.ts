/**
 * A lone capitalised word that nothing types (test-fixtures/entities/bare-words.txt): an agency,
 * a company or a village that no cue names is a name of unknown kind (MISC), not a person; a surname of
 * a person named in full, and a relative named by one word ("his brother, Arvydas"), stay people.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

const F = 'bare-words.txt';

describe('entities: lone capitalised words that nothing types', () => {
  const ws = workspace([F]);
  const texts = ws.names(F).map((m) => `${m.text}:${m.type}`);

  it('does not call an untyped single word a person', () => {
    for (const word of ['Veratrix', 'Zelvokai', 'Europol']) {
      assert.ok(!texts.includes(`${word}:PERSON`), `${word} typed PERSON: ${texts.join(', ')}`);
    }
    assert.equal(ws.mention(F, 'Veratrix').type, 'MISC');
  });

  it("keeps a person's surname and a relative named by one word", () => {
    assert.equal(ws.mention(F, 'Petraitis').type, 'PERSON');
    assert.equal(ws.mention(F, 'Petraitis').id, ws.mention(F, 'Jonas Petraitis').id);
    assert.equal(ws.mention(F, 'Arvydas').type, 'PERSON');
  });
});

describe('entities: a month that is also a given name', () => {
  it('starts a name before a surname ("Jan Peeters") and stays a date before a number', () => {
    const ws = workspace([['jan.txt', 'Coach named\n\nHis coach is Jan Peeters, the club said. The hearing is on Jan. 14, 2026.\n']]);
    assert.equal(ws.mention('jan.txt', 'Jan Peeters').type, 'PERSON');
    assert.ok(!ws.names('jan.txt').some((m) => m.text.startsWith('Jan.')));
  });
});
