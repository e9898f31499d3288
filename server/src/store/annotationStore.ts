/**
 * The annotation store: one W3C AnnotationCollection file per article under
 * `.crosscheck/annotations/`, shared by the CLI and the VS Code client.
 *
 * - Writes are atomic (temporary file, fsync, rename): a crash never leaves a half-written file.
 * - Writes re-read the file and merge by annotation id against what the writer last read, so that
 *   changes made meanwhile by another window or a `git pull` are kept, not overwritten.
 * - A corrupt or hand-broken file is reported with a clear message and moved aside as a backup
 *   (`<file>.corrupt-<time>.bak`); the other files keep working.
 *
 * Everything is synchronous: files are small, and it keeps one process's writes from interleaving.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mergeAnnotations, parseStoreText, serializeStore, type Annotation } from '../analysis/annotations';
import { isTempFile, writeFileAtomicSync } from './atomicWrite';
import { STORE_DIR, storeFileFor } from './storePaths';

/** Something wrong with a store file, in words a user can act on. */
export interface StoreProblem {
  file: string;
  message: string;
  /** Where the unreadable file was moved, when it was. */
  backup?: string;
}

export interface AnnotationStoreOptions {
  /** Told about each unreadable file. */
  onProblem?: (problem: StoreProblem) => void;
  /** Move unreadable files aside (default true). The CLI's read-only export turns it off. */
  setAsideCorrupt?: boolean;
}

/** What reading one article's file gave. */
export interface ReadResult {
  annotations: Annotation[];
  /** Set when the file could not be read. */
  problem?: StoreProblem;
}

/** Annotation files of one workspace root. */
export class AnnotationStore {
  constructor(
    readonly root: string,
    private readonly options: AnnotationStoreOptions = {},
  ) {}

  /** The store file of an article (a workspace-relative path). */
  fileFor(article: string): string {
    return storeFileFor(this.root, article);
  }

  /** The article's annotations; none when it has no file; none (and a problem) when unreadable. */
  read(article: string): Annotation[] {
    return this.readDetailed(article).annotations;
  }

  /** Like `read`, also saying what was wrong with an unreadable file. */
  readDetailed(article: string): ReadResult {
    const file = this.fileFor(article);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { annotations: [] };
      return { annotations: [], problem: this.report({ file, message: `Cannot read annotation file ${file}: ${(e as Error).message}` }) };
    }
    const parsed = parseStoreText(text);
    if (parsed.ok) return { annotations: parsed.annotations };
    let backup: string | undefined;
    if (this.options.setAsideCorrupt !== false) backup = moveAside(file);
    const kept = backup ? ` It was moved to ${backup} so that nothing is lost; fix it and move it back to restore its annotations.` : '';
    return { annotations: [], problem: this.report({ file, backup, message: `Annotation file ${file} is ${parsed.message}.${kept} Other annotation files are not affected.` }) };
  }

  /**
   * Saves `ours` for `article`, merged with the file's current content against `base` (what the
   * caller last read or saved). Returns what was written: the caller's new base.
   */
  save(article: string, base: readonly Annotation[], ours: readonly Annotation[]): Annotation[] {
    const file = this.fileFor(article);
    const current = this.readDetailed(article);
    if (current.problem && !current.problem.backup && existsSync(file)) {
      throw new Error(`${current.problem.message} Not saving over it.`);
    }
    // An unreadable file tells nothing about deletions: treat it as unchanged since `base`.
    const theirs = current.problem ? base : current.annotations;
    const merged = mergeAnnotations(base, ours, theirs);
    if (merged.length === 0 && !existsSync(file)) return merged;
    writeFileAtomicSync(file, serializeStore(article, merged));
    return merged;
  }

  /** Articles (workspace-relative paths) that have a store file, sorted. */
  articles(): string[] {
    const dir = join(this.root, ...STORE_DIR.split('/'));
    const out: string[] = [];
    const walk = (d: string, prefix: string) => {
      let names: string[];
      try {
        names = readdirSync(d);
      } catch {
        return;
      }
      for (const name of names) {
        if (isTempFile(name)) continue;
        const p = join(d, name);
        let isDir = false;
        try {
          isDir = statSync(p).isDirectory();
        } catch {
          continue;
        }
        if (isDir) walk(p, prefix + name + '/');
        else if (name.endsWith('.json')) out.push(prefix + name.slice(0, -'.json'.length));
      }
    };
    walk(dir, '');
    return out.sort();
  }

  private report(problem: StoreProblem): StoreProblem {
    this.options.onProblem?.(problem);
    return problem;
  }
}

/** Renames an unreadable file to `<file>.corrupt-<time>.bak`; undefined if that fails. */
function moveAside(file: string): string | undefined {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  for (let n = 0; n < 100; n++) {
    const backup = `${file}.corrupt-${stamp}${n ? `-${n}` : ''}.bak`;
    if (existsSync(backup)) continue;
    try {
      renameSync(file, backup);
      return backup;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
