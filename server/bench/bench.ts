/**
 * `npm run bench`: how the analysis scales. On generated corpora (generateCorpus.ts) of 1,000 and
 * 10,000 articles it measures
 *  - per-document analysis, as the median time per 1,000 words;
 *  - the corpus-wide stages (alias resolution, facts, copy groups, corroboration, contradictions)
 *    one by one, as the median of a few runs, and together through Corpus.analyze after one
 *    document changed (the cost a user pays per edit);
 *  - heap in use after the analysis.
 * It prints the 10k/1k ratio of each: about 10 means cost grows with the corpus, far more means
 * some stage compares all pairs. Not a test: nothing here fails on a slow machine.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyzeDocument } from '../src/analysis/analyzeDocument';
import { findContradictions } from '../src/analysis/contradictions/findContradictions';
import { Corpus } from '../src/analysis/corpus';
import { findCopyGroups } from '../src/analysis/corroboration/copyGroups';
import { corroborate } from '../src/analysis/corroboration/corroborate';
import { resolveEntities } from '../src/analysis/entities/resolveEntities';
import { extractFacts } from '../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED, type DocumentAnalysis } from '../src/analysis/types';
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
}

function corpusFigures(count: number, runs: number): CorpusFigures {
  const articles = generateCorpus(count, 42);
  const corpus = new Corpus();
  for (const a of articles) corpus.set(a.uri, a.text);
  const first = time(() => corpus.analyze());
  const docs: DocumentAnalysis[] = [...first.value.documents.values()];
  const stageRuns: Record<string, number[]> = { resolveEntities: [], extractFacts: [], findCopyGroups: [], corroborate: [], findContradictions: [] };
  let links = 0;
  let copyGroups = 0;
  for (let r = 0; r < runs; r++) {
    const entities = time(() => resolveEntities(docs));
    stageRuns.resolveEntities.push(entities.ms);
    stageRuns.extractFacts.push(time(() => docs.forEach((d) => (d.facts = extractFacts(d, entities.value)))).ms);
    const groups = time(() => findCopyGroups(docs));
    stageRuns.findCopyGroups.push(groups.ms);
    const corr = time(() => corroborate(docs, entities.value, groups.value, DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED));
    stageRuns.corroborate.push(corr.ms);
    stageRuns.findContradictions.push(time(() => findContradictions(docs, entities.value, NEVER_CANCELLED)).ms);
    copyGroups = groups.value.length;
    links = [...corr.value.values()].reduce((n, m) => n + [...m.values()].reduce((k, l) => k + l.length, 0), 0);
  }
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
  const stages: Record<string, number> = {};
  for (const [k, v] of Object.entries(stageRuns)) stages[k] = median(v);
  return {
    articles: count,
    words: articles.reduce((n, a) => n + a.words, 0),
    firstAnalysisMs: first.ms,
    stages,
    afterEditMs: afterEdit,
    heapMb,
    copyGroups,
    links,
  };
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function main(): void {
  const t0 = performance.now();
  console.log('Crosscheck bench (generated corpora; medians)\n');
  const perDoc = perDocument(60);
  console.log(`per-document analysis: ${perDoc.toFixed(2)} ms per 1,000 words (median of 60 articles of ~1,000 words)\n`);
  const small = corpusFigures(1_000, 3);
  gc();
  const large = corpusFigures(10_000, 2);
  const rows: Array<[string, number, number, (x: number) => string]> = [
    ['words', small.words, large.words, (x) => x.toLocaleString('en')],
    ['first Corpus.analyze (all stages)', small.firstAnalysisMs, large.firstAnalysisMs, fmt],
    ...Object.keys(small.stages).map((k): [string, number, number, (x: number) => string] => [`  ${k}`, small.stages[k], large.stages[k], fmt]),
    ['Corpus.analyze after one edit', small.afterEditMs, large.afterEditMs, fmt],
    ['heap used after analysis (MB)', small.heapMb, large.heapMb, (x) => x.toFixed(0)],
    ['copy groups found', small.copyGroups, large.copyGroups, (x) => String(x)],
    ['corroboration links', small.links, large.links, (x) => String(x)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${''.padEnd(w)}  ${'1k'.padStart(10)}  ${'10k'.padStart(10)}  ${'10k/1k'.padStart(7)}`);
  for (const [name, a, b, f] of rows) {
    const ratio = a > 0 ? (b / a).toFixed(1) : 'n/a';
    console.log(`${name.padEnd(w)}  ${f(a).padStart(10)}  ${f(b).padStart(10)}  ${ratio.padStart(7)}`);
  }
  console.log(`\nbench wall time: ${fmt(performance.now() - t0)}`);
}

main();
