/**
 * The repository root for tests, found from the working directory (tests may be built into any
 * --outdir, so __dirname does not tell where the sources are).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder above the working directory whose package.json is Crosscheck's. */
export function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'crosscheck') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('run the tests from inside the Crosscheck repository');
    dir = up;
  }
}
