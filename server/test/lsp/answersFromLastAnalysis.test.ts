/**
 * Hovers and `crosscheck/claimAt` on a document whose text is unchanged since the last completed
 * analysis are answered from that analysis at once, even while a newer one runs after an edit
 * elsewhere; a hover on the edited document itself waits for the fresh analysis (the old offsets
 * would not match its text), and so do diagnostics.
 *
 * Nothing here measures time: the tests compare the order in which answers and the diagnostic
 * refresh that ends an analysis arrive. They rely on the workspace being large enough that
 * re-analysing it takes longer than a round trip on a local pipe (as responsiveness.test.ts does).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver';
import { generateCorpus, type GeneratedArticle } from '../../bench/generateCorpus';
import { ClaimAtRequest, type ClaimAtResult } from '../../src/protocol';
import { fileUri, hoverMarkdown, LspTestClient, makeTempWorkspace, passageLinks, positionOf, removeTempWorkspace } from './lspClient';

/** Generated articles in the workspace: enough that one re-analysis outlasts a round trip many times over. */
const ARTICLES = 800;

describe('LSP: answers from the last completed analysis while a newer one runs', function () {
  this.timeout(120_000);
  let ws: string;
  let articles: GeneratedArticle[];
  let client: LspTestClient | undefined;
  const pathOf = (a: GeneratedArticle): string => join(ws, a.uri.replace(/^.*\//, ''));
  const uriOf = (i: number): string => fileUri(pathOf(articles[i]));
  const refreshedSince = (c: LspTestClient, mark: number): boolean => c.received.slice(mark).some((m) => m.method === 'workspace/diagnostic/refresh');

  // generateCorpus tells one story in four articles: 100-103 report a train derailment (100's
  // damage figure is confirmed by 102 and 103), 400-403 a flood. The flood's articles are edited;
  // the derailment's are hovered.
  const HOVERED = 100;
  const HOVERED_CLAIM = 'cost of the damage';
  const EDITED = 402;

  before(async () => {
    ws = makeTempWorkspace();
    articles = generateCorpus(ARTICLES, 7, 1);
    for (const a of articles) writeFileSync(pathOf(a), a.text);
    client = await LspTestClient.start({ workspaceFolder: ws, settings: { debounceMs: 1 }, associations: { '*.txt': 'news-article' } });
    await client.waitForScanIdle();
    const opened = client.mark();
    await client.open(uriOf(HOVERED), articles[HOVERED].text);
    await client.open(uriOf(EDITED), articles[EDITED].text);
    await client.waitForRefresh(opened);
  });

  after(async () => {
    await client?.stop();
    removeTempWorkspace(ws);
  });

  it('answers a hover and claimAt in an unchanged document before the re-analysis started by an edit elsewhere ends, with the right content', async () => {
    const c = client!;
    const uri = uriOf(HOVERED);
    const position = positionOf(articles[HOVERED].text, HOVERED_CLAIM);
    // Nothing is pending: these are the answers of the current analysis.
    const expectedHover = await c.hover(uri, position);
    const expectedClaim = await c.request<ClaimAtResult | null>(ClaimAtRequest, { uri, position });
    const markdown = hoverMarkdown(expectedHover);
    assert.match(markdown, /\*\*Claim\*\* · Reported by \d+ other independent source/, markdown);
    const linked = new Set(passageLinks(markdown).map((l) => l.uri));
    assert.ok(linked.has(uriOf(102)) && linked.has(uriOf(103)), `the other reports of the damage are linked: ${markdown}`);
    assert.ok(expectedClaim?.text.includes(HOVERED_CLAIM), JSON.stringify(expectedClaim));

    const mark = c.mark();
    await c.change(uriOf(EDITED), `${articles[EDITED].text}\nLater, officials said 60 people had been moved to the sports hall.\n`);
    const order: string[] = [];
    const arrived = <T>(what: string, answer: Promise<T>) =>
      answer.then((value) => {
        order.push(what);
        return { value, refreshedFirst: refreshedSince(c, mark) };
      });
    // Sent first, and answered only once the edit is analysed.
    const diagnostics = arrived('diagnostics of the edited document', c.pull(uriOf(EDITED)));
    const hover = arrived('hover', c.hover(uri, position));
    const claim = arrived('claimAt', c.request<ClaimAtResult | null>(ClaimAtRequest, { uri, position }));
    const [d, h, k] = await Promise.all([diagnostics, hover, claim]);

    assert.deepEqual(order, ['hover', 'claimAt', 'diagnostics of the edited document'], 'the hover and claimAt waited for the analysis of an edit to another document');
    assert.equal(h.refreshedFirst, false, 'the hover came after the diagnostic refresh that ends the analysis of the edit');
    assert.equal(k.refreshedFirst, false, 'claimAt came after the diagnostic refresh that ends the analysis of the edit');
    assert.equal(d.refreshedFirst, true, 'the diagnostics of the edited document came before its analysis ended');
    assert.deepEqual(h.value, expectedHover);
    assert.deepEqual(k.value, expectedClaim);
    // The flood's edit says nothing about the derailment: the fresh analysis gives the same answer.
    assert.deepEqual(await c.hover(uri, position), expectedHover);
    assert.ok(c.alive, c.stderr);
    assert.doesNotMatch(c.stderr, /failed/);
  });

  it('makes a hover in the edited document wait for the fresh analysis, whose offsets match the new text', async () => {
    const c = client!;
    const uri = uriOf(EDITED);
    const claimText = 'Repairs are expected to cost roughly 7 million dollars.';
    const before = articles[EDITED].text;
    // A sentence inserted before the claim moves it: the old analysis's offset for this position
    // falls on the filler sentence that followed the claim.
    const edited = before.replace(claimText, `Residents of the lower town were told to stay with relatives until the water went down. ${claimText}`);
    assert.notEqual(edited, before);
    const position = positionOf(edited, claimText, 'Repairs are expected to '.length);

    const mark = c.mark();
    await c.change(uri, edited);
    const answer = await c.hover(uri, position).then((value: Hover | null) => ({ value, refreshedFirst: refreshedSince(c, mark) }));
    assert.equal(answer.refreshedFirst, true, 'the hover in the edited document was answered before the edit was analysed');
    const markdown = hoverMarkdown(answer.value);
    assert.match(markdown, /\*\*Claim\*\*/, markdown);
    assert.ok(markdown.includes('7 million dollars'), `the hover is about the repairs claim: ${markdown}`);
    assert.deepEqual(await c.hover(uri, position), answer.value, 'and it is the answer of the fresh analysis');
  });
});
