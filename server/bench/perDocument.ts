/**
 * Micro-benchmark of the per-document stages, for profiling one stage at a time:
 *
 *   npm run bench:stages            (the seed articles beside the repository)
 *   node dist/bench/perDocument.js [FOLDER_OF_TXT ...] [--runs N]
 *
 * For every article (the .txt files of the folders given, plus generated articles of about 1,000
 * words) it times analyzeDocument and, on the same tokens and sentences, each stage on its own,
 * over N warm runs (default 25). It prints the median per article turned into ms per 1,000 words,
 * added up over all articles (total median ms / total words). Not a test: nothing fails when
 * slow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../src/analysis/analyzeDocument';
import { findPublicationDate } from '../src/analysis/dates/publicationDate';
import { extractNameMentions } from '../src/analysis/entities/extractNames';
import { detectFurniture } from '../src/analysis/furniture/detectFurniture';
import { tokenize } from '../src/analysis/text/nlp';
import { splitSentences } from '../src/analysis/text/sentences';
import { DEFAULT_ANALYSIS_OPTIONS } from '../src/analysis/types';
import { extractValueMentions } from '../src/analysis/values/extractValues';
import { generateCorpus } from './generateCorpus';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median time of `runs` calls of `f`, after two warm-up calls. */
function medianMs(f: () => unknown, runs: number): number {
  f();
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 25;
const folders = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));

const articles: Array<{ name: string; text: string }> = [];
for (const folder of folders) {
  for (const f of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) articles.push({ name: f, text: readFileSync(join(folder, f), 'utf8') });
}
for (const a of generateCorpus(5, 7, 14)) articles.push({ name: a.uri, text: a.text });

const wordsOf = (text: string) => (text.match(/\S+/gu) ?? []).length;
const stages = ['analyzeDocument', 'tokenize', 'extractNameMentions', 'extractValueMentions'] as const;
const total: Record<string, number> = Object.fromEntries(stages.map((s) => [s, 0]));
let totalWords = 0;
for (const a of articles) {
  const text = a.text;
  const words = wordsOf(text);
  const { furniture } = detectFurniture(text);
  const tokenized = tokenize(text);
  const sentences = splitSentences(text, tokenized, furniture);
  const published = findPublicationDate(text, sentences);
  const ms = {
    analyzeDocument: medianMs(() => analyzeDocument(a.name, text, DEFAULT_ANALYSIS_OPTIONS), runs),
    tokenize: medianMs(() => tokenize(text), runs),
    extractNameMentions: medianMs(() => extractNameMentions(text, tokenized, sentences), runs),
    extractValueMentions: medianMs(() => extractValueMentions(text, tokenized, sentences, published), runs),
  };
  totalWords += words;
  for (const s of stages) total[s] += ms[s];
  console.log(`${a.name.padEnd(40)} ${String(words).padStart(5)} words  ` + stages.map((s) => `${s} ${((ms[s] / words) * 1000).toFixed(2)}`).join('  '));
}
console.log(`\nall ${articles.length} articles, ${totalWords} words, median of ${runs} warm runs, ms per 1,000 words:`);
for (const s of stages) console.log(`  ${s.padEnd(22)} ${((total[s] / totalWords) * 1000).toFixed(2)}`);
