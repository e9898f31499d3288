/**
 * Session 25's blind rounds 56 to 58:
 * - a lede that dates what came days after the event ("toured the vineyards on Thursday, two days
 *   after a violent storm") leaves the event's day to a later sentence; one that dates the end of
 *   a long event ("returning on Sunday after crews accepted a deal, ending a stoppage") gives none;
 * - of a sentence's several days, the one right after the event's noun ("the hailstorm of this
 *   Monday (14)") is the event's;
 * - "organisers" and "organizers" are one word; "Transports" names the transport portfolio;
 * - "declared for <outlet> the general director of X, Mr. Y" credits Y;
 * - a conflict that "could end" a chapter, or a war to avert, is no event of the story;
 * - "ex minister" without a hyphen is a former minister (round 58).
 * Fictional stories in test-fixtures/contradictions/storm-day-*, long-strike-*, spelling-quote-*,
 * transports-title-*, outlet-credit-* and ex-minister-*.
 */
import assert from 'node:assert/strict';
import { findEventNouns } from '../../../src/analysis/facts/events';
import { analyseFixtures, anchoredLines } from './pipeline';

const found = (files: string[], kind?: string) => analyseFixtures(files).contradictions.filter((c) => !kind || c.kind === kind);

describe('contradictions: storm days, spellings, portfolios and credits to an outlet', () => {
  it('sets the storm of "this Monday (14)" against the storm that broke "on Tuesday, July 15", past a lede dated by the visit after it', () => {
    const days = found(['storm-day-a.txt', 'storm-day-b.txt'], 'date');
    assert.equal(days.length, 1, anchoredLines(days).join('\n'));
    assert.match(days[0].explanation, /2031-07-15.*2031-07-14/u);
  });
  it('takes no day for a long event from a lede dated by its end ("returning on Sunday after crews accepted a deal, ending a stoppage")', () => {
    // The walkout began on Wednesday and ended on Sunday: one strike, so one remark of it has one speaker.
    const credits = found(['long-strike-a.txt', 'long-strike-b.md'], 'attribution');
    assert.equal(credits.length, 1, anchoredLines(credits).join('\n'));
  });
  it('reads "organisers" and "organizers" as one word of one quote', () => {
    assert.deepEqual(anchoredLines(found(['spelling-quote-a.txt', 'spelling-quote-b.md'])), []);
  });
  it('reads "minister of Transports and Infrastructure" as holding the transport portfolio', () => {
    assert.deepEqual(anchoredLines(found(['transports-title-a.txt', 'transports-title-b.txt'])), []);
  });
  it('reads "the ex minister Salas Paredes", written without a hyphen, as a former minister', () => {
    assert.deepEqual(anchoredLines(found(['ex-minister-a.txt', 'ex-minister-b.txt'])), []);
  });
  it('marks a feared or averted event as another occurrence, not the story\'s', () => {
    assert.equal(findEventNouns('Diplomats had long feared the dispute could end in conflict.')[0].instance, 'feared');
    assert.equal(findEventNouns('The accord was signed to avert a war over water.')[0].instance, 'feared');
    assert.equal(findEventNouns('The conflict ended in 1994.')[0].instance, undefined);
  });
  it('credits "declared for Caldera Azi the general director of Caldera Metro, Mr. Radu Ionescu" to Ionescu', () => {
    assert.deepEqual(anchoredLines(found(['outlet-credit-a.txt', 'outlet-credit-b.txt'], 'attribution')), []);
  });
});
