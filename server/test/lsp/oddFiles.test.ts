/**
 * Files that are not ordinary articles. Unusable files (empty, binary, invalid UTF-8, too large)
 * get one `file-skipped` diagnostic whose message says why, and appear in the consistency result's
 * `skipped` list; odd but valid text (CRLF, BOM, emoji, right-to-left script, a very long line) is
 * analysed normally, with ranges on the exact characters. The server must survive all of them.
 * The files are written byte by byte here so that the bytes under test are visible in the test.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { CheckConsistencyRequest, DiagnosticCodes, type CheckConsistencyResult } from '../../src/protocol';
import { codeOf, fileUri, LspTestClient, makeTempWorkspace, messageOf, removeTempWorkspace, textAt } from './lspClient';

const SENTENCE = 'Police spokesman Marc Delorme said on Monday that 3 suspects were arrested in Paris.';

/** The files of the odd workspace: name -> bytes. */
function oddFiles(): Record<string, Buffer> {
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
  return {
    'empty.txt': Buffer.alloc(0),
    // A PNG header and zero bytes: what a mis-associated image looks like.
    'binary.txt': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(64, 0), utf8(SENTENCE)]),
    // Latin-1 "Musée" (0xE9 alone is not UTF-8) and a truncated multi-byte sequence.
    'latin1.txt': Buffer.concat([utf8('Thieves raided the Mus'), Buffer.from([0xe9]), utf8('e Hervieu on Sunday, police said. '), Buffer.from([0xe2, 0x82]), utf8('\n')]),
    // 60 kB of ordinary prose, over the 0.05 MB limit the test configures.
    'huge.txt': utf8((SENTENCE + '\n\n').repeat(700)),
    'crlf.txt': utf8(`Arrests after Paris museum raid\r\n\r\nBy Lena Marchetti\r\n\r\n${SENTENCE}\r\n\r\nThe museum will reopen on Wednesday.\r\n`),
    'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(`${SENTENCE}\n`)]),
    'emoji.txt': utf8(`🚨🖼️ Breaking: ${SENTENCE} 👮‍♀️\n\nThe museum 🏛️ will reopen on Wednesday.\n`),
    'rtl.txt': utf8(`سرقة لوحات من متحف في باريس — ${SENTENCE} שוטרים חיפשו את החשודים.\n`),
    'long-line.txt': utf8(`${'The crowd waited outside the museum for news. '.repeat(400)}${SENTENCE}\n`),
  };
}

/** What the skip message of each unusable file must mention. */
const SKIP_REASONS: Record<string, RegExp> = {
  'empty.txt': /empty/i,
  'binary.txt': /binary/i,
  'latin1.txt': /UTF-?8|encoding/i,
  'huge.txt': /large|size|MB/i,
};

describe('LSP: odd and unusable files', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspTestClient;
  const uri = (name: string): string => fileUri(join(ws, name));

  before(async () => {
    ws = makeTempWorkspace();
    for (const [name, bytes] of Object.entries(oddFiles())) writeFileSync(join(ws, name), bytes);
    client = await LspTestClient.start({
      workspaceFolder: ws,
      settings: { debounceMs: 20, maxFileSizeMB: 0.05 },
      associations: { '*.txt': 'news-article' },
    });
    await client.waitForScanIdle();
  });

  after(async () => {
    await client?.stop();
    removeTempWorkspace(ws);
  });

  for (const [name, reason] of Object.entries(SKIP_REASONS)) {
    it(`${name}: one file-skipped diagnostic saying why (${reason.source})`, async () => {
      const diagnostics = await client.pull(uri(name));
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      assert.equal(codeOf(diagnostics[0]), DiagnosticCodes.fileSkipped);
      assert.match(messageOf(diagnostics[0]), reason);
    });
  }

  it('the consistency result lists exactly the unusable files as skipped, with their reasons', async () => {
    const result = await client.request<CheckConsistencyResult>(CheckConsistencyRequest, {});
    const skipped = new Map(result.skipped.map((s) => [s.uri, s.message]));
    assert.deepEqual([...skipped.keys()].sort(), Object.keys(SKIP_REASONS).map(uri).sort());
    for (const [name, reason] of Object.entries(SKIP_REASONS)) assert.match(skipped.get(uri(name))!, reason);
    assert.equal(result.documents, Object.keys(oddFiles()).length - Object.keys(SKIP_REASONS).length);
  });

  it('an empty document opened in the editor gets the skip diagnostic at 0:0', async () => {
    await client.open(uri('empty.txt'), '');
    const [d] = await client.pull(uri('empty.txt'));
    assert.equal(codeOf(d), DiagnosticCodes.fileSkipped);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  /** Asserts that some entity diagnostic covers exactly `name` in `text`. */
  function assertEntity(diagnostics: Diagnostic[], text: string, name: string): void {
    assert.ok(!diagnostics.some((d) => codeOf(d) === DiagnosticCodes.fileSkipped), 'the file was skipped');
    const entities = diagnostics.filter((d) => codeOf(d) === DiagnosticCodes.entity).map((d) => textAt(text, d.range));
    assert.ok(entities.includes(name), `no entity range covers exactly "${name}"; entity ranges cover ${JSON.stringify(entities)}`);
  }

  const editorText = (name: string): string => {
    // What VS Code hands the server on open: decoded UTF-8 without the byte order mark.
    const text = oddFiles()[name].toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };

  for (const name of ['crlf.txt', 'bom.txt', 'emoji.txt', 'rtl.txt', 'long-line.txt']) {
    it(`${name}, opened: analysed, with the entity range on the exact name`, async () => {
      await client.open(uri(name), editorText(name));
      assertEntity(await client.pull(uri(name)), editorText(name), 'Marc Delorme');
    });
  }

  it('bom.txt, not opened (read from disk): ranges count from after the byte order mark', async () => {
    await client.close(uri('bom.txt'));
    assertEntity(await client.pull(uri('bom.txt')), editorText('bom.txt'), 'Marc Delorme');
  });

  it('crlf.txt: a hover on the name after CRLF lines answers for that name', async () => {
    const text = editorText('crlf.txt');
    const line = text.split('\r\n').findIndex((l) => l.includes('Marc Delorme'));
    const character = text.split('\r\n')[line].indexOf('Delorme');
    const hover = await client.hover(uri('crlf.txt'), { line, character });
    assert.ok(hover, 'no hover on the name');
    assert.match(JSON.stringify(hover.contents), /Marc Delorme/);
  });

  it('edits that make a document binary-like or empty do not crash the server', async () => {
    await client.change(uri('emoji.txt'), '\u0000\u0001\u0002'.repeat(50));
    await client.pull(uri('emoji.txt'));
    await client.change(uri('emoji.txt'), '');
    await client.pull(uri('emoji.txt'));
    await client.change(uri('emoji.txt'), '\ud83d'); // a lone surrogate
    await client.pull(uri('emoji.txt'));
    await client.hover(uri('emoji.txt'), { line: 0, character: 1 });
    assert.ok(client.alive, client.stderr);
  });

  it('the server is still running', () => {
    assert.ok(client.alive, client.stderr);
  });
});
