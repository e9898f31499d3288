/**
 * Helpers for the extension-host tests: the fixture workspace, waiting for diagnostics to settle
 * (never a fixed sleep: we re-check whenever VS Code reports a diagnostics change, as harper's
 * `waitForDiagnosticsChange` does), and reading hover links.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The extension's id (publisher.name in package.json). */
export const EXTENSION_ID = 'crosscheck.crosscheck';

/** Diagnostics must settle within this time; the server analyses three short articles. */
export const SETTLE_MS = 30000;

/**
 * The open workspace folder: a temporary copy of test-fixtures/workspace made by the harness.
 * Refuses to run on the fixture itself, because the tests edit and create files.
 */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(folder, 'no workspace folder is open: start the tests with a copy of test-fixtures/workspace');
  assert.ok(fs.existsSync(path.join(folder, 'paris-daily.txt')), `${folder} is not a copy of test-fixtures/workspace`);
  assert.ok(!/[\\/]test-fixtures[\\/]workspace[\\/]?$/.test(folder), 'the tests must run on a copy of test-fixtures/workspace, not on it');
  return folder;
}

/** The URI of a file of the workspace. */
export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

/** Activates the extension (if the language activation has not yet done it) and returns its API. */
export async function activateExtension(): Promise<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** Opens a document in an editor and returns it. */
export async function openArticle(name: string, column = vscode.ViewColumn.One): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  return doc;
}

/** Crosscheck's diagnostics of a document, as VS Code holds them now. */
export function crosscheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'crosscheck');
}

/** A diagnostic's code as a string (VS Code may wrap it as {value, target}). */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** One line per diagnostic, for failure messages. */
export function describeDiagnostics(doc: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `  ${codeOf(d)} [${vscode.DiagnosticSeverity[d.severity]}] "${doc.getText(d.range)}"`).join('\n') || '  (none)';
}

/**
 * Resolves with the document's Crosscheck diagnostics as soon as `ready` accepts them, checking
 * now and after every diagnostics change VS Code reports for that document.
 */
export function waitForDiagnostics(
  doc: vscode.TextDocument,
  what: string,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = SETTLE_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = crosscheckDiagnostics(doc.uri);
      if (!ready(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${path.basename(doc.uri.fsPath)}; diagnostics now:\n${describeDiagnostics(doc, crosscheckDiagnostics(doc.uri))}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** The diagnostic with `code` whose range covers `phrase`, if any. */
export function covering(doc: vscode.TextDocument, diagnostics: vscode.Diagnostic[], code: string, phrase: string): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => codeOf(d) === code && doc.getText(d.range).includes(phrase));
}

/** The position `delta` characters into the first occurrence of `phrase`. */
export function positionOf(doc: vscode.TextDocument, phrase: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(phrase);
  assert.ok(at >= 0, `"${phrase}" is not in ${doc.uri.fsPath}`);
  return doc.positionAt(at + delta);
}

/** The markdown of every hover at a position (all providers), joined. */
export async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n\n');
}

/** A `[label](file:///path#Lline,col)` link of a hover; line and column are one-based. */
export interface PassageLink {
  uri: vscode.Uri;
  line: number;
  column: number;
}

/** Every passage link in a markdown text. */
export function passageLinks(markdown: string): PassageLink[] {
  return [...markdown.matchAll(/\]\(\s*<?(file:\/\/[^)#\s>]+)#L(\d+)(?:,(\d+))?>?\s*\)/g)].map((m) => ({
    uri: vscode.Uri.parse(m[1]),
    line: Number(m[2]),
    column: Number(m[3] ?? 1),
  }));
}

/** Replaces the first occurrence of `from` in an open document (unsaved edit, as a user types). */
export async function replaceText(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const start = positionOf(doc, from);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}
