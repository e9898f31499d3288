/**
 * Session 25's second blind round: an article that gives two tolls side by side (the army's and the
 * government's) sets neither against another article's that is one of them; "No Ghanaian must be
 * obliged to choose" denies the choosing as "should have to choose" does; "the loss of trust of our
 * clients" is "the loss of confidence among our clients" translated; "Rs 5 lakh help to each family
 * of deceased" and "for the family of each person killed" are payments per person; "four people
 * were slightly hurt", the sentence's only severity, counts all the injured. Fictional stories in
 * test-fixtures/contradictions/tolls-told-*, obliged-quote-*, trust-quote-*, help-each-family-*
 * and lightly-injured-*.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';
import { workspace } from '../entities/helpers';

const found = (files: string[], kind?: string) => analyseFixtures(files).contradictions.filter((c) => !kind || c.kind === kind);

describe('contradictions: tolls told side by side, translated quotes, payments per family', () => {
  it('sets neither of an article\'s two tolls against another article\'s that is one of them', () => {
    assert.deepEqual(anchoredLines(found(['tolls-told-a.txt', 'tolls-told-b.txt'], 'count')), []);
  });
  it('still sets a toll that is neither of them against the article', () => {
    assert.deepEqual(anchoredLines(found(['tolls-told-a.txt', 'tolls-told-c.txt'], 'count')), ['count: tolls-told-a.txt «eight people were killed» | tolls-told-c.txt «15 dead»']);
  });
  it('reads "No Ghanaian must be obliged to choose" as denying the choosing', () => {
    assert.deepEqual(anchoredLines(found(['obliged-quote-a.txt', 'obliged-quote-b.txt'])), []);
  });
  it('reads "loss of trust of our clients" as "loss of confidence among our clients"', () => {
    assert.deepEqual(anchoredLines(found(['trust-quote-a.txt', 'trust-quote-b.txt'])), []);
  });
  it('sets "Rs 5 lakh help to each family of deceased" against Rs 4 lakh "for the family of each person killed"', () => {
    assert.deepEqual(anchoredLines(found(['help-each-family-a.txt', 'help-each-family-b.txt'], 'count')), ['count: help-each-family-a.txt «Rs 4 lakh» | help-each-family-b.txt «Rs 5 lakh»']);
  });
  it('counts "four people were slightly hurt" as all the injured, against seven', () => {
    assert.deepEqual(anchoredLines(found(['lightly-injured-a.txt', 'lightly-injured-b.txt'], 'count')), [
      'count: lightly-injured-a.txt «Four people were slightly hurt» | lightly-injured-b.txt «Seven persons were injured»',
    ]);
  });
  it('types a surname after a given name\'s initial as a person, even after "the bank"', () => {
    const ws = workspace([['t1.txt', 'At 16h00 chairman of the board of directors of the bank T. Bekmuratov announced about his resignation.']]);
    assert.equal(ws.mention('t1.txt', 'T. Bekmuratov').type, 'PERSON');
  });
});
