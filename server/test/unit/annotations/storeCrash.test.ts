/**
 * Crash test of the annotation store: a child process adds and deletes annotations through the
 * store as fast as it can and is killed with SIGKILL at a random moment, N times over the same
 * files. After each kill every store file must parse, every acknowledged annotation must be there
 * and every acknowledged deletion must stay deleted. Prints N and the result.
 *
 * The child is this very file run with CROSSCHECK_CRASH_CHILD set (the bundle holds the store).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, parseStoreText } from '../../../src/analysis/annotations';
import { AnnotationStore } from '../../../src/store';

const RUNS = 60;
const ARTICLES = ['north/fire.txt', 'south/crash.txt'];
const TEXT = 'A fire at a recycling depot on the edge of Brennock sent thick smoke over nearby housing estates. Residents were advised to keep windows closed.';
/** Annotations kept per article by the child, so that files stay small and deletions happen. */
const KEEP = 40;

/** The child: writes forever, announcing each operation before ("begin") and after ("done"). */
function runChild(root: string, run: string): void {
  const store = new AnnotationStore(root);
  const say = (line: string) => writeSync(1, line + '\n');
  const bases = new Map(ARTICLES.map((a) => [a, store.read(a)]));
  for (let i = 0; ; i++) {
    const article = ARTICLES[i % ARTICLES.length];
    const base = bases.get(article)!;
    const ours = [...base];
    const id = `urn:uuid:${run}-${i}`;
    const start = Math.floor(Math.random() * 60);
    ours.push(createAnnotation({ id, source: article, text: TEXT, start, end: start + 20, verdict: 'unproven', note: 'n'.repeat(Math.floor(Math.random() * 400)), author: 'crash test' }));
    const dropped = ours.length > KEEP ? ours.splice(Math.floor(Math.random() * (ours.length - 1)), 1)[0].id : undefined;
    say(`begin ${article} add ${id}${dropped ? ` del ${dropped}` : ''}`);
    bases.set(article, store.save(article, base, ours));
    say(`done ${article} add ${id}${dropped ? ` del ${dropped}` : ''}`);
  }
}

if (process.env.CROSSCHECK_CRASH_CHILD) {
  runChild(process.env.CROSSCHECK_CRASH_CHILD, process.env.CROSSCHECK_CRASH_RUN ?? '0');
} else {
  describe('annotations: store crash test', function () {
    this.timeout(120_000);
    let root: string;
    before(() => {
      root = mkdtempSync(join(tmpdir(), 'crosscheck-crash-'));
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it(`loses nothing saved and leaves no corrupt file when the writer is SIGKILLed (N = ${RUNS})`, async () => {
      /** Per id: present (add acknowledged), deleted (deletion acknowledged), or unsure (in flight). */
      const state = new Map<string, 'present' | 'deleted' | 'unsure'>();
      let operations = 0;
      let killedMidWrite = 0;
      const failures: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const lines = await killAfter(root, run, 50 + Math.random() * 350);
        for (const line of lines) {
          const m = /^(begin|done) \S+ add (\S+)(?: del (\S+))?$/.exec(line);
          if (!m) continue;
          const [, phase, added, deleted] = m;
          if (phase === 'begin') {
            state.set(added, 'unsure');
            if (deleted) state.set(deleted, 'unsure');
          } else {
            operations++;
            state.set(added, 'present');
            if (deleted) state.set(deleted, 'deleted');
          }
        }
        if (lines.length && lines[lines.length - 1].startsWith('begin')) killedMidWrite++;
        // Every file parses; every acknowledged operation holds.
        const ids = new Set<string>();
        for (const article of ARTICLES) {
          const file = join(root, '.crosscheck/annotations', article + '.json');
          let text = '';
          try {
            text = readFileSync(file, 'utf8');
          } catch {
            continue; // Not written yet.
          }
          const parsed = parseStoreText(text);
          if (!parsed.ok) failures.push(`run ${run}: ${file} is corrupt: ${parsed.message}`);
          else for (const a of parsed.annotations) ids.add(a.id);
        }
        for (const [id, s] of state) {
          if (s === 'present' && !ids.has(id)) failures.push(`run ${run}: saved annotation ${id} was lost`);
          if (s === 'deleted' && ids.has(id)) failures.push(`run ${run}: deleted annotation ${id} came back`);
          if (s === 'unsure') state.set(id, ids.has(id) ? 'present' : 'deleted');
        }
      }
      const leftovers = ARTICLES.flatMap((a) => readdirSync(join(root, '.crosscheck/annotations', a.split('/')[0]))).filter((n) => n.includes('.tmp-'));
      console.log(`      crash test: N = ${RUNS} SIGKILLs, ${operations} acknowledged saves, ${killedMidWrite} kills during a save; ${failures.length} failures (lost, resurrected or corrupt); ${leftovers.length} stale temp file(s) awaiting the next write`);
      assert.deepEqual(failures.slice(0, 10), []);
      assert.ok(operations > RUNS, 'the children saved something');
    });
  });
}

/** Runs the child and kills it with SIGKILL after `ms` milliseconds; resolves to its complete lines. */
function killAfter(root: string, run: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename], { env: { ...process.env, CROSSCHECK_CRASH_CHILD: root, CROSSCHECK_CRASH_RUN: String(run) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', () => {
      clearTimeout(timer);
      // A line cut by the kill is not an acknowledgement.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}
