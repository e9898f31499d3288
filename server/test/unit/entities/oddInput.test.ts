/**
 * The entity stage on odd input: nothing crashes, and offsets stay right with CRLF line ends,
 * emoji, right-to-left text, and very long lines. Also possessives and dashes around names.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: odd input', () => {
  it('handles empty and whitespace-only texts', () => {
    const ws = workspace([
      ['empty', ''],
      ['blank', '  \n\n\t \r\n'],
    ]);
    assert.deepEqual(ws.names('empty'), []);
    assert.deepEqual(ws.names('blank'), []);
  });

  it('keeps offsets right around CRLF, emoji and right-to-left text', () => {
    const text = 'Storm Hits Coast 🌊\r\n\r\nمرحبا The mayor, Paula Grant 🎉, said on Monday that Bristol was ready.\r\nGrant visited Cardiff.\r\n';
    const ws = workspace([['crlf', text]]);
    for (const m of ws.names('crlf')) assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(ws.mention('crlf', 'Paula Grant').type, 'PERSON');
    assert.equal(ws.mention('crlf', 'Grant').id, ws.mention('crlf', 'Paula Grant').id);
    assert.equal(ws.mention('crlf', 'Bristol').type, 'GPE');
    assert.equal(ws.mention('crlf', 'Cardiff').type, 'GPE');
  });

  it('reads the capitals written onto a dollar sign ("US$6 million", "HK$2 billion") as no place', () => {
    const ws = workspace([['cash', 'Police seized US$6 million and HK$2 billion in cash in Lisbon. The U.S. embassy said nothing.']]);
    assert.deepEqual(ws.names('cash').map((m) => m.text).filter((t) => /^(?:US|HK)$/u.test(t)), []);
    assert.equal(ws.mention('cash', 'U.S.').type, 'GPE');
  });

  it('survives a very long line', () => {
    const sentence = 'Inspector Maya Ortiz said the Harbour Authority had inspected the pier in Genoa. ';
    const text = sentence.repeat(2000);
    const ws = workspace([['long', text]]);
    const names = ws.names('long');
    assert.ok(names.length >= 6000, `found ${names.length} names`);
    assert.equal(ws.mention('long', 'Maya Ortiz', 1999).title, 'Inspector');
    assert.equal(ws.mention('long', 'Harbour Authority').type, 'ORG');
  });

  it('strips possessives and stops names at dashes', () => {
    const text =
      'Coach Lena Brandt’s team won again. Brandt—wearing a red scarf—waved to fans. ' +
      'The Brandt-Keller partnership ended when Brandt’s club, the Rovers, signed Tom Keller. Keller scored twice.';
    const ws = workspace([['sport', text]]);
    const id = ws.mention('sport', 'Lena Brandt').id;
    assert.equal(ws.mention('sport', 'Lena Brandt').title, 'Coach');
    for (const m of ws.names('sport').filter((x) => x.text === 'Brandt')) assert.equal(m.id, id);
    assert.equal(ws.mention('sport', 'Keller', 0).id, ws.mention('sport', 'Tom Keller').id);
    assert.ok(!ws.names('sport').some((m) => /’s|—/u.test(m.text)));
  });

  it('types "the X said" as an organisation and "X said" after a full name as a person', () => {
    const text =
      'The ministry and the Harwick Trust disagreed. The Trust said funds were short, while the Pellham Group said nothing.\n\n' +
      'Director Omar Said Farah, who runs Harwick, said the Pellham Group had lied. Farah said he would sue.';
    const ws = workspace([['trust', text]]);
    assert.equal(ws.mention('trust', 'Harwick Trust').type, 'ORG');
    assert.equal(ws.mention('trust', 'Pellham Group').type, 'ORG');
    assert.equal(ws.mention('trust', 'Farah').type, 'PERSON');
  });
});
