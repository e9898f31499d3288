#!/usr/bin/env node
// @ts-check
/**
 * Runs the extension-host mocha suite (dist/test/exthost/index.js) INSIDE code-server's Node
 * extension host. The web workbench reads extensionDevelopmentPath and extensionTestsPath from the
 * `?payload=` URL parameter, loads the extension from the repository (an "Extension Development
 * Host"), runs the suite, and then calls window.codeAutomationExit(code), which we expose through
 * Playwright to learn the outcome. The extension host's console (mocha's spec reporter) is
 * forwarded to the page console in this mode; we print it.
 *
 *   CS_URL=http://127.0.0.1:PORT EXT_DIR=<repo> TESTS=<repo>/dist/test/exthost/index.js WS=<workspace copy> node exthost-tests.js
 */
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { CHROMIUM_ARGS, chromiumPath } = require('./browser');

const CS_URL = process.env.CS_URL || 'http://127.0.0.1:18080';
const EXT_DIR = path.resolve(process.env.EXT_DIR || path.join(__dirname, '..', '..', '..'));
const TESTS = path.resolve(process.env.TESTS || path.join(EXT_DIR, 'dist/test/exthost/index.js'));
const WS = path.resolve(process.env.WS || '');
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS || 600000);

async function main() {
  if (!process.env.WS) throw new Error('WS must name the (copied) workspace folder to open');
  // code-server's remote authority is the host:port the browser uses.
  const authority = new URL(CS_URL).host;
  const remote = (/** @type {string} */ p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(EXT_DIR)],
    ['extensionTestsPath', remote(TESTS)],
  ];
  const url = `${CS_URL}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    /** @type {(code: unknown) => void} */
    let exit = () => {};
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (/** @type {unknown} */ code) => exit(code));
    page.on('console', async (message) => {
      let args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => '?')));
      // Forwarded extension-host calls arrive as ['%c INFO', 'color: #33f', format, ...args].
      if (typeof args[0] !== 'string' || !args[0].startsWith('%c') || !String(args[1]).startsWith('color:')) return;
      const level = args[0].slice(2).trim();
      args = args.slice(2);
      if (level !== 'INFO' && level !== 'ERR' && !process.env.VERBOSE) return; // workbench noise
      console.log(util.format(...args));
    });
    await page.goto(url);
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    console.log(`extension-host tests finished: exit code ${code}`);
    return code === 0 ? 0 : 1;
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
