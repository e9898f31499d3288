/**
 * Readers met in a tennis final, a school gas leak and a spy case, tried on fictional stories
 * (test-fixtures/contradictions/chess-final-*, school-fumes-*): a crowd "watched by" a number, a
 * count left alone by an aside about someone else ("who had never before reached a final"), two
 * counts sharing one predicate ("41 pupils and three teachers were treated in hospital"), an age
 * after a name's initial ("Samuel O. (49)"), a weekday with a German date ("Wednesday, 15.05."),
 * a state secretary against a spokeswoman, a pull quote credited on the line after it, and a
 * speaker named with the body she works for ("X from the Ministry of Education said:").
 */
import assert from 'node:assert/strict';
import { analyseFixtures, describe1 } from './pipeline';

function lines(names: string[], kind?: string): string[] {
  return analyseFixtures(names).contradictions.filter((c) => !kind || c.kind === kind).map(describe1).sort();
}

describe('contradictions: crowds, asides and pull quotes (chess final)', () => {
  const chess = ['chess-final-a.txt', 'chess-final-b.md', 'chess-final-c.txt'];
  it('sets a crowd "watched by more than 2 thousand" against "a crowd of 1,240", past an aside about the winner', () => {
    assert.deepEqual(lines(chess, 'count'), [
      'count: chess-final-a.txt «crowd of 1,240» | chess-final-b.md «watched by more than 2 thousand»',
      'count: chess-final-b.md «watched by more than 2 thousand» | chess-final-c.txt «Nearly 1,300 spectators filled»',
    ]);
  });
  it('reads a pull quote credited on the line after it, and finds its denial ("never really had a chance")', () => {
    const quotes = lines(chess, 'quote');
    assert.ok(quotes.some((l) => l.includes('chess-final-a.txt') && l.includes('I never really had a chance')), quotes.join('\n'));
  });
  it('reads "the minister for sport Mr. X" as a title, against the club president', () => {
    assert.deepEqual(lines(chess, 'title'), [
      'title: chess-final-a.txt «Varna Chess Club president Mihail Zhekov» | chess-final-b.md «Bulgarian minister for sport Mr. Mihail Zhekov»',
    ]);
  });
  it('leaves a time "by our time" (the reader\'s clock) alone', () => {
    assert.deepEqual(lines(chess, 'time'), []);
  });
});

describe('contradictions: counts, ages, days and titles (school gas leak)', () => {
  const school = ['school-fumes-a.txt', 'school-fumes-b.txt', 'school-fumes-c.txt'];
  it('counts "41 pupils and three teachers were treated in hospital" against "46 students and 3 teachers were rushed to different hospitals"', () => {
    assert.deepEqual(lines(school, 'count').filter((l) => /pupils|students/u.test(l)), [
      'count: school-fumes-a.txt «Forty-one pupils and three teachers were treated in hospital» | school-fumes-b.txt «46 students and 3 teachers were rushed to different hospitals»',
    ]);
  });
  it('reads an age after a name\'s initial ("Samuel O. (49)", "Samuel O., 52")', () => {
    assert.deepEqual(lines(school, 'count').filter((l) => /\(49\)/u.test(l)), [
      'count: school-fumes-a.txt «Samuel Otieno, 52» | school-fumes-b.txt «Samuel O. (49)»',
      'count: school-fumes-b.txt «Samuel O. (49)» | school-fumes-c.txt «Samuel O., 52»',
    ]);
  });
  it('reads "Wednesday, 15.05." as the 15th of May, a Thursday', () => {
    const days = lines(school, 'date');
    assert.ok(days.some((l) => l.includes('Wednesday, 15.05.')), days.join('\n'));
  });
  it('sets a state secretary against a ministry spokeswoman, and gives the quote to her, not the ministry', () => {
    assert.deepEqual(lines(school, 'title'), [
      'title: school-fumes-a.txt «Education spokeswoman Grace Wanjala» | school-fumes-b.txt «State Secretary Grace Wanjala»',
    ]);
    assert.deepEqual(lines(school, 'attribution'), []);
  });
});
