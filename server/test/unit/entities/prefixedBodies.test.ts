/**
 * Bodies named with and without a prefix, and a Korean given name in two romanizations
 * (test-fixtures/entities/prefixed-bodies-*): "UN Security Council" is the "United Nations Security
 * Council", "Indo-Pacific Command" the "U.S. Indo-Pacific Command", the bare "Security Council"
 * is the UN's and not the "National Security Council" of the same article, "Joint Chiefs of Staff"
 * is one body whose acronym follows it, and "Lee Ji-ung" is "Lee Ji-woong".
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: bodies with and without their prefixes', () => {
  const [a, b] = ['prefixed-bodies-a.txt', 'prefixed-bodies-b.txt'];
  const ws = workspace([a, b]);

  it('spells out an acronym opening a body\'s name', () => {
    assert.equal(ws.mention(b, 'UN Security Council').id, ws.mention(a, 'United Nations Security Council').id);
  });
  it('drops a country\'s letters opening a body\'s name', () => {
    assert.equal(ws.mention(b, 'Indo-Pacific Command').id, ws.mention(a, 'U.S. Indo-Pacific Command').id);
  });
  it('gives the bare "Security Council" to the UN\'s, not to the national one', () => {
    const un = ws.mention(a, 'United Nations Security Council').id;
    assert.equal(ws.mention(a, 'Security Council').id, un);
    assert.notEqual(ws.mention(a, 'National Security Council').id, un);
  });
  it('reads "Joint Chiefs of Staff (JCS)" as one body with its acronym', () => {
    const jcs = ws.mention(a, 'Joint Chiefs of Staff');
    assert.equal(jcs.type, 'ORG');
    assert.equal(ws.mention(a, 'JCS', 1).id, jcs.id);
    assert.equal(ws.mention(b, 'Joint Chiefs of Staff').id, jcs.id);
  });
  it('joins a Korean given name in two romanizations', () => {
    assert.equal(ws.mention(b, 'Lee Ji-ung').id, ws.mention(a, 'Lee Ji-woong').id);
  });
});
