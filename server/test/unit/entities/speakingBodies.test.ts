/**
 * Bodies speak as often as people do: a company introduced as one ("State gas company Gasnor
 * said ...") stays a company however often "Gasnor said" recurs; a city's own body ("the city's
 * Civil Defence") is not the city; and "the director of Gasnor, the chemist Rui Lopes" describes
 * the director, not the company. A surname quoted in many articles stays a person's.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: bodies that speak', () => {
  const ws = workspace([
    [
      'a.txt',
      'PORTO, March 4 (Wire) - State gas company Gasnor said a pipe had split under the square. ' +
        'Gasnor said supply would return on Friday. Gasnor said it would pay for repairs. Gasnor said the pipe dated from 1971. ' +
        'The square was closed, according to the city\'s Civil Defence agency. "Nobody was hurt," said Ana Sousa, the city\'s Civil Defence coordinator.',
    ],
    ['b.txt', 'PORTO, March 4 (Wire) - According to the director of Gasnor, the chemist Rui Lopes, the pipe was inspected in May. "We will pay," he said.'],
  ]);
  it('keeps a company a company when "<name> said" recurs after "company <name>"', () => {
    for (let k = 0; k < 4; k++) assert.equal(ws.mention('a.txt', 'Gasnor', k).type, 'ORG');
  });
  it('types "the city\'s Civil Defence" as a body, not a place', () => {
    assert.equal(ws.mention('a.txt', 'Civil Defence').type, 'ORG');
  });
  it('keeps a surname that several articles quote, with nothing else said of it, a person\'s', () => {
    const people = workspace([
      ['c.txt', 'Bridge collapse in Aldvik: 51 injured\n\nALDVIK, November 12, 2025 — Officials said 51 people were injured after the bridge collapse on Wednesday. "We will restore normal service within 3 days," Varnok said.'],
      ['d.txt', 'Bridge collapse in Aldvik: 51 injured\n\nALDVIK, November 12, 2025 — Officials said 51 people were injured after the bridge collapse on Wednesday. The meeting between Varnok and Tessel lasted six hours, aides said.'],
      ['e.txt', 'Bridge collapse in Aldvik: 51 injured\n\nALDVIK, November 13, 2025 — "We will restore normal service within 3 days," Varnok said. Police chief Oskar Varnok met Ida Tessel of the Aldvik Water Board for 6 hours.'],
    ]);
    for (const doc of ['c.txt', 'd.txt']) assert.equal(people.mention(doc, 'Varnok').id, people.mention('e.txt', 'Oskar Varnok').id, doc);
  });
  it('gives the person after "the director of <body>," to the director, and the quote to the person', () => {
    assert.equal(ws.mention('b.txt', 'Gasnor').type, 'ORG');
    const quote = ws.docs.get('b.txt')!.quotes.find((q) => q.inner.startsWith('We will pay'));
    assert.equal(quote?.speaker, 'Rui Lopes');
  });
});
