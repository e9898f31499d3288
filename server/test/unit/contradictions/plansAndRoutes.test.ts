/**
 * Figures and days told of plans and routes (test-fixtures/contradictions/): "Next year 34 trawlers
 * will be licensed ..., the same numbers as in 2031" against "In next year 43 trawlers can fish" (a
 * figure of next year, and a comparison with a past year that leaves it standing); "will be
 * formally signed ... on Monday, December 15" against "will be signed ... on Tuesday (16)" (a plan
 * told in the passive); "The 900-mile race from Porto Lindo to Cabo Branco, Lusitania, started on
 * Saturday" against "The Costa Verde Regatta started on Sunday (9/11)" (the places of a route are
 * not who started).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: next year, planned signings and routes', () => {
  const found = () => analyseFixtures(['next-year-licences-wire.txt', 'next-year-licences-local.txt']).contradictions;

  it('sets 34 trawlers licensed next year against 43, past "the same numbers as in 2031"', () => {
    const lines = anchoredLines(found().filter((c) => c.kind === 'count'));
    assert.ok(lines.some((l) => /34 Norvalian trawlers/u.test(l) && /43 Norvalian trawlers/u.test(l)), lines.join('\n'));
  });
  it('sets a signing planned for Monday, December 15 against the same signing on Tuesday (16)', () => {
    const lines = anchoredLines(found().filter((c) => c.kind === 'date'));
    assert.ok(lines.some((l) => /Monday, December 15/u.test(l) && /Tuesday \(16\)/u.test(l)), lines.join('\n'));
  });
  it('sets a race started on Saturday, Nov 8 against one started on Sunday (9/11), past the places of its route', () => {
    const lines = anchoredLines(analyseFixtures(['regatta-start-wire.txt', 'regatta-start-local.txt']).contradictions.filter((c) => c.kind === 'date'));
    assert.ok(lines.some((l) => /Saturday, Nov 8/u.test(l) && /Sunday \(9\/11\)/u.test(l)), lines.join('\n'));
  });
});
