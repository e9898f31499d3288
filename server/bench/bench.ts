/**
 * `npm run bench`: how the analysis scales. On generated corpora (generateCorpus.ts) of 1,000 and
 * 10,000 articles it measures
 *  - per-document analysis, as the median time per 1,000 words;
 *  - the corpus-wide stages (alias resolution, facts, copy groups, corroboration, contradictions)
 *    one by one, as the median of a few runs, and together through Corpus.analyze after one
 *    document changed (the cost a user pays per edit);
 *  - heap in use after the analysis.
 * It prints the 10k/1k ratio of each: about 10 means cost grows with the corpus, far more means
 * some stage compares all pairs. Each corpus runs in a child process, so that a stage running
 * out of memory is reported instead of ending the bench. Not a test: nothing fails when slow.
 * How long the language server's event loop is blocked meanwhile: responsiveness.ts
 * (`node dist/bench/responsiveness.js [articles] [runs]`).
 */
import { spawnSync } from 'node:child_process';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyzeDocument } from '../src/analysis/analyzeDocument';
import { findContradictions } from '../src/analysis/contradictions/findContradictions';
import { Corpus } from '../src/analysis/corpus';
import { findCopyGroups } from '../src/analysis/corroboration/copyGroups';
import { corroborate } from '../src/analysis/corroboration/corroborate';
import { resolveEntities } from '../src/analysis/entities/resolveEntities';
import { extractFacts } from '../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED, type Contradiction, type DocumentAnalysis } from '../src/analysis/types';
import { generateCorpus } from './generateCorpus';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

/** Median ms per 1,000 words of analyzeDocument over `n` articles of about 1,000 words. */
function perDocument(n: number): number {
  const articles = generateCorpus(n, 7, 14);
  for (const a of articles.slice(0, 5)) analyzeDocument(a.uri, a.text, DEFAULT_ANALYSIS_OPTIONS); // warm up
  return median(articles.map((a) => (time(() => analyzeDocument(a.uri, a.text, DEFAULT_ANALYSIS_OPTIONS)).ms / a.words) * 1000));
}

interface CorpusFigures {
  articles: number;
  words: number;
  firstAnalysisMs: number;
  stages: Record<string, number>;
  afterEditMs: number;
  heapMb: number;
  copyGroups: number;
  links: number;
  contradictions: number;
  /** Contradictions between articles of different generated stories: all false alarms. */
  crossStory: number;
}

/** Articles per story in generateCorpus (its default): article i tells story floor(i / 4). */
const PER_STORY = 4;

/** The generated story of an article URI ("bench/00042.txt" -> 10). */
function storyOf(uri: string): number {
  return Math.floor(Number(/(\d+)\.txt$/u.exec(uri)?.[1] ?? NaN) / PER_STORY);
}

/** The corpus-wide stages one by one (medians of `runs`), and what they found. */
interface StageFigures {
  stages: Record<string, number>;
  links: number;
  copyGroups: number;
  contradictions: Contradiction[];
}

/**
 * Runs the corpus-wide stages one by one on the documents of a result, which carry resolved
 * mentions and facts already and are never modified. Resolution and copy detection read copies of
 * them, so that what they cache per object dies with the copies instead of being counted in the
 * corpus's heap; the later stages find their caches filled by the corpus's analysis.
 */
function stageFigures(count: number, runs: number, docs: readonly DocumentAnalysis[]): StageFigures {
  const stageRuns: Record<string, number[]> = { resolveEntities: [], extractFacts: [], findCopyGroups: [], corroborate: [], findContradictions: [] };
  let links = 0;
  let copyGroups = 0;
  let contradictions: Contradiction[] = [];
  const input = docs.map((d) => ({ ...d, mentions: d.mentions.map((m) => ({ ...m })) }));
  // Untimed: fills the per-object caches for the copies, as the first analysis did for the corpus's own.
  resolveEntities(input);
  findCopyGroups(input);
  for (let r = 0; r < runs; r++) {
    progress(`${count} articles: stages, run ${r + 1}`);
    const resolved = time(() => resolveEntities(input));
    stageRuns.resolveEntities.push(resolved.ms);
    const { entities, docs: withMentions } = resolved.value;
    stageRuns.extractFacts.push(time(() => withMentions.forEach((d) => (d.facts = extractFacts(d, entities)))).ms);
    const groups = time(() => findCopyGroups(input));
    stageRuns.findCopyGroups.push(groups.ms);
    const corr = time(() => corroborate(docs, entities, groups.value, DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED));
    stageRuns.corroborate.push(corr.ms);
    const found = time(() => findContradictions(docs, entities, NEVER_CANCELLED));
    stageRuns.findContradictions.push(found.ms);
    contradictions = found.value;
    copyGroups = groups.value.length;
    links = [...corr.value.values()].reduce((n, m) => n + [...m.values()].reduce((k, l) => k + l.length, 0), 0);
  }
  const stages: Record<string, number> = {};
  for (const [k, v] of Object.entries(stageRuns)) stages[k] = median(v);
  return { stages, links, copyGroups, contradictions };
}

function corpusFigures(count: number, runs: number): CorpusFigures {
  const articles = generateCorpus(count, 42, 1);
  progress(`${count} articles: first analysis`);
  const corpus = new Corpus();
  for (const a of articles) corpus.set(a.uri, a.text);
  const firstMs = time(() => corpus.analyze()).ms;
  const { stages, links, copyGroups, contradictions } = stageFigures(count, runs, [...corpus.analyze().documents.values()]);
  // One edited document: per-document work for it, and every corpus-wide stage again.
  const edited = articles[Math.floor(count / 2)];
  const afterEdit = median(
    Array.from({ length: runs }, (_, r) => {
      corpus.set(edited.uri, `${edited.text}\nUpdated ${r + 1}.`);
      return time(() => corpus.analyze()).ms;
    }),
  );
  gc();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  return {
    articles: count,
    words: articles.reduce((n, a) => n + a.words, 0),
    firstAnalysisMs: firstMs,
    stages,
    afterEditMs: afterEdit,
    heapMb,
    copyGroups,
    links,
    contradictions: contradictions.length,
    crossStory: contradictions.filter((c) => new Set(c.items.map((i) => storyOf(i.uri))).size > 1).length,
  };
}

/** Progress on stderr, so that a slow stage shows where it is. */
function progress(what: string): void {
  process.stderr.write(`  … ${what} (${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB)\n`);
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** Runs `corpusFigures(count)` in a child process; undefined (and a message) if it failed. */
function corpusFiguresInChild(count: number, runs: number): CorpusFigures | undefined {
  const child = spawnSync(process.execPath, [__filename, '--corpus', String(count), String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
  if (child.status === 0 && line) return JSON.parse(line) as CorpusFigures;
  console.log(`${count} articles: the analysis failed (exit ${child.status ?? child.signal}; out of memory if the last lines above say so)`);
  return undefined;
}

function main(): void {
  const t0 = performance.now();
  console.log('Crosscheck bench (generated corpora; medians)\n');
  const perDoc = perDocument(60);
  console.log(`per-document analysis: ${perDoc.toFixed(2)} ms per 1,000 words (median of 60 articles of ~1,000 words)\n`);
  const small = corpusFiguresInChild(1_000, 3);
  const large = corpusFiguresInChild(10_000, 2);
  if (!small) return;
  const big = large ?? { ...small, words: NaN, firstAnalysisMs: NaN, afterEditMs: NaN, heapMb: NaN, copyGroups: NaN, links: NaN, contradictions: NaN, crossStory: NaN, stages: {} };
  const rows: Array<[string, number, number, (x: number) => string]> = [
    ['words', small.words, big.words, (x) => x.toLocaleString('en')],
    ['first Corpus.analyze (all stages)', small.firstAnalysisMs, big.firstAnalysisMs, fmt],
    ...Object.keys(small.stages).map((k): [string, number, number, (x: number) => string] => [`  ${k}`, small.stages[k], big.stages[k] ?? NaN, fmt]),
    ['Corpus.analyze after one edit', small.afterEditMs, big.afterEditMs, fmt],
    ['heap used after analysis (MB)', small.heapMb, big.heapMb, (x) => x.toFixed(0)],
    ['copy groups found', small.copyGroups, big.copyGroups, (x) => String(x)],
    ['corroboration links', small.links, big.links, (x) => String(x)],
    ['contradictions found', small.contradictions, big.contradictions, (x) => String(x)],
    ['  across stories (false alarms)', small.crossStory, big.crossStory, (x) => String(x)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${''.padEnd(w)}  ${'1k'.padStart(10)}  ${'10k'.padStart(10)}  ${'10k/1k'.padStart(7)}`);
  for (const [name, a, b, f] of rows) {
    const ratio = a > 0 && Number.isFinite(b) ? (b / a).toFixed(1) : 'n/a';
    console.log(`${name.padEnd(w)}  ${f(a).padStart(10)}  ${(Number.isFinite(b) ? f(b) : 'failed').padStart(10)}  ${ratio.padStart(7)}`);
  }
  console.log(`\nbench wall time: ${fmt(performance.now() - t0)}`);
}

const corpusArg = process.argv.indexOf('--corpus');
if (corpusArg >= 0) {
  // Child process: one corpus, figures as one JSON line on stdout.
  console.log(JSON.stringify(corpusFigures(Number(process.argv[corpusArg + 1]), Number(process.argv[corpusArg + 2] ?? 1))));
} else {
  main();
}
