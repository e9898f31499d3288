/**
 * Syndicated and near-duplicate documents: MinHash buckets, exact shingle overlap, wire credits.
 */
import assert from 'node:assert/strict';
import { areCopies, CopyGroupFinder, findCopyGroups } from '../../../src/analysis/corroboration/copyGroups';
import { shingleText } from '../../../src/analysis/corroboration/shingles';
import { wireCredits } from '../../../src/analysis/corroboration/wireCredit';
import { simpleAnalysis, simpleFixtures } from './simpleDocs';

const STORY =
  'Workers at the Ostrava glass plant walked out on Tuesday after talks on wages broke down. ' +
  'The union said 640 of its members joined the strike, which closed both furnaces. ' +
  'Management offered a raise of three percent, the union wanted seven. ' +
  'Plant manager Ivo Sestak said the company could not afford more this year. ' +
  'A mediator from the labour ministry is expected on Thursday.';

describe('findCopyGroups', () => {
  it('groups a republished copy with its original, which is the earlier or first by name', () => {
    const groups = findCopyGroups(simpleFixtures(['museum-theft/a-city-desk.txt', 'museum-theft/b-evening-post.txt', 'museum-theft/c-wire-copy.txt', 'museum-theft/d-earlier-theft.txt']));
    assert.deepEqual(groups, [
      { original: 'museum-theft/a-city-desk.txt', members: ['museum-theft/a-city-desk.txt', 'museum-theft/c-wire-copy.txt'], credit: 'AFP' },
    ]);
  });

  it('takes the earliest dated document as the original whatever its name', () => {
    const late = simpleAnalysis('a.txt', `OSTRAVA, May 3, 2024 — ${STORY} Readers can follow updates on our site.`);
    const early = simpleAnalysis('z.txt', `OSTRAVA, May 2, 2024 — ${STORY}`);
    assert.deepEqual(findCopyGroups([late, early]).map((g) => g.original), ['z.txt']);
  });

  it('needs less shared text when both credit the same agency', () => {
    // The wire story's first two sentences, then the newspaper's own reporting.
    const half = STORY.split('. ').slice(0, 2).join('. ');
    const rewrite = `${half}. Police kept the gates open for lorries all morning. Shops near the plant closed early on Tuesday. The mayor called for calm and asked both sides to return to the table.`;
    const plain = [simpleAnalysis('one.txt', STORY), simpleAnalysis('two.txt', rewrite)];
    assert.deepEqual(findCopyGroups(plain), []);
    const credited = [simpleAnalysis('one.txt', `${STORY} (Reuters)`), simpleAnalysis('two.txt', `${rewrite}\nReporting by Reuters`)];
    assert.deepEqual(findCopyGroups(credited), [{ original: 'one.txt', members: ['one.txt', 'two.txt'], credit: 'Reuters' }]);
  });

  it('leaves independent reports of one event apart, and copes with tiny or empty texts', () => {
    const other = 'Glassworkers in Ostrava stopped work on Tuesday. About 640 people are on strike over pay, their union says, and the furnaces are cold.';
    assert.deepEqual(findCopyGroups([simpleAnalysis('a.txt', STORY), simpleAnalysis('b.txt', other), simpleAnalysis('c.txt', ''), simpleAnalysis('d.txt', 'Short.')]), []);
  });

  it('compares shingle sets by the share of the smaller one', () => {
    const a = shingleText(STORY);
    assert.ok(areCopies(a, shingleText(STORY.split('. ').slice(0, 4).join('. ')), [], []));
    assert.ok(!areCopies(a, shingleText('Something else entirely was said at the meeting on Friday evening.'), [], []));
  });
});

describe('CopyGroupFinder', () => {
  it('gives after each change the groups findCopyGroups gives for the same documents', () => {
    const rewrite = 'Glassworkers in Ostrava stopped work on Tuesday. About 640 people are on strike over pay, their union says, and the furnaces are cold.';
    const original = simpleAnalysis('a.txt', STORY);
    const copy = simpleAnalysis('b.txt', `${STORY} Readers can follow updates on our site.`);
    const other = simpleAnalysis('c.txt', rewrite);
    const secondCopy = simpleAnalysis('d.txt', `OSTRAVA (Reuters) - ${STORY}`);
    const finder = new CopyGroupFinder();
    const steps: Array<[string, ReturnType<typeof simpleAnalysis>[], string[][]]> = [
      ['first run', [original, other], []],
      ['a copy is added', [original, other, copy], [['a.txt', 'b.txt']]],
      ['a second copy is added', [original, other, copy, secondCopy], [['a.txt', 'b.txt', 'd.txt']]],
      ['the original is removed: the copies still match each other', [other, copy, secondCopy], [['b.txt', 'd.txt']]],
      ['a copy is rewritten', [other, simpleAnalysis('b.txt', rewrite), secondCopy], [['b.txt', 'c.txt']]],
      ['the original comes back', [original, other, secondCopy], [['a.txt', 'd.txt']]],
    ];
    for (const [what, docs, members] of steps) {
      const found = finder.find(docs);
      assert.deepEqual(found, findCopyGroups(docs), what);
      assert.deepEqual(found.map((g) => g.members), members, what);
    }
  });
});

describe('wireCredits', () => {
  it('names the agencies credited in a text', () => {
    assert.deepEqual(wireCredits('LONDON (Reuters) - Prices rose.'), ['Reuters']);
    assert.deepEqual(wireCredits('PARIS (AP) — A fire broke out. Photo: Agence France-Presse'), ['Associated Press', 'AFP']);
    assert.deepEqual(wireCredits('The Associated Press contributed to this report.'), ['Associated Press']);
    assert.deepEqual(wireCredits('APPLE and the apparel trade reported results.'), []);
  });
});
