/**
 * The Corpus: what an edit recomputes, and what it keeps.
 */
import { strict as assert } from 'node:assert';
import { buildReport, Corpus } from '../../../src/analysis';

const A = 'Harbour Fire\n\nFire chief Anna Berg said 40 crews fought the blaze at the Port Ellery docks on Monday.\n';
const B = 'Docks Blaze\n\nAnna Berg, the fire chief, said 40 crews fought the fire at the Port Ellery docks on Monday.\n';
const STRIKE_A =
  'Glassworks Strike\n\nDUNMORE, March 4, 2025 (Reuters) — Workers at the Kessel glassworks in Dunmore walked out on Tuesday after wage talks broke down. ' +
  'Union leader Petra Vallin said 14 workers were injured in a scuffle at the gates. Plant manager Ivo Marten said the company could not pay more this year. ' +
  'A mediator from the labour ministry is expected on Thursday.\n';
const STRIKE_B =
  'Furnaces Cold in Dunmore\n\nDUNMORE, March 4, 2025 — Union leader Petra Vallin said nine workers were injured in a scuffle at the gates of the Kessel glassworks on Tuesday. ' +
  'Ivo Marten, the plant manager, said the firm could not afford a bigger raise. The labour ministry will send a mediator on Thursday.\n';
const LIBRARY =
  'Library Fire\n\nHOLMVIK, March 5, 2025 — A fire damaged the old library in Holmvik on Wednesday, mayor Sara Lindqvist said. ' +
  'Firefighters saved about 3,000 books, and nobody was hurt.\n';
const C = 'Market Report\n\nThe Port Ellery fish market reopened on Tuesday after repairs costing 2 million euros.\n';

describe('Corpus', () => {
  it('re-analyses only the edited document and reuses the facts of the others', () => {
    const corpus = new Corpus();
    corpus.set('a', A);
    corpus.set('b', B);
    corpus.set('c', C);
    const first = corpus.analyze();
    const docB = first.documents.get('b')!;
    const factsB = docB.facts;
    corpus.set('c', C.replace('2 million', '3 million'));
    const second = corpus.analyze();
    assert.notEqual(second, first, 'a change invalidates the corpus-wide result');
    assert.equal(second.documents.get('b'), docB, 'the unchanged document keeps its cached analysis');
    assert.equal(second.documents.get('b')!.facts, factsB, 'and its facts');
    assert.notEqual(second.documents.get('c'), first.documents.get('c'), 'the edited one is analysed again');
  });

  it('returns the cached result until something changes, and setting the same text changes nothing', () => {
    const corpus = new Corpus();
    corpus.set('a', A);
    const first = corpus.analyze();
    corpus.set('a', A);
    assert.equal(corpus.analyze(), first);
  });

  it('links the two reports of the fire, and forgets a deleted or skipped document', () => {
    const corpus = new Corpus();
    corpus.set('a', A);
    corpus.set('b', B);
    const linked = corpus.analyze();
    const links = [...(linked.corroborations.get('a')?.values() ?? [])].flat();
    assert.ok(links.some((l) => l.uri === 'b'), 'a and b corroborate each other');
    corpus.delete('b');
    assert.equal(corpus.analyze().documents.has('b'), false);
    corpus.skip('a', { code: 'empty', message: 'File is empty.' });
    const skipped = corpus.analyze();
    assert.equal(skipped.documents.size, 0);
    assert.equal(skipped.skipped.get('a')?.code, 'empty');
  });

  it('stops with AnalysisCancelled when the signal fires, and keeps its cache for the next run', () => {
    const corpus = new Corpus();
    corpus.set('a', A);
    assert.throws(() => corpus.analyze({ isCancellationRequested: true }), /cancelled/);
    assert.equal(corpus.analyze().documents.size, 1);
  });

  it('gives after an edit exactly what a fresh analysis of the same texts gives (caches are sound)', () => {
    const edited = B.replace('40 crews', '45 crews').replace('Anna Berg', 'Chief Anna Berg');
    const incremental = new Corpus();
    for (const [uri, text] of [['a', A], ['b', B], ['c', C]]) incremental.set(uri, text);
    incremental.analyze();
    incremental.set('b', edited);
    const fresh = new Corpus();
    for (const [uri, text] of [['a', A], ['b', edited], ['c', C]]) fresh.set(uri, text);
    const x = incremental.analyze();
    const y = fresh.analyze();
    const plain = (m: Map<string, Map<string, unknown>>) => [...m].map(([k, v]) => [k, [...v]]);
    assert.deepEqual(plain(x.corroborations), plain(y.corroborations));
    assert.deepEqual(x.contradictions, y.contradictions);
    assert.deepEqual([...x.documents.values()].map((d) => d.facts), [...y.documents.values()].map((d) => d.facts));
  });

  it('keeps every corpus-wide result equal to a fresh analysis through copies, renames, deletions and additions', () => {
    const texts = new Map([['a', STRIKE_A], ['b', STRIKE_B], ['c', LIBRARY]]);
    const incremental = new Corpus();
    for (const [uri, text] of texts) incremental.set(uri, text);
    incremental.analyze();
    const edits: Array<[string, () => void, (r: ReturnType<Corpus['analyze']>) => void]> = [
      ['c becomes a wire copy of a', () => texts.set('c', `${STRIKE_A}Reporting by Reuters.\n`), (r) => assert.deepEqual(r.copyGroups.map((g) => g.members), [['a', 'c']])],
      ['b renames the union leader', () => texts.set('b', STRIKE_B.replace('Petra Vallin', 'Petra Vollan')), (r) => assert.ok(r.entities.has('petra-vollan'))],
      ['a is deleted', () => texts.delete('a'), (r) => assert.deepEqual(r.copyGroups, [])],
      ['the library story comes back as d', () => texts.set('d', LIBRARY), (r) => assert.ok(r.entities.has('sara-lindqvist'))],
    ];
    for (const [what, edit, check] of edits) {
      edit();
      for (const uri of incremental.uris()) if (!texts.has(uri)) incremental.delete(uri);
      for (const [uri, text] of texts) incremental.set(uri, text);
      const fresh = new Corpus();
      for (const [uri, text] of texts) fresh.set(uri, text);
      const x = incremental.analyze();
      const y = fresh.analyze();
      check(x);
      assert.deepEqual(x.copyGroups, y.copyGroups, `${what}: copy groups`);
      assert.deepEqual([...x.entities], [...y.entities], `${what}: entities`);
      assert.deepEqual(buildReport(x), buildReport(y), `${what}: report`);
    }
  });

  it('finds the 14/9 injured contradiction again after an unrelated edit', () => {
    const corpus = new Corpus();
    corpus.set('a', STRIKE_A);
    corpus.set('b', STRIKE_B);
    corpus.set('c', LIBRARY);
    const count = (r: ReturnType<Corpus['analyze']>) => r.contradictions.filter((k) => k.kind === 'count' && k.items.some((i) => i.text.includes('14 workers'))).length;
    const before = count(corpus.analyze());
    assert.ok(before > 0, 'the two strike reports disagree on the number of injured');
    corpus.set('c', LIBRARY.replace('3,000', '3,500'));
    assert.equal(count(corpus.analyze()), before);
  });
});
