/**
 * The Entities view: the workspace's entities by type with counts; an entity expands to its
 * mentions, each of which opens its passage.
 */
import * as vscode from 'vscode';
import type { EntitiesResult, WireEntity, WirePassage } from '../../server/src/protocol';
import { excerpt, fileName, openPassageCommand } from './passages';

type Node = { kind: 'type'; type: string; entities: WireEntity[] } | { kind: 'entity'; entity: WireEntity } | { kind: 'mention'; mention: WirePassage };

const TYPE_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'MISC', 'DATE', 'TIME', 'MONEY', 'QUANTITY', 'PERCENT', 'CARDINAL', 'NORP'];

/** Tree data of the Entities view, loaded from the server through `load` on refresh. */
export class EntitiesView implements vscode.TreeDataProvider<Node> {
  private entities: WireEntity[] = [];
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly load: () => Promise<EntitiesResult>) {}

  async refresh(): Promise<void> {
    this.entities = (await this.load()).entities;
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(node.type, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.entities.length}`;
      return item;
    }
    if (node.kind === 'entity') {
      const e = node.entity;
      const item = new vscode.TreeItem(e.canonical, vscode.TreeItemCollapsibleState.Collapsed);
      const others = e.aliases.filter((a) => a !== e.canonical);
      const docs = new Set(e.mentions.map((m) => m.uri)).size;
      item.description = `${e.mentions.length} mention(s) in ${docs} article(s)${others.length ? ` · also ${others.join(', ')}` : ''}`;
      item.id = `entity:${e.id}`;
      return item;
    }
    const m = node.mention;
    const item = new vscode.TreeItem(`${fileName(m.uri)}:${m.range.start.line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.description = excerpt(m.text, 60);
    item.command = openPassageCommand(m);
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const byType = new Map<string, WireEntity[]>();
      for (const e of this.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
      return [...byType]
        .sort((a, b) => rank(a[0]) - rank(b[0]))
        .map(([type, entities]) => ({ kind: 'type', type, entities: entities.sort((x, y) => y.mentions.length - x.mentions.length) }));
    }
    if (node.kind === 'type') return node.entities.map((entity) => ({ kind: 'entity', entity }));
    if (node.kind === 'entity') return node.entity.mentions.map((mention) => ({ kind: 'mention', mention }));
    return [];
  }
}

function rank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}
