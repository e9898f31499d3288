/**
 * The server keeps reading messages while it analyses a large workspace: a request cancelled
 * during an analysis is answered (as cancelled) before that analysis ends, edits that arrive
 * mid-analysis supersede it, and the diagnostics in the end are those of a fresh analysis.
 *
 * Nothing here measures time. The ordering test relies on one thing only: the workspace is large
 * enough that re-analysing it takes longer than a round trip on a local pipe.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver';
import { generateCorpus, type GeneratedArticle } from '../../bench/generateCorpus';
import { fileUri, LspTestClient, makeTempWorkspace, removeTempWorkspace } from './lspClient';

/** Generated articles in the workspace: enough that one re-analysis outlasts a round trip many times over. */
const ARTICLES = 800;
/**
 * How long a full analysis of them may take before a wait gives up: a wait, not a speed target
 * (speed is measured by `npm run bench`), so a busy 2-core machine must not fail it.
 */
const ANALYSIS_WAIT_MS = 90_000;
/** JSON-RPC error code of a request the client cancelled (LSP `RequestCancelled`). */
const REQUEST_CANCELLED = -32800;
/** JSON-RPC error code of an unknown method: the answer to the "ping" below. */
const METHOD_NOT_FOUND = -32601;

describe('LSP: responsive while a large workspace is analysed', function () {
  this.timeout(120_000);
  let ws: string;
  let articles: GeneratedArticle[];
  let client: LspTestClient | undefined;
  const pathOf = (a: GeneratedArticle): string => join(ws, a.uri.replace(/^.*\//, ''));

  const start = async (): Promise<LspTestClient> => {
    const c = await LspTestClient.start({ workspaceFolder: ws, settings: { debounceMs: 1 }, associations: { '*.txt': 'news-article' } });
    await c.waitForScanIdle(0, ANALYSIS_WAIT_MS);
    return c;
  };

  /**
   * A request the server answers at once (an unknown method). Messages are handled in order, so
   * its answer means that everything sent before it has been dispatched.
   */
  const ping = async (c: LspTestClient): Promise<void> => {
    await assert.rejects(c.request('crosscheck/noSuchRequest', {}), (e: { code?: number }) => e.code === METHOD_NOT_FOUND);
  };

  const refreshedSince = (c: LspTestClient, mark: number): boolean => c.received.slice(mark).some((m) => m.method === 'workspace/diagnostic/refresh');

  before(() => {
    ws = makeTempWorkspace();
    articles = generateCorpus(ARTICLES, 7, 1);
    for (const a of articles) writeFileSync(pathOf(a), a.text);
  });

  after(async () => {
    await client?.stop();
    removeTempWorkspace(ws);
  });

  // The edited article, and the other reports of its story (generateCorpus: four per story).
  const EDITED = 402;
  const SIBLINGS = [400, 401, 403];
  const edits = (text: string): string[] => [6, 9, 12].map((n) => `${text}\nLater, officials said ${n} people had been questioned in all.\n`);

  it('answers requests during an analysis: one cancelled mid-analysis is answered as cancelled before the analysis ends', async () => {
    client = await start();
    const article = articles[EDITED];
    const uri = fileUri(pathOf(article));
    const opened = client.mark();
    await client.open(uri, article.text);
    await client.waitForRefresh(opened, ANALYSIS_WAIT_MS); // the open, same text as on disk, settles first

    const mark = client.mark();
    await client.change(uri, edits(article.text)[0]);
    const cancel = new CancellationTokenSource();
    const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }, cancel.token);
    const outcome = hover.then(
      (value) => ({ value, refreshedFirst: refreshedSince(client!, mark) }),
      (error: { code?: number }) => ({ code: error.code, refreshedFirst: refreshedSince(client!, mark) }),
    );
    await ping(client); // the hover is now dispatched and waiting for the analysis of the edit
    assert.equal(
      refreshedSince(client, mark),
      false,
      'the analysis of the edit ended (diagnostic refresh) before a request sent after the edit was answered: ' +
        'the server does not read messages while it analyses (or the workspace is too small for this test)',
    );
    cancel.cancel(); // $/cancelRequest
    const answer = await outcome;
    assert.deepEqual(answer, { code: REQUEST_CANCELLED, refreshedFirst: false }, 'the cancelled hover was not answered (as cancelled) while the analysis ran');
    await client.waitForRefresh(mark, ANALYSIS_WAIT_MS); // and the analysis still completes
  });

  it('lets edits made during an analysis supersede it, and ends with the diagnostics of a fresh analysis', async () => {
    const c = client!;
    const article = articles[EDITED];
    const uri = fileUri(pathOf(article));
    const texts = edits(article.text);
    let mark = c.mark();
    for (const text of texts.slice(1)) {
      mark = c.mark();
      await c.change(uri, text);
      await ping(c); // the edit has been read; its analysis starts after the 1 ms debounce
    }
    await c.waitForRefresh(mark, ANALYSIS_WAIT_MS);
    const uris = [EDITED, ...SIBLINGS].map((i) => fileUri(pathOf(articles[i])));
    const live: Diagnostic[][] = [];
    for (const u of uris) live.push(await c.pull(u));
    assert.ok(c.alive, c.stderr);
    assert.doesNotMatch(c.stderr, /failed/);
    await c.stop();
    client = undefined;

    // A new server on the same files, the edited one saved with the last text.
    writeFileSync(pathOf(article), texts[texts.length - 1]);
    const fresh = await start();
    client = fresh;
    const expected: Diagnostic[][] = [];
    for (const u of uris) expected.push(await fresh.pull(u));
    assert.ok(expected.flat().length > 0, 'the generated articles get diagnostics');
    assert.deepEqual(live, expected);
  });
});
