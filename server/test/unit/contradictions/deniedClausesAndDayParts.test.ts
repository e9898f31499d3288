/**
 * A denial of grounds covers the clause it names ("nothing to suggest that anyone working at the
 * depot helped the thieves" against "suspected the thieves had been helped by someone working at the
 * depot"), but not a second "that" clause said beside it. Two tellings of one action a day apart
 * that both say evening disagree in any zone, a lede's day is read past a date line written with a
 * hyphen, and a day in the possessive ("Friday evening's leak") dates a noun, not an action.
 * Fixtures: test-fixtures/contradictions/paraphrase-q…t.txt, evening-port-*.txt.
 */
import assert from 'node:assert/strict';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isActionDayFact } from '../../../src/analysis/facts/actionDayFacts';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a clause denied as a whole', () => {
  it('sets "nothing to suggest that anyone working at the depot helped" against "suspected ... helped by someone working at the depot"', () => {
    const found = analyseFixtures(['paraphrase-q.txt', 'paraphrase-r.txt']).contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /is negated in one and not in the other/u);
  });
  it('does not deny a second "that" clause: "no sign that staff had helped ... and that the evidence pointed to an outside gang"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paraphrase-s.txt', 'paraphrase-t.txt']).contradictions.filter((c) => c.kind === 'quote')), []);
  });
});

describe('action days: parts of the day, date lines and possessives', () => {
  it('reads the lede after a hyphenated date line, and no day from "Friday evening\'s leak"', () => {
    const { docs } = analyseFixtures(['evening-port-wire.txt']);
    const days = (docs[0].facts as DetailedFact[]).filter(isActionDayFact).map((f) => `${f.detail.actionDay.day}:${f.detail.actionDay.partOfDay ?? ''}`);
    assert.deepEqual(days, ['2025-10-10:late']);
  });
  it('flags a closure on Friday evening against one on Thursday evening', () => {
    const found = analyseFixtures(['evening-port-wire.txt', 'evening-port-local.txt']).contradictions.filter((c) => c.kind === 'date');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /2025-10-10.*2025-10-09|2025-10-09.*2025-10-10/u);
  });
});
