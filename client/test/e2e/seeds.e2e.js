#!/usr/bin/env node
// @ts-check
/**
 * UI scenario on real articles: code-server with dist/crosscheck.vsix installed, on a copy of the
 * seed articles (../shared/corpus/seeds with *.txt associated with News Article). It opens the
 * largest article, waits for Crosscheck's diagnostics, takes a corroborated claim from the Problems
 * panel (the first row whose message starts "Claim corroborated by"), shows the hover at it
 * (Ctrl+K Ctrl+I), follows the hover's link to another article, and runs "Crosscheck: Check
 * Consistency" from the command palette. Nothing here knows the seeds' text or results: it checks
 * that a corroborated claim exists, that its hover links a passage in another article that opens
 * at that passage, and that the Consistency view lists contradictions.
 * Screenshots 5-seeds-hover.png, 6-seeds-followed-link.png and 7-seeds-consistency.png go to
 * client/test/.artifacts/screenshots/ (or $SCREENSHOTS); their paths are printed.
 *
 *   CS_URL=http://127.0.0.1:PORT WS=<copy of the seeds> node client/test/e2e/seeds.e2e.js
 *
 * Waits are on workbench elements, never fixed sleeps, except the pause before screenshotting a
 * notification (it fades in).
 */
const fs = require('node:fs');
const path = require('node:path');
const { WS, TIMEOUT, log, runScenario, openFile, readHover, checkConsistencyFromPalette, consistencyRows } = require('./workbench');

const CORROBORATED = 'Claim corroborated by';

/** The article files at the top of the workspace, largest first. */
function articlesBySize() {
  return fs
    .readdirSync(WS)
    .filter((f) => f.endsWith('.txt') && fs.statSync(path.join(WS, f)).isFile())
    .sort((a, b) => fs.statSync(path.join(WS, b)).size - fs.statSync(path.join(WS, a)).size);
}

/** "Ln 12, Col 5" from the status bar, as numbers. */
async function cursorPosition(/** @type {import('playwright-core').Page} */ page) {
  const item = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
  await item.waitFor({ state: 'visible', timeout: TIMEOUT });
  const m = /Ln (\d+), Col (\d+)/.exec(await item.innerText());
  return m ? { line: Number(m[1]), col: Number(m[2]) } : undefined;
}

runScenario(
  {
    name: 'SEEDS UI E2E',
    screenshots: ['5-seeds-hover.png', '6-seeds-followed-link.png', '7-seeds-consistency.png'],
    errorShot: 'seeds-error.png',
  },
  async (page, run) => {
    const articles = articlesBySize();
    if (articles.length < 2) throw new Error(`expected several .txt articles in ${WS}, found ${articles.length}`);
    const article = articles[0];
    await openFile(page, article);
    log(`opened ${article}, the largest of ${articles.length} articles`);

    // 1. Crosscheck's diagnostics arrive: squiggles in the editor, rows in the Problems panel.
    await page.locator('.editor-instance .view-overlays [class*="squiggly-"]').first().waitFor({ state: 'attached', timeout: 60000 });
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    log(`problems for ${article}: ${await page.locator('.markers-panel .monaco-list-row').count()} rows rendered`);

    // 2. A corroborated claim, found through the Problems panel's filter (the list only renders the
    // rows in view), then clicked: the editor's cursor moves to the claim.
    const filter = page.locator('.panel .viewpane-filter input, .panel input[placeholder^="Filter"]').first();
    await filter.waitFor({ state: 'visible', timeout: TIMEOUT });
    await filter.fill(CORROBORATED);
    const claimRow = rows.filter({ hasText: CORROBORATED }).first();
    const hasClaim = await claimRow.waitFor({ state: 'visible', timeout: TIMEOUT }).then(() => true, () => false);
    run.check(hasClaim, `the Problems panel lists a claim "${CORROBORATED} …"`);
    if (!hasClaim) return;
    log('claim row:', (await claimRow.getAttribute('aria-label')) ?? (await claimRow.innerText()));
    await claimRow.click(); // selects the claim's range in the editor
    await page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+ \(\d+ selected\)/ }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Control+Shift+M'); // close the panel: room for the hover
    await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: TIMEOUT });
    await page.keyboard.press('Control+1'); // focus the editor
    await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ timeout: TIMEOUT });
    // The selection ends where the claim ends, just outside it: put the cursor at its start.
    await page.keyboard.press('ArrowLeft');
    await page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+$/ }).first().waitFor({ timeout: TIMEOUT });
    const claimAt = await cursorPosition(page);
    log('cursor at the claim:', JSON.stringify(claimAt));

    // 3. The hover at the cursor (Show or Focus Hover) links passages in the other articles.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const { hrefs, text: hoverText } = await readHover(page);
    /** Links to a line of another article: file name, line and column. */
    const others = hrefs
      .map((h) => /([^/]+\.txt)#L(\d+)(?:,(\d+))?$/.exec(decodeURIComponent(h)))
      .filter((m) => m && m[1] !== article)
      .map((m) => ({ file: /** @type {RegExpExecArray} */ (m)[1], line: Number(/** @type {RegExpExecArray} */ (m)[2]), col: Number(/** @type {RegExpExecArray} */ (m)[3] ?? 1) }));
    run.check(others.length > 0, 'the claim hover links a passage in another article', hrefs);
    if (!others.length) {
      await run.shot(page, '5-seeds-hover.png');
      return;
    }
    // The diagnostics' part of the hover comes first; bring the link into view, under the mouse.
    const target = others[0];
    const targetLink = page.locator(`.monaco-hover-content a[data-href*="${target.file}"], .monaco-hover-content a[title*="${target.file}"]`).first();
    await targetLink.scrollIntoViewIfNeeded();
    await targetLink.hover();
    await run.shot(page, '5-seeds-hover.png');

    // 4. Following the link opens the other article at the passage.
    log(`following the link to ${target.file} line ${target.line}`);
    await targetLink.click();
    const opened = await page
      .waitForSelector(`.tabs-container .tab.active[aria-label*="${target.file}"]`, { timeout: TIMEOUT })
      .then(() => true, () => false);
    run.check(opened, `the link opens the other article (${target.file}) in the active editor`);
    const at = await page
      .waitForFunction(
        (want) => [...document.querySelectorAll('.statusbar-item')].some((e) => new RegExp(`Ln ${want.line}, Col ${want.col}\\b`).test(e.textContent ?? '')),
        target,
        { timeout: TIMEOUT },
      )
      .then(() => true, () => false);
    run.check(at, `the other article opens at the passage (line ${target.line}, column ${target.col})`, JSON.stringify(await cursorPosition(page)));
    await run.shot(page, '6-seeds-followed-link.png');

    // 5. Check Consistency: the notification, then the Consistency view lists contradictions.
    const toast = await checkConsistencyFromPalette(page);
    run.check(toast.contradictions >= 1, 'the notification reports contradictions', toast.text);
    run.check(toast.articles === articles.length, `the notification counts all ${articles.length} articles`, toast.text);
    const viewRows = consistencyRows(page);
    const hasRows = await viewRows.first().waitFor({ state: 'visible', timeout: TIMEOUT }).then(() => true, () => false);
    const labels = await viewRows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ')));
    log(`consistency view: ${labels.length} rows rendered`, JSON.stringify(labels.slice(0, 6)));
    run.check(hasRows && labels.length > 0, 'the Consistency view lists contradictions', labels);
    await page.waitForTimeout(700); // the toast fades in; an earlier screenshot shows nothing
    await run.shot(page, '7-seeds-consistency.png');
  },
);
