/**
 * Taking part by video link against being there in person (test-fixtures/contradictions/video-link-*):
 * "addressed the congress by video link from Prague" against "had flown to Lausanne to address the
 * delegates in person"; a minister "in the hall" in one article and "by video link" in the other
 * is not set against anything, since "led the delegation in the hall" is no cue the rule reads.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: by video link or in person', () => {
  it('sets a speech by video link against the same speech given in person, and nothing else', () => {
    const found = analyseFixtures(['video-link-a.txt', 'video-link-b.md']).contradictions;
    assert.deepEqual(anchoredLines(found), [
      'participants: video-link-a.txt «Jana Horakova addressed the congress by video link from Prague» | video-link-b.md «Jana Horakova had flown to Lausanne to address the delegates in person»',
    ]);
    assert.match(found[0].explanation, /by video link was not there in person/u);
  });
  it('reads who took part by video link past a relative clause ("Jana Horakova, who did not travel to Lausanne, addressed ...")', () => {
    const found = analyseFixtures(['video-link-relative.txt', 'video-link-b.md']).contradictions.filter((c) => c.kind === 'participants');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(anchoredLines(found)[0], /video-link-relative\.txt «Jana Horakova, who did not travel to Lausanne, addressed the congress by video link from Prague»/u);
  });
});
