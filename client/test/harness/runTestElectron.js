#!/usr/bin/env node
// @ts-check
/**
 * Runs the extension-host suite (dist/test/exthost/index.js) in VS Code desktop through
 * @vscode/test-electron, on machines that can download VS Code (these cannot: there
 * run-vscode-tests.sh runs the same suite in code-server). Build first: `npm run build`.
 *
 *   node client/test/harness/runTestElectron.js        (VSCODE_VERSION=stable by default)
 *
 * The suite gets a temporary copy of test-fixtures/workspace, so the fixture never changes.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '..', '..', '..');
  const tests = path.join(root, 'dist', 'test', 'exthost', 'index.js');
  if (!fs.existsSync(tests)) throw new Error(`${tests} is missing: run npm run build first`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-electron-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(root, 'test-fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: tests,
      extensionTestsEnv: { CROSSCHECK_TEST_RESULT: path.join(scratch, 'result.json') },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user-data')],
    });
    return 0;
  } finally {
    const result = path.join(scratch, 'result.json');
    if (fs.existsSync(result)) console.log(fs.readFileSync(result, 'utf8'));
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('extension-host tests failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
