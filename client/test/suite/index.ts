/**
 * Entry point of the extension-host test suite (`extensionTestsPath`). VS Code (through
 * @vscode/test-electron) and code-server (through the `?payload=` URL, see
 * client/test/harness/exthost-tests.js) both load this file inside the extension host and call
 * `run()`; the suite passes when the promise resolves.
 *
 * Every `*.test.js` next to this file runs (the build bundles each client/test/suite/*.test.ts).
 * Both mocha interfaces are installed, so a test file may use describe/it or suite/test.
 * Environment: CROSSCHECK_TEST_RESULT=<file> writes {passes, failures, failed[]} there;
 * CROSSCHECK_TEST_GREP=<regexp> runs only the matching tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60000 });
  Mocha.interfaces.tdd(mocha.suite);
  if (process.env.CROSSCHECK_TEST_GREP) mocha.grep(new RegExp(process.env.CROSSCHECK_TEST_GREP));
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  console.log(`Crosscheck extension-host tests: ${files.join(', ')}`);
  const resultFile = process.env.CROSSCHECK_TEST_RESULT;
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      console.log(`Crosscheck extension-host tests: ${passes} passed, ${failures} failed`);
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify({ files, passes, failures, failed }, null, 1) + '\n');
      if (files.length === 0) reject(new Error(`no *.test.js files in ${__dirname}`));
      else if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
    runner.on('fail', (test, err: Error) => failed.push(`${test.fullTitle()}: ${err.message}`));
  });
}
