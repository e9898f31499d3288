#!/usr/bin/env node
// Builds every bundle with esbuild (typechecking is separate: `npm run typecheck`).
//
//   node server/scripts/build.mjs [--outdir DIR] [--only SUBSTRING]
//
// --outdir lets several people (or agents) build side by side without overwriting dist/;
// --only limits the test bundles to entry points whose path contains SUBSTRING.
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlaces } from './generate-places.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const outdir = opt('--outdir', join(root, 'dist'));
const only = opt('--only', null);

generatePlaces(root);

function walk(dir, test) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, test) : test(p) ? [p] : [];
  });
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

const jobs = [
  { entryPoints: ['client/src/extension.ts'], outfile: join(outdir, 'client/extension.js'), external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: join(outdir, 'server/server.js') },
  { entryPoints: ['server/src/cli/main.ts'], outfile: join(outdir, 'cli/crosscheck.js') },
];
for (const name of ['bench', 'perDocument', 'responsiveness']) {
  if (existsSync(join(root, `server/bench/${name}.ts`))) {
    jobs.push({ entryPoints: [`server/bench/${name}.ts`], outfile: join(outdir, `bench/${name}.js`) });
  }
}
const serverTests = walk(join(root, 'server/test'), (p) => p.endsWith('.test.ts') || p.endsWith('/helpers.ts'))
  .map((p) => relative(root, p))
  .filter((p) => !only || p.includes(only));
if (serverTests.length) {
  jobs.push({ entryPoints: serverTests, outdir: join(outdir, 'test'), outbase: 'server/test', external: ['mocha'] });
}
const hostTests = walk(join(root, 'client/test/suite'), (p) => p.endsWith('.ts')).map((p) => relative(root, p));
if (hostTests.length && !only) {
  jobs.push({ entryPoints: hostTests, outdir: join(outdir, 'test/exthost'), outbase: 'client/test/suite', external: ['vscode', 'mocha'] });
}

const t0 = Date.now();
await Promise.all(jobs.map((job) => build({ ...common, ...job })));
console.error(`build: ${jobs.length} bundles in ${Date.now() - t0} ms -> ${relative(root, outdir) || outdir}`);
