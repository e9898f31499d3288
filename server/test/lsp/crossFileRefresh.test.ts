/**
 * Inter-file dependencies: a change in one article must change another article's diagnostics.
 * The server says so with `workspace/diagnostic/refresh`; the editor then pulls again. Three ways
 * an article changes: an edit of an open document, a file changed on disk (watched-file event),
 * a new file created on disk.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticCodes } from '../../src/protocol';
import { codeOf, fileUri, LspTestClient, removeTempWorkspace, startFixtureServer, textAt } from './lspClient';

/** Watched-file change types of LSP. */
const FileChangeType = { Created: 1, Changed: 2, Deleted: 3 } as const;

describe('LSP: a change in one article refreshes the diagnostics of another', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspTestClient;
  const path = (name: string): string => join(ws, name);
  const read = (name: string): string => readFileSync(path(name), 'utf8');
  const codesCovering = (diagnostics: Diagnostic[], text: string, phrase: string): string[] =>
    diagnostics.filter((d) => codeOf(d) !== DiagnosticCodes.entity && textAt(text, d.range).includes(phrase)).map(codeOf).sort();

  before(async () => {
    ({ ws, client } = await startFixtureServer());
  });

  after(async () => {
    await client?.stop();
    removeTempWorkspace(ws);
  });

  it('editing the daily (open) to agree on the count clears the contradiction in the wire story', async () => {
    const wireUri = fileUri(path('paris-wire.txt'));
    const wireText = read('paris-wire.txt');
    const dailyUri = fileUri(path('paris-daily.txt'));
    const dailyText = read('paris-daily.txt');
    await client.open(wireUri, wireText);
    await client.open(dailyUri, dailyText);
    const before = codesCovering(await client.pull(wireUri), wireText, '14 paintings');
    assert.ok(before.includes(DiagnosticCodes.claimContradicted), `wire's count claim before the edit: ${JSON.stringify(before)}`);

    const mark = client.mark();
    await client.change(dailyUri, dailyText.replace('stole 9 paintings', 'stole 14 paintings'));
    await client.waitForRefresh(mark);
    const after = codesCovering(await client.pull(wireUri), wireText, '14 paintings');
    assert.ok(!after.includes(DiagnosticCodes.claimContradicted), `wire's count claim after the edit: ${JSON.stringify(after)}`);
    assert.ok(after.includes(DiagnosticCodes.claimCorroborated), `wire's count claim after the edit: ${JSON.stringify(after)}`);
  });

  it('a file changed on disk (watched-file event) makes the alarm time contradicted in the daily', async () => {
    const dailyUri = fileUri(path('paris-daily.txt'));
    const dailyText = read('paris-daily.txt'); // the open daily only differs in its count sentence
    const before = codesCovering(await client.pull(dailyUri), dailyText, '3:40 a.m.');
    assert.deepEqual(before, [DiagnosticCodes.claimCorroborated]);

    writeFileSync(path('paris-gazette.txt'), read('paris-gazette.txt').replace('3:40 a.m.', '5:10 a.m.'));
    const mark = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path('paris-gazette.txt')), type: FileChangeType.Changed }] });
    await client.waitForRefresh(mark);
    const diagnostics = await client.pull(dailyUri);
    const after = codesCovering(diagnostics, dailyText, '3:40 a.m.');
    assert.ok(after.includes(DiagnosticCodes.claimContradicted), `daily's alarm claim after the gazette changed: ${JSON.stringify(after)}`);
    const contradicted = diagnostics.find((d) => codeOf(d) === DiagnosticCodes.claimContradicted && textAt(dailyText, d.range).includes('3:40'));
    assert.ok(contradicted?.relatedInformation?.some((r) => r.location.uri === fileUri(path('paris-gazette.txt'))), 'related information does not point at the gazette');
  });

  it('a new article created on disk corroborates a claim that was unsupported', async () => {
    const dailyUri = fileUri(path('paris-daily.txt'));
    const dailyText = read('paris-daily.txt');
    const before = codesCovering(await client.pull(dailyUri), dailyText, 'three weeks');
    assert.deepEqual(before, [DiagnosticCodes.claimUnsupported]);

    writeFileSync(
      path('paris-radio.txt'),
      'Guard says museum door was broken for weeks\n\nA night guard at the Musée Hervieu said the lock on the side door had been broken for three weeks before the raid.\n',
    );
    const mark = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path('paris-radio.txt')), type: FileChangeType.Created }] });
    await client.waitForRefresh(mark);
    const after = codesCovering(await client.pull(dailyUri), dailyText, 'three weeks');
    assert.deepEqual(after, [DiagnosticCodes.claimCorroborated]);
  });

  it('editing another open article (removing its alarm sentence) drops it from the daily’s corroborations', async () => {
    const dailyUri = fileUri(path('paris-daily.txt'));
    const dailyText = read('paris-daily.txt');
    const wireUri = fileUri(path('paris-wire.txt'));
    const wireText = read('paris-wire.txt');
    await client.open(wireUri, wireText); // no-op when the first test already opened it
    const linksToWire = (diagnostics: Diagnostic[]): boolean =>
      diagnostics.some((d) => textAt(dailyText, d.range).includes('3:40') && (d.relatedInformation ?? []).some((r) => r.location.uri === wireUri));
    assert.ok(linksToWire(await client.pull(dailyUri)), 'before the edit, the daily’s alarm claim does not point at the wire story');

    const mark = client.mark();
    await client.change(wireUri, wireText.replace(/The alarm sounded at 3:40 a\.m\.[^\n]*\n/, '\n'));
    await client.waitForRefresh(mark);
    assert.ok(!linksToWire(await client.pull(dailyUri)), 'after the edit, the daily’s alarm claim still points at the wire story');
  });

  it('the server is still running', () => {
    assert.ok(client.alive, client.stderr);
  });
});
