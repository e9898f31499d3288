/**
 * "Crosscheck: Annotate claim": finds the claim under the cursor (the server's `crosscheck/claimAt`;
 * else the selection, else the current line), asks for a verdict, a note and evidence (passages
 * the analysis found in other articles, a selection in another editor, or a URL), and saves.
 * With arguments (tests, keybindings) it asks nothing.
 */
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { buildTarget, parseVerdict, VERDICT_LABELS, VERDICTS, type Annotation, type Evidence, type Verdict } from '../../../server/src/analysis/annotations';
import { ClaimAtRequest, type ClaimAtParams, type ClaimAtResult, type WirePassage } from '../../../server/src/protocol';
import { sanitize } from '../../../server/src/settings';
import type { AnnotationManager } from './annotationManager';
import { oneLine, safeWebUrl } from './annotationMarkdown';

/** Arguments of `crosscheck.annotateClaim` when called from code. */
export interface AnnotateArgs {
  /** The article (default: the active editor's document). */
  uri?: string;
  /** The passage; default: the claim at the cursor. */
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** When given, nothing is asked. */
  verdict?: Verdict | string;
  note?: string;
  evidence?: Array<{ url: string } | { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

/** How long to wait for the server's claimAt answer before falling back to the line. */
const CLAIM_AT_TIMEOUT_MS = 3000;

/** The annotation author: the setting, else the OS user name. */
export function annotationAuthor(): string {
  const configured = sanitize(vscode.workspace.getConfiguration('crosscheck')).annotationAuthor.trim();
  if (configured) return configured;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Runs the command; resolves to the new annotation, or undefined when cancelled. */
export async function annotateClaim(manager: AnnotationManager, client: LanguageClient, output: vscode.LogOutputChannel, args?: AnnotateArgs): Promise<Annotation | undefined> {
  const document = args?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open an article to annotate one of its claims.');
    return undefined;
  }
  const where = manager.locate(document.uri);
  if (typeof where === 'string') {
    void vscode.window.showWarningMessage(where);
    return undefined;
  }
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const claim = args?.range ? undefined : await claimAt(client, document, editor?.selection.active ?? new vscode.Position(0, 0), output);
  const range = args?.range ? toRange(args.range) : passageRange(document, editor?.selection, claim);
  if (range.isEmpty) {
    void vscode.window.showInformationMessage('There is no text to annotate here.');
    return undefined;
  }

  let verdict: Verdict | undefined;
  let note = args?.note ?? '';
  let evidence: Evidence[];
  if (args?.verdict !== undefined) {
    verdict = parseVerdict(args.verdict);
    if (!verdict) throw new Error(`unknown verdict '${args.verdict}' (verified, false, misleading, unproven, needs-source)`);
    evidence = (args.evidence ?? []).map((e) => ('url' in e ? { kind: 'url' as const, url: e.url } : passageEvidence(manager, vscode.Uri.parse(e.uri), toRange(e.range))));
  } else {
    verdict = await pickVerdict(document.getText(range));
    if (!verdict) return undefined;
    const typed = await vscode.window.showInputBox({ title: `Crosscheck: ${VERDICT_LABELS[verdict]} — note`, prompt: 'A note for this verdict (optional)', value: note });
    if (typed === undefined) return undefined;
    note = typed;
    const picked = await pickEvidence(manager, document, claim?.corroborations ?? []);
    if (!picked) return undefined;
    evidence = picked;
  }
  const annotation = manager.add(document, document.offsetAt(range.start), document.offsetAt(range.end), { verdict, note, evidence, author: annotationAuthor() });
  output.info(`Annotations: ${VERDICT_LABELS[verdict]} on "${oneLine(annotation.target.quote.exact, 60)}" in ${annotation.target.source}`);
  return annotation;
}

/** Asks for a verdict. */
export async function pickVerdict(quote: string): Promise<Verdict | undefined> {
  const items = VERDICTS.map((v) => ({ label: VERDICT_LABELS[v], verdict: v }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Crosscheck: verdict', placeHolder: oneLine(quote, 100) });
  return picked?.verdict;
}

/** The claim under a position, from the server; undefined when there is none or no answer. */
async function claimAt(client: LanguageClient, document: vscode.TextDocument, position: vscode.Position, output: vscode.LogOutputChannel): Promise<ClaimAtResult | undefined> {
  if (!client.isRunning()) return undefined;
  const params: ClaimAtParams = { uri: client.code2ProtocolConverter.asUri(document.uri), position: { line: position.line, character: position.character } };
  try {
    const answer = await Promise.race([client.sendRequest<ClaimAtResult | null>(ClaimAtRequest, params), new Promise<undefined>((r) => setTimeout(() => r(undefined), CLAIM_AT_TIMEOUT_MS))]);
    return answer ?? undefined;
  } catch (e) {
    output.warn(`Annotations: ${ClaimAtRequest} failed (${String(e)}); annotating the selection or line instead`);
    return undefined;
  }
}

/** The claim's range, else a non-empty selection, else the trimmed current line. */
function passageRange(document: vscode.TextDocument, selection: vscode.Selection | undefined, claim: ClaimAtResult | undefined): vscode.Range {
  if (selection && !selection.isEmpty) return selection;
  if (claim) return toRange(claim.range);
  const line = document.lineAt(selection?.active.line ?? 0);
  const text = line.text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return new vscode.Range(line.lineNumber, start, line.lineNumber, Math.max(start, end));
}

/** Asks for evidence: passages the analysis found, selections in other editors, a URL. */
async function pickEvidence(manager: AnnotationManager, document: vscode.TextDocument, corroborations: WirePassage[]): Promise<Evidence[] | undefined> {
  type Item = vscode.QuickPickItem & { make?: () => Evidence | undefined; url?: true };
  const items: Item[] = [];
  for (const p of corroborations) {
    const uri = vscode.Uri.parse(p.uri);
    items.push({ label: `$(references) ${uri.path.split('/').pop()}`, description: p.headline, detail: oneLine(p.text, 140), make: () => passageEvidence(manager, uri, toRange(p.range)) });
  }
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document === document || editor.selection.isEmpty || editor.document.uri.scheme !== 'file') continue;
    const { uri } = editor.document;
    const range = new vscode.Range(editor.selection.start, editor.selection.end);
    items.push({ label: `$(selection) Selection in ${uri.path.split('/').pop()}`, detail: oneLine(editor.document.getText(range), 140), make: () => passageEvidence(manager, uri, range) });
  }
  items.push({ label: '$(link) Enter a URL…', url: true });
  const picked = await vscode.window.showQuickPick(items, { title: 'Crosscheck: evidence (optional)', placeHolder: 'Pick sources, or press Enter for none', canPickMany: true });
  if (!picked) return undefined;
  const evidence = picked.flatMap((i) => (i.make ? [i.make()!] : []));
  if (picked.some((i) => i.url)) {
    const url = await vscode.window.showInputBox({ title: 'Crosscheck: evidence URL', prompt: 'An http(s) URL', validateInput: (v) => (safeWebUrl(v.trim()) ? undefined : 'Enter an http:// or https:// URL') });
    if (url) evidence.push({ kind: 'url', url: url.trim() });
  }
  return evidence;
}

/** Evidence pointing at a passage of another article (its workspace path when it has one). */
function passageEvidence(manager: AnnotationManager, uri: vscode.Uri, range: vscode.Range): Evidence {
  const text = manager.textOf(uri);
  const lines = text.split('\n');
  const offset = (p: vscode.Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const where = manager.locate(uri);
  const source = typeof where === 'string' ? uri.toString() : where.article;
  return { kind: 'passage', target: buildTarget(source, text, offset(range.start), offset(range.end)) };
}

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
