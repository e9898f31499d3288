/**
 * The Crosscheck extension: starts the language server, and registers the commands and views.
 * It stays thin: every analysis runs in the server, on the same core as the CLI.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ARTICLE_LANGUAGE_ID,
  CheckConsistencyRequest,
  EntitiesRequest,
  ScanStatusNotification,
  type CheckConsistencyResult,
  type EntitiesResult,
  type ScanStatusParams,
} from '../../server/src/protocol';
import { registerAnnotations } from './annotations/registerAnnotations';
import { treatFolderAsArticles } from './articleFolders';
import { ConsistencyView } from './consistencyView';
import { EntitiesView } from './entitiesView';
import { OPEN_PASSAGE_COMMAND, openPassage } from './passages';

let client: LanguageClient | undefined;

/** What the extension returns from `activate`, for tests. */
export interface CrosscheckApi {
  client: LanguageClient;
}

/** Starts the language client and registers the commands and views; returns the API the extension-host tests use. */
export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  // vscode-languageclient 10+ needs a log output channel (it calls .error()/.info()).
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,article}');
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: ARTICLE_LANGUAGE_ID }],
    synchronize: { fileEvents: watcher },
    outputChannel: output,
    // Hovers are built from article text: never trust them (no command links, no HTML).
    markdown: { isTrusted: false, supportHtml: false },
  };
  const languageClient = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
  client = languageClient;

  const consistency = new ConsistencyView();
  const entities = new EntitiesView(() => languageClient.sendRequest<EntitiesResult>(EntitiesRequest, {}));
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('crosscheck.consistency', consistency),
    vscode.window.registerTreeDataProvider('crosscheck.entities', entities),
    vscode.commands.registerCommand(OPEN_PASSAGE_COMMAND, openPassage),
    vscode.commands.registerCommand('crosscheck.treatFolderAsArticles', (folder?: vscode.Uri) => treatFolderAsArticles(folder)),
    vscode.commands.registerCommand('crosscheck.refreshEntities', () => entities.refresh().catch((e) => output.error(`Entities: ${String(e)}`))),
    vscode.commands.registerCommand('crosscheck.checkConsistency', () => checkConsistency(languageClient, consistency, output)),
  );

  await languageClient.start();
  context.subscriptions.push(
    languageClient.onNotification(ScanStatusNotification, (p: ScanStatusParams) => {
      output.info(`Workspace scan: ${p.state}, ${p.documents} article(s)`);
      if (p.state === 'idle') entities.refresh().catch((e) => output.warn(`Entities view: ${String(e)}`));
    }),
  );
  registerAnnotations(context, languageClient, output);
  output.info('Crosscheck started');
  return { client: languageClient };
}

/** Runs the consistency check with progress, shows it in the view, and returns the result. */
async function checkConsistency(languageClient: LanguageClient, view: ConsistencyView, output: vscode.LogOutputChannel): Promise<CheckConsistencyResult | undefined> {
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Crosscheck: checking consistency', cancellable: true },
      (progress, token) => {
        progress.report({ message: 'comparing the workspace’s articles…' });
        return languageClient.sendRequest<CheckConsistencyResult>(CheckConsistencyRequest, {}, token);
      },
    );
    view.show(result);
    void vscode.commands.executeCommand('crosscheck.consistency.focus');
    const n = result.contradictions.length;
    const message = `Crosscheck: ${n} contradiction${n === 1 ? '' : 's'} across ${result.documents} article${result.documents === 1 ? '' : 's'}.`;
    output.info(message);
    void vscode.window.showInformationMessage(message);
    return result;
  } catch (e) {
    output.error(`Check Consistency failed: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('Crosscheck: Check Consistency failed; see the Crosscheck output channel.');
    return undefined;
  }
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
