/**
 * A visit told in two newsrooms (contradictions/timeRules.ts): "a joint news conference that began
 * at 5 p.m." (the visited capital's time) and "opened at 11am Brussels time" are in two frames, and
 * the first's offset is unknown, so they are not compared as written; an article that gives "the
 * meeting" two lengths ("talks ... lasted two and a half hours", "a 45-minute meeting with the
 * prime minister") tells two meetings, so neither is set against another article's "90 minutes".
 * A weekday against its date ("this Sunday (3/5)") is shown against running text, not a date line's
 * stamp (weekdayRules.ts). Fictional stories in test-fixtures/contradictions/visit-frames-*.txt and
 * weekday-stamp-*.txt.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a visit told in two frames and with two meetings', () => {
  it('does not set "began at 5 p.m." against "opened at 11am Brussels time", nor two and a half hours against 90 minutes', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['visit-frames-a.txt', 'visit-frames-b.txt']).contradictions.filter((c) => c.kind === 'time')), []);
  });
});

describe('contradictions: a weekday against its date, witnessed by running text', () => {
  it('sets "In the evening this Sunday (3/5)" against the body\'s "on Saturday", not against the date line\'s stamp', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['weekday-stamp-a.txt', 'weekday-stamp-b.txt']).contradictions), [
      'date: weekday-stamp-b.txt «this Sunday (3/5)» | weekday-stamp-a.txt «Saturday»',
    ]);
  });
});
