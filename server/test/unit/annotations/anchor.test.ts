/**
 * Re-anchoring, case by case: position, exact quote (repeated quotes told apart by context), fuzzy
 * quote, orphans, the work bound, and odd input (empty text, CRLF, emoji, right-to-left text).
 */
import assert from 'node:assert/strict';
import { anchor, buildSelectors, createAnnotation, reanchor } from '../../../src/analysis/annotations';

const STORY = [
  'Firefighters from three stations spent more than six hours tackling the flames.',
  'The depot owner said the cause of the fire was not yet known.',
  'Residents were advised to keep windows closed until the blaze was under control.',
].join('\n\n');

function sel(text: string, passage: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  assert.notEqual(at, -1, `fixture lacks ${passage}`);
  return buildSelectors(text, at, at + passage.length);
}

describe('annotations: anchor', () => {
  it('keeps an unchanged passage in place', () => {
    const { quote, position } = sel(STORY, 'more than six hours');
    assert.deepEqual(anchor(STORY, quote, position), { status: 'anchored', start: position.start, end: position.end, method: 'position', score: 1 });
  });

  it('finds the exact quote after text is inserted above it', () => {
    const { quote, position } = sel(STORY, 'the cause of the fire was not yet known');
    const edited = 'BRENNOCK, Tuesday.\n\n' + STORY;
    const r = anchor(edited, quote, position);
    assert.equal(r.status, 'anchored');
    if (r.status !== 'anchored') return;
    assert.equal(r.method, 'quote');
    assert.equal(r.start, position.start + 'BRENNOCK, Tuesday.\n\n'.length);
    assert.equal(edited.slice(r.start, r.end), 'the cause of the fire was not yet known');
  });

  it('tells repeated quotes apart by their prefix and suffix', () => {
    const text = 'The mayor said the vote was fair. Later the mayor said the vote was fair, and left.';
    const { quote, position } = sel(text, 'the vote was fair', 1);
    const edited = 'Update: ' + text.replace('Later', 'Much later');
    const r = anchor(edited, quote, position);
    assert.equal(r.status, 'anchored');
    if (r.status === 'anchored') assert.equal(r.start, edited.lastIndexOf('the vote was fair'));
  });

  it('follows a slightly reworded passage, with its full bounds', () => {
    const { quote, position } = sel(STORY, 'Firefighters from three stations spent more than six hours tackling the flames.');
    const edited = 'A new first line.\n\n' + STORY.replace('three stations spent', 'three fire stations spent');
    const r = anchor(edited, quote, position);
    assert.equal(r.status, 'anchored');
    if (r.status !== 'anchored') return;
    assert.equal(r.method, 'fuzzy');
    assert.equal(edited.slice(r.start, r.end), 'Firefighters from three fire stations spent more than six hours tackling the flames.');
  });

  it('reports a deleted passage as an orphan', () => {
    const { quote, position } = sel(STORY, 'The depot owner said the cause of the fire was not yet known.');
    const edited = STORY.replace('The depot owner said the cause of the fire was not yet known.\n\n', '');
    assert.equal(anchor(edited, quote, position).status, 'orphan');
  });

  it('does not fuzzily match a short quote without context', () => {
    const { quote } = sel(STORY, 'six hours');
    const r = anchor('It took six days and two hours.', { ...quote, prefix: '', suffix: '' });
    assert.equal(r.status, 'orphan');
  });

  it('searches only near the expected place when the text is too long for the work bound', () => {
    const sentence = 'The regional labour mediator has invited both sides to a meeting on Friday afternoon.';
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(4000); // ~228,000 characters
    const text = sentence + ' ' + filler;
    const { quote, position } = buildSelectors(text, 0, sentence.length);
    const reworded = text.replace('both sides', 'both of the sides');
    // With a generous bound the whole text is searched; with a tiny one only near the hint.
    assert.equal(anchor(reworded, quote, position, { maxFuzzyWork: 1e9 }).status, 'anchored');
    assert.equal(anchor(reworded, quote, position, { hint: 0, maxFuzzyWork: 10_000 }).status, 'anchored');
    assert.equal(anchor(reworded, quote, position, { hint: text.length - 1, maxFuzzyWork: 10_000 }).status, 'orphan');
  });

  it('never throws on odd input', () => {
    const { quote, position } = sel(STORY, 'tackling the flames');
    assert.equal(anchor('', quote, position).status, 'orphan');
    assert.equal(anchor(STORY, { ...quote, exact: '' }, position).status, 'orphan');
    assert.equal(anchor(STORY, quote, { type: 'TextPositionSelector', start: 1e9, end: 2e9 }).status, 'anchored');
    const rtl = 'قال المتحدث إن 12 شخصاً أصيبوا 🚒 في الحريق.\r\nThe blaze was under control.';
    const s = sel(rtl, '12 شخصاً أصيبوا 🚒');
    const r = anchor('سطر جديد\r\n' + rtl, s.quote, s.position);
    assert.equal(r.status, 'anchored');
    if (r.status === 'anchored') assert.equal(('سطر جديد\r\n' + rtl).slice(r.start, r.end), '12 شخصاً أصيبوا 🚒');
  });

  it('reanchor refreshes the selectors from the current text and keeps orphans as they were', () => {
    const a = createAnnotation({ source: 'fire.txt', text: STORY, start: 0, end: 12, verdict: 'verified', author: 'Ana', now: '2026-01-02T03:04:05.000Z', id: 'urn:uuid:1' });
    const moved = reanchor(a, 'Intro.\n\n' + STORY);
    assert.equal(moved.result.status, 'anchored');
    assert.equal(moved.updated.target.position.start, 8);
    assert.equal(moved.updated.target.quote.prefix, 'Intro.\n\n');
    assert.equal(moved.updated.modified, a.modified);
    const gone = reanchor(a, 'Nothing left of it.');
    assert.equal(gone.result.status, 'orphan');
    assert.equal(gone.updated, a);
  });
});
