/**
 * Who was at the event, told in more ways (test-fixtures/contradictions/presence-*): "who did not
 * travel to Velmora" against "in presence of the Minister of Finance Hon. Oskar Lindqvist"; "who
 * was attending a cabinet meeting in Ostbrück" (elsewhere) against "was present in the harbour
 * office"; "whose party lost two seats ..., did not attend" against "came personally". A governor
 * who "flew back" from the meeting elsewhere is no absence.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: present, away or elsewhere', () => {
  const participants = (names: string[]) => analyseFixtures(names).contradictions.filter((c) => c.kind === 'participants');

  it('sets a minister who did not travel against one "in presence of" whom the deal was signed', () => {
    const lines = anchoredLines(participants(['presence-signing-wire.txt', 'presence-signing-local.txt']));
    assert.ok(lines.some((l) => /Oskar Lindqvist, who did not travel to Velmora/u.test(l) && /in presence of the Minister of Finance Hon\. Oskar Lindqvist/u.test(l)), lines.join('\n'));
  });
  it('sets a governor attending a meeting in another city against the same governor present, and says she was elsewhere', () => {
    const found = participants(['presence-signing-wire.txt', 'presence-signing-local.txt']);
    const hallsten = found.find((c) => /Hallsten/u.test(c.fact));
    assert.ok(hallsten, anchoredLines(found).join('\n'));
    assert.match(hallsten.explanation, /elsewhere at the time/u);
  });
  it('reads the subject past a "whose" clause that names a party, and an inverted "came personally the minister, X"', () => {
    const found = participants(['presence-signing-wire.txt', 'presence-signing-local.txt']);
    const barkow = found.find((c) => /Barkow/u.test(c.fact));
    assert.ok(barkow, anchoredLines(found).join('\n'));
    assert.match(anchoredLines([barkow])[0], /came personally the Transport Minister, Ilse Barkow/u);
  });
  it('finds nothing when the person elsewhere flew back for the event', () => {
    assert.deepEqual(anchoredLines(participants(['presence-elsewhere-returned.txt', 'presence-signing-local.txt'])).filter((l) => /Hallsten/u.test(l)), []);
  });
});
