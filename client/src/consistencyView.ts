/**
 * The Consistency view: the result of "Check Consistency", grouped by fact, each side of a
 * contradiction a node that opens its passage.
 */
import * as vscode from 'vscode';
import type { CheckConsistencyResult, ConsistencyItem, WirePassage } from '../../server/src/protocol';
import { excerpt, fileName, openPassageCommand } from './passages';

/**
 * Fact groups (every contradiction about one fact, e.g. "number of artworks taken"), then each
 * contradiction with its explanation, then its passages. A group of one skips the middle level.
 */
type Node =
  | { kind: 'group'; fact: string; items: ConsistencyItem[] }
  | { kind: 'fact'; item: ConsistencyItem; inGroup: boolean }
  | { kind: 'passage'; passage: WirePassage }
  | { kind: 'message'; text: string };

/** Tree data of the Consistency view: the last "Check Consistency" result. */
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
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.fact, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.items[0].kind} · ${node.items.length} contradictions`;
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    if (node.kind === 'fact') {
      // Inside a group the fact is already named above: the explanation tells contradictions apart.
      const label = node.inGroup ? node.item.explanation : node.item.fact || node.item.kind;
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.inGroup ? node.item.kind : `${node.item.kind} · ${node.item.explanation}`;
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
      const groups = new Map<string, ConsistencyItem[]>();
      for (const item of this.result.contradictions) {
        const key = item.fact || item.kind;
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      const nodes: Node[] = [...groups].map(([fact, items]) => (items.length === 1 ? { kind: 'fact', item: items[0], inGroup: false } : { kind: 'group', fact, items }));
      for (const s of this.result.skipped) nodes.push({ kind: 'message', text: `Skipped ${fileName(s.uri)}: ${s.message}` });
      return nodes;
    }
    if (node.kind === 'group') return node.items.map((item) => ({ kind: 'fact', item, inGroup: true }));
    if (node.kind === 'fact') return node.item.passages.map((passage) => ({ kind: 'passage', passage }));
    return [];
  }
}
