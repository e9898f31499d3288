/**
 * Corpus.analyzeAsync: the same analysis as Corpus.analyze, run in slices with turns of the event
 * loop in between. It must give the same report, let other callbacks run while it works, give up
 * when the documents change under it, and leave caches from which a later run gets exactly what a
 * fresh analysis gets, wherever it was stopped.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisCancelled, buildReport, Corpus, type CancellationSignal } from '../../../src/analysis';
import { runSteps, runStepsAsync, type Steps } from '../../../src/analysis/steps';
import { repoRoot } from '../../repoRoot';

/** The articles of two of our eval stories, as [uri, text]. */
function fixtureArticles(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const story of ['museum-theft', 'air-crash']) {
    const dir = join(repoRoot(), 'test-fixtures', 'eval', story);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) out.push([`${story}/${name}`, readFileSync(join(dir, name), 'utf8')]);
  }
  return out;
}

function corpusOf(articles: ReadonlyArray<[string, string]>): Corpus {
  const corpus = new Corpus();
  for (const [uri, text] of articles) corpus.set(uri, text);
  return corpus;
}

/** The report as the CLI would print it, for byte-for-byte comparison. */
const reportText = (corpus: Corpus, analysis = corpus.analyze()): string => JSON.stringify(buildReport(analysis));

/** A signal that fires on its `n`-th reading: stops a run at a different point for each `n`. */
function firesOnReading(n: number): CancellationSignal {
  let reads = 0;
  return {
    get isCancellationRequested() {
      return ++reads >= n;
    },
  };
}

const ARTICLES = fixtureArticles();
/** An edit that changes facts (a count) and entities (a new name) of one article. */
const EDITED_URI = ARTICLES[1][0];
const EDITED_TEXT = `${ARTICLES[1][1]}\nDetective Ilse Marwick said 31 people had been questioned so far.\n`;

describe('Corpus.analyzeAsync', function () {
  this.timeout(60_000);

  it('gives the report of Corpus.analyze, pausing at every yield', async () => {
    const expected = reportText(corpusOf(ARTICLES));
    const corpus = corpusOf(ARTICLES);
    assert.equal(reportText(corpus, await corpus.analyzeAsync(undefined, 0)), expected);
    // After an edit, from the caches.
    corpus.set(EDITED_URI, EDITED_TEXT);
    const fresh = corpusOf(ARTICLES.map(([u, t]): [string, string] => [u, u === EDITED_URI ? EDITED_TEXT : t]));
    assert.equal(reportText(corpus, await corpus.analyzeAsync(undefined, 0)), reportText(fresh));
  });

  it('lets callbacks scheduled after it starts run before it ends', async () => {
    const corpus = corpusOf(ARTICLES);
    const order: string[] = [];
    const done = corpus.analyzeAsync(undefined, 0).then(() => order.push('analysis'));
    setImmediate(() => order.push('immediate'));
    setTimeout(() => order.push('timer'), 0);
    await done;
    assert.deepEqual(order.slice(-1), ['analysis']);
    assert.deepEqual([...order].sort(), ['analysis', 'immediate', 'timer']);
  });

  it('gives up when a document changes under it, and the next run sees the change', async () => {
    const corpus = corpusOf(ARTICLES);
    const running = corpus.analyzeAsync(undefined, 0);
    // Runs at the first pause of the analysis (a macrotask), while it is under way.
    setImmediate(() => corpus.set(EDITED_URI, EDITED_TEXT));
    await assert.rejects(running, AnalysisCancelled);
    assert.equal(corpus.current, undefined);
    const fresh = corpusOf(ARTICLES.map(([u, t]): [string, string] => [u, u === EDITED_URI ? EDITED_TEXT : t]));
    assert.equal(reportText(corpus, await corpus.analyzeAsync(undefined, 0)), reportText(fresh));
  });

  it('leaves sound caches wherever it is stopped: the next complete run equals a fresh analysis', async () => {
    const base = corpusOf(ARTICLES);
    base.analyze();
    base.set(EDITED_URI, EDITED_TEXT);
    const expectedEdited = reportText(corpusOf(ARTICLES.map(([u, t]): [string, string] => [u, u === EDITED_URI ? EDITED_TEXT : t])));
    const expectedOriginal = reportText(corpusOf(ARTICLES));
    assert.notEqual(expectedEdited, expectedOriginal, 'the edit should change the report');
    let stoppedLate = false;
    for (const n of [1, 2, 3, 5, 8, 13, 21, 40, 80, 160, 320, 640, 1280]) {
      const corpus = corpusOf(ARTICLES);
      corpus.analyze();
      corpus.set(EDITED_URI, EDITED_TEXT);
      try {
        await corpus.analyzeAsync(firesOnReading(n), 0);
        // Finished before the signal's n-th reading: later n stop nothing new.
        assert.equal(reportText(corpus, corpus.current), expectedEdited, `run with n=${n}`);
        stoppedLate = true;
        break;
      } catch (e) {
        assert.ok(e instanceof AnalysisCancelled, String(e));
      }
      assert.equal(reportText(corpus, await corpus.analyzeAsync(undefined, 0)), expectedEdited, `after a run stopped at reading ${n}`);
      // And back: the caches also serve an edit that undoes the first.
      corpus.set(EDITED_URI, ARTICLES[1][1]);
      assert.equal(reportText(corpus, await corpus.analyzeAsync(undefined, 0)), expectedOriginal, `undone, after a run stopped at reading ${n}`);
    }
    assert.ok(stoppedLate, 'some run should have finished before its signal fired (raise the largest n)');
  });

  it('runs concurrent calls one after the other, to one result', async () => {
    const corpus = corpusOf(ARTICLES);
    const [a, b] = await Promise.all([corpus.analyzeAsync(undefined, 0), corpus.analyzeAsync(undefined, 0)]);
    assert.equal(a, b);
    assert.equal(corpus.analyze(), a);
  });
});

describe('runSteps and runStepsAsync', () => {
  function* counting(log: string[]): Steps<number> {
    for (let i = 0; i < 3; i++) {
      log.push(`step ${i}`);
      yield;
    }
    return 42;
  }

  it('run a generator to its result, with or without pauses', async () => {
    const log: string[] = [];
    assert.equal(runSteps(counting(log)), 42);
    let pauses = 0;
    const result = await runStepsAsync(counting(log), { sliceMs: 0, pause: async () => void pauses++ });
    assert.equal(result, 42);
    assert.equal(pauses, 3);
    assert.deepEqual(log, ['step 0', 'step 1', 'step 2', 'step 0', 'step 1', 'step 2']);
  });

  it('stop when afterPause throws, and close the generator', async () => {
    let closed = false;
    function* guarded(): Steps<void> {
      try {
        for (;;) yield;
      } finally {
        closed = true;
      }
    }
    let pauses = 0;
    await assert.rejects(
      runStepsAsync(guarded(), {
        sliceMs: 0,
        afterPause: () => {
          if (++pauses === 2) throw new AnalysisCancelled();
        },
      }),
      AnalysisCancelled,
    );
    assert.equal(closed, true);
  });
});
