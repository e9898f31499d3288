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
});
