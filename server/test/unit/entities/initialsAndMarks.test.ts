/**
 * Hyphenated initials of a French given name ("J.-F. Brunel" for Jean-François) and a currency's
 * mark in mixed case ("KSh 50 million"), which is no name, beside an acronym in capitals that is
 * one ("KSH"); a city known by the English name of an exonym ("Antwerp" for "Anvers"). Fixture:
 * test-fixtures/entities/initials-and-marks.txt.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: hyphenated initials and currency marks', () => {
  const doc = 'initials-and-marks.txt';
  const ws = workspace([doc]);

  it('reads "J.-F. Brunel" whole', () => {
    assert.ok(ws.names(doc).some((m) => m.text === 'J.-F. Brunel'), ws.names(doc).map((m) => m.text).join(', '));
  });
  it("reads 'KSh' before a sum as no name, and the office's 'KSH' as one", () => {
    assert.ok(!ws.names(doc).some((m) => m.text === 'KSh'));
    assert.ok(ws.names(doc).some((m) => m.text === 'KSH'));
  });
  it('types "Antwerp", the English name the exonym table gives "Anvers", as a place', () => {
    assert.equal(ws.mention(doc, 'Antwerp').type, 'GPE', "'the Antwerp master' alone would make it a body");
  });
});
