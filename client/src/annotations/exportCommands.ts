/**
 * "Export Annotations as ClaimReview" and "... as W3C Web Annotations": every annotation of the
 * workspace, re-anchored in the current text, written to a JSON file the user picks (or the
 * `target` argument, for tests). Same output as `crosscheck export`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildClaimReview, buildTarget, toW3C, W3C_CONTEXT, type ClaimReview, type W3CAnnotation } from '../../../server/src/analysis/annotations';
import { writeFileAtomicSync } from '../../../server/src/store';
import type { AnnotationManager } from './annotationManager';
import { uriOfSource } from './passageLinks';

export type ExportFormat = 'claimreview' | 'w3c';

/** What an export wrote. */
export interface ExportResult {
  file: string;
  exported: number;
  orphans: number;
}

/** Runs an export; resolves to what was written, or undefined when cancelled or empty. */
export async function exportAnnotations(manager: AnnotationManager, format: ExportFormat, args?: { target?: string }): Promise<ExportResult | undefined> {
  manager.loadWorkspace();
  const articles = manager.all();
  if (articles.length === 0) {
    void vscode.window.showInformationMessage('There are no annotations to export yet.');
    return undefined;
  }
  let target = args?.target;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = format === 'claimreview' ? 'claimreview.json' : 'annotations.w3c.json';
    const picked = await vscode.window.showSaveDialog({ title: 'Crosscheck: export annotations', defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { JSON: ['json', 'jsonld'] } });
    if (!picked) return undefined;
    target = picked.fsPath;
  }
  const reviews: ClaimReview[] = [];
  const items: W3CAnnotation[] = [];
  let orphans = 0;
  for (const state of articles) {
    const text = manager.textOf(state.uri);
    const articleUrl = state.uri.toString();
    const headline = text.split(/\r?\n/).find((l) => l.trim())?.trim();
    const sourceUrl = (source: string) => uriOfSource(source)?.toString() ?? source;
    for (const { annotation: stored, span } of state.entries.values()) {
      if (!span) orphans++;
      // Offsets and quote as the text is now (an unsaved buffer included).
      const annotation = span ? { ...stored, target: buildTarget(stored.target.source, text, span.start, span.end) } : stored;
      if (format === 'w3c') {
        const w = toW3C(annotation);
        items.push({ ...w, target: { ...w.target, source: articleUrl }, body: w.body.map((b) => (b.type === 'SpecificResource' && b.selector ? { ...b, source: sourceUrl(b.source) } : b)) });
      } else if (span) {
        reviews.push(buildClaimReview(annotation, { url: articleUrl, headline }, { reviewUrl: articleUrl, sourceUrl }, text.slice(span.start, span.end)));
      }
    }
  }
  const out = format === 'w3c' ? { '@context': W3C_CONTEXT, type: 'AnnotationCollection', label: 'Crosscheck annotations', total: items.length, first: { type: 'AnnotationPage', startIndex: 0, items } } : reviews;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  writeFileAtomicSync(target, JSON.stringify(out, null, 2) + '\n');
  const exported = format === 'w3c' ? items.length : reviews.length;
  const note = orphans && format === 'claimreview' ? ` (${orphans} orphaned annotation(s) left out)` : orphans ? ` (${orphans} orphaned)` : '';
  if (!args?.target) {
    void vscode.window.showInformationMessage(`Crosscheck exported ${exported} annotation(s) to ${path.basename(target)}${note}.`, 'Open').then((choice) => {
      if (choice === 'Open') void vscode.window.showTextDocument(vscode.Uri.file(target!));
    });
  }
  return { file: target, exported, orphans };
}
