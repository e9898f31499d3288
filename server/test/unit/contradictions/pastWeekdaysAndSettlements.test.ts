/**
 * A bare weekday of something done ("died on Saturday" in Wednesday's paper) is the last such day
 * before the article, and witnesses against another article's wrong weekday for that date ("last
 * Sunday (14)", the 14th a Saturday); a count told per settlement ("from the village Vila Nova 600
 * persons were evacuated") is a share of the whole, not set against it; a notice "published at" a
 * time and an order that "was published at" another are one publication (test-fixtures/contradictions/died-saturday-*).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a past weekday and counts per settlement', () => {
  const found = analyseFixtures(['died-saturday-wire.txt', 'died-saturday-local.txt']).contradictions;
  const lines = anchoredLines(found);

  it('shows "last Sunday (14)" against the other article\'s "died on Saturday" (Saturday the 14th)', () => {
    const weekdays = found.filter((c) => c.kind === 'date');
    assert.equal(weekdays.length, 1, lines.join('\n'));
    assert.deepEqual(weekdays[0].items.map((i) => i.uri.split('/').pop()).sort(), ['died-saturday-local.txt', 'died-saturday-wire.txt']);
    assert.match(weekdays[0].explanation, /tells of that day as "Saturday"/u);
  });

  it('times one published order: "a notice published at 10:30 a.m. Brasilia time" (13:30 GMT) against "Its order was published at 2.30pm GMT"', () => {
    const times = found.filter((c) => c.kind === 'time');
    assert.equal(times.length, 1, lines.join('\n'));
    assert.match(times[0].explanation, /published at 10:30 a\.m\. Brasilia time.*published at 2\.30pm GMT|published at 2\.30pm GMT.*published at 10:30 a\.m\. Brasilia time/u);
  });

  it('does not set one village\'s 600 evacuated against the 900 evacuated of both', () => {
    assert.deepEqual(found.filter((c) => c.kind === 'count').map((c) => c.explanation), []);
  });
});
