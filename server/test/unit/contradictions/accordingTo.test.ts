/**
 * A report that opens "According to <name>," (test-fixtures/contradictions/according-to-*): what
 * follows the comma is what the person said, set against their quoted words, here with the
 * negation dropped ("There is no indication ... that the current board knew" / "there are
 * indications that the current board knew").
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { analyseFixtures } from './pipeline';

describe('contradictions: "According to <name>, ..."', () => {
  it('sets the report against the quoted words it reverses', () => {
    const { docs, contradictions } = analyseFixtures(['according-to-a.txt', 'according-to-b.md']);
    const report = (docs[1].facts as DetailedFact[] | undefined)?.find((f) => f.detail.reported);
    assert.ok(report, 'the sentence is read as reported speech');
    assert.match(report.detail.reported!.text, /^there are indications that the current board knew of the scheme$/u);
    const quotes = contradictions.filter((c) => c.kind === 'quote');
    assert.equal(quotes.length, 1);
    assert.deepEqual(quotes[0].items.map((i) => i.uri).sort(), ['according-to-a.txt', 'according-to-b.md']);
  });

  it('meets quoted words of the same person written in another spelling', () => {
    // "Castañeda" and "Castanheda" are one person to the entities stage; the report is keyed by
    // that person, as the quote is, not by the surname as written.
    const { contradictions } = analyseFixtures(['according-to-spelling-a.txt', 'according-to-spelling-b.md']);
    const quotes = contradictions.filter((c) => c.kind === 'quote');
    assert.equal(quotes.length, 1);
    assert.deepEqual(quotes[0].items.map((i) => i.uri).sort(), ['according-to-spelling-a.txt', 'according-to-spelling-b.md']);
  });
});
