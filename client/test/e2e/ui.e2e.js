#!/usr/bin/env node
// @ts-check
/**
 * UI test of the packaged extension in the real VS Code workbench: code-server with
 * dist/crosscheck.vsix installed, driven with playwright-core and Debian's Chromium.
 * On a copy of test-fixtures/workspace (see its EXPECTATIONS.md) it opens paris-daily.txt, checks
 * the red squiggle of the planted contradiction and the Problems panel, hovers the corroborated
 * alarm claim and reads its link to another article, runs "Crosscheck: Check Consistency" from the
 * command palette, reads the notification and the Consistency view, and opens a passage from it.
 * Screenshots go to client/test/.artifacts/screenshots/ (or $SCREENSHOTS); their paths are printed.
 *
 *   CS_URL=http://127.0.0.1:PORT WS=<workspace copy> node client/test/e2e/ui.e2e.js
 *
 * Waits are on workbench elements, never fixed sleeps, except the short pause the recipe found
 * necessary before screenshotting a notification (it fades in).
 */
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CHROMIUM_ARGS, chromiumPath } = require('../harness/browser');

const CS_URL = process.env.CS_URL || 'http://127.0.0.1:18080';
const WS = process.env.WS || '';
const OUT = path.resolve(process.env.SCREENSHOTS || path.join(__dirname, '..', '.artifacts', 'screenshots'));
const ARTICLE = 'paris-daily.txt';
const TIMEOUT = 30000;

const t0 = Date.now();
const log = (/** @type {unknown[]} */ ...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** @typedef {import('playwright-core').Page} Page */

/** @type {string[]} */
const failures = [];
/** Records a check; the test goes on so that one run shows every problem. */
function check(/** @type {boolean} */ ok, /** @type {string} */ what, /** @type {unknown} */ detail = '') {
  log(ok ? 'PASS' : 'FAIL', what, ok ? '' : detail);
  if (!ok) failures.push(what);
}

/** @type {string[]} */
const screenshots = [];
async function shot(/** @type {Page} */ page, /** @type {string} */ name) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  screenshots.push(file);
}

/**
 * The centre of the first occurrence of `text` in the editor's rendered lines. The grammar splits a
 * line into several token spans ("3", ":", "40"), so the text is looked up across text nodes.
 */
async function pointOfText(/** @type {Page} */ page, /** @type {string} */ text) {
  const line = page.locator('.editor-instance .view-lines .view-line', { hasText: text }).first();
  await line.waitFor({ state: 'attached', timeout: TIMEOUT });
  const point = await line.evaluate((el, wanted) => {
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

/** Runs a command from the command palette by its title. */
async function runFromPalette(/** @type {Page} */ page, /** @type {string} */ title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

async function main() {
  if (!WS) throw new Error('WS must name the (copied) workspace folder to open');
  fs.mkdirSync(OUT, { recursive: true });
  for (const old of fs.readdirSync(OUT)) if (old.endsWith('.png')) fs.rmSync(path.join(OUT, old)); // no stale screenshots
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

    // Open the article through Quick Open, which the workbench (not the browser) handles.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(ARTICLE);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${ARTICLE}"]`).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tabs-container .tab[aria-label*="${ARTICLE}"]`, { timeout: TIMEOUT });
    await page.waitForSelector('.editor-instance .view-lines .view-line', { timeout: TIMEOUT });
    log('article opened');

    // 1. Squiggles: claims are Warning/Information, the planted contradiction is an Error (red).
    const anySquiggle = page.locator('.editor-instance .view-overlays [class*="squiggly-"]');
    await anySquiggle.first().waitFor({ state: 'attached', timeout: TIMEOUT });
    const errorSquiggle = page.locator('.editor-instance .view-overlays .squiggly-error');
    const hasError = await errorSquiggle.first().waitFor({ state: 'attached', timeout: TIMEOUT }).then(() => true, () => false);
    check(hasError, 'the contradicted claim has a red (Error) squiggle', `${await anySquiggle.count()} other squiggle(s)`);

    // 2. The status bar language and the Problems panel.
    const statusItems = await page.locator('.statusbar-item').allInnerTexts();
    check(statusItems.some((t) => t.trim() === 'News Article'), 'the status bar shows the News Article language', statusItems);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    const problems = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent || ''));
    log('problems:', JSON.stringify(problems.slice(0, 8)));
    check(problems.some((p) => /crosscheck/i.test(p)), 'the Problems panel lists Crosscheck diagnostics', problems);
    await shot(page, '1-squiggles-and-problems.png');
    await page.keyboard.press('Control+Shift+M'); // close the panel again

    // 3. Hover on the corroborated alarm claim: the server's part lists the other articles.
    const point = await pointOfText(page, '3:40');
    await page.mouse.move(point.x - 40, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content');
    await hover.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    // The language server's hover arrives after the diagnostic part; wait until the links are there.
    const hrefs = await page
      .waitForFunction(
        () => {
          // code-server rewrites file: links to vscode-remote: in data-href and keeps the original in the title.
          const links = [...document.querySelectorAll('.monaco-hover-content a')].flatMap((a) => [a.getAttribute('data-href') || '', a.getAttribute('title') || '']);
          const files = links.filter((h) => /^(file|vscode-remote):/.test(h));
          return files.length ? files : null;
        },
        null,
        { timeout: TIMEOUT },
      )
      .then((h) => /** @type {Promise<string[]>} */ (h.jsonValue()), () => /** @type {string[]} */ ([]));
    const hoverText = (await hover.first().innerText()).replace(/\s+/g, ' ');
    log('hover:', hoverText.slice(0, 400));
    log('hover links:', JSON.stringify(hrefs));
    check(hrefs.some((h) => /paris-(wire|gazette)\.txt#L\d+/.test(h)), 'the claim hover links a passage in another article', hrefs);
    check(/Thieves take paintings from Paris museum|Paris police hunt two suspects/.test(hoverText), 'the hover names the other article by its headline', hoverText);
    await shot(page, '2-hover.png');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);

    // 4. Check Consistency from the command palette: notification, then the Consistency view.
    await runFromPalette(page, 'Crosscheck: Check Consistency');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /Crosscheck: \d+ contradiction/ });
    await toast.first().waitFor({ state: 'visible', timeout: 60000 });
    const toastText = (await toast.first().innerText()).replace(/\s+/g, ' ');
    log('notification:', toastText);
    const counts = /Crosscheck: (\d+) contradictions? across (\d+) articles?/.exec(toastText);
    check(!!counts && Number(counts[1]) >= 1 && Number(counts[2]) === 3, 'the notification reports contradictions across the 3 articles', toastText);
    await page.waitForTimeout(700); // the toast fades in; an earlier screenshot shows nothing
    await shot(page, '3-check-consistency.png');

    const viewRows = page.locator('.pane:has(.pane-header[aria-label*="Consistency"]) .monaco-list-row');
    await viewRows.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    const labels = await viewRows.evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label') ?? ''} | ${e.textContent ?? ''}`.replace(/\s+/g, ' ')));
    log('consistency view:', JSON.stringify(labels));
    // Passage rows are described by their article's headline.
    check(labels.some((l) => /Night raid at Musée Hervieu/.test(l)), 'the Consistency view shows the daily’s passage', labels);
    const wireRow = viewRows.filter({ hasText: /Thieves take paintings from Paris museum|Paris police hunt two suspects/ }).first();
    const hasWireRow = (await wireRow.count()) > 0;
    check(hasWireRow, 'the Consistency view shows the other side of the contradiction', labels);
    if (hasWireRow) {
      await wireRow.click();
      const opened = await page
        .waitForSelector('.tabs-container .tab.active[aria-label*="paris-"]:not([aria-label*="paris-daily"])', { timeout: TIMEOUT })
        .then(() => true, () => false);
      check(opened, 'clicking a passage in the view opens its article');
    }
    await shot(page, '4-consistency-view.png');
  } catch (e) {
    failures.push(`error: ${e instanceof Error ? e.message : String(e)}`);
    log('ERROR', e instanceof Error ? e.message : e);
    await shot(page, 'error.png').catch(() => {});
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const s of screenshots) console.log(`screenshot: ${s}`);
  log(failures.length ? `UI E2E FAILED: ${failures.join('; ')}` : 'UI E2E OK');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
