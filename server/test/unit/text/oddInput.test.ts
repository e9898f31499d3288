/**
 * Odd input never breaks the per-document analysis: every span it returns indexes the text it
 * was given, whatever the text holds.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument, DEFAULT_ANALYSIS_OPTIONS, type DocumentAnalysis } from '../../../src/analysis';
import { maskLongRuns, MAX_TOKEN_LENGTH } from '../../../src/analysis/text/nlp';

function assertSpansValid(doc: DocumentAnalysis): void {
  for (const s of [...doc.sentences, ...doc.mentions, ...doc.claims, ...doc.quotes]) {
    assert.ok(s.start >= 0 && s.end <= doc.text.length && s.start <= s.end, `span ${s.start}-${s.end}`);
    assert.equal(doc.text.slice(s.start, s.end), s.text);
  }
}

const analyse = (text: string) => analyzeDocument('mem://odd.txt', text, DEFAULT_ANALYSIS_OPTIONS);

describe('odd input', () => {
  it('keeps offsets exact with CRLF line endings, emoji and right-to-left text', () => {
    const text = 'Harbour Fire 🚒 Contained\r\n\r\nFirefighters said on Monday that 40 crews fought the blaze 🔥 near the docks of Port Ellery.\r\nשלום עולם مرحبا بالعالم\r\n"It was hard," chief Anna Berg said.\r\n';
    const doc = analyse(text);
    assertSpansValid(doc);
    assert.ok(doc.claims.some((c) => c.text.includes('40 crews')), 'the claim after emoji and CRLF is found');
  });

  it('survives a single 200,000-character token and a 300,000-character line', () => {
    const token = analyse('Headline\n\n' + 'x'.repeat(200_000) + '\n\nThe mayor said 12 buses were added on Friday.\n');
    assertSpansValid(token);
    assert.ok(token.claims.some((c) => c.text.includes('12 buses')));
    const line = analyse('The council met. '.repeat(18_000));
    assertSpansValid(line);
  });

  it('masks only runs longer than the token cap, keeping the length', () => {
    const long = 'y'.repeat(MAX_TOKEN_LENGTH + 1);
    const masked = maskLongRuns(`a ${long} b ${'z'.repeat(MAX_TOKEN_LENGTH)}`);
    assert.equal(masked, `a ${' '.repeat(long.length)} b ${'z'.repeat(MAX_TOKEN_LENGTH)}`);
  });

  it('returns no mentions or claims for whitespace, punctuation and control characters', () => {
    for (const text of ['   \n\n  ', '...!!!???', '\u0007\u0008\u000b', '\u200f\u200e\u202e']) {
      const doc = analyse(text);
      assertSpansValid(doc);
      assert.equal(doc.claims.length, 0);
    }
  });
});
