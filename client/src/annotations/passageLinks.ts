/**
 * Links to evidence passages in other articles: `file:///...#L<line>,<column>` (one-based), the
 * form the editor opens at the right place from a hover or comment.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Evidence } from '../../../server/src/analysis/annotations';

/** The link of a passage of another article, or undefined when its file is not found. */
export function passageLinkOf(e: Extract<Evidence, { kind: 'passage' }>): string | undefined {
  const uri = uriOfSource(e.target.source);
  if (!uri) return undefined;
  let line = 1;
  let column = 1;
  try {
    const text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText() ?? fs.readFileSync(uri.fsPath, 'utf8');
    const at = Math.min(e.target.position.start, text.length);
    const before = text.slice(0, at);
    line = before.split('\n').length;
    column = at - (before.lastIndexOf('\n') + 1) + 1;
  } catch {
    return uri.toString();
  }
  return `${uri.toString()}#L${line},${column}`;
}

/** A source is a workspace-relative path (first folder that has it) or an absolute URI. */
export function uriOfSource(source: string): vscode.Uri | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return vscode.Uri.parse(source);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const p = path.join(folder.uri.fsPath, ...source.split('/'));
    if (fs.existsSync(p)) return vscode.Uri.file(p);
  }
  return undefined;
}
