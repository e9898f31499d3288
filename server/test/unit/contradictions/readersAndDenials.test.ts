/**
 * Readings that kept unseen stories from false alarms: a paper abroad gives its readers' time
 * ("9.30am UK time"), which is an instant, not the time where the story happens; a denying subject
 * ("nobody would face proceedings") denies what its verb does, as "no proceedings" does; "Nobody
 * from X took part" is X's absence; and "seven heavily injured" is a part of the injured, not their
 * number. Fictional stories in test-fixtures/contradictions/readers-*.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: readers abroad and denials', () => {
  it('reads "9.30am UK time" in a story set in the Czech Republic as an instant, not as the local time to set against "10:25 local time"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['readers-zone-a.txt', 'readers-zone-b.md']).contradictions), []);
  });

  it('sets no quote against its report when a denying subject says the same ("nobody would face proceedings" / "no proceedings against anyone")', () => {
    const found = analyseFixtures(['readers-denial-a.txt', 'readers-denial-b.txt']).contradictions;
    assert.deepEqual(anchoredLines(found.filter((c) => c.kind === 'quote')), []);
  });

  it('reads "could no longer afford to wait" as "could not wait any longer": a quantifier goes with its denial', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['readers-longer-a.txt', 'readers-longer-b.txt']).contradictions), []);
  });

  it('reads "Nobody from X took part" as X staying away, and "seven heavily injured" as a part of the 21 injured', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['readers-denial-a.txt', 'readers-denial-b.txt']).contradictions), []);
  });
});

describe('contradictions: one story told abroad and at home', () => {
  const found = () => anchoredLines(analyseFixtures(['speaker-a.txt', 'speaker-b.txt']).contradictions);
  it('sets a country\'s president against the same person called its prime minister, though one headline names the deadlock the vote ended', () => {
    assert.ok(found().some((l) => /^title: .*«President Aleksandar Dimic» \| .*«Prime Minister Aleksandar Dimic»/u.test(l)), found().join('\n'));
  });
  it('reads "elected on Wednesday evening" in Tuesday\'s paper as last Wednesday, against "on Tuesday", and the body\'s own name in brackets as the body', () => {
    assert.ok(found().some((l) => /^date: speaker-a\.txt .*Tuesday.* \| speaker-b\.txt .*Wednesday evening/u.test(l)), found().join('\n'));
  });
});
