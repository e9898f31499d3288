/**
 * The annotations of the workspace as the editor sees them: read from the store (one file per
 * article under `.crosscheck/annotations/`), anchored in each article's current text (the open
 * editor's buffer when there is one), kept attached while the text is edited, and written back.
 *
 * - Edits: offsets move with every change event at once (cheap), then a debounced re-anchor checks
 *   the quote and falls back to exact and fuzzy search. The stored selectors are refreshed when the
 *   article is saved, so the file on disk always describes the file on disk.
 * - Store changes from elsewhere (another window, a git pull) arrive through a file watcher and are
 *   merged by id; every write re-reads and merges too (see server/src/store).
 * - A corrupt store file is set aside by the store with a message, which is shown once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { anchor, buildTarget, createAnnotation, mergeAnnotations, type Annotation, type Evidence, type Verdict } from '../../../server/src/analysis/annotations';
import { AnnotationStore, articlePathFor, STORE_DIR, type StoreProblem } from '../../../server/src/store';
import { mapSpan } from './mapOffsets';

/** One annotation and where it is now. */
export interface AnnotationEntry {
  annotation: Annotation;
  /** Offsets in the article's current text, or undefined for an orphan. */
  span?: { start: number; end: number };
}

/** The annotations of one article. */
export class ArticleAnnotations {
  /** What the store file held when last read or written (the base of the next merge). */
  base: Annotation[] = [];
  entries = new Map<string, AnnotationEntry>();
  constructor(
    readonly uri: vscode.Uri,
    readonly store: AnnotationStore,
    /** Workspace-relative path: the store key and the annotations' `target.source`. */
    readonly article: string,
  ) {}

  get annotations(): Annotation[] {
    return [...this.entries.values()].map((e) => e.annotation);
  }
}

/** Debounce of re-anchoring after edits, in milliseconds. */
const REANCHOR_DELAY_MS = 250;

/** Holds every article's annotations, keeps them anchored while the text changes, and reads and writes the store. */
export class AnnotationManager implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleAnnotations>();
  private readonly stores = new Map<string, AnnotationStore>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires with an article's URI when its annotations or their places change (undefined: all). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${STORE_DIR}/**/*.json`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => this.onStoreFileChanged(u)),
      watcher.onDidCreate((u) => this.onStoreFileChanged(u)),
      watcher.onDidDelete((u) => this.onStoreFileChanged(u)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onDocumentSaved(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.refreshAnchors(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.refreshAnchors(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.loadWorkspace()),
      this.changed,
    );
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }

  /** Reads every store file of every workspace folder. */
  loadWorkspace(): void {
    // From scratch, so that annotations whose store file was removed go too.
    this.articles.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const store = this.storeOf(folder.uri.fsPath);
      for (const article of store.articles()) this.load(vscode.Uri.file(path.join(folder.uri.fsPath, ...article.split('/'))));
    }
    this.changed.fire(undefined);
  }

  /** Every article that has annotations (orphans included). */
  all(): ArticleAnnotations[] {
    return [...this.articles.values()].filter((a) => a.entries.size > 0).sort((a, b) => a.article.localeCompare(b.article));
  }

  /** The annotations of an article, read from the store the first time. */
  get(uri: vscode.Uri): ArticleAnnotations | undefined {
    return this.articles.get(uri.toString()) ?? this.load(uri);
  }

  /** Finds an annotation by id. */
  find(id: string): { article: ArticleAnnotations; entry: AnnotationEntry } | undefined {
    for (const article of this.articles.values()) {
      const entry = article.entries.get(id);
      if (entry) return { article, entry };
    }
    return undefined;
  }

  /** Where an article's annotations are stored, or why they cannot be. */
  locate(uri: vscode.Uri): { store: AnnotationStore; article: string } | string {
    if (uri.scheme !== 'file') return 'Only files saved on disk can be annotated.';
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || folder.uri.scheme !== 'file') return 'Annotations are stored in the workspace: open the article inside a workspace folder.';
    const article = articlePathFor(folder.uri.fsPath, uri.fsPath);
    if (!article) return 'The article is not inside its workspace folder.';
    return { store: this.storeOf(folder.uri.fsPath), article };
  }

  /** Adds an annotation on `[start, end)` of the document and saves it. */
  add(document: vscode.TextDocument, start: number, end: number, fields: { verdict: Verdict; note: string; evidence: Evidence[]; author: string }): Annotation {
    const where = this.locate(document.uri);
    if (typeof where === 'string') throw new Error(where);
    const state = this.get(document.uri) ?? this.create(document.uri, where.store, where.article);
    const annotation = createAnnotation({ source: where.article, text: document.getText(), start, end, ...fields });
    state.entries.set(annotation.id, { annotation, span: { start: annotation.target.position.start, end: annotation.target.position.end } });
    this.save(state);
    return annotation;
  }

  /** Changes an annotation's verdict, note or evidence and saves it. */
  update(id: string, changes: Partial<Pick<Annotation, 'verdict' | 'note' | 'evidence'>>): void {
    const found = this.find(id);
    if (!found) return;
    found.entry.annotation = { ...found.entry.annotation, ...changes, modified: new Date().toISOString() };
    this.save(found.article);
  }

  /** Deletes an annotation. */
  remove(id: string): void {
    const found = this.find(id);
    if (!found) return;
    found.article.entries.delete(id);
    this.save(found.article);
  }

  /** The current text of an article: the editor's buffer when open, else the file. */
  textOf(uri: vscode.Uri): string {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return fs.readFileSync(uri.fsPath, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return '';
    }
  }

  private storeOf(root: string): AnnotationStore {
    let store = this.stores.get(root);
    if (!store) {
      store = new AnnotationStore(root, { onProblem: (p) => this.showProblem(p) });
      this.stores.set(root, store);
    }
    return store;
  }

  private create(uri: vscode.Uri, store: AnnotationStore, article: string): ArticleAnnotations {
    const state = new ArticleAnnotations(uri, store, article);
    this.articles.set(uri.toString(), state);
    return state;
  }

  private load(uri: vscode.Uri): ArticleAnnotations | undefined {
    const where = this.locate(uri);
    if (typeof where === 'string') return undefined;
    const state = this.articles.get(uri.toString()) ?? this.create(uri, where.store, where.article);
    state.base = where.store.read(where.article);
    state.entries = new Map(state.base.map((a) => [a.id, { annotation: a }]));
    this.anchorAll(state, this.textOf(uri));
    return state;
  }

  /** Writes an article's annotations, merged with whatever the file holds now. */
  private save(state: ArticleAnnotations): void {
    try {
      const spans = new Map([...state.entries].map(([id, e]) => [id, e.span]));
      const merged = state.store.save(state.article, state.base, state.annotations);
      state.base = merged;
      state.entries = new Map(merged.map((a) => [a.id, { annotation: a, span: spans.get(a.id) }]));
      // Annotations that arrived from elsewhere have no place yet.
      if ([...state.entries.values()].some((e) => !e.span)) this.anchorAll(state, this.textOf(state.uri));
    } catch (e) {
      this.output.error(`Annotations: cannot save ${state.article}: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(`Crosscheck could not save the annotations of ${state.article}: ${(e as Error).message}`);
    }
    this.changed.fire(state.uri);
  }

  /** Anchors every annotation of an article in `text`, from its stored selectors (or moved hint). */
  private anchorAll(state: ArticleAnnotations, text: string): void {
    for (const entry of state.entries.values()) {
      const { quote, position } = entry.annotation.target;
      const r = anchor(text, quote, position, { hint: entry.span?.start });
      entry.span = r.status === 'anchored' ? { start: r.start, end: r.end } : undefined;
    }
  }

  private refreshAnchors(uri: vscode.Uri): void {
    const state = this.articles.get(uri.toString());
    if (!state) return;
    this.anchorAll(state, this.textOf(uri));
    this.changed.fire(uri);
  }

  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const state = this.articles.get(key);
    if (!state || e.contentChanges.length === 0) return;
    for (const entry of state.entries.values()) {
      if (entry.span) entry.span = mapSpan(entry.span.start, entry.span.end, e.contentChanges);
    }
    this.changed.fire(state.uri);
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.refreshAnchors(state.uri);
      }, REANCHOR_DELAY_MS),
    );
  }

  /** On save the stored selectors are rebuilt from the saved text (the user's fields are untouched). */
  private onDocumentSaved(document: vscode.TextDocument): void {
    const state = this.articles.get(document.uri.toString());
    if (!state) return;
    clearTimeout(this.pending.get(document.uri.toString()));
    const text = document.getText();
    this.anchorAll(state, text);
    let changed = false;
    for (const entry of state.entries.values()) {
      if (!entry.span) continue;
      const t = entry.annotation.target;
      const target = buildTarget(t.source, text, entry.span.start, entry.span.end);
      if (target.position.start === t.position.start && target.position.end === t.position.end && target.quote.exact === t.quote.exact && target.quote.prefix === t.quote.prefix && target.quote.suffix === t.quote.suffix) continue;
      entry.annotation = { ...entry.annotation, target };
      changed = true;
    }
    if (changed) this.save(state);
    else this.changed.fire(state.uri);
  }

  /** The store file changed on disk (our own write, another window, a git pull): merge it in. */
  private onStoreFileChanged(file: vscode.Uri): void {
    for (const [root, store] of this.stores) {
      const rel = articlePathFor(path.join(root, ...STORE_DIR.split('/')), file.fsPath);
      if (!rel || !rel.endsWith('.json')) continue;
      const article = rel.slice(0, -'.json'.length);
      const uri = vscode.Uri.file(path.join(root, ...article.split('/')));
      const state = this.articles.get(uri.toString());
      if (!state) {
        this.load(uri);
        this.changed.fire(uri);
        return;
      }
      const theirs = store.read(article);
      if (JSON.stringify(theirs) === JSON.stringify(state.base)) return; // Our own write.
      const spans = new Map([...state.entries].map(([id, e]) => [id, e.span]));
      const merged = mergeAnnotations(state.base, state.annotations, theirs);
      state.base = theirs;
      state.entries = new Map(merged.map((a) => [a.id, { annotation: a, span: spans.get(a.id) }]));
      this.anchorAll(state, this.textOf(uri));
      this.output.info(`Annotations: ${article} changed on disk; ${merged.length} annotation(s) now`);
      this.changed.fire(uri);
      return;
    }
  }

  private showProblem(p: StoreProblem): void {
    this.output.error(`Annotations: ${p.message}`);
    void vscode.window.showWarningMessage(p.message);
  }
}
