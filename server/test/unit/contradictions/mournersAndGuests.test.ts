/**
 * Guests and crowds at a ceremony (test-fixtures/contradictions/mourners-titles-*.txt): titles in
 * a list of titled people ("the president of Kenya, X, the president of Nigeria, Y"; facts/titleFacts.ts),
 * a vice-president called president (contradictions/titleRules.ts), a title that a relative clause
 * defines ("X, the president who built the ports") told of a career, crowds counted as gathered,
 * lined or accompanying (facts/countedThings.ts) without the change of another figure of the
 * clause ("in heat that reached 35 degrees") making them unsure, attendee lists and cancelled trips
 * (facts/attendanceFacts.ts), and a dateline's numeric date read day-first ("Accra, 05/03/2026").
 */
import assert from 'node:assert/strict';
import { findPublicationDate } from '../../../src/analysis/dates/publicationDate';
import { countRange, isUnstable } from '../../../src/analysis/facts/quantityFacts';
import { findQuantities } from '../../../src/analysis/values/quantities';
import { analyseFixtures, anchoredLines, fixtureText } from './pipeline';

describe('contradictions: guests and crowds at a ceremony', () => {
  it('flags a vice-president called "the president of Nigeria" in a list of titled guests, and 40,000 gathered against 70 thousand accompanying', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['mourners-titles-a.txt', 'mourners-titles-b.txt']).contradictions), [
      'count: mourners-titles-a.txt «about 40,000 people gathered» | mourners-titles-b.txt «around 70 thousand persons accompanied»',
      'title: mourners-titles-a.txt «Vice-President Amina Bello» | mourners-titles-b.txt «the president of Nigeria, Amina Bello»',
    ]);
  });
  it('flags a guest who cancelled his trip against a list of mourners that names him, and keeps a career title, those who filed past and some 38,000 lining the route apart', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['mourners-titles-a.txt', 'mourners-titles-c.txt']).contradictions), [
      'participants: mourners-titles-a.txt «Koffi Agbo cancelled his trip on Wednesday» | mourners-titles-c.txt «Among the mourners were the presidents of Kenya and Togo, Daniel Mwangi and Koffi Agbo»',
    ]);
  });
  it('leaves a count alone when a verb of change is told of another figure of its clause, not of it', () => {
    const clause = 'about 62,000 people gathered along the route, in heat that reached 32 degrees';
    assert.equal(isUnstable(clause, { start: 6, end: 12 }), false);
    assert.equal(isUnstable('the toll reached 12 on Monday', { start: 17, end: 19 }), true);
    assert.equal(isUnstable('the crowd rose to 20,000 on Sunday', { start: 18, end: 24 }), true);
  });
  it('does not add rounding to "about" ("about 62,000" is 52,700 to 71,300, apart from "around 90 thousand")', () => {
    const range = (text: string) => countRange(findQuantities(text)[0]);
    assert.deepEqual(range('about 62,000 people'), { min: 52700, max: 71300 });
    assert.deepEqual(range('around 90 thousand persons'), { min: 76500, max: 103500 });
    assert.deepEqual(range('62,000 people'), { min: 61500, max: 62500 });
  });
  it('reads a dateline\'s "05/03/2026" day-first', () => {
    assert.equal(findPublicationDate(fixtureText('mourners-titles-b.txt'), []), '2026-03-05');
  });
});
