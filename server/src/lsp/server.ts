/**
 * The Crosscheck language server: owns the open documents and the workspace's article files,
 * schedules analysis (debounced, latest version wins), and answers diagnostics, hovers and the
 * custom requests declared in `../protocol.ts`. Only this folder knows about LSP.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticReport,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalysisCancelled,
  Corpus,
  checkText,
  decodeArticleBytes,
  sizeCheck,
  type CorpusAnalysis,
  type Passage,
} from '../analysis';
import {
  CheckConsistencyRequest,
  ClaimAtRequest,
  EntitiesRequest,
  ScanStatusNotification,
  type CheckConsistencyParams,
  type CheckConsistencyResult,
  type ClaimAtParams,
  type ClaimAtResult,
  type EntitiesResult,
  type WirePassage,
} from '../protocol';
import { sanitize, SETTING_DEFAULTS, type CrosscheckSettings } from '../settings';
import { articleGlobsFrom, articleMatcher, type ArticleMatcher } from './articleFiles';
import { Debouncer } from './debounce';
import { documentDiagnostics, skippedDiagnostics } from './diagnostics';
import { displayName } from './displayName';
import { hoverMarkdown } from './hover';
import { PositionIndex } from './positions';
import { findArticleFiles } from './workspaceScan';
import { claimStatus } from './claimStatus';

/** The longest the adaptive edit delay grows to (see `editDelay`). */
const MAX_ADAPTIVE_DELAY_MS = 5_000;

/** Per-document work between two yields to the event loop during a scan. */
const SCAN_CHUNK = 20;

/** Options a client can pass in `initializationOptions` (for clients without workspace/configuration). */
interface InitializationOptions {
  settings?: unknown;
  articleGlobs?: string[];
}

/** Starts serving on `connection`. */
export function startServer(connection: Connection): void {
  const server = new CrosscheckServer(connection);
  server.listen();
}

class CrosscheckServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly corpus = new Corpus();
  private readonly positions = new PositionIndex();
  /** Article files found on disk (fs paths -> uri), as opposed to open buffers. */
  private readonly diskArticles = new Set<string>();
  private settings: CrosscheckSettings = SETTING_DEFAULTS;
  private matcher: ArticleMatcher = articleMatcher(articleGlobsFrom({}));
  private folders: string[] = [];
  private supportsConfiguration = false;
  private supportsProgress = false;
  private supportsRefresh = false;
  private supportsFolderEvents = false;
  private initOptions: InitializationOptions = {};
  private scanning: Promise<void> = Promise.resolve();
  private readonly debouncer = new Debouncer(() => this.reanalyse());
  /** How long the last workspace analysis took, to space out re-analysis while the user types. */
  private lastAnalysisMs = 0;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const c = this.connection;
    c.onInitialize((params): InitializeResult => {
      const caps = params.capabilities;
      this.supportsConfiguration = caps.workspace?.configuration === true;
      this.supportsProgress = caps.window?.workDoneProgress === true;
      this.supportsRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
      this.supportsFolderEvents = caps.workspace?.workspaceFolders === true;
      this.initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
      this.folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
      if (this.folders.length === 0 && params.rootUri) {
        const root = uriToPath(params.rootUri);
        if (root) this.folders = [root];
      }
      return {
        capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          hoverProvider: true,
          diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'crosscheck', version: '0.1.0' },
      };
    });
    c.onInitialized(() => {
      if (this.supportsConfiguration) {
        void c.client.register(DidChangeConfigurationNotification.type, { section: ['crosscheck', 'files'] }).catch((e) => this.log('register configuration', e));
      }
      if (this.supportsFolderEvents) {
        c.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
          this.folders = this.folders.filter((f) => !removed.has(f));
          for (const f of event.added) {
            const p = uriToPath(f.uri);
            if (p) this.folders.push(p);
          }
          this.rescan();
        });
      }
      this.rescan();
    });
    c.onDidChangeConfiguration(() => this.rescan());
    c.onDidChangeWatchedFiles((params) => {
      for (const change of params.changes) {
        const path = uriToPath(change.uri);
        if (!path || this.documents.get(change.uri)) continue; // An open buffer wins over the disk.
        if (change.type === FileChangeType.Deleted) {
          this.diskArticles.delete(path);
          this.corpus.delete(change.uri);
        } else if (this.matcher.matches(path)) {
          this.diskArticles.add(path);
          this.scanning = this.scanning.then(() => this.loadFile(path)).catch((e) => this.log('reading ' + path, e));
        }
      }
      void this.scanning.then(() => this.debouncer.schedule(this.settings.debounceMs));
    });

    this.documents.onDidOpen((e) => this.updateFromBuffer(e.document, 0));
    this.documents.onDidChangeContent((e) => this.updateFromBuffer(e.document, this.editDelay()));
    this.documents.onDidClose((e) => {
      const path = uriToPath(e.document.uri);
      this.positions.forget(e.document.uri);
      if (path && this.diskArticles.has(path)) {
        // Closing without saving: the file on disk is the article again.
        this.scanning = this.scanning.then(() => this.loadFile(path)).catch((err) => this.log('reading ' + path, err));
      } else this.corpus.delete(e.document.uri);
      this.debouncer.schedule(this.settings.debounceMs);
    });

    c.languages.diagnostics.on(async (params, token) => this.diagnostics(params.textDocument.uri, token));
    c.onHover(async (params, token) => this.hover(params.textDocument.uri, params.position, token));
    c.onRequest(CheckConsistencyRequest, async (params: CheckConsistencyParams, token) => this.checkConsistency(params, token));
    c.onRequest(EntitiesRequest, async (_params: unknown, token) => this.entities(token));
    c.onRequest(ClaimAtRequest, async (params: ClaimAtParams, token) => this.claimAt(params, token));

    this.documents.listen(c);
    c.listen();
  }

  // ---- state updates ---------------------------------------------------------------------

  private updateFromBuffer(document: TextDocument, delayMs: number): void {
    const uri = document.uri;
    const text = document.getText();
    const maxChars = this.settings.maxFileSizeMB * 1024 * 1024;
    if (text.length > maxChars) {
      this.corpus.skip(uri, {
        code: 'too-large',
        message: `File is larger than ${this.settings.maxFileSizeMB} MB (setting crosscheck.maxFileSizeMB); it was not analysed.`,
      });
    } else {
      const checked = checkText(text);
      if (checked.ok) this.corpus.set(uri, text);
      else this.corpus.skip(uri, checked.reason);
    }
    this.debouncer.schedule(delayMs);
  }

  private async loadFile(path: string): Promise<void> {
    const uri = pathToFileURL(path).toString();
    if (this.documents.get(uri)) return;
    const maxBytes = this.settings.maxFileSizeMB * 1024 * 1024;
    let bytes: Buffer;
    try {
      // A file above the cap is never read into memory.
      const tooLarge = sizeCheck((await fs.stat(path)).size, maxBytes);
      if (tooLarge && !tooLarge.ok) {
        this.corpus.skip(uri, tooLarge.reason);
        return;
      }
      bytes = await fs.readFile(path);
    } catch (e) {
      this.corpus.skip(uri, { code: 'not-an-article', message: `Cannot read file: ${(e as Error).message}` });
      return;
    }
    const decoded = decodeArticleBytes(bytes, maxBytes);
    if (decoded.ok) this.corpus.set(uri, decoded.text);
    else this.corpus.skip(uri, decoded.reason);
  }

  /** Reloads settings and article globs, then finds and analyses the workspace's articles. */
  private rescan(): void {
    this.scanning = this.scanning.then(() => this.scan()).catch((e) => this.log('workspace scan', e));
  }

  private async scan(): Promise<void> {
    await this.loadSettings();
    const { files, truncated } = await findArticleFiles(this.folders, this.matcher);
    const progress = this.supportsProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Crosscheck', 0, `Reading ${files.length} article(s)`, true);
    this.notifyScan('scanning');
    const found = new Set(files);
    for (const old of this.diskArticles) {
      if (!found.has(old)) {
        const uri = pathToFileURL(old).toString();
        if (!this.documents.get(uri)) this.corpus.delete(uri);
      }
    }
    this.diskArticles.clear();
    for (let i = 0; i < files.length; i++) {
      if (progress?.token.isCancellationRequested) break;
      this.diskArticles.add(files[i]);
      await this.loadFile(files[i]);
      this.corpus.prepare(pathToFileURL(files[i]).toString());
      if (i % SCAN_CHUNK === SCAN_CHUNK - 1) {
        progress?.report(Math.round((100 * (i + 1)) / files.length), `Analysed ${i + 1} of ${files.length} article(s)`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (truncated) this.connection.console.warn('Crosscheck: the workspace is very large; only part of it was scanned for articles.');
    // The corpus-wide stages run now, while the progress still shows, so that a large workspace
    // says what it is doing instead of going quiet.
    progress?.report(100, `Comparing ${files.length} article(s)`);
    await new Promise((resolve) => setImmediate(resolve));
    this.debouncer.schedule(0);
    this.debouncer.flush();
    // Wait for the analysis that the flush started (it gives way to messages as it runs).
    await this.corpus.analyzeAsync().catch(() => undefined);
    progress?.done();
    this.notifyScan('idle');
  }

  private async loadSettings(): Promise<void> {
    let raw: unknown = this.initOptions.settings;
    let associations: unknown = {};
    if (this.supportsConfiguration) {
      try {
        const [crosscheck, files] = await this.connection.workspace.getConfiguration([{ section: 'crosscheck' }, { section: 'files.associations' }]);
        raw = crosscheck ?? raw;
        associations = files ?? {};
      } catch (e) {
        this.log('reading settings', e);
      }
    }
    this.settings = sanitize(raw);
    this.corpus.setOptions({ maxDocumentLength: this.settings.maxDocumentLength });
    this.matcher = articleMatcher(articleGlobsFrom(associations, this.initOptions.articleGlobs ?? []));
  }

  private notifyScan(state: 'scanning' | 'idle'): void {
    void this.connection.sendNotification(ScanStatusNotification, { state, documents: this.corpus.size, skipped: this.corpus.skippedCount }).catch(() => undefined);
  }

  /**
   * Runs after the debounce: analyse, then ask clients to pull diagnostics again. The analysis
   * gives the event loop a turn every few milliseconds, so messages are read while it runs; an
   * edit meanwhile makes it give up (the edit schedules the next one).
   */
  private reanalyse(): void {
    const started = performance.now();
    this.corpus.analyzeAsync().then(
      () => {
        this.lastAnalysisMs = performance.now() - started;
        if (this.supportsRefresh) void this.connection.languages.diagnostics.refresh().catch((e) => this.log('diagnostics refresh', e));
      },
      (e) => {
        if (!(e instanceof AnalysisCancelled)) this.log('analysis', e);
      },
    );
  }

  /**
   * The delay before re-analysing after an edit: the debounce setting, or longer when the
   * workspace is so large that an analysis takes longer than that, so that typing in a big
   * workspace never queues one multi-second analysis per keystroke.
   */
  private editDelay(): number {
    return Math.max(this.settings.debounceMs, Math.min(this.lastAnalysisMs, MAX_ADAPTIVE_DELAY_MS));
  }

  /**
   * The analysis, once pending edits and scans have settled: for diagnostics and workspace-wide
   * requests, which are to show fresh results. The request fails as soon as the client cancels
   * it, without stopping the analysis that others wait for.
   */
  private analysis(token: CancellationToken): Promise<CorpusAnalysis> {
    return unlessCancelled(this.settledAnalysis(), token);
  }

  /**
   * The analysis to answer a request about a place in `uri` (hover, claim at a position): the last
   * completed one when it analysed the text the client has now, at once, even while a newer
   * analysis runs (rust-analyzer and the markdown language service also answer from their last
   * consistent snapshot); else, after an edit to this document, the fresh analysis, since the old
   * offsets would not match the client's positions. The old result is never modified by later
   * runs (see corpus.ts), so it may be read while they run.
   */
  private analysisAt(uri: string, token: CancellationToken): Promise<CorpusAnalysis> {
    const latest = this.corpus.latest;
    const doc = latest?.documents.get(uri);
    if (latest && doc && doc.text === this.currentText(uri)) return Promise.resolve(latest);
    return this.analysis(token);
  }

  /** The text the client sees for `uri`: the open buffer, else what the corpus holds. */
  private currentText(uri: string): string | undefined {
    return this.documents.get(uri)?.getText() ?? this.corpus.textOf(uri);
  }

  /** The analysis under way, or a new one; one that an edit supersedes is followed by the next. */
  private async settledAnalysis(): Promise<CorpusAnalysis> {
    for (;;) {
      await this.scanning;
      await this.debouncer.settled();
      try {
        return await this.corpus.analyzeAsync();
      } catch (e) {
        if (!(e instanceof AnalysisCancelled)) throw e;
      }
    }
  }

  // ---- requests --------------------------------------------------------------------------

  private async diagnostics(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const analysis = await this.analysis(token);
    const doc = analysis.documents.get(uri);
    const skipped = analysis.skipped.get(uri);
    const items = doc ? documentDiagnostics(analysis, doc, this.settings, this.positions) : skipped ? skippedDiagnostics(skipped) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }

  private async hover(uri: string, position: { line: number; character: number }, token: CancellationToken): Promise<Hover | null> {
    const analysis = await this.analysisAt(uri, token);
    const doc = analysis.documents.get(uri);
    if (!doc) return null;
    // Positions come from the analysed text (the same as the client's, see analysisAt), and so do
    // the ranges of passages in other documents: offsets are only valid in the text they index.
    const offset = this.positions.documentFor(uri, doc.text).offsetAt(position);
    const markdown = hoverMarkdown(analysis, doc, offset, this.positions);
    return markdown ? { contents: { kind: 'markdown', value: markdown } } : null;
  }

  private async checkConsistency(params: CheckConsistencyParams, token: CancellationToken): Promise<CheckConsistencyResult> {
    const progress = params.workDoneToken !== undefined ? this.connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
    progress?.begin('Crosscheck: checking consistency', undefined, 'Reading articles', true);
    try {
      this.rescan();
      const analysis = await this.analysis(token);
      progress?.report('Comparing articles');
      const result: CheckConsistencyResult = {
        documents: analysis.documents.size,
        skipped: [...analysis.skipped].map(([uri, r]) => ({ uri, message: r.message })),
        contradictions: analysis.contradictions.map((k) => ({
          kind: k.kind,
          fact: k.fact,
          explanation: k.explanation,
          passages: k.items.map((p) => this.wirePassage(analysis, p)),
        })),
      };
      if (this.supportsRefresh) void this.connection.languages.diagnostics.refresh().catch((e) => this.log('diagnostics refresh', e));
      return result;
    } finally {
      progress?.done();
    }
  }

  private async entities(token: CancellationToken): Promise<EntitiesResult> {
    const analysis = await this.analysis(token);
    return {
      entities: [...analysis.entities.values()].map((e) => ({
        id: e.id,
        canonical: e.canonical,
        type: e.type,
        aliases: e.aliases,
        mentions: e.mentions.map((m) => this.wirePassage(analysis, m)),
      })),
    };
  }

  private async claimAt(params: ClaimAtParams, token: CancellationToken): Promise<ClaimAtResult | null> {
    const analysis = await this.analysisAt(params.uri, token);
    const doc = analysis.documents.get(params.uri);
    if (!doc) return null;
    const offset = this.positions.documentFor(doc.uri, doc.text).offsetAt(params.position);
    const claim = doc.claims.find((c) => c.start <= offset && offset <= c.end);
    if (!claim) return null;
    const status = claimStatus(analysis, doc.uri, claim);
    return {
      range: this.positions.range(doc.uri, doc.text, claim),
      text: claim.text,
      corroborations: [...status.independent, ...status.copies].map((p) => this.wirePassage(analysis, p)),
      contradictions: status.contradictions.map(({ contradiction, other }) => ({
        ...this.wirePassage(analysis, other),
        kind: contradiction.kind,
        explanation: contradiction.explanation,
      })),
    };
  }

  private wirePassage(analysis: CorpusAnalysis, p: Passage): WirePassage {
    const doc = analysis.documents.get(p.uri);
    const range = doc ? this.positions.range(p.uri, doc.text, p) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: p.uri, range, text: p.text, headline: doc ? displayName(analysis, p.uri) : undefined };
  }

  private log(context: string, e: unknown): void {
    this.connection.console.error(`Crosscheck: ${context} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

/** The answer to a request the client cancelled. */
function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** `work`, or a `requestCancelled` error as soon as `token` fires, whichever comes first. */
function unlessCancelled<T>(work: Promise<T>, token: CancellationToken): Promise<T> {
  if (token.isCancellationRequested) {
    work.catch(() => undefined); // Nobody waits for the answer any more.
    return Promise.reject(requestCancelled());
  }
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => reject(requestCancelled()));
    work.then(resolve, reject).finally(() => listener.dispose());
  });
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

