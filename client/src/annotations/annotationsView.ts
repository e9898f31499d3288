/**
 * The Annotations view (`crosscheck.annotations`): articles, then verdicts, then annotations;
 * annotations whose passage is gone are listed under "Orphaned" instead of disappearing.
 */
import * as vscode from 'vscode';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../../server/src/analysis/annotations';
import type { AnnotationEntry, AnnotationManager, ArticleAnnotations } from './annotationManager';
import { annotationMarkdown, oneLine } from './annotationMarkdown';

/** The view's id, as declared in package.json. */
export const ANNOTATIONS_VIEW_ID = 'crosscheck.annotations';
/** The command a tree item runs to show its annotation's passage in the editor. */
export const REVEAL_ANNOTATION_COMMAND = 'crosscheck.revealAnnotation';

type Node =
  | { kind: 'article'; article: ArticleAnnotations }
  | { kind: 'group'; article: ArticleAnnotations; verdict: Verdict | 'orphan'; entries: AnnotationEntry[] }
  | { kind: 'annotation'; article: ArticleAnnotations; entry: AnnotationEntry };

const VERDICT_ICONS: Record<Verdict, string> = { verified: 'pass', false: 'error', misleading: 'warning', unproven: 'question', 'needs-source': 'link' };

/** Tree data of the Annotations view, refreshed whenever the annotations change. */
export class AnnotationsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly manager: AnnotationManager) {
    manager.onDidChange(() => this.changed.fire(undefined));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.manager.all().map((article) => ({ kind: 'article', article }));
    if (node.kind === 'article') {
      const entries = [...node.article.entries.values()];
      const groups: Node[] = [];
      for (const verdict of VERDICTS) {
        const list = entries.filter((e) => e.span && e.annotation.verdict === verdict);
        if (list.length) groups.push({ kind: 'group', article: node.article, verdict, entries: list });
      }
      const orphans = entries.filter((e) => !e.span);
      if (orphans.length) groups.push({ kind: 'group', article: node.article, verdict: 'orphan', entries: orphans });
      return groups;
    }
    if (node.kind === 'group') {
      return [...node.entries].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0)).map((entry) => ({ kind: 'annotation', article: node.article, entry }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'article') {
      const item = new vscode.TreeItem(node.article.article, vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = node.article.uri;
      item.iconPath = vscode.ThemeIcon.File;
      const orphans = [...node.article.entries.values()].filter((e) => !e.span).length;
      item.description = `${node.article.entries.size} annotation(s)${orphans ? `, ${orphans} orphaned` : ''}`;
      item.contextValue = 'crosscheck.annotatedArticle';
      return item;
    }
    if (node.kind === 'group') {
      const orphan = node.verdict === 'orphan';
      const item = new vscode.TreeItem(orphan ? 'Orphaned' : VERDICT_LABELS[node.verdict as Verdict], vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entries.length);
      item.iconPath = new vscode.ThemeIcon(orphan ? 'debug-disconnect' : VERDICT_ICONS[node.verdict as Verdict]);
      if (orphan) item.tooltip = 'The passages of these annotations are no longer in the article. They are kept, not dropped: delete them once you no longer need them.';
      return item;
    }
    const { annotation, span } = node.entry;
    const item = new vscode.TreeItem(oneLine(annotation.target.quote.exact, 80), vscode.TreeItemCollapsibleState.None);
    item.id = annotation.id;
    item.description = [annotation.note ? oneLine(annotation.note, 60) : '', annotation.author].filter(Boolean).join(' · ');
    item.tooltip = annotationMarkdown(annotation, { withMeta: true, orphan: !span });
    item.iconPath = new vscode.ThemeIcon(span ? VERDICT_ICONS[annotation.verdict] : 'debug-disconnect');
    item.contextValue = span ? 'crosscheck.annotation' : 'crosscheck.orphanAnnotation';
    item.command = { command: REVEAL_ANNOTATION_COMMAND, title: 'Show Annotation', arguments: [annotation.id] };
    return item;
  }
}

/** Opens the article at an annotation's passage (or where it was, for an orphan). */
export async function revealAnnotation(manager: AnnotationManager, id: string): Promise<void> {
  const found = manager.find(id);
  if (!found) return;
  const document = await vscode.workspace.openTextDocument(found.article.uri);
  const span = found.entry.span ?? { start: Math.min(found.entry.annotation.target.position.start, document.getText().length), end: Math.min(found.entry.annotation.target.position.start, document.getText().length) };
  const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
  if (!found.entry.span) void vscode.window.showInformationMessage(`This annotation is orphaned: its passage (“${oneLine(found.entry.annotation.target.quote.exact, 80)}”) is no longer in the article.`);
}
