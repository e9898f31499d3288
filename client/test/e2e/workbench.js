// @ts-check
/**
 * What the Playwright UI scenarios share: a run (log, checks, screenshots, browser), and helpers
 * that drive the VS Code workbench served by code-server (Quick Open, the command palette, text in
 * the editor, links in a hover). Every wait is on a workbench element, never a fixed sleep.
 *
 *   runScenario({ name, screenshots: [...] }, async (page, run) => { ... })
 *
 * reads CS_URL (code-server) and WS (the workspace folder to open), removes the scenario's own
 * stale screenshots (not the other scenarios'), runs the body, screenshots the page on an error,
 * prints the screenshot paths and exits non-zero when a check failed.
 */
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CHROMIUM_ARGS, chromiumPath } = require('../harness/browser');

const CS_URL = process.env.CS_URL || 'http://127.0.0.1:18080';
const WS = process.env.WS || '';
const OUT = path.resolve(process.env.SCREENSHOTS || path.join(__dirname, '..', '.artifacts', 'screenshots'));
const TIMEOUT = 30000;

/** @typedef {import('playwright-core').Page} Page */

const t0 = Date.now();
const log = (/** @type {unknown[]} */ ...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** A scenario's record: failed checks and saved screenshots. */
class Run {
  constructor() {
    /** @type {string[]} */
    this.failures = [];
    /** @type {string[]} */
    this.screenshots = [];
  }

  /** Records a check; the scenario goes on so that one run shows every problem. */
  check(/** @type {boolean} */ ok, /** @type {string} */ what, /** @type {unknown} */ detail = '') {
    log(ok ? 'PASS' : 'FAIL', what, ok ? '' : detail);
    if (!ok) this.failures.push(what);
  }

  async shot(/** @type {Page} */ page, /** @type {string} */ name) {
    const file = path.join(OUT, name);
    await page.screenshot({ path: file });
    this.screenshots.push(file);
  }
}

/**
 * Opens the workbench on WS in a fresh headless Chromium and runs `body`; then exits the process
 * (0 when every check passed).
 * @param {{ name: string, screenshots: string[], errorShot: string }} opts
 * @param {(page: Page, run: Run) => Promise<void>} body
 */
function runScenario(opts, body) {
  const main = async () => {
    if (!WS) throw new Error('WS must name the (copied) workspace folder to open');
    fs.mkdirSync(OUT, { recursive: true });
    for (const old of [...opts.screenshots, opts.errorShot]) fs.rmSync(path.join(OUT, old), { force: true }); // no stale screenshots
    const run = new Run();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-chromium-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: CHROMIUM_ARGS,
    });
    const page = ctx.pages()[0] || (await ctx.newPage());
    page.on('pageerror', (e) => log('page error:', e.message));
    try {
      await page.goto(`${CS_URL}/?folder=${encodeURIComponent(WS)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
      log('workbench loaded');
      await body(page, run);
    } catch (e) {
      run.failures.push(`error: ${e instanceof Error ? e.message : String(e)}`);
      log('ERROR', e instanceof Error ? e.message : e);
      await run.shot(page, opts.errorShot).catch(() => {});
    } finally {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
    for (const s of run.screenshots) console.log(`screenshot: ${s}`);
    log(run.failures.length ? `${opts.name} FAILED: ${run.failures.join('; ')}` : `${opts.name} OK`);
    return run.failures.length ? 1 : 0;
  };
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

/** Opens a workspace file through Quick Open (which the workbench, not the browser, handles). */
async function openFile(/** @type {Page} */ page, /** @type {string} */ name) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(name);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`, { timeout: TIMEOUT });
  await page.waitForSelector('.editor-instance .view-lines .view-line', { timeout: TIMEOUT });
}

/** Runs a command from the command palette by its title. */
async function runFromPalette(/** @type {Page} */ page, /** @type {string} */ title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/**
 * The centre of the first occurrence of `text` in the editor's rendered lines. The grammar splits a
 * line into several token spans ("3", ":", "40"), so the text is looked up across text nodes.
 */
async function pointOfText(/** @type {Page} */ page, /** @type {string} */ text) {
  const line = page.locator('.editor-instance .view-lines .view-line', { hasText: text }).first();
  await line.waitFor({ state: 'attached', timeout: TIMEOUT });
  const point = await line.evaluate((el, wanted) => {
    /** @type {Node[]} */
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    // Rendered text uses no-break spaces; compare with ordinary ones.
    const full = nodes.map((n) => (n.textContent ?? '').replace(/\u00a0/g, ' ')).join('');
    const at = full.indexOf(wanted);
    if (at < 0) return null;
    const locate = (/** @type {number} */ offset) => {
      for (const n of nodes) {
        const len = (n.textContent ?? '').length;
        if (offset <= len) return { node: n, offset };
        offset -= len;
      }
      return { node: nodes[nodes.length - 1], offset: (nodes[nodes.length - 1].textContent ?? '').length };
    };
    const a = locate(at);
    const b = locate(at + wanted.length);
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    const box = r.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, text);
  if (!point) throw new Error(`"${text}" is not rendered in the editor`);
  return point;
}

/** The visible hover's content. */
function hoverContent(/** @type {Page} */ page) {
  return page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content');
}

/**
 * Waits until the visible hover holds links to files (the language server's part arrives after the
 * diagnostic part) and returns their targets; [] when none came within the timeout.
 * code-server rewrites file: links to vscode-remote: in data-href and keeps the original in the title.
 */
async function hoverFileLinks(/** @type {Page} */ page) {
  return page
    .waitForFunction(
      () => {
        const links = [...document.querySelectorAll('.monaco-hover-content a')].flatMap((a) => [a.getAttribute('data-href') || '', a.getAttribute('title') || '']);
        const files = links.filter((h) => /^(file|vscode-remote):/.test(h));
        return files.length ? files : null;
      },
      null,
      { timeout: TIMEOUT },
    )
    .then((h) => /** @type {Promise<string[]>} */ (h.jsonValue()), () => /** @type {string[]} */ ([]));
}

/**
 * Waits for the hover, then returns its file links (see `hoverFileLinks`) and its text on one
 * line, and logs both.
 */
async function readHover(/** @type {Page} */ page) {
  const hover = hoverContent(page);
  await hover.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  const hrefs = await hoverFileLinks(page);
  const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
  log('hover:', text.slice(0, 400));
  log('hover links:', JSON.stringify(hrefs));
  return { hrefs, text };
}

/**
 * Runs "Crosscheck: Check Consistency" from the command palette and reads its notification:
 * the counts of contradictions and articles it reports (NaN when the text does not say).
 */
async function checkConsistencyFromPalette(/** @type {Page} */ page) {
  await runFromPalette(page, 'Crosscheck: Check Consistency');
  const toast = notificationToast(page, /Crosscheck: \d+ contradiction/);
  await toast.first().waitFor({ state: 'visible', timeout: 60000 });
  const text = (await toast.first().innerText()).replace(/\s+/g, ' ');
  log('notification:', text);
  const counts = /Crosscheck: (\d+) contradictions? across (\d+) articles?/.exec(text);
  return { text, contradictions: counts ? Number(counts[1]) : NaN, articles: counts ? Number(counts[2]) : NaN };
}

/** The rows of the Consistency view. */
function consistencyRows(/** @type {Page} */ page) {
  return page.locator('.pane:has(.pane-header[aria-label*="Consistency"]) .monaco-list-row');
}

/** A notification toast whose text matches `text`. */
function notificationToast(/** @type {Page} */ page, /** @type {RegExp} */ text) {
  return page.locator('.notifications-toasts .notification-toast', { hasText: text });
}

module.exports = {
  CS_URL,
  WS,
  OUT,
  TIMEOUT,
  log,
  runScenario,
  openFile,
  runFromPalette,
  pointOfText,
  hoverContent,
  hoverFileLinks,
  readHover,
  checkConsistencyFromPalette,
  consistencyRows,
  notificationToast,
};
