/**
 * The language server over stdio on a copy of test-fixtures/workspace (see its EXPECTATIONS.md):
 * pull diagnostics of an opened article, a hover that links another article, the consistency
 * request. The settings are the defaults except a short debounce.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import {
  CheckConsistencyRequest,
  ClaimAtRequest,
  DIAGNOSTIC_SOURCE,
  DiagnosticCodes,
  EntitiesRequest,
  type CheckConsistencyResult,
  type ClaimAtResult,
  type EntitiesResult,
} from '../../src/protocol';
import {
  codeOf,
  fileUri,
  hoverMarkdown,
  liveLinkTargets,
  LspTestClient,
  passageLinks,
  positionOf,
  removeTempWorkspace,
  startFixtureServer,
  textAt,
} from './lspClient';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

describe('LSP: the fixture workspace over stdio', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspTestClient;
  const file = (name: string): { uri: string; text: string } => ({ uri: fileUri(join(ws, name)), text: readFileSync(join(ws, name), 'utf8') });

  before(async () => {
    ({ ws, client } = await startFixtureServer());
  });

  after(async () => {
    await client?.stop();
    removeTempWorkspace(ws);
  });

  it('announces pull diagnostics with inter-file dependencies, hover, and asks for its configuration', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.hoverProvider, 'hoverProvider');
    assert.ok(caps.diagnosticProvider, 'diagnosticProvider');
    assert.equal((caps.diagnosticProvider as { interFileDependencies: boolean }).interFileDependencies, true);
    const sections = client.received
      .filter((m) => m.method === 'workspace/configuration')
      .flatMap((m) => (m.params as { items: Array<{ section?: string }> }).items.map((i) => i.section));
    assert.ok(sections.includes('crosscheck'), `asked for ${JSON.stringify(sections)}`);
    assert.ok(sections.includes('files.associations'), `asked for ${JSON.stringify(sections)}`);
  });

  it('reports the workspace scan as work-done progress it created', () => {
    const created = client.received.filter((m) => m.method === 'window/workDoneProgress/create').map((m) => (m.params as { token: unknown }).token);
    assert.ok(created.length > 0, 'no window/workDoneProgress/create');
    const kinds = client.received
      .filter((m) => m.method === '$/progress' && created.includes((m.params as { token: unknown }).token))
      .map((m) => (m.params as { value: { kind: string } }).value.kind);
    assert.ok(kinds.includes('begin') && kinds.includes('end'), `progress kinds ${JSON.stringify(kinds)}`);
  });

  describe('diagnostics of an opened article (paris-daily.txt)', () => {
    let daily: { uri: string; text: string };
    let diagnostics: Diagnostic[];
    const withCode = (code: string): Diagnostic[] => diagnostics.filter((d) => codeOf(d) === code);
    const covering = (code: string, phrase: string): Diagnostic | undefined => withCode(code).find((d) => textAt(daily.text, d.range).includes(phrase));
    const describeAll = (): string => diagnostics.map((d) => `${codeOf(d)}@${d.severity} "${textAt(daily.text, d.range)}"`).join('\n');

    before(async () => {
      daily = file('paris-daily.txt');
      await client.open(daily.uri, daily.text);
      diagnostics = await client.pull(daily.uri);
    });

    it('every diagnostic has source "crosscheck", a known code and a range inside the text', () => {
      assert.ok(diagnostics.length > 0);
      const codes = new Set<string>(Object.values(DiagnosticCodes));
      for (const d of diagnostics) {
        assert.equal(d.source, DIAGNOSTIC_SOURCE);
        assert.ok(codes.has(codeOf(d)), `unknown code ${codeOf(d)}`);
        assert.ok(textAt(daily.text, d.range).length > 0, `empty range ${JSON.stringify(d.range)}`);
      }
    });

    it('marks named entities with Hint diagnostics on the exact names', () => {
      const names = withCode(DiagnosticCodes.entity).map((d) => {
        assert.equal(d.severity, SEVERITY.hint, `severity of entity "${textAt(daily.text, d.range)}"`);
        return textAt(daily.text, d.range);
      });
      assert.ok(names.includes('Claire Fontenay'), `entities: ${JSON.stringify(names)}`);
      assert.ok(names.includes('Paris'), `entities: ${JSON.stringify(names)}`);
    });

    it('flags the painting count as contradicted (Error) with related information in paris-wire.txt', () => {
      const d = covering(DiagnosticCodes.claimContradicted, '9 paintings');
      assert.ok(d, `no claim-contradicted diagnostic covers "9 paintings":\n${describeAll()}`);
      assert.equal(d.severity, SEVERITY.error);
      const wire = file('paris-wire.txt');
      const related = d.relatedInformation ?? [];
      const inWire = related.find((r) => r.location.uri === wire.uri);
      assert.ok(inWire, `related information: ${JSON.stringify(related)}`);
      assert.match(textAt(wire.text, inWire.location.range), /\b14\b/);
    });

    it('marks the alarm time as corroborated (Information)', () => {
      const d = covering(DiagnosticCodes.claimCorroborated, '3:40 a.m.');
      assert.ok(d, `no claim-corroborated diagnostic covers "3:40 a.m.":\n${describeAll()}`);
      assert.equal(d.severity, SEVERITY.information);
    });

    it("marks the night guard's remark, reported nowhere else, as unsupported (Warning)", () => {
      const d = covering(DiagnosticCodes.claimUnsupported, 'broken for three weeks');
      assert.ok(d, `no claim-unsupported diagnostic covers "broken for three weeks":\n${describeAll()}`);
      assert.equal(d.severity, SEVERITY.warning);
    });

    it('gives no claim-contradicted diagnostic to a claim all sources agree on', () => {
      assert.equal(covering(DiagnosticCodes.claimContradicted, '3:40 a.m.'), undefined);
      assert.equal(covering(DiagnosticCodes.claimContradicted, 'broken for three weeks'), undefined);
    });
  });

  describe('hover on a claim', () => {
    it('links the passages of the other articles that report it, at their line and column', async () => {
      const daily = file('paris-daily.txt');
      const hover = await client.hover(daily.uri, positionOf(daily.text, 'alarm sounded', 4));
      assert.ok(hover, 'no hover on the alarm claim');
      assert.equal(typeof hover.contents === 'object' && 'kind' in hover.contents ? hover.contents.kind : undefined, 'markdown');
      const md = hoverMarkdown(hover);
      const links = passageLinks(md);
      for (const name of ['paris-wire.txt', 'paris-gazette.txt']) {
        const other = file(name);
        const link = links.find((l) => l.uri === other.uri);
        assert.ok(link, `no link to ${name} in the hover:\n${md}`);
        const lines = other.text.split(/\r\n|\n|\r/);
        const line = lines[link.line - 1] ?? '';
        assert.ok(line.includes('3:40 a.m.'), `${name}#L${link.line},${link.column} is "${line}", not the alarm passage`);
        assert.ok(link.column >= 1 && link.column - 1 <= line.indexOf('3:40'), `column ${link.column} is after the fact on "${line}"`);
      }
      assert.equal(
        links.some((l) => l.uri === daily.uri),
        false,
        'the hover links the article itself as its own source',
      );
      assert.deepEqual(liveLinkTargets(md).filter((t) => !t.startsWith('file:///')), [], 'only file links are live');
    });

    it('shows the headline of a linked article', async () => {
      const daily = file('paris-daily.txt');
      const md = hoverMarkdown(await client.hover(daily.uri, positionOf(daily.text, 'alarm sounded', 4)));
      assert.match(md, /Thieves take paintings from Paris museum in night raid/);
    });

    it('says so when no other source reports the claim', async () => {
      const daily = file('paris-daily.txt');
      const md = hoverMarkdown(await client.hover(daily.uri, positionOf(daily.text, 'night guard', 3)));
      assert.match(md, /No other source reports this claim\./);
      assert.deepEqual(passageLinks(md), []);
    });

    it('lists the disagreeing source of a contradicted claim with the explanation (as crosscheck/claimAt gives it)', async () => {
      const daily = file('paris-daily.txt');
      const wire = file('paris-wire.txt');
      const position = positionOf(daily.text, '9 paintings', 1);
      const claim = await client.request<ClaimAtResult | null>(ClaimAtRequest, { uri: daily.uri, position });
      assert.ok(claim, 'crosscheck/claimAt found no claim on "9 paintings"');
      assert.match(claim.text, /9 paintings/);
      const disagreement = claim.contradictions.find((c) => c.uri === wire.uri);
      assert.ok(disagreement, `claimAt contradictions: ${JSON.stringify(claim.contradictions)}`);
      assert.equal(disagreement.kind, 'count');
      const md = hoverMarkdown(await client.hover(daily.uri, position));
      assert.ok(passageLinks(md).some((l) => l.uri === wire.uri), `no link to paris-wire.txt:\n${md}`);
      // The hover escapes markdown; compare without the escapes.
      assert.ok(md.replace(/\\(.)/g, '$1').includes(disagreement.explanation.replace(/\s+/g, ' ').trim().slice(0, 60)), `the explanation "${disagreement.explanation}" is not in:\n${md}`);
    });
  });

  describe('hover on an entity', () => {
    it('gives the canonical name, the type and the mentions per article', async () => {
      const daily = file('paris-daily.txt');
      const md = hoverMarkdown(await client.hover(daily.uri, positionOf(daily.text, 'Claire Fontenay', 2)));
      assert.match(md, /Claire Fontenay/);
      assert.match(md, /PERSON/i);
      assert.match(md, /paris-wire\.txt|Thieves take paintings/);
    });
  });

  describe('crosscheck/checkConsistency', () => {
    let result: CheckConsistencyResult;
    let progressToken: string;

    before(async () => {
      progressToken = 'consistency-test-token';
      result = await client.request<CheckConsistencyResult>(CheckConsistencyRequest, { workDoneToken: progressToken });
    });

    it('analyses the three articles and not the Markdown notes', () => {
      assert.equal(result.documents, 3);
      assert.deepEqual(result.skipped, []);
    });

    it('finds the planted painting count contradiction, with passages in both files', () => {
      const daily = file('paris-daily.txt');
      const wire = file('paris-wire.txt');
      // Passages may be tight (just the number and its noun), so look for the numbers themselves.
      const item = result.contradictions.find((c) => c.passages.some((p) => p.uri === daily.uri && /\b9\b/.test(p.text)));
      assert.ok(item, `contradictions: ${JSON.stringify(result.contradictions, null, 1)}`);
      assert.equal(item.kind, 'count');
      assert.ok(item.explanation.length > 0);
      const wirePassage = item.passages.find((p) => p.uri === wire.uri);
      assert.ok(wirePassage, 'no passage in paris-wire.txt');
      assert.match(wirePassage.text, /\b14\b/);
      assert.equal(textAt(wire.text, wirePassage.range), wirePassage.text, 'the passage range and text disagree');
    });

    it('does not report the agreeing alarm time as a contradiction', () => {
      assert.equal(result.contradictions.filter((c) => c.passages.some((p) => p.text.includes('3:40'))).length, 0);
    });

    it('reports progress on the work-done token', () => {
      const kinds = client.received
        .filter((m) => m.method === '$/progress' && (m.params as { token: unknown }).token === progressToken)
        .map((m) => (m.params as { value: { kind: string } }).value.kind);
      assert.equal(kinds[0], 'begin', `progress on the token: ${JSON.stringify(kinds)}`);
      assert.equal(kinds[kinds.length - 1], 'end');
    });
  });

  describe('crosscheck/entities', () => {
    it('resolves "Fontenay" and "Claire Fontenay" to one PERSON with mentions in every article', async () => {
      const { entities } = await client.request<EntitiesResult>(EntitiesRequest, {});
      const fontenay = entities.find((e) => e.canonical === 'Claire Fontenay');
      assert.ok(fontenay, `entities: ${entities.map((e) => e.canonical).join(', ')}`);
      assert.equal(fontenay.type, 'PERSON');
      const files = new Set(fontenay.mentions.map((m) => m.uri.slice(m.uri.lastIndexOf('/') + 1)));
      assert.deepEqual([...files].sort(), ['paris-daily.txt', 'paris-gazette.txt', 'paris-wire.txt']);
      assert.ok(fontenay.mentions.some((m) => m.text === 'Fontenay'), 'the short form "Fontenay" is not among the mentions');
    });
  });

  describe('afterwards', () => {
    it('the server is still running', () => {
      assert.ok(client.alive, `the server died:\n${client.stderr}`);
    });
  });
});
