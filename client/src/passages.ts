/**
 * Converting passages from the server into editor locations, and opening them.
 */
import * as vscode from 'vscode';
import type { WirePassage } from '../../server/src/protocol';

/** The id of the command that opens a passage (used by tree items). */
export const OPEN_PASSAGE_COMMAND = 'crosscheck.openPassage';

/** The editor range of a passage (the server sends LSP positions: lines and UTF-16 columns). */
export function toRange(p: WirePassage): vscode.Range {
  return new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
}

/** A tree-item command that opens `p` with its text selected. */
export function openPassageCommand(p: WirePassage): vscode.Command {
  return { command: OPEN_PASSAGE_COMMAND, title: 'Open Passage', arguments: [p] };
}

/** Opens the passage's document and selects the passage. */
export async function openPassage(p: WirePassage): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(p.uri));
  const range = toRange(p);
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
}

/** The file name of a URI, for labels. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

/** A one-line excerpt of at most `max` characters. */
export function excerpt(text: string, max = 100): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
