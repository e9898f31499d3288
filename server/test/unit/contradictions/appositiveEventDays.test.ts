/**
 * The day of a person's event given by an apposition to a date (facts/appositiveEventDayFacts.ts,
 * compared by contradictions/eventDayRules.ts): "backdated to August 4, the day he was
 * provisionally suspended" against "count from 4 September, when he was first provisionally
 * suspended" is flagged; "from 4 August, when he was provisionally suspended" agrees. Fictional
 * doping ban in test-fixtures/contradictions/suspended-day-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { resolveEntities } from '../../../src/analysis/entities/resolveEntities';
import { appositiveEventDayFactsOf } from '../../../src/analysis/facts/appositiveEventDayFacts';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { isEventDayFact } from '../../../src/analysis/facts/eventDayFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "key day «span»" of the appositive day facts of a text published on 8 October 2026. */
function days(text: string): string[] {
  const { docs } = resolveEntities([analyzeDocument('s.txt', `Headline\n\nPublished October 8, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS)]);
  const doc = docs[0];
  return doc.sentences
    .flatMap((s) => appositiveEventDayFactsOf(doc, s) as DetailedFact[])
    .filter(isEventDayFact)
    .map((f) => `${f.detail.eventDay.key} ${f.detail.eventDay.day} «${f.span.text}»`);
}

describe('facts: the day of an event told by an apposition to a date', () => {
  it('reads "<date>, the day he was X" and "<date>, when he was first X", the day number before the month kept', () => {
    assert.deepEqual(days('Pieter Van Damme was banned. The ban is backdated to August 4, the day he was provisionally suspended.'), [
      'pieter-van-damme|suspended 2026-08-04 «August 4, the day he was provisionally suspended»',
    ]);
    assert.deepEqual(days('Pieter Van Damme was banned. It counts from 4 September, when he was first provisionally suspended.'), [
      'pieter-van-damme|suspended 2026-09-04 «4 September, when he was first provisionally suspended»',
    ]);
    assert.deepEqual(days('Pieter Van Damme was jailed on 3 March, the day he was arrested.'), ['pieter-van-damme|arrest 2026-03-03 «3 March, the day he was arrested»']);
  });
  it('reads no day of "the day after", nor of a pronoun whose nearest name is not the article\'s protagonist', () => {
    assert.deepEqual(days('Pieter Van Damme was banned. It counts from 4 September, the day after he was suspended.'), []);
    assert.deepEqual(days('Pieter Van Damme was banned. Pieter Van Damme will appeal. His coach is Jan Peeters. It counts from 4 September, when he was suspended.'), []);
  });
});

describe('contradictions: two days for one event told by apposition', () => {
  it('flags August 4 against 4 September for the day he was suspended, and explains why', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['suspended-day-a.txt', 'suspended-day-b.txt']).contradictions.filter((c) => c.kind === 'date')), [
      'date: suspended-day-a.txt «August 4, the day he was provisionally suspended» | suspended-day-b.txt «4 September, when he was first provisionally suspended»',
    ]);
    const [c] = analyseFixtures(['suspended-day-a.txt', 'suspended-day-b.txt']).contradictions.filter((x) => x.kind === 'date');
    assert.match(c.explanation, /2026-08-04.*2026-09-04.*two days/u);
  });
  it('does not flag the same day written two ways', () => {
    assert.deepEqual(analyseFixtures(['suspended-day-a.txt', 'suspended-day-c.txt']).contradictions.filter((c) => c.kind === 'date'), []);
  });
});
