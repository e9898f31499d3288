/**
 * The annotation store on disk: file layout, atomic writes, merging with changes made meanwhile by
 * another window (or a git pull), and corrupt files set aside with a clear message.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createAnnotation, type Annotation } from '../../../src/analysis/annotations';
import { AnnotationStore, type StoreProblem } from '../../../src/store';
import { repoRoot } from './generatedEdits';

const TEXT = 'Workers at the Kestrel Motors plant in Hollbrook walked out on Wednesday morning over a pay dispute. The union says about 2,400 employees joined the strike on the first day.';

function note(id: string, verdict: Annotation['verdict'], at: string, start = 0, end = 20): Annotation {
  return createAnnotation({ id: `urn:uuid:${id}`, source: 'news/strike.txt', text: TEXT, start, end, verdict, author: 'Ben', now: at });
}

describe('annotations: store', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes one readable file per article under .crosscheck/annotations, and nothing else', () => {
    const store = new AnnotationStore(root);
    const a = note('a', 'false', '2026-01-01T00:00:00.000Z');
    assert.deepEqual(store.save('news/strike.txt', [], [a]), [a]);
    const file = join(root, '.crosscheck/annotations/news/strike.txt.json');
    assert.equal(store.fileFor('news/strike.txt'), file);
    assert.deepEqual(readdirSync(dirname(file)), ['strike.txt.json']);
    assert.match(readFileSync(file, 'utf8'), /"motivation": "assessing"/);
    assert.deepEqual(new AnnotationStore(root).read('news/strike.txt'), [a]);
    assert.deepEqual(store.articles(), ['news/strike.txt']);
    assert.deepEqual(store.read('news/other.txt'), []);
  });

  it('keeps annotations another window added or changed since it last read the file', () => {
    const windowA = new AnnotationStore(root);
    const windowB = new AnnotationStore(root);
    const a = note('a', 'false', '2026-01-01T00:00:00.000Z');
    const b = note('b', 'verified', '2026-01-01T00:00:01.000Z');
    const baseA = windowA.save('news/strike.txt', [], [a, b]);
    // Window B reads, adds c and changes b's note; window A, unaware, adds d and deletes a.
    const baseB = windowB.read('news/strike.txt');
    const c = note('c', 'unproven', '2026-01-02T00:00:00.000Z');
    const b2 = { ...b, note: 'Checked with the union.', modified: '2026-01-02T00:00:00.000Z' };
    windowB.save('news/strike.txt', baseB, [a, b2, c]);
    const d = note('d', 'misleading', '2026-01-03T00:00:00.000Z');
    const merged = windowA.save('news/strike.txt', baseA, [b, d]);
    assert.deepEqual(merged.map((x) => x.id), ['urn:uuid:b', 'urn:uuid:c', 'urn:uuid:d']);
    assert.equal(merged[0].note, 'Checked with the union.');
    assert.deepEqual(windowB.read('news/strike.txt'), merged);
  });

  it('keeps an annotation deleted in one window but edited in the other', () => {
    const store = new AnnotationStore(root);
    const a = note('a', 'false', '2026-01-01T00:00:00.000Z');
    const base = store.save('news/strike.txt', [], [a]);
    store.save('news/strike.txt', base, [{ ...a, verdict: 'verified', modified: '2026-01-05T00:00:00.000Z' }]);
    const merged = store.save('news/strike.txt', base, []);
    assert.deepEqual(merged.map((x) => x.verdict), ['verified']);
  });

  for (const fixture of ['corrupt-store.json', 'wrong-verdict-store.json']) {
    it(`sets aside a broken file (${fixture}) with a clear message; other files keep working`, () => {
      const problems: StoreProblem[] = [];
      const store = new AnnotationStore(root, { onProblem: (p) => problems.push(p) });
      const good = note('good', 'verified', '2026-01-01T00:00:00.000Z');
      store.save('good.txt', [], [good]);
      const broken = store.fileFor('court-case.txt');
      mkdirSync(dirname(broken), { recursive: true });
      copyFileSync(join(repoRoot(), 'test-fixtures/annotations', fixture), broken);
      const original = readFileSync(broken, 'utf8');

      assert.deepEqual(store.read('court-case.txt'), []);
      assert.equal(problems.length, 1);
      const p = problems[0];
      assert.equal(p.file, broken);
      assert.ok(p.backup && existsSync(p.backup), 'backup exists');
      assert.match(p.backup!, /court-case\.txt\.json\.corrupt-\d{8}T\d{6}Z\.bak$/);
      assert.equal(readFileSync(p.backup!, 'utf8'), original);
      assert.ok(!existsSync(broken));
      assert.match(p.message, fixture === 'corrupt-store.json' ? /is not valid JSON/ : /is not a Crosscheck annotation file: items\[0\]\.body\[0\]\.value "probably-true" is not a verdict/);
      assert.match(p.message, /moved to .*\.bak so that nothing is lost/);
      assert.deepEqual(store.read('good.txt'), [good]);
      assert.deepEqual(store.articles(), ['good.txt']);
      // The article can be annotated again.
      const fresh = note('fresh', 'false', '2026-01-02T00:00:00.000Z');
      assert.deepEqual(store.save('court-case.txt', [], [fresh]), [fresh]);
    });
  }

  it('does not write over a broken file it was told not to move', () => {
    const store = new AnnotationStore(root, { setAsideCorrupt: false });
    const file = store.fileFor('x.txt');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{ broken');
    assert.throws(() => store.save('x.txt', [], [note('a', 'false', '2026-01-01T00:00:00.000Z')]), /Not saving over it/);
    assert.equal(readFileSync(file, 'utf8'), '{ broken');
  });

  it('removes temporary files left by a killed writer on the next write', () => {
    const store = new AnnotationStore(root);
    const file = store.fileFor('x.txt');
    mkdirSync(dirname(file), { recursive: true });
    // No process has pid 2^22 + 1 on a default Linux or macOS system.
    const stale = join(dirname(file), `.x.txt.json.tmp-${2 ** 22 + 1}-abc`);
    writeFileSync(stale, '{"half": ');
    store.save('x.txt', [], [note('a', 'false', '2026-01-01T00:00:00.000Z')]);
    assert.deepEqual(readdirSync(dirname(file)), ['x.txt.json']);
  });
});
