/**
 * Annotations in a real extension host (issue 5): add one through the command (and see its
 * comment thread and hover), insert text above it and see it stay on its passage, reword the
 * passage slightly, export as ClaimReview and W3C, and delete the passage to see it orphaned.
 *
 * Runs on paris-gazette.txt of the workspace copy; every edit stays in the buffer and is reverted
 * at the end, and the store folder is removed, so that the other suites see the fixture unchanged.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openArticle, positionOf, replaceText, workspaceDir } from './helpers';

interface Listed {
  id: string;
  verdict: string;
  note: string;
  orphan: boolean;
  start?: number;
  end?: number;
  text?: string;
  thread?: vscode.Range;
}

const CLAIM = 'Police spokesman Marc Delorme said the alarm sounded at 3:40 a.m. and officers arrived eight minutes later.';
const ARTICLE = 'paris-gazette.txt';

/** Polls `read` until `ok` accepts it (the manager re-anchors after a short debounce). */
async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

describe('Annotations in the extension host', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;
  let id: string;
  const list = async () => (await vscode.commands.executeCommand<Listed[]>('crosscheck.listAnnotations', doc.uri.toString())) ?? [];
  const mine = async () => (await list()).find((a) => a.id === id);

  before(async () => {
    doc = await openArticle(ARTICLE);
    await activateExtension();
  });

  after(async () => {
    // Put the fixture back as it was for the suites that follow.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    fs.rmSync(path.join(workspaceDir(), '.crosscheck'), { recursive: true, force: true });
    await vscode.commands.executeCommand('crosscheck.refreshAnnotations');
  });

  it('offers "Annotate claim" as a code action on a claim', async () => {
    const at = positionOf(doc, 'alarm sounded');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at))) ?? [];
    assert.ok(actions.some((a) => a.title === 'Crosscheck: Annotate claim'), `actions: ${actions.map((a) => a.title).join(', ')}`);
  });

  it('adds an annotation through the command, with a comment thread on the claim and a store file', async () => {
    const start = positionOf(doc, CLAIM);
    const end = positionOf(doc, CLAIM, CLAIM.length);
    const created = await vscode.commands.executeCommand<{ id: string }>('crosscheck.annotateClaim', {
      uri: doc.uri.toString(),
      range: { start, end },
      verdict: 'misleading',
      note: 'The wire copy gives <b>3:45</b> [not](command:evil) 3:40.',
      evidence: [{ url: 'https://example.org/police-log' }],
    });
    assert.ok(created?.id, 'the command returned the annotation');
    id = created.id;
    const a = await until('the annotation to be listed', mine, (x) => !!x);
    assert.equal(a!.verdict, 'misleading');
    assert.equal(a!.text, CLAIM);
    assert.ok(a!.thread, 'a comment thread is shown on it');
    assert.deepEqual([a!.thread!.start.line, a!.thread!.start.character], [start.line, start.character]);

    const store = path.join(workspaceDir(), '.crosscheck', 'annotations', `${ARTICLE}.json`);
    const saved = JSON.parse(fs.readFileSync(store, 'utf8'));
    assert.equal(saved.first.items[0].motivation, 'assessing');
    assert.equal(saved.first.items[0].target.selector[0].exact, CLAIM);
  });

  it('shows the verdict and the note, escaped, in the hover', async () => {
    const markdown = await hoverText(doc, positionOf(doc, 'alarm sounded'));
    // Shown literally once markdown escapes are read...
    const shown = markdown.replace(/\\(.)/g, '$1');
    assert.match(shown, /Misleading/);
    assert.ok(shown.includes('The wire copy gives <b>3:45</b> [not](command:evil) 3:40.'), shown);
    // ...because in the markdown itself nothing of it is live.
    assert.doesNotMatch(markdown, /<b>/, 'HTML in the note is escaped');
    assert.doesNotMatch(markdown, /\]\(command:/, 'links typed in the note are escaped');
    assert.match(markdown, /\]\(https:\/\/example\.org\/police-log\)/, 'the evidence URL is a link');
  });

  it('stays on its passage when text is inserted above it', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'UPDATED 10:15 with a statement from the museum.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const a = await until('the annotation to move down', mine, (x) => !!x && x.thread?.start.line === positionOf(doc, CLAIM).line);
    assert.equal(a!.text, CLAIM);
    assert.equal(a!.orphan, false);
  });

  it('follows the claim when it is reworded slightly', async () => {
    await replaceText(doc, 'officers arrived eight minutes later', 'officers arrived about eight minutes later');
    const a = await until('the annotation to cover the reworded claim', mine, (x) => !!x && !!x.text?.includes('about eight minutes later'));
    assert.equal(a!.text, CLAIM.replace('arrived eight', 'arrived about eight'));
  });

  it('exports ClaimReview and W3C files', async () => {
    const dir = fs.mkdtempSync(path.join(workspaceDir(), '..', 'crosscheck-export-'));
    const claimreview = path.join(dir, 'claimreview.json');
    const w3c = path.join(dir, 'annotations.w3c.json');
    const r1 = await vscode.commands.executeCommand<{ exported: number }>('crosscheck.exportClaimReview', { target: claimreview });
    const r2 = await vscode.commands.executeCommand<{ exported: number }>('crosscheck.exportW3C', { target: w3c });
    assert.equal(r1?.exported, 1);
    assert.equal(r2?.exported, 1);
    const [review] = JSON.parse(fs.readFileSync(claimreview, 'utf8'));
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review.claimReviewed, CLAIM.replace('arrived eight', 'arrived about eight'));
    assert.equal(review.reviewRating.alternateName, 'Misleading');
    assert.equal(review.itemReviewed.appearance.url, doc.uri.toString());
    const collection = JSON.parse(fs.readFileSync(w3c, 'utf8'));
    const [item] = collection.first.items;
    assert.equal(item.motivation, 'assessing');
    const [quote, position] = item.target.selector;
    assert.equal(doc.getText().slice(position.start, position.end), quote.exact);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the annotation as an orphan when its passage is deleted, and keeps it', async () => {
    const now = doc.getText();
    const claim = CLAIM.replace('arrived eight', 'arrived about eight');
    const at = now.indexOf(claim);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + claim.length + 2)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const a = await until('the annotation to be orphaned', mine, (x) => !!x && x.orphan);
    assert.equal(a!.thread, undefined, 'an orphan has no thread in the editor');
  });
});
