/**
 * A blind round's false alarms and misses (test-fixtures/contradictions/icu-toll-*): "Three died
 * during the evacuation" is a part of a toll of four; a remark's second sentence quoted alone and
 * given to someone else; "Zé Moura" is José Carlos Moura, and his
 * remark told in two wordings, each with "against" both denied and not, is no reversal.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: parts of a toll, quoted sentences, Portuguese short names', () => {
  const { docs, contradictions } = analyseFixtures(['icu-toll-wire.txt', 'icu-toll-local.txt']);

  it('sets no toll of four against "three died during the evacuation"', () => {
    assert.deepEqual(anchoredLines(contradictions.filter((c) => c.kind === 'count')), []);
  });
  it('gives one remark one speaker when another article quotes its second sentence alone', () => {
    const found = anchoredLines(contradictions.filter((c) => c.kind === 'attribution'));
    assert.ok(found.some((l) => /Laura Gomes Pinto/u.test(l) && /Our nurses carried patients/u.test(l)), found.join('\n'));
  });
  it('reads "Zé Moura" as José Carlos Moura, and his remark in two wordings as one', () => {
    const id = (uri: string, text: string) => docs.find((d) => d.uri === uri)!.mentions.find((m) => m.text === text)?.id;
    assert.equal(id('icu-toll-local.txt', 'Zé Moura'), id('icu-toll-wire.txt', 'José Carlos Moura'));
    assert.deepEqual(anchoredLines(contradictions.filter((c) => c.kind === 'quote' || /against/u.test(c.explanation))), []);
  });
});
