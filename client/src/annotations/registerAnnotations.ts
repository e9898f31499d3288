/**
 * User annotations (verdicts and notes on claims): Comments API threads, the Annotations view,
 * the store and export commands (issue 5).
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** STUB (issue 5 replaces it). */
export function registerAnnotations(_context: vscode.ExtensionContext, _client: LanguageClient, _output: vscode.LogOutputChannel): void {
  // Nothing yet.
}
