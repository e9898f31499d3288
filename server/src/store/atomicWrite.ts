/**
 * Atomic file replacement: write a temporary file next to the target, fsync it, rename it over the
 * target, then fsync the folder. A reader (or a crash at any moment) sees the old file or the new
 * one, never a mix. Temporary files are hidden (`.name.tmp-<pid>-<random>`) and those left by a
 * killed writer are removed by the next write.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP_MARK = '.tmp-';

/** Replaces `file` with `data` atomically (creating its folder if needed). */
export function writeFileAtomicSync(file: string, data: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  removeStaleTempFiles(file);
  const tmp = join(dir, `.${basename(file)}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  const fd = openSync(tmp, 'w', 0o666);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameWithRetry(tmp, file);
  } catch (e) {
    tryUnlink(tmp);
    throw e;
  }
  fsyncFolder(dir);
}

/** True for the temporary files this module writes (so that listings can skip them). */
export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARK);
}

/** Windows refuses a rename over a file another process has open for a moment: retry briefly. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw e;
      const until = Date.now() + 20 * (attempt + 1);
      while (Date.now() < until) {
        // Busy wait: the store is synchronous so that writes in one process never interleave.
      }
    }
  }
}

/** Makes the rename durable. Not possible on Windows (opening a folder fails): ignored there. */
function fsyncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes temporary files of `file` whose writing process is gone (killed mid-write). */
function removeStaleTempFiles(file: string): void {
  const prefix = `.${basename(file)}${TEMP_MARK}`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) tryUnlink(join(dirname(file), name));
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryUnlink(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // Already gone.
  }
}
