/**
 * User annotations (verdicts and notes on claims): Comments API threads, decorations, hovers, the
 * Annotations view, the store and export commands (issue 5). The extension calls
 * `registerAnnotations` once the language client has started.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { parseVerdict, VERDICT_LABELS, type Verdict } from '../../../server/src/analysis/annotations';
import { ARTICLE_LANGUAGE_ID, DIAGNOSTIC_SOURCE } from '../../../server/src/protocol';
import { annotateClaim, annotationAuthor, pickVerdict, type AnnotateArgs } from './annotateCommand';
import { AnnotationDecorations } from './annotationDecorations';
import { AnnotationHoverProvider } from './annotationHover';
import { AnnotationManager } from './annotationManager';
import { AnnotationComment, AnnotationThreads, COMMENT_CONTROLLER_ID } from './annotationThreads';
import { ANNOTATIONS_VIEW_ID, AnnotationsView, REVEAL_ANNOTATION_COMMAND, revealAnnotation } from './annotationsView';
import { exportAnnotations } from './exportCommands';

/** Command ids (package.json contributes the same). */
export const AnnotationCommands = {
  annotateClaim: 'crosscheck.annotateClaim',
  exportClaimReview: 'crosscheck.exportClaimReview',
  exportW3C: 'crosscheck.exportW3C',
  saveFromComment: 'crosscheck.saveAnnotationFromComment',
  deleteAnnotation: 'crosscheck.deleteAnnotation',
  changeVerdict: 'crosscheck.changeVerdict',
  refresh: 'crosscheck.refreshAnnotations',
  reveal: REVEAL_ANNOTATION_COMMAND,
  /** For tests: the annotations of an article and where they are. */
  list: 'crosscheck.listAnnotations',
} as const;

/** Creates the annotation manager, threads, decorations, hover and view, and registers the annotation commands. */
export function registerAnnotations(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.LogOutputChannel): void {
  const manager = new AnnotationManager(output);
  const threads = new AnnotationThreads(manager);
  const decorations = new AnnotationDecorations(manager);
  const view = new AnnotationsView(manager);
  const run = <T>(what: string, f: () => T | Promise<T>) => async (): Promise<T | undefined> => {
    try {
      return await f();
    } catch (e) {
      output.error(`Annotations: ${what}: ${(e as Error).stack ?? String(e)}`);
      void vscode.window.showErrorMessage(`Crosscheck: ${what} failed: ${(e as Error).message}`);
      return undefined;
    }
  };
  context.subscriptions.push(
    manager,
    threads,
    decorations,
    vscode.window.registerTreeDataProvider(ANNOTATIONS_VIEW_ID, view),
    vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE_ID }, new AnnotationHoverProvider(manager)),
    vscode.languages.registerCodeActionsProvider({ language: ARTICLE_LANGUAGE_ID }, new AnnotateCodeActions(), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(AnnotationCommands.annotateClaim, (args?: AnnotateArgs) => run('annotating', () => annotateClaim(manager, client, output, args))()),
    vscode.commands.registerCommand(AnnotationCommands.exportClaimReview, (args?: { target?: string }) => run('export', () => exportAnnotations(manager, 'claimreview', args))()),
    vscode.commands.registerCommand(AnnotationCommands.exportW3C, (args?: { target?: string }) => run('export', () => exportAnnotations(manager, 'w3c', args))()),
    vscode.commands.registerCommand(AnnotationCommands.saveFromComment, (reply: vscode.CommentReply) => run('saving the annotation', () => saveFromComment(manager, reply))()),
    vscode.commands.registerCommand(AnnotationCommands.deleteAnnotation, (target: unknown) => run('deleting', () => deleteAnnotation(manager, idOf(target)))()),
    vscode.commands.registerCommand(AnnotationCommands.changeVerdict, (target: unknown, verdict?: string) => run('changing the verdict', () => changeVerdict(manager, idOf(target), verdict))()),
    vscode.commands.registerCommand(AnnotationCommands.refresh, () => manager.loadWorkspace()),
    vscode.commands.registerCommand(AnnotationCommands.reveal, (id: string) => run('opening', () => revealAnnotation(manager, id))()),
    vscode.commands.registerCommand(AnnotationCommands.list, (uri: string) => listAnnotations(manager, uri, threads)),
  );
  manager.loadWorkspace();
  threads.sync();
  decorations.refresh();
  output.info(`Annotations: ${manager.all().reduce((n, a) => n + a.entries.size, 0)} loaded`);
}

/** Offers "Annotate claim" wherever the cursor is in an article (attached to our claim diagnostics). */
class AnnotateCodeActions implements vscode.CodeActionProvider {
  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (document.uri.scheme !== 'file') return [];
    const action = new vscode.CodeAction('Crosscheck: Annotate claim', vscode.CodeActionKind.QuickFix);
    action.diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('claim-'));
    action.command = { command: AnnotationCommands.annotateClaim, title: 'Annotate claim', arguments: range.isEmpty ? [] : [{ uri: document.uri.toString(), range: { start: range.start, end: range.end } }] };
    return [action];
  }
}

/** The reply button of a new comment thread: pick a verdict, keep the text as the note. */
async function saveFromComment(manager: AnnotationManager, reply: vscode.CommentReply): Promise<void> {
  const { thread, text } = reply;
  const document = await vscode.workspace.openTextDocument(thread.uri);
  let range = thread.range ?? new vscode.Range(0, 0, 0, 0);
  // The gutter "+" gives a line; annotate its text without the surrounding white space.
  if (range.isEmpty || range.start.character === 0) {
    const first = document.lineAt(range.start.line);
    const last = document.lineAt(range.end.line);
    const start = first.firstNonWhitespaceCharacterIndex;
    range = new vscode.Range(first.lineNumber, start, last.lineNumber, Math.max(last.text.trimEnd().length, 0));
  }
  // "false: the figure was 40" picks the verdict from the text; otherwise we ask.
  const m = /^\s*(verified|false|misleading|unproven|needs[ -]source)\s*[:\-–]\s*/i.exec(text);
  const verdict = (m && parseVerdict(m[1])) || (await pickVerdict(document.getText(range)));
  if (!verdict) return;
  const note = m ? text.slice(m[0].length) : text;
  const urls = [...note.matchAll(/https?:\/\/[^\s<>()]+/g)].map((u) => ({ kind: 'url' as const, url: u[0].replace(/[.,;:!?]+$/, '') }));
  manager.add(document, document.offsetAt(range.start), document.offsetAt(range.end), { verdict, note: note.trim(), evidence: urls, author: annotationAuthor() });
  thread.dispose();
}

async function deleteAnnotation(manager: AnnotationManager, id: string | undefined): Promise<void> {
  const found = id && manager.find(id);
  if (!found) return;
  const ok = await vscode.window.showWarningMessage(`Delete the annotation “${VERDICT_LABELS[found.entry.annotation.verdict]}” on “${found.entry.annotation.target.quote.exact.slice(0, 60)}”?`, { modal: true }, 'Delete');
  if (ok === 'Delete') manager.remove(found.entry.annotation.id);
}

async function changeVerdict(manager: AnnotationManager, id: string | undefined, given?: string): Promise<void> {
  const found = id && manager.find(id);
  if (!found) return;
  const verdict: Verdict | undefined = given ? parseVerdict(given) : await pickVerdict(found.entry.annotation.target.quote.exact);
  if (verdict && verdict !== found.entry.annotation.verdict) manager.update(found.entry.annotation.id, { verdict });
}

/** The annotation id behind a comment, a thread, a tree item or a plain id. */
function idOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target instanceof AnnotationComment) return target.annotation.id;
  const t = target as { comments?: readonly vscode.Comment[]; entry?: { annotation: { id: string } } } | undefined;
  if (t?.entry) return t.entry.annotation.id;
  const first = t?.comments?.[0];
  return first instanceof AnnotationComment ? first.annotation.id : undefined;
}

/** For tests: each annotation of an article with its verdict, whether it has a thread, and where it is. */
function listAnnotations(manager: AnnotationManager, uri: string, threads: AnnotationThreads) {
  const state = manager.get(vscode.Uri.parse(uri));
  const text = state ? manager.textOf(state.uri) : '';
  return [...(state?.entries.values() ?? [])].map(({ annotation, span }) => ({
    id: annotation.id,
    verdict: annotation.verdict,
    note: annotation.note,
    orphan: !span,
    start: span?.start,
    end: span?.end,
    text: span ? text.slice(span.start, span.end) : undefined,
    thread: threads.threadOf(annotation.id)?.range,
    controller: COMMENT_CONTROLLER_ID,
  }));
}
