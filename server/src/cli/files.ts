/**
 * Finding and reading article files for the CLI: folders are walked for article extensions,
 * files given by name are read whatever their extension.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeArticleBytes, sizeCheck, type DecodeResult } from '../analysis';

/** Extensions treated as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];

/** A usage or input error: printed on stderr, exit code 2. */
export class UsageError extends Error {}

/** Expands folders into article files (sorted, hidden folders and node_modules skipped). */
export function expandPaths(paths: readonly string[], extensions: readonly string[] = ARTICLE_EXTENSIONS): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    if (stat.isDirectory()) out.push(...walk(p, extensions));
    else out.push(p);
  }
  return out;
}

function walk(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    const stat = statSync(p);
    if (stat.isDirectory()) out.push(...walk(p, extensions));
    else if (extensions.includes(extname(name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Reads and decodes one file; unreadable files become a skip reason, never an exception. */
export function readArticle(path: string, maxBytes: number): DecodeResult {
  try {
    // A file above the cap is never read into memory.
    return sizeCheck(statSync(path).size, maxBytes) ?? decodeArticleBytes(readFileSync(path), maxBytes);
  } catch (e) {
    return { ok: false, reason: { code: 'not-an-article', message: `Cannot read file: ${(e as Error).message}` } };
  }
}
