/**
 * The place of a person's one-off event (facts/eventPlaceFacts.ts, contradictions/eventPlaceRules.ts):
 * "Ruiz was arrested at Lisbon's Portela airport" against "Police arrested him at a hotel in Porto"
 * is flagged; "at Portela airport" (a place inside Lisbon) and "in Portugal" (the country holding
 * it) agree. Fictional extradition in test-fixtures/contradictions/arrest-place-*.txt.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isEventPlaceFact } from '../../../src/analysis/facts/eventPlaceFacts';
import { analyseFixtures, anchoredLines } from './pipeline';

function placeContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.kind === 'place'));
}

describe('facts: places of a person\'s one-off events', () => {
  it('reads the names of the place after a passive, an active verb with a pronoun, and an opening "Born in"', () => {
    const { docs } = analyseFixtures(['arrest-place-airport.txt', 'arrest-place-hotel.txt', 'arrest-place-portela.txt', 'arrest-place-country.txt']);
    const read = docs.map((d) => (d.facts as DetailedFact[]).filter(isEventPlaceFact).map((f) => `${f.detail.eventPlace.key}: ${f.detail.eventPlace.names.join('+')} (towns ${f.detail.eventPlace.towns.join('+')})`));
    assert.deepEqual(read, [
      ['duarte-ruiz|arrest: lisbon+portela (towns lisbon)'],
      ['duarte-ruiz|arrest: porto (towns porto)'],
      ['duarte-ruiz|birth: santiago (towns santiago)', 'duarte-ruiz|arrest: portela (towns )'],
      ['duarte-ruiz|arrest: portugal (towns )'],
    ]);
  });
});

describe('contradictions: two towns for one person\'s arrest', () => {
  it('flags Lisbon against Porto', () => {
    assert.deepEqual(placeContradictions(['arrest-place-airport.txt', 'arrest-place-hotel.txt']), [
      'place: arrest-place-airport.txt «Ruiz was arrested at Lisbon\'s Portela airport» | arrest-place-hotel.txt «arrested him at a hotel in Porto»',
    ]);
    const [c] = analyseFixtures(['arrest-place-airport.txt', 'arrest-place-hotel.txt']).contradictions.filter((x) => x.kind === 'place');
    assert.match(c.explanation, /lisbon.*porto.*two towns/u);
  });
  it('does not flag a place inside the town, nor the country that holds it', () => {
    assert.deepEqual(placeContradictions(['arrest-place-airport.txt', 'arrest-place-portela.txt']), []);
    assert.deepEqual(placeContradictions(['arrest-place-airport.txt', 'arrest-place-country.txt']), []);
    assert.deepEqual(placeContradictions(['arrest-place-hotel.txt', 'arrest-place-country.txt']), []);
  });
});
