/**
 * Finding the article files of the workspace folders on disk. Hidden folders, node_modules and
 * the annotation store are skipped; the walk is capped so that opening a home folder by mistake
 * cannot hang the server.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMatcher } from './articleFiles';

/** At most this many directory entries are looked at per scan. */
export const MAX_SCANNED_ENTRIES = 200_000;

/** Paths of article files under `folders`, sorted. */
export async function findArticleFiles(folders: readonly string[], matcher: ArticleMatcher): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  let seen = 0;
  let truncated = false;
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // Unreadable folders are skipped, not fatal.
    }
    for (const entry of entries) {
      if (++seen > MAX_SCANNED_ENTRIES) {
        truncated = true;
        return;
      }
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && matcher.matches(path)) files.push(path);
    }
  };
  for (const folder of folders) await walk(folder);
  return { files: files.sort(), truncated };
}
