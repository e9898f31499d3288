/**
 * `crosscheck export`: ClaimReview and W3C output for the fixture workspace
 * (test-fixtures/annotations/workspace), usage errors (exit 2) and unreadable files (exit 1).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../../src/cli/run';
import { repoRoot } from './generatedEdits';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['export', ...argv], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

describe('annotations: crosscheck export', () => {
  let ws: string;
  before(() => {
    ws = join(repoRoot(), 'test-fixtures/annotations/workspace');
  });

  it('exports one ClaimReview per anchored annotation and leaves the orphan out', async () => {
    const { code, stdout, stderr } = await run('--format', 'claimreview', join(ws, 'court-case.txt'));
    assert.equal(code, 0, stderr);
    const reviews = JSON.parse(stdout);
    assert.equal(reviews.length, 3);
    assert.deepEqual(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName), ['Misleading', 'Verified', 'Needs source']);
    assert.equal(reviews[0].claimReviewed, 'His lawyer, Priya Castellanos, told the court that the transfers had been approved by the board.');
    assert.equal(reviews[0].itemReviewed.appearance.url, pathToFileURL(join(ws, 'court-case.txt')).href);
    assert.equal(reviews[0].citation[0].url, pathToFileURL(join(ws, 'charity-report.txt')).href);
    assert.equal(reviews[2].claimReviewed, 'has heard from twenty-three witnesses');
    assert.match(stderr, /1 orphaned annotation/);
  });

  it('uses --base-url for the article and review URLs', async () => {
    const { code, stdout } = await run('--format', 'claimreview', '--base-url', 'https://news.example/', '--publisher', 'Example Checks', ws);
    assert.equal(code, 0);
    const [first] = JSON.parse(stdout);
    assert.equal(first.itemReviewed.appearance.url, 'https://news.example/court-case.txt');
    assert.equal(first.url, 'https://news.example/court-case.txt#annotation-6f1c2a9e-3b7d-4c11-9a55-0d2b8e7f4a01');
    assert.deepEqual(first.publisher, { '@type': 'Organization', name: 'Example Checks' });
  });

  it('exports a W3C collection with both selectors, re-anchored in the current text', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-export-'));
    try {
      cpSync(ws, tmp, { recursive: true });
      const article = join(tmp, 'court-case.txt');
      writeFileSync(article, 'UPDATED: a correction was added.\n\n' + readFileSync(article, 'utf8'));
      const { code, stdout } = await run('--format', 'w3c', article);
      assert.equal(code, 0);
      const out = JSON.parse(stdout);
      assert.equal(out.type, 'AnnotationCollection');
      assert.equal(out.total, 4);
      const text = readFileSync(article, 'utf8');
      for (const item of out.first.items) {
        assert.equal(item.motivation, 'assessing');
        assert.equal(item.target.source, pathToFileURL(article).href);
        const [quote, position] = item.target.selector;
        assert.equal(quote.type, 'TextQuoteSelector');
        assert.equal(position.type, 'TextPositionSelector');
        // Anchored ones point at today's offsets; the orphan keeps its last known selectors.
        if (!item.id.endsWith('4a04')) assert.equal(text.slice(position.start, position.end), quote.exact);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('exits 2 with a clear message on usage errors', async () => {
    for (const [argv, message] of [
      [[ws], /export needs --format claimreview or --format w3c/],
      [['--format', 'xml', ws], /--format must be claimreview or w3c, not 'xml'/],
      [['--format', 'w3c'], /no files or folders given/],
      [['--format', 'w3c', join(ws, 'missing.txt')], /no such file or folder/],
      [['--format', 'w3c', '--base-url', 'news', ws], /--base-url must be an absolute URL/],
      [['--format', 'w3c', '--bogus', ws], /Unknown option '--bogus'/],
    ] as const) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });

  it('exits 1 and names the file when an annotation file is broken, without moving it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-export-'));
    try {
      cpSync(ws, tmp, { recursive: true });
      const store = join(tmp, '.crosscheck/annotations/court-case.txt.json');
      cpSync(join(repoRoot(), 'test-fixtures/annotations/corrupt-store.json'), store);
      const { code, stdout, stderr } = await run('--format', 'w3c', tmp);
      assert.equal(code, 1);
      assert.match(stderr, /court-case\.txt\.json is not valid JSON/);
      assert.equal(JSON.parse(stdout).total, 0);
      assert.equal(readFileSync(store, 'utf8'), readFileSync(join(repoRoot(), 'test-fixtures/annotations/corrupt-store.json'), 'utf8'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
