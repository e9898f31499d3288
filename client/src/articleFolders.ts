/**
 * "Treat Folder as Articles": adds `files.associations` entries that map the folder's .txt and
 * .md files to the News Article language, in the workspace settings. No other .txt file changes,
 * and the setting is plain VS Code configuration a person can read and undo.
 */
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID } from '../../server/src/protocol';

/** The globs that make `folder` (inside `workspaceFolder`) a folder of articles. */
function globsForFolder(workspaceFolder: vscode.Uri, folder: vscode.Uri): string[] {
  const relative = vscode.workspace.asRelativePath(folder, false);
  const isRoot = folder.toString() === workspaceFolder.toString() || relative === folder.fsPath;
  // VS Code matches a pattern containing a slash against the full path, so anchor it with **/.
  const prefix = isRoot ? '**/' : `**/${relative.replace(/\\/g, '/')}/**/`;
  return [`${prefix}*.txt`, `${prefix}*.md`];
}

/** Asks for a folder when none is given, then associates its article files. */
export async function treatFolderAsArticles(folder?: vscode.Uri): Promise<string[] | undefined> {
  if (!folder) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: 'Treat as Articles',
    });
    folder = picked?.[0];
  }
  if (!folder) return undefined;
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(folder);
  if (!workspaceFolder) {
    void vscode.window.showWarningMessage('Crosscheck: the folder must be inside the open workspace.');
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('files', workspaceFolder.uri);
  const associations = { ...(config.get<Record<string, string>>('associations') ?? {}) };
  const globs = globsForFolder(workspaceFolder.uri, folder);
  for (const glob of globs) associations[glob] = ARTICLE_LANGUAGE_ID;
  const target = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  await config.update('associations', associations, target);
  void vscode.window.showInformationMessage(`Crosscheck: ${vscode.workspace.asRelativePath(folder)} is now a folder of articles (${globs.join(', ')}).`);
  return globs;
}
