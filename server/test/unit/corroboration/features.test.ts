/**
 * What a claim is matched on: stems, synonym concepts, numbers, negation, places, datelines, dates.
 */
import assert from 'node:assert/strict';
import { claimFeatures, datelineLength, wordFeatures } from '../../../src/analysis/corroboration/claimFeatures';
import { documentDay, sameEventTime } from '../../../src/analysis/corroboration/eventWindow';
import { dayNumber, findCalendarDates } from '../../../src/analysis/corroboration/numbers';
import { placeKey } from '../../../src/analysis/corroboration/places';
import { stem } from '../../../src/analysis/corroboration/stem';
import { conceptsOf } from '../../../src/analysis/corroboration/synonyms';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { simpleAnalysis, withNames } from './simpleDocs';

const keys = (text: string) => wordFeatures(text).flatMap((w) => w.keys);

describe('claim features', () => {
  it('stems inflections and irregular verbs alike', () => {
    assert.equal(stem('reduced'), stem('reduces'));
    assert.equal(stem('reducing'), stem('reduce'));
    assert.equal(stem('parties'), stem('party'));
    assert.equal(stem('stopped'), stem('stop'));
    assert.equal(stem('held'), 'hold');
    assert.equal(stem('stole'), stem('steal'));
    assert.equal(stem('died'), stem('die'), 'short forms the suffix rules pass over');
    assert.equal(stem('dying'), stem('dies'));
    assert.equal(stem('hospitalised'), stem('hospitalized'), 'British and American spellings');
    assert.equal(stem('organisation'), stem('organization'));
    assert.equal(stem('persons'), stem('people'));
  });

  it('puts news synonyms in one concept', () => {
    const shared = (a: string, b: string) => conceptsOf(stem(a)).some((c) => conceptsOf(stem(b)).includes(c));
    assert.ok(shared('trimmed', 'reduced'));
    assert.ok(shared('quit', 'resigned'));
    assert.ok(shared('talks', 'negotiations'));
    assert.ok(shared('aide', 'adviser'));
    assert.ok(!shared('aide', 'negotiations'));
  });

  it('reads a number with thousands separators as one number', () => {
    assert.ok(keys('It would cut about 3,200 jobs, or 11% of 29,000.').includes('#3200'));
    assert.ok(!keys('It would cut about 3,200 jobs.').includes('#200'));
    assert.ok(keys('Prices rose 3, 200 said').includes('#200'), 'a comma and a space separate two numbers');
  });

  it('reads numbers in words, digits and with scales', () => {
    assert.ok(keys('a seven-hour hearing').includes('#7'));
    assert.ok(keys('lasted 5 hours').includes('#5'));
    assert.ok(keys('worth $12 million.').includes('#12000000'));
    assert.ok(keys('worth €12m').includes('#12000000'));
    assert.ok(keys('cut to 11–12 clauses').includes('#11') && keys('cut to 11–12 clauses').includes('#12'));
  });

  it('reads South Asian scales: "7.5 lakh" is the number "750,000" is', () => {
    assert.ok(keys('carrying 7.5 lakh barrels').includes('#750000'));
    assert.ok(keys('worth Rs 440 crore').includes('#4400000000'));
  });

  it('marks what is denied', () => {
    assert.ok(keys('No specific agreement was reached').some((k) => k.startsWith('!') && k.includes('agreement')));
    assert.ok(!keys('An agreement was reached').some((k) => k.startsWith('!')));
    // The denial stops at a comma.
    assert.ok(!keys('No, the agreement stands').some((k) => k.startsWith('!')));
  });

  it('gives a quoted name no quoted-word key: who is named is not what was said', () => {
    const text = '"Tigran was the one we needed for the title," the coach said on Sunday.';
    const doc = withNames(analyzeDocument('q.txt', text, DEFAULT_ANALYSIS_OPTIONS), { Tigran: 'tigran' }, 'PERSON');
    const keys = claimFeatures(doc)[0].keys;
    assert.ok(keys.includes('etigran'), keys.join(' '));
    assert.ok(keys.includes('qwneed'), `a quoted word keeps its quoted key: ${keys.join(' ')}`);
    assert.ok(!keys.some((k) => k.startsWith('q') && k.includes('tigran')), keys.join(' '));
  });

  it('gives a country and its adjective one key', () => {
    assert.equal(placeKey('Kenyan'), placeKey('Kenya'));
    assert.equal(placeKey('Peruvian'), placeKey('Peru'));
    assert.equal(placeKey('American'), placeKey('U.S.'));
    assert.equal(placeKey('European'), placeKey('Europe'));
    assert.equal(placeKey('kenyan'), undefined);
  });

  it('leaves datelines out of a claim and reads calendar dates', () => {
    assert.equal(datelineLength('PARIS, March 11, 2024 — Claire quit.'), 'PARIS, March 11, 2024 — '.length);
    assert.equal(datelineLength('LONDON (Reuters) - Prices rose.'), 'LONDON (Reuters) - '.length);
    assert.equal(datelineLength('Claire quit.'), 0);
    const [f] = claimFeatures(simpleAnalysis('x.txt', 'PARIS, March 11, 2024 — Claire Benoit quit on 9 March 2024.'));
    assert.ok(!f.keys.includes('wparis'));
    assert.deepEqual(f.days, [dayNumber('2024-03-09')]);
    assert.deepEqual(findCalendarDates('on Dec. 2, 2025 and 3 January 2026').map((d) => d.iso), ['2025-12-02', '2026-01-03']);
  });
});

describe('event window', () => {
  it('separates claims naming different days, or documents dated far apart', () => {
    const d = dayNumber;
    assert.ok(sameEventTime([d('2024-03-10')], [d('2024-03-11')], NaN, NaN));
    assert.ok(!sameEventTime([d('2024-03-10')], [d('2024-03-20')], NaN, NaN));
    assert.ok(!sameEventTime([], [], d('2024-03-10'), d('2023-11-02')));
    assert.ok(sameEventTime([], [], d('2024-03-10'), d('2024-03-14')));
    assert.ok(sameEventTime([], [], d('2024-03-10'), NaN));
  });

  it('dates a document by its publication date, else by a date near the top', () => {
    const doc = simpleAnalysis('x.txt', 'Headline\n\nPARIS, March 10, 2024 — Text.');
    assert.equal(documentDay(doc), '2024-03-10');
    assert.equal(documentDay({ ...doc, published: '2024-03-12' }), '2024-03-12');
    assert.equal(documentDay(simpleAnalysis('y.txt', 'No date here.')), undefined);
  });
});
