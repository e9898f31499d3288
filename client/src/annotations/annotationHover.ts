/**
 * A hover for articles that shows the annotations on the claim under the pointer, beside the
 * server's hover (VS Code shows both). Untrusted markdown only: see annotationMarkdown.ts.
 */
import * as vscode from 'vscode';
import type { AnnotationManager } from './annotationManager';
import { annotationMarkdown, untrusted } from './annotationMarkdown';
import { passageLinkOf } from './passageLinks';

/** Hover provider that lists the annotations whose passage is under the pointer. */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly manager: AnnotationManager) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.manager.get(document.uri);
    if (!state) return undefined;
    const offset = document.offsetAt(position);
    const hits = [...state.entries.values()].filter((e) => e.span && e.span.start <= offset && offset <= e.span.end);
    if (hits.length === 0) return undefined;
    const contents = hits.map((e) => {
      const md = untrusted().appendMarkdown('_Annotation:_ ');
      return md.appendMarkdown(annotationMarkdown(e.annotation, { withMeta: true, passageLink: passageLinkOf }).value);
    });
    const first = hits[0].span!;
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}
