/**
 * A minimal LSP client for tests: spawns the bundled server with `--stdio` and talks JSON-RPC to it
 * with vscode-jsonrpc (vscode-languageclient cannot load outside VS Code). It plays the editor's
 * part: it answers `workspace/configuration`, capability registration, progress creation and
 * diagnostic refresh requests, and records what the server sent so that tests can wait on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentDiagnosticReport, Hover, InitializeResult, MarkupContent, Position, Range } from 'vscode-languageserver';
import { ARTICLE_LANGUAGE_ID, ScanStatusNotification, type ScanStatusParams } from '../../src/protocol';
import type { CrosscheckSettings } from '../../src/settings';

/** The repository root: the folder that holds test-fixtures/ (tests run from it via npm scripts). */
export const REPO_ROOT = findRepoRoot();

/** The bundled server next to the bundled tests (works for dist/ and any --outdir). */
export const SERVER_JS = process.env.CROSSCHECK_SERVER ?? resolve(__dirname, '..', '..', 'server', 'server.js');

function findRepoRoot(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'test-fixtures', 'workspace'))) return dir;
    if (dirname(dir) === dir) break;
  }
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'test-fixtures', 'workspace'))) return dir;
    if (dirname(dir) === dir) throw new Error('cannot find the repository root (a folder holding test-fixtures/workspace)');
  }
}

/** Copies test-fixtures/workspace to a fresh temporary folder, so that tests may edit it freely. */
export function copyFixtureWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-lsp-'));
  cpSync(join(REPO_ROOT, 'test-fixtures', 'workspace'), dir, { recursive: true });
  return dir;
}

/** An empty temporary folder for tests that write their own files. */
export function makeTempWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'crosscheck-lsp-'));
}

/** Removes a temporary folder made by the functions above. */
export function removeTempWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The `file://` URI of a path, spelled as VS Code spells it. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The text a range covers, counting lines as LSP does (\n, \r\n and \r end a line). */
export function textAt(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** The UTF-16 offset of an LSP position in a text. */
export function offsetAt(text: string, pos: Position): number {
  let line = 0;
  let offset = 0;
  while (line < pos.line) {
    const m = /\r\n|\n|\r/g;
    m.lastIndex = offset;
    const hit = m.exec(text);
    if (!hit) return text.length;
    offset = hit.index + hit[0].length;
    line++;
  }
  return Math.min(offset + pos.character, text.length);
}

/** The LSP position of the first occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at + delta);
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The markdown string of a hover, whatever shape its contents take. */
export function hoverMarkdown(hover: Hover | null): string {
  if (!hover) return '';
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts.map((p) => (typeof p === 'string' ? p : (p as MarkupContent).value)).join('\n\n');
}

/**
 * The targets of the live links in a markdown text: inline links `[..](target)` and autolinks
 * `<scheme:...>`, after removing backslash escapes and code spans (which make text inert).
 */
export function liveLinkTargets(markdown: string): string[] {
  const inert = markdown
    .replace(/\\[\\`*_{}[\]()#+\-.!<>|~"'&:]/g, '  ')
    .replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
  const targets: string[] = [];
  for (const m of inert.matchAll(/\]\(\s*<?([^)\s>]+)/g)) targets.push(m[1]);
  for (const m of inert.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) targets.push(m[1]);
  return targets;
}

/** A link `file:///...#L<line>,<col>` from a hover, parsed. Line and column are one-based. */
export interface PassageLink {
  uri: string;
  line: number;
  column: number;
  /** The link's text (between the brackets). */
  label: string;
}

/** Every `[label](file:///path#Lline,col)` link in a markdown text. */
export function passageLinks(markdown: string): PassageLink[] {
  const links: PassageLink[] = [];
  for (const m of markdown.matchAll(/\[((?:\\.|[^\]\\])*)\]\(\s*<?(file:\/\/[^)#\s>]+)#L(\d+)(?:,(\d+))?>?\s*\)/g)) {
    links.push({ label: m[1], uri: m[2], line: Number(m[3]), column: Number(m[4] ?? 1) });
  }
  return links;
}

/** What a test may configure: the Crosscheck settings and `files.associations` the "editor" reports. */
export interface StartOptions {
  /** Absolute path of the workspace folder; none means a client without a workspace. */
  workspaceFolder?: string;
  settings?: Partial<CrosscheckSettings>;
  associations?: Record<string, string>;
}

/** A request or notification the server sent, as recorded. */
export interface ServerMessage {
  method: string;
  params: unknown;
}

const SETTLE_TIMEOUT_MS = 15000;

/** The editor side of one server process. */
export class LspTestClient {
  /** Every request and notification the server sent, in order. */
  readonly received: ServerMessage[] = [];
  /** The server's stderr, for failure messages. */
  stderr = '';
  /** Set when the server process ended, with its exit code or signal. */
  exited: string | undefined;
  initializeResult!: InitializeResult;
  private readonly events = new EventEmitter();
  private readonly versions = new Map<string, number>();

  private constructor(
    private readonly proc: ChildProcess,
    readonly connection: MessageConnection,
    readonly options: StartOptions,
  ) {
    this.events.setMaxListeners(100);
  }

  /** Spawns the server, answers its requests as an editor would, and completes the handshake. */
  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: build first (npm run build)`);
    const proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspTestClient(proc, connection, options);
    proc.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    proc.on('exit', (code, signal) => {
      client.exited = signal ?? String(code);
      client.events.emit('message');
    });
    connection.onRequest((method, params) => client.answer(method, params));
    connection.onNotification((method, params) => client.record(method, params));
    // vscode-jsonrpc routes `$/progress` to progress handlers, not to the catch-all above.
    connection.onUnhandledProgress((params) => client.record('$/progress', params));
    connection.listen();
    const folder = options.workspaceFolder;
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'crosscheck-lsp-tests' },
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: 'fixture' }] : null,
      capabilities: CLIENT_CAPABILITIES,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.exited === undefined;
  }

  /** How many `workspace/diagnostic/refresh` requests the server sent so far. */
  get refreshCount(): number {
    return this.received.filter((m) => m.method === 'workspace/diagnostic/refresh').length;
  }

  /** The server's answers to editor requests: what VS Code would answer. */
  private answer(method: string, params: unknown): unknown {
    this.record(method, params);
    switch (method) {
      case 'workspace/configuration': {
        const items = (params as { items: Array<{ section?: string }> }).items;
        return items.map((item) => this.configuration(item.section));
      }
      case 'workspace/workspaceFolders':
        return this.options.workspaceFolder ? [{ uri: fileUri(this.options.workspaceFolder), name: 'fixture' }] : null;
      default:
        // registerCapability, workDoneProgress/create, diagnostic and other refreshes: all answered with null.
        return null;
    }
  }

  private configuration(section: string | undefined): unknown {
    if (section === 'crosscheck') return { ...this.options.settings };
    if (section === 'files.associations') return { ...this.options.associations };
    if (section === 'files') return { associations: { ...this.options.associations } };
    if (section?.startsWith('crosscheck.')) return (this.options.settings as Record<string, unknown> | undefined)?.[section.slice(11)] ?? null;
    return null;
  }

  private record(method: string, params: unknown): void {
    this.received.push({ method, params });
    this.events.emit('message');
  }

  /**
   * Resolves when `ready()` returns a value, re-checking after every message from the server;
   * rejects with `what` (and the server's stderr) after a timeout or if the server exits.
   */
  waitFor<T>(what: string, ready: () => T | undefined, timeoutMs = SETTLE_TIMEOUT_MS): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const check = (): void => {
        let value: T | undefined;
        try {
          value = ready();
        } catch (e) {
          finish();
          reject(e);
          return;
        }
        if (value !== undefined) {
          finish();
          resolvePromise(value);
        } else if (!this.alive) {
          finish();
          reject(new Error(`server exited (${this.exited}) while waiting for ${what}\n${this.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nserver stderr:\n${this.stderr.slice(-3000)}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.events.off('message', check);
      };
      this.events.on('message', check);
      check();
    });
  }

  /** A mark in the message log: wait functions given a mark only look at later messages. */
  mark(): number {
    return this.received.length;
  }

  /**
   * Waits until the server reports that its workspace scan is finished: a `crosscheck/scanStatus`
   * notification with state `idle`, or the end of a server-initiated work-done progress.
   */
  waitForScanIdle(since = 0, timeoutMs = SETTLE_TIMEOUT_MS): Promise<ServerMessage> {
    return this.waitFor('the end of the workspace scan (crosscheck/scanStatus idle or $/progress end)', () =>
      this.received.slice(since).find(
        (m) =>
          (m.method === ScanStatusNotification && (m.params as ScanStatusParams).state === 'idle') ||
          (m.method === '$/progress' && (m.params as { value?: { kind?: string } }).value?.kind === 'end'),
      ),
    timeoutMs);
  }

  /** Waits for a `workspace/diagnostic/refresh` request sent after `since`. */
  waitForRefresh(since: number, timeoutMs = SETTLE_TIMEOUT_MS): Promise<ServerMessage> {
    return this.waitFor('workspace/diagnostic/refresh', () => this.received.slice(since).find((m) => m.method === 'workspace/diagnostic/refresh'), timeoutMs);
  }

  /** `textDocument/didOpen` with the article language id. */
  async open(uri: string, text: string, languageId = ARTICLE_LANGUAGE_ID): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** `textDocument/didChange` replacing the whole text (valid for full and incremental sync). */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** `textDocument/didClose`. */
  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Pulls a document's diagnostics (`textDocument/diagnostic`), as VS Code does. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report for ${uri}, got ${report.kind}`);
    return report.items;
  }

  /** `textDocument/hover`. */
  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  /** Any request. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Any notification. */
  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    if (this.alive) {
      const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), delay(3000)]);
        await this.connection.sendNotification('exit');
      } catch {
        // The connection may already be closed; the kill below handles that.
      }
      await Promise.race([exited, delay(3000)]);
      if (this.alive) this.proc.kill('SIGKILL');
    }
    this.connection.dispose();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

/** The capabilities VS Code announces that matter to Crosscheck. */
const CLIENT_CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  window: { workDoneProgress: true, showMessage: {}, showDocument: { support: false } },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    diagnostics: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true, willSave: false },
    hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
  },
};

/** Diagnostic codes as strings, whatever shape the server used. */
export function codeOf(d: Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String((d.code as { value: unknown }).value) : String(d.code);
}

/** A diagnostic's message as plain text (LSP 3.18 allows markup messages). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/**
 * A server on a fresh copy of test-fixtures/workspace, with its `.txt` files as articles and a
 * short debounce, once its first workspace scan is done.
 */
export async function startFixtureServer(): Promise<{ ws: string; client: LspTestClient }> {
  const ws = copyFixtureWorkspace();
  const client = await LspTestClient.start({ workspaceFolder: ws, settings: { debounceMs: 20 }, associations: { '*.txt': 'news-article' } });
  await client.waitForScanIdle();
  return { ws, client };
}
