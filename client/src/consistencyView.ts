/**
 * The Consistency view: the result of "Check Consistency", grouped by fact, each side of a
 * contradiction a node that opens its passage.
 */
import * as vscode from 'vscode';
import type { CheckConsistencyResult, ConsistencyItem, WirePassage } from '../../server/src/protocol';
import { excerpt, fileName, openPassageCommand } from './passages';

type Node = { kind: 'fact'; item: ConsistencyItem } | { kind: 'passage'; passage: WirePassage } | { kind: 'message'; text: string };

export class ConsistencyView implements vscode.TreeDataProvider<Node> {
  private result: CheckConsistencyResult | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** Shows a new result. */
  show(result: CheckConsistencyResult): void {
    this.result = result;
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'message') return new vscode.TreeItem(node.text);
    if (node.kind === 'fact') {
      const item = new vscode.TreeItem(node.item.fact || node.item.kind, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.item.kind} · ${node.item.explanation}`;
      item.tooltip = new vscode.MarkdownString().appendText(`${node.item.kind}: ${node.item.explanation}`);
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'crosscheck.contradiction';
      return item;
    }
    const p = node.passage;
    const item = new vscode.TreeItem(excerpt(p.text, 90), vscode.TreeItemCollapsibleState.None);
    item.description = `${p.headline ?? fileName(p.uri)} · line ${p.range.start.line + 1}`;
    item.tooltip = new vscode.MarkdownString().appendText(`${p.headline ?? ''}\n${fileName(p.uri)}:${p.range.start.line + 1}\n\n${p.text}`);
    item.resourceUri = vscode.Uri.parse(p.uri);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = openPassageCommand(p);
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (!this.result) return [];
      if (this.result.contradictions.length === 0) {
        return [{ kind: 'message', text: `No contradictions found in ${this.result.documents} article(s).` }];
      }
      const facts: Node[] = this.result.contradictions.map((item) => ({ kind: 'fact', item }));
      for (const s of this.result.skipped) facts.push({ kind: 'message', text: `Skipped ${fileName(s.uri)}: ${s.message}` });
      return facts;
    }
    if (node.kind === 'fact') return node.item.passages.map((passage) => ({ kind: 'passage', passage }));
    return [];
  }
}
