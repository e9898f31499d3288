/**
 * Article text is untrusted: a hover that quotes it (a headline, a passage) must escape it, so that
 * markdown such as `[x](command:workbench.action.quit)` or raw HTML in an article never becomes a
 * live link in the editor. Only the server's own `file:///` passage links may be live.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileUri, hoverMarkdown, liveLinkTargets, LspTestClient, makeTempWorkspace, passageLinks, positionOf, removeTempWorkspace } from './lspClient';

const TRAP_HEADLINE = 'Museum raid [x](command:workbench.action.quit) <a href="command:workbench.action.quit">details</a>';
const TRAP = `${TRAP_HEADLINE}\n\nThe alarm sounded at 3:40 a.m., and officers reached the [building](command:workbench.action.quit) eight minutes later.\n`;
const PLAIN = 'Night raid at a Paris museum\n\nThe alarm sounded at 3:40 a.m., and officers reached the building eight minutes later.\n';

describe('LSP: hovers escape article text', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspTestClient;

  before(async () => {
    ws = makeTempWorkspace();
    writeFileSync(join(ws, 'trap.txt'), TRAP);
    writeFileSync(join(ws, 'plain.txt'), PLAIN);
    client = await LspTestClient.start({ workspaceFolder: ws, settings: { debounceMs: 20 }, associations: { '*.txt': 'news-article' } });
    await client.waitForScanIdle();
  });

  after(async () => {
    await client?.stop();
    removeTempWorkspace(ws);
  });

  it('a hover quoting a headline and passage with a command link keeps them inert', async () => {
    const plainUri = fileUri(join(ws, 'plain.txt'));
    await client.open(plainUri, PLAIN);
    const md = hoverMarkdown(await client.hover(plainUri, positionOf(PLAIN, 'alarm sounded', 4)));
    // The hover must actually quote the trap article, or this test would prove nothing.
    assert.ok(passageLinks(md).some((l) => l.uri === fileUri(join(ws, 'trap.txt'))), `the hover does not link trap.txt:\n${md}`);
    assert.match(md, /workbench\\?\.action\\?\.quit/, `the hover does not quote the trap's text:\n${md}`);
    const live = liveLinkTargets(md);
    assert.deepEqual(live.filter((t) => !t.startsWith('file:///')), [], `live non-file links in:\n${md}`);
    assert.doesNotMatch(md, /(?<!\\)<a\s+href/i, `raw HTML link in:\n${md}`);
  });

  it("a hover on the trap article's own claim keeps its text inert too", async () => {
    const trapUri = fileUri(join(ws, 'trap.txt'));
    await client.open(trapUri, TRAP);
    const md = hoverMarkdown(await client.hover(trapUri, positionOf(TRAP, 'alarm sounded', 4)));
    assert.ok(md.length > 0, 'no hover on the claim');
    assert.deepEqual(liveLinkTargets(md).filter((t) => !t.startsWith('file:///')), [], `live non-file links in:\n${md}`);
    assert.doesNotMatch(md, /(?<!\\)<a\s+href/i, `raw HTML link in:\n${md}`);
  });
});
