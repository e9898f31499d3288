/**
 * Where annotations live: `.crosscheck/annotations/<article path>.json` under the workspace root,
 * one file per article, so that a person can find, read, diff and commit them next to the text.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The store's folder, relative to the workspace root. */
export const STORE_DIR = '.crosscheck/annotations';

/** The store file of `article` (a workspace-relative path with forward slashes). */
export function storeFileFor(root: string, article: string): string {
  return join(root, ...STORE_DIR.split('/'), ...article.split('/')) + '.json';
}

/**
 * The workspace-relative path (forward slashes) of an article file, or undefined when the file is
 * outside `root`.
 */
export function articlePathFor(root: string, file: string): string | undefined {
  const rel = relative(resolve(root), resolve(file));
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * The workspace root of a file for the CLI: the nearest folder above it that holds `.crosscheck`,
 * else the nearest that holds `.git`, else the file's own folder.
 */
export function findWorkspaceRoot(file: string): string {
  const start = resolve(file);
  const dir = isDir(start) ? start : dirname(start);
  for (const marker of ['.crosscheck', '.git']) {
    for (let d = dir; ; d = dirname(d)) {
      if (existsSync(join(d, marker))) return d;
      if (dirname(d) === d) break;
    }
  }
  return dir;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
