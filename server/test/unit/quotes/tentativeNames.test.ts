/**
 * "she said" resolves to the person the text surely names, not to a capitalised word at a
 * sentence start that the entity stage kept only as a maybe (the first word of a title).
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument, DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis';

describe('quotes: pronouns skip tentative names', () => {
  it('gives "she said" to the minister, not to the first word of her title', () => {
    const text =
      'Blast at Harbour Plant\n\n' +
      'Industry Minister Anna Kovac arrived at the site on Tuesday evening. "Nothing will be hidden from the families," she said.\n';
    const doc = analyzeDocument('mem://blast.txt', text, DEFAULT_ANALYSIS_OPTIONS);
    const quote = doc.quotes.find((q) => q.inner.startsWith('Nothing will be hidden'));
    assert.ok(quote, 'the quotation is found');
    assert.equal(quote.speaker, 'Anna Kovac');
  });
});
