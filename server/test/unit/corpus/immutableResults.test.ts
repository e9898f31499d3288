/**
 * A completed CorpusAnalysis stays as it was while, and after, later analyses run: the language
 * server answers hovers from the last complete result while the next one is computed, so a later
 * run must not rewrite the entity ids, types, mention lists or facts that an earlier result holds.
 */
import { strict as assert } from 'node:assert';
import { Corpus, type CorpusAnalysis } from '../../../src/analysis';

const A =
  'Harbour Fire\n\nFire chief Anna Berg said 40 crews fought the blaze at the Port Ellery docks on Monday. ' +
  'Berg said the cause was not yet known.\n';
const B = 'Market Report\n\nThe Port Ellery fish market reopened on Tuesday after repairs costing 2 million euros.\n';
/** B, now naming the fire chief in full: the entity's canonical name, and so its id, change everywhere. */
const B_RENAMES =
  'Docks Blaze\n\nAnna Maria Berg, the fire chief, said 40 crews fought the fire at the Port Ellery docks on Monday.\n';

/** Everything a reader of a result sees, as plain data (a deep copy). */
function plain(analysis: CorpusAnalysis): unknown {
  return structuredClone(analysis);
}

/** The entity ids of the PERSON mentions of `uri`, in order. */
function personIds(analysis: CorpusAnalysis, uri: string): Array<string | undefined> {
  return analysis.documents.get(uri)!.mentions.filter((m) => m.type === 'PERSON').map((m) => m.id);
}

describe('Corpus: completed results are never modified', () => {
  it('keeps the entity ids, mentions and facts of an earlier result after a later analysis renames the entity', () => {
    const corpus = new Corpus();
    corpus.set('a', A);
    corpus.set('b', B);
    const first = corpus.analyze();
    const before = plain(first);
    assert.deepEqual(personIds(first, 'a'), ['anna-berg', 'anna-berg']);

    corpus.set('b', B_RENAMES);
    const second = corpus.analyze();
    // The later run did give the unchanged document other ids...
    assert.deepEqual(personIds(second, 'a'), ['anna-maria-berg', 'anna-maria-berg']);
    // ...in its own result only.
    assert.deepEqual(personIds(first, 'a'), ['anna-berg', 'anna-berg']);
    assert.deepEqual(plain(first), before);
  });

  it('keeps an earlier result through asynchronous runs, edits back and forth, and a deletion', async () => {
    const corpus = new Corpus();
    corpus.set('a', A);
    corpus.set('b', B);
    const results: Array<[CorpusAnalysis, unknown]> = [];
    const record = (r: CorpusAnalysis) => results.push([r, plain(r)]);
    record(await corpus.analyzeAsync());
    corpus.set('b', B_RENAMES);
    record(await corpus.analyzeAsync());
    corpus.set('b', B);
    record(await corpus.analyzeAsync());
    corpus.delete('b');
    record(await corpus.analyzeAsync());
    for (const [i, [result, copy]] of results.entries()) assert.deepEqual(plain(result), copy, `result ${i}`);
    assert.equal(corpus.latest, results[results.length - 1][0], 'the last completed result is the one kept as latest');
  });

  it('keeps the last completed result as `latest` after a change, while `current` is dropped', () => {
    const corpus = new Corpus();
    corpus.set('a', A);
    const first = corpus.analyze();
    corpus.set('a', A.replace('40 crews', '45 crews'));
    assert.equal(corpus.current, undefined);
    assert.equal(corpus.latest, first);
    assert.equal(corpus.latest!.documents.get('a')!.text, A, 'with the text that was analysed');
  });
});
