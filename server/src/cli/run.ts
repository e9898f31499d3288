/**
 * Argument parsing and command dispatch for the CLI, separate from `main.ts` so tests can call it.
 */
import { Corpus, buildReport, DEFAULT_MAX_FILE_BYTES, type Report } from '../analysis';
import { parseCommandArgs } from './args';
import { expandPaths, readArticle, UsageError } from './files';
import { formatText } from './formatText';
import { runExport } from './export';

/** Where the CLI writes. */
export interface CliStreams {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = `Usage:
  crosscheck analyze [--format json|text] [--fail-on contradictions|unsupported] [--max-file-size MB] <files or folders>...
  crosscheck export --format claimreview|w3c <files or folders>...

Analyses news articles (.txt, .md) for entities, claims, corroboration across the given
articles and contradictions. JSON output follows REPORT-SCHEMA.md (version 1).

Options:
  --format json|text     output format (default: text)
  --fail-on WHAT         exit 1 when WHAT is found: contradictions, unsupported (claims no other source has)
  --max-file-size MB     skip files larger than this (default: 2)
  -h, --help             show this help
`;

/** Runs the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function runCli(argv: string[], io: CliStreams): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command) throw new UsageError('no command given');
    if (command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (command === 'analyze') return analyze(rest, io);
    if (command === 'export') return await runExport(rest, io);
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`crosscheck: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

function analyze(argv: string[], io: CliStreams): number {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string', multiple: true },
    'max-file-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not '${format}'`);
  const failOn = values['fail-on'] ?? [];
  for (const f of failOn) if (f !== 'contradictions' && f !== 'unsupported') throw new UsageError(`--fail-on must be contradictions or unsupported, not '${f}'`);
  let maxBytes = DEFAULT_MAX_FILE_BYTES;
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (!(mb > 0)) throw new UsageError(`--max-file-size must be a positive number of megabytes`);
    maxBytes = Math.round(mb * 1024 * 1024);
  }
  if (positionals.length === 0) throw new UsageError('no files or folders given');
  const files = expandPaths(positionals);
  if (files.length === 0) throw new UsageError(`no article files (.txt, .md) found in ${positionals.join(', ')}`);

  const corpus = new Corpus();
  for (const file of files) {
    const read = readArticle(file, maxBytes);
    if (read.ok) corpus.set(file, read.text);
    else {
      corpus.skip(file, read.reason);
      io.stderr.write(`crosscheck: skipped ${file}: ${read.reason.message}\n`);
    }
  }
  const analysis = corpus.analyze();
  const report = buildReport(analysis);
  io.stdout.write(format === 'json' ? JSON.stringify(report, null, 1) + '\n' : formatText(report, (path, offset) => lineColumn(corpus.textOf(path) ?? '', offset)));
  return failed(report, failOn, io) ? 1 : 0;
}

/** "line:column" (1-based, columns in UTF-16 units as editors count them) of `offset` in `text`. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

function failed(report: Report, failOn: readonly string[], io: CliStreams): boolean {
  let fail = false;
  if (failOn.includes('contradictions') && report.contradictions.length > 0) {
    io.stderr.write(`crosscheck: ${report.contradictions.length} contradiction(s) found\n`);
    fail = true;
  }
  if (failOn.includes('unsupported')) {
    const n = report.documents.reduce((a, d) => a + d.claims.filter((c) => !c.corroborations.some((l) => !l.sameOrigin)).length, 0);
    if (n > 0) {
      io.stderr.write(`crosscheck: ${n} claim(s) have no other source\n`);
      fail = true;
    }
  }
  return fail;
}
