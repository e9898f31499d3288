/**
 * Crosscheck inside a real extension host, on a copy of test-fixtures/workspace (see its
 * EXPECTATIONS.md): squiggles from pull diagnostics, the hover's links to other articles, the
 * Check Consistency command's result, and diagnostics that follow edits across files.
 * The tests run in order and share the open editors; the edits come last.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CheckConsistencyResult } from '../../../server/src/protocol';
import {
  activateExtension,
  codeOf,
  covering,
  describeDiagnostics,
  fixtureUri,
  hoverText,
  openArticle,
  passageLinks,
  positionOf,
  replaceText,
  waitForDiagnostics,
  workspaceDir,
} from './helpers';

describe('Crosscheck in the extension host', function () {
  this.timeout(60000);
  let daily: vscode.TextDocument;
  let wire: vscode.TextDocument;

  before(async () => {
    daily = await openArticle('paris-daily.txt');
    await activateExtension();
  });

  after(async () => {
    // Leave the workspace copy as the next suite expects it: unedited buffers, no extra folder.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    fs.rmSync(path.join(workspaceDir(), 'inbox'), { recursive: true, force: true });
  });

  it('treats the workspace .txt files as articles through files.associations', () => {
    assert.equal(daily.languageId, 'news-article');
  });

  it('shows entity hints on the exact names', async () => {
    const diagnostics = await waitForDiagnostics(daily, 'an entity hint on "Paris"', (ds) => !!covering(daily, ds, 'entity', 'Paris'));
    const paris = diagnostics.find((d) => codeOf(d) === 'entity' && daily.getText(d.range) === 'Paris');
    assert.ok(paris, `no entity diagnostic on exactly "Paris":\n${describeDiagnostics(daily, diagnostics)}`);
    assert.equal(paris.severity, vscode.DiagnosticSeverity.Hint);
  });

  it('squiggles the contradicted painting count as an Error pointing at paris-wire.txt', async () => {
    const diagnostics = await waitForDiagnostics(daily, 'claim-contradicted on "9 paintings"', (ds) => !!covering(daily, ds, 'claim-contradicted', '9 paintings'));
    const d = covering(daily, diagnostics, 'claim-contradicted', '9 paintings')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    const related = (d.relatedInformation ?? []).find((r) => path.basename(r.location.uri.fsPath) === 'paris-wire.txt');
    assert.ok(related, `related information: ${JSON.stringify(d.relatedInformation)}`);
    wire = await vscode.workspace.openTextDocument(fixtureUri('paris-wire.txt'));
    assert.match(wire.getText(related.location.range), /\b14\b/);
  });

  it('marks the corroborated alarm time (Information) and the unsupported remark (Warning)', async () => {
    const diagnostics = await waitForDiagnostics(
      daily,
      'claim-corroborated on "3:40 a.m." and claim-unsupported on "three weeks"',
      (ds) => !!covering(daily, ds, 'claim-corroborated', '3:40 a.m.') && !!covering(daily, ds, 'claim-unsupported', 'three weeks'),
    );
    assert.equal(covering(daily, diagnostics, 'claim-corroborated', '3:40 a.m.')!.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(covering(daily, diagnostics, 'claim-unsupported', 'three weeks')!.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('hovering the alarm claim links the passages in the other two articles', async () => {
    const markdown = await hoverText(daily, positionOf(daily, 'alarm sounded', 4));
    const links = passageLinks(markdown);
    for (const name of ['paris-wire.txt', 'paris-gazette.txt']) {
      const link = links.find((l) => path.basename(l.uri.fsPath) === name);
      assert.ok(link, `no link to ${name} in the hover:\n${markdown}`);
      assert.equal(link.uri.fsPath, path.join(workspaceDir(), name));
      const other = await vscode.workspace.openTextDocument(link.uri);
      const line = other.lineAt(link.line - 1).text;
      assert.match(line, /3:40 a\.m\./, `${name}#L${link.line},${link.column} is "${line}"`);
    }
    assert.match(markdown, /Thieves take paintings from Paris museum in night raid/, 'the wire story is not named by its headline');
  });

  it('Check Consistency returns the planted contradiction', async () => {
    const result = await vscode.commands.executeCommand<CheckConsistencyResult | undefined>('crosscheck.checkConsistency');
    assert.ok(result, 'the command returned nothing (see the Crosscheck output channel)');
    assert.equal(result.documents, 3);
    assert.deepEqual(result.skipped, []);
    const item = result.contradictions.find((c) => c.passages.some((p) => p.uri.endsWith('/paris-daily.txt') && /\b9\b/.test(p.text)));
    assert.ok(item, `contradictions: ${JSON.stringify(result.contradictions, null, 1)}`);
    assert.equal(item.kind, 'count');
    const files = item.passages.map((p) => path.basename(vscode.Uri.parse(p.uri).fsPath));
    assert.ok(files.includes('paris-daily.txt') && files.includes('paris-wire.txt'), `passages in ${files.join(', ')}`);
  });

  it('editing the daily to agree on the count updates its diagnostics and the wire story’s', async () => {
    wire = await openArticle('paris-wire.txt', vscode.ViewColumn.Two);
    await waitForDiagnostics(wire, 'claim-contradicted on the wire’s "14 paintings"', (ds) => !!covering(wire, ds, 'claim-contradicted', '14 paintings'));

    await replaceText(daily, 'stole 9 paintings', 'stole 14 paintings');
    const dailyAfter = await waitForDiagnostics(
      daily,
      'the count claim corroborated after the edit',
      (ds) => !!covering(daily, ds, 'claim-corroborated', '14 paintings') && !covering(daily, ds, 'claim-contradicted', '14 paintings'),
    );
    assert.equal(covering(daily, dailyAfter, 'claim-contradicted', 'paintings'), undefined);
    await waitForDiagnostics(wire, 'no contradiction left on the wire’s count (inter-file refresh)', (ds) => !covering(wire, ds, 'claim-contradicted', '14 paintings'));
  });

  it('Treat Folder as Articles makes a new folder’s files articles', async () => {
    const inbox = path.join(workspaceDir(), 'inbox');
    fs.mkdirSync(inbox, { recursive: true });
    const bulletin = path.join(inbox, 'bulletin.md');
    fs.writeFileSync(bulletin, 'Museum theft: police name suspects\n\nPolice spokesman Marc Delorme said on Monday that two suspects had been arrested in Paris.\n');
    const globs = await vscode.commands.executeCommand<string[] | undefined>('crosscheck.treatFolderAsArticles', vscode.Uri.file(inbox));
    assert.ok(globs && globs.length > 0, 'the command added no globs');
    const associations = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
    for (const g of globs) assert.equal(associations[g], 'news-article', `files.associations: ${JSON.stringify(associations)}`);
    const doc = await vscode.workspace.openTextDocument(bulletin);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    assert.equal(doc.languageId, 'news-article');
    await waitForDiagnostics(doc, 'an entity hint on "Marc Delorme"', (ds) => ds.some((d) => codeOf(d) === 'entity' && doc.getText(d.range) === 'Marc Delorme'));
  });
});
