/**
 * Annotations as VS Code comment threads (Comments API): one thread per anchored annotation,
 * on its passage, in every open article. The "+" in the gutter starts a new thread; its reply
 * button ("Save Annotation") asks for a verdict and saves the text as the note.
 */
import * as vscode from 'vscode';
import { VERDICT_LABELS, type Annotation } from '../../../server/src/analysis/annotations';
import { ARTICLE_LANGUAGE_ID } from '../../../server/src/protocol';
import type { AnnotationManager } from './annotationManager';
import { annotationMarkdown } from './annotationMarkdown';
import { passageLinkOf } from './passageLinks';

export const COMMENT_CONTROLLER_ID = 'crosscheck.annotations';

/** A comment that shows one annotation. */
export class AnnotationComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  contextValue = 'crosscheck.annotation';
  body: vscode.MarkdownString;
  author: vscode.CommentAuthorInformation;
  label: string;
  timestamp: Date;
  constructor(readonly annotation: Annotation) {
    this.body = annotationMarkdown(annotation, { passageLink: passageLinkOf });
    this.author = { name: annotation.author || 'unknown' };
    this.label = VERDICT_LABELS[annotation.verdict];
    this.timestamp = new Date(annotation.modified);
  }
}

/** Keeps one comment thread per anchored annotation in the open articles, and saves new threads as annotations. */
export class AnnotationThreads implements vscode.Disposable {
  readonly controller: vscode.CommentController;
  /** Threads per annotation id. */
  private readonly threads = new Map<string, vscode.CommentThread>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly manager: AnnotationManager) {
    this.controller = vscode.comments.createCommentController(COMMENT_CONTROLLER_ID, 'Crosscheck annotations');
    this.controller.options = { prompt: 'Note on this claim (you will pick a verdict when you save)', placeHolder: 'Why this verdict? Paste source URLs here too.' };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => (document.languageId === ARTICLE_LANGUAGE_ID && document.uri.scheme === 'file' ? [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)] : []),
    };
    this.disposables.push(
      this.controller,
      manager.onDidChange(() => this.sync()),
      vscode.workspace.onDidOpenTextDocument(() => this.sync()),
      vscode.workspace.onDidCloseTextDocument(() => this.sync()),
    );
  }

  dispose(): void {
    for (const t of this.threads.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** The thread of an annotation, if it is shown. */
  threadOf(id: string): vscode.CommentThread | undefined {
    return this.threads.get(id);
  }

  /** Makes the threads match the annotations of the open articles. */
  sync(): void {
    const seen = new Set<string>();
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId !== ARTICLE_LANGUAGE_ID) continue;
      const state = this.manager.get(document.uri);
      if (!state) continue;
      for (const { annotation, span } of state.entries.values()) {
        if (!span) continue;
        seen.add(annotation.id);
        const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
        let thread = this.threads.get(annotation.id);
        if (!thread) {
          thread = this.controller.createCommentThread(document.uri, range, []);
          thread.canReply = false;
          thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
          thread.contextValue = 'crosscheck.annotationThread';
          this.threads.set(annotation.id, thread);
        }
        if (!thread.range || !thread.range.isEqual(range)) thread.range = range;
        const current = thread.comments[0] as AnnotationComment | undefined;
        if (!current || current.annotation !== annotation) {
          thread.comments = [new AnnotationComment(annotation)];
          thread.label = `Crosscheck: ${VERDICT_LABELS[annotation.verdict]}`;
        }
      }
    }
    for (const [id, thread] of this.threads) {
      if (seen.has(id)) continue;
      thread.dispose();
      this.threads.delete(id);
    }
  }
}
