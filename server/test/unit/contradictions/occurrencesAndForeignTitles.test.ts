/**
 * Guards from blind round 37 (test-fixtures/contradictions/two-flights-*, statement-colon-*):
 * - an article that gives one action two times tells several occurrences (two flights landing),
 *   which another article's one time is not set against;
 * - "Minister X made statement to the press: '...'" credits X; "None of our injured citizens have
 *   a danger of life" says what "There is no life-threatening situation among our injured
 *   citizens" says;
 * - a birth date in brackets ("(born 3rd March 1994) has married") dates the person, not the act;
 * - "Head of Government" and titles in other languages ("Regierungschef") are no part of a name.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: several occurrences, statements after a colon, birth dates, foreign titles', () => {
  it('sets no single landing time against an article that gives two, but the one tied to it by its minute (minuteTie.ts)', () => {
    // The Airbus's "5:20 p.m. Lisbon time (1620 GMT)" and "6.20pm GMT" share the odd minute, which
    // no other time of either article has: the Hercules's 12:05 p.m. is left alone.
    assert.deepEqual(anchoredLines(analyseFixtures(['two-flights-a.txt', 'two-flights-b.md']).contradictions), [
      'time: two-flights-a.txt «5:20 p.m. Lisbon time (1620 GMT)» | two-flights-b.md «6.20pm GMT»',
    ]);
  });
  it('credits a statement after a colon to the person the sentence opens with, and reads "none of ... have a danger of life" as a denial', () => {
    const { docs, contradictions } = analyseFixtures(['statement-colon-a.txt', 'statement-colon-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), []);
    const quote = docs.find((d) => d.uri === 'statement-colon-b.txt')!.quotes.find((q) => q.inner.startsWith('None of our'));
    assert.match(quote?.speaker ?? '', /arslan/iu);
  });
  it('reads a title before "of" and a title in another language as no part of the name', () => {
    const { docs } = analyseFixtures(['statement-colon-b.txt']);
    const names = docs[0].mentions.filter((m) => m.type === 'PERSON').map((m) => m.text);
    assert.deepEqual(names.filter((n) => n.includes('Frommelt')), ['Markus Frommelt', 'Markus Frommelt']);
  });
});
