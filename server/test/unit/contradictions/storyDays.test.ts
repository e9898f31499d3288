/**
 * The day articles give their story's event in their opening lines (contradictions/storyDayRules.ts,
 * the story day of eventIdentity.ts): "A warehouse caught fire ... on Tuesday" against "A warehouse
 * burned on Monday" is flagged, the second telling the fire by its verb alone; a fire that broke
 * out "late on Monday night" is not, since another clock may put it on Tuesday. Fictional story in
 * test-fixtures/contradictions/story-day-fire-*.txt.
 *
 * A story with no event noun in the lexicon ("ran aground") is read by its lede's words
 * (contradictions/ledeDay.ts): two ledes that share words of what happened, or a sentence that
 * restates the event as such ("The accident happened on Monday at around 10:30"), one day apart,
 * at hours no two zones less than twelve hours apart join. Fixtures lede-day-ferry-*.txt.
 */
import assert from 'node:assert/strict';
import { findEventNouns } from '../../../src/analysis/facts/events';
import { analyseFixtures, anchoredLines } from './pipeline';

function storyDayContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => /in its opening lines/u.test(c.explanation)));
}

describe('events: "fire" as the event', () => {
  it('reads a fire in "caught fire", "a lorry fire" and an opening "Fire in", not in "opened fire" or "will fire"', () => {
    const classes = (text: string) => findEventNouns(text).map((e) => e.cls);
    assert.deepEqual(classes('A lorry caught fire inside the tunnel.'), ['fire']);
    assert.deepEqual(classes('Lorry fire closes the tunnel'), ['fire']);
    assert.deepEqual(classes('Fire in harbour warehouse'), ['fire']);
    assert.deepEqual(classes('Police opened fire on the car.'), []);
    assert.deepEqual(classes('The club will fire its coach.'), []);
  });
});

describe('contradictions: the day of the story told in two ledes', () => {
  it('flags a warehouse fire on Tuesday against one on Monday, and explains it', () => {
    assert.deepEqual(storyDayContradictions(['story-day-fire-a.txt', 'story-day-fire-b.txt']), [
      'date: story-day-fire-a.txt «A warehouse caught fire at the Tolsby freight harbour on Tuesday, sending smoke over the old town, the harbour authority said.» | story-day-fire-b.txt «A warehouse burned on Monday at the freight harbour of Tolsby, the harbour authority informed.»',
    ]);
    const [c] = analyseFixtures(['story-day-fire-a.txt', 'story-day-fire-b.txt']).contradictions.filter((x) => /in its opening lines/u.test(x.explanation));
    assert.match(c.explanation, /fire on 2026-06-09.*on 2026-06-08|fire on 2026-06-08.*on 2026-06-09/u);
  });
  it('does not flag a fire told late at night, a day from another telling', () => {
    assert.deepEqual(storyDayContradictions(['story-day-fire-a.txt', 'story-day-fire-c.txt']), []);
  });
  it('flags a storm early on Tuesday against one in the early hours of Monday (no zone moves that), not against late on Monday', () => {
    assert.equal(storyDayContradictions(['story-day-storm-a.txt', 'story-day-storm-b.txt']).length, 1);
    assert.deepEqual(storyDayContradictions(['story-day-storm-a.txt', 'story-day-storm-c.txt']), []);
  });
});

describe('contradictions: the day of the story told by lede words', () => {
  const LEDE = 'lede-day-ferry-a.txt';
  it('flags "ran aground ... on Tuesday" against "ran aground on Monday", leaving out the day the coastguard spoke ("said on Wednesday")', () => {
    assert.deepEqual(storyDayContradictions([LEDE, 'lede-day-ferry-b.txt']), [
      'date: lede-day-ferry-a.txt «The ferry Solvind ran aground off the island of Brevik on Tuesday, stranding 212 passengers for five hours, the Nordvik coastguard said on Wednesday.» | lede-day-ferry-b.txt «The ferry Solvind of Nordsjø Ferries ran aground on Monday near Brevik with 212 passengers aboard.»',
    ]);
  });
  it('flags "The accident happened on Monday at around 10:30" against Tuesday: no two zones twelve hours apart put 10:30 on Monday and a daytime Tuesday together', () => {
    const [c] = analyseFixtures([LEDE, 'lede-day-ferry-c.txt']).contradictions.filter((x) => /in its opening lines/u.test(x.explanation));
    assert.ok(c);
    assert.equal(c.items[1].text, 'The accident happened on Monday at around 10:30');
    assert.match(c.explanation, /no two time zones less than 12 hours apart/u);
  });
  it('does not flag "late on Monday night" against Tuesday, nor a council meeting on Monday that shares one word ("ferry") with the lede', () => {
    assert.deepEqual(storyDayContradictions([LEDE, 'lede-day-ferry-d.txt']), []);
    assert.deepEqual(storyDayContradictions([LEDE, 'lede-day-ferry-e.txt']), []);
  });
});
