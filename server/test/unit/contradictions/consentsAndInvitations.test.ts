/**
 * A blind round's misses and false alarms (test-fixtures/contradictions/wind-consent-*): "Secretary
 * of State for Energy" is the energy portfolio, as "secretary of state of Energy" is; a remark
 * respelled ("kilometre" / "kilometer") and given to another speaker; a remark credited to "the
 * minister" alone sets no speaker against a named one; a fund told of nothing named, in three
 * shared words, at 12 and at 20 million euros; "declined an invitation to attend" against
 * "counted with the presence of ... the mayor".
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: secretaries of state for a portfolio, respelled remarks, unnamed funds, declined invitations', () => {
  const { contradictions } = analyseFixtures(['wind-consent-wire.txt', 'wind-consent-local.txt']);
  const lines = (kind: string) => anchoredLines(contradictions.filter((c) => c.kind === kind));

  it('reads "Secretary of State for Energy" and "secretary of state of Energy" as one office', () => {
    assert.deepEqual(lines('title'), []);
  });
  it('gives a respelled remark one speaker, and sets no speaker against "the minister"', () => {
    const found = lines('attribution');
    assert.ok(found.some((l) => /square kilometre/u.test(l) && /square kilometer/u.test(l)), found.join('\n'));
    assert.ok(!found.some((l) => /biggest investment/u.test(l)), found.join('\n'));
  });
  it('sets a 12 million euro compensation fund against a fund of 20 million euros', () => {
    assert.ok(lines('count').some((l) => /12 million euro/u.test(l) && /20 million euros/u.test(l)), lines('count').join('\n'));
  });
  it('sets a mayor who declined an invitation to attend against one counted present', () => {
    assert.ok(lines('participants').some((l) => /declined an invitation/u.test(l) && /presence of/u.test(l)), lines('participants').join('\n'));
  });
});
