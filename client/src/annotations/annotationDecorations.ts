/**
 * Decorations of annotated passages in the editor: an underline and an overview-ruler mark in
 * the verdict's colour, and the verdict after the passage.
 */
import * as vscode from 'vscode';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../../server/src/analysis/annotations';
import type { AnnotationManager } from './annotationManager';

const COLORS: Record<Verdict, string> = {
  verified: '#2e9d4a',
  false: '#d83b3b',
  misleading: '#e0871b',
  unproven: '#8a7fd1',
  'needs-source': '#3a8fd6',
};

/** Draws the annotated passages of every visible article editor, redrawn whenever the annotations change. */
export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<Verdict, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly manager: AnnotationManager) {
    for (const v of VERDICTS) {
      this.types.set(
        v,
        vscode.window.createTextEditorDecorationType({
          borderStyle: 'none none dotted none',
          borderWidth: '0 0 2px 0',
          borderColor: COLORS[v],
          overviewRulerColor: COLORS[v],
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          after: { contentText: ` ⚑ ${VERDICT_LABELS[v]}`, color: COLORS[v], fontStyle: 'italic', margin: '0 0 0 0.3em' },
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    this.disposables.push(
      manager.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
    );
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const state = this.manager.get(editor.document.uri);
      const byVerdict = new Map<Verdict, vscode.Range[]>(VERDICTS.map((v) => [v, []]));
      for (const { annotation, span } of state?.entries.values() ?? []) {
        if (span) byVerdict.get(annotation.verdict)!.push(new vscode.Range(editor.document.positionAt(span.start), editor.document.positionAt(span.end)));
      }
      for (const [v, ranges] of byVerdict) editor.setDecorations(this.types.get(v)!, ranges);
    }
  }
}
