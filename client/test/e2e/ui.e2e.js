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
 * The browser, the checks and the workbench helpers are in ./workbench.js (shared with seeds.e2e.js).
 *
 *   CS_URL=http://127.0.0.1:PORT WS=<workspace copy> node client/test/e2e/ui.e2e.js
 *
 * Waits are on workbench elements, never fixed sleeps, except the short pause the recipe found
 * necessary before screenshotting a notification (it fades in).
 */
const { TIMEOUT, log, runScenario, openFile, pointOfText, readHover, checkConsistencyFromPalette, consistencyRows } = require('./workbench');

const ARTICLE = 'paris-daily.txt';

runScenario(
  {
    name: 'UI E2E',
    screenshots: ['1-squiggles-and-problems.png', '2-hover.png', '3-check-consistency.png', '4-consistency-view.png'],
    errorShot: 'error.png',
  },
  async (page, run) => {
    const check = run.check.bind(run);
    const shot = run.shot.bind(run);
    await openFile(page, ARTICLE);
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
    const { hrefs, text: hoverText } = await readHover(page);
    check(hrefs.some((h) => /paris-(wire|gazette)\.txt#L\d+/.test(h)), 'the claim hover links a passage in another article', hrefs);
    check(/Thieves take paintings from Paris museum|Paris police hunt two suspects/.test(hoverText), 'the hover names the other article by its headline', hoverText);
    await shot(page, '2-hover.png');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);

    // 4. Check Consistency from the command palette: notification, then the Consistency view.
    const toast = await checkConsistencyFromPalette(page);
    check(toast.contradictions >= 1 && toast.articles === 3, 'the notification reports contradictions across the 3 articles', toast.text);
    await page.waitForTimeout(700); // the toast fades in; an earlier screenshot shows nothing
    await shot(page, '3-check-consistency.png');

    const viewRows = consistencyRows(page);
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
  },
);
