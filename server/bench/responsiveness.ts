/**
 * `node dist/bench/responsiveness.js [articles] [runs]`: how long the language server's event
 * loop is blocked while the workspace is re-analysed after an edit, the synchronous way
 * (Corpus.analyze: blocked throughout) and the sliced way (Corpus.analyzeAsync: the longest
 * stretch between two turns of the event loop), and what the slicing costs in total time.
 *
 * The blocking is measured with perf_hooks' monitorEventLoopDelay (the longest delay of a 1 ms
 * timer), the figure a request or a cancellation arriving during the analysis would wait.
 * Runs alternate between the two ways on the same corpus, each after a fresh edit of one
 * article. Not a test: nothing fails when slow.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Corpus } from '../src/analysis/corpus';
import { buildReport } from '../src/analysis/report';
import { generateCorpus } from './generateCorpus';

interface Run {
  totalMs: number;
  maxBlockMs: number;
  p99BlockMs: number;
  /** The longest garbage-collection pause during the run: blocking that no yield can split. */
  maxGcMs: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `analyse` under an event-loop delay monitor. */
async function measured(analyse: () => unknown): Promise<Run> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let maxGcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) maxGcMs = Math.max(maxGcMs, e.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  histogram.enable();
  // Let the monitor's timer start before the analysis takes the thread.
  await new Promise((r) => setTimeout(r, 5));
  const t0 = performance.now();
  await analyse();
  const totalMs = performance.now() - t0;
  // One more turn, so that a block that ends with the analysis is recorded.
  await new Promise((r) => setTimeout(r, 5));
  histogram.disable();
  gc.disconnect();
  return { totalMs, maxBlockMs: histogram.max / 1e6, p99BlockMs: histogram.percentile(99) / 1e6, maxGcMs };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const runs = Number(process.argv[3] ?? 3);
  const articles = generateCorpus(count, 42, 1);
  const corpus = new Corpus();
  for (const a of articles) corpus.set(a.uri, a.text);
  process.stderr.write(`  … ${count} articles: first analysis\n`);
  corpus.analyze();
  const edited = articles[Math.floor(count / 2)];
  let edits = 0;
  const edit = () => corpus.set(edited.uri, `${edited.text}\nUpdated ${++edits}.`);
  // Warm-up: one edit each way, so that both start from the same caches and compiled code.
  edit();
  corpus.analyze();
  edit();
  await corpus.analyzeAsync();
  const sync: Run[] = [];
  const sliced: Run[] = [];
  for (let r = 0; r < runs; r++) {
    process.stderr.write(`  … run ${r + 1} of ${runs}\n`);
    edit();
    sync.push(await measured(() => corpus.analyze()));
    edit();
    sliced.push(await measured(() => corpus.analyzeAsync()));
  }
  const ms = (rs: Run[], f: (r: Run) => number) => `${median(rs.map(f)).toFixed(0).padStart(8)} ms`;
  const row = (name: string, rs: Run[]) =>
    `${name.padEnd(28)} ${ms(rs, (r) => r.totalMs)}   ${Math.min(...rs.map((r) => r.totalMs)).toFixed(0).padStart(8)} ms   ${ms(rs, (r) => r.maxBlockMs)}   ${ms(rs, (r) => r.p99BlockMs)}   ${ms(rs, (r) => r.maxGcMs)}`;
  console.log(`Re-analysis of ${count} generated articles after one edit (medians of ${runs} runs each way)\n`);
  console.log(`${''.padEnd(28)} ${'total'.padStart(11)}   ${'fastest'.padStart(11)}   ${'max block'.padStart(11)}   ${'p99 delay'.padStart(11)}   ${'longest GC'.padStart(11)}`);
  console.log(row('Corpus.analyze (sync)', sync));
  console.log(row('Corpus.analyzeAsync (sliced)', sliced));
  // The same texts analysed both ways give the same report (a different text in between drops the cached result).
  edit();
  const syncReport = JSON.stringify(buildReport(corpus.analyze()));
  const same = `${edited.text}\nUpdated ${edits}.`;
  corpus.set(edited.uri, edited.text);
  corpus.set(edited.uri, same);
  const slicedReport = JSON.stringify(buildReport(await corpus.analyzeAsync()));
  console.log(`\nsame report both ways: ${syncReport === slicedReport ? 'yes' : 'NO'} (${syncReport.length.toLocaleString('en')} characters)`);
  const pct = (f: (rs: Run[]) => number) => `${((f(sliced) / f(sync) - 1) * 100).toFixed(1)}%`;
  const medianTotal = (rs: Run[]) => median(rs.map((r) => r.totalMs));
  const fastest = (rs: Run[]) => Math.min(...rs.map((r) => r.totalMs));
  console.log(`slicing costs ${pct(medianTotal)} of the total time (median), ${pct(fastest)} (fastest runs)`);
}

void main();
