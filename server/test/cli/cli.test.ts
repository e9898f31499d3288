/**
 * The CLI as users and CI run it: a real process, real files, exit codes and streams.
 *
 * test-fixtures/cli holds two short fictional reports of one invented plane crash. They agree on
 * the airline, the airport, the day and the field, and disagree on the number of passengers.
 * Bad files (empty, binary, mis-encoded, huge) are generated here in a temporary folder.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../repoRoot';

const root = repoRoot();
const cli = join(__dirname, '..', '..', 'cli', 'crosscheck.js');
const fixtures = join(root, 'test-fixtures', 'cli');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('crosscheck CLI', function () {
  this.timeout(60_000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints one JSON report that follows REPORT-SCHEMA version 1', () => {
    const r = run('analyze', '--format', 'json', fixtures);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.equal(report.documents.length, 2);
    for (const doc of report.documents) {
      assert.match(doc.path, /harbour-crash-[ab]\.txt$/);
      assert.ok(Array.isArray(doc.boilerplate));
      const text = require('node:fs').readFileSync(doc.path, 'utf8') as string;
      for (const e of doc.entities) {
        assert.equal(typeof e.id, 'string');
        assert.equal(typeof e.type, 'string');
        assert.equal(text.slice(e.start, e.end), e.text, 'entity offsets index the file text');
      }
      assert.ok(doc.claims.length > 0, `claims in ${doc.path}`);
      for (const c of doc.claims) {
        assert.equal(text.slice(c.start, c.end), c.text, 'claim offsets index the file text');
        assert.ok(Array.isArray(c.corroborations) && Array.isArray(c.contradictions));
        for (const link of c.corroborations) assert.notEqual(link.path, doc.path, 'corroboration comes from another document');
      }
    }
    assert.ok(Array.isArray(report.contradictions));
    const people = report.documents.flatMap((d: { entities: Array<{ type: string; id: string }> }) => d.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
    assert.ok(people.includes('tomas-reyes'), `the director is one person across files: ${[...new Set(people)].join(', ')}`);
  });

  it('links a claim to the other report of the same crash', () => {
    const report = JSON.parse(run('analyze', '--format', 'json', fixtures).stdout);
    const a = report.documents.find((d: { path: string }) => d.path.endsWith('harbour-crash-a.txt'));
    const field = a.claims.find((c: { text: string }) => c.text.includes('two kilometres'));
    assert.ok(field, 'the field sentence is a claim');
    assert.ok(field.corroborations.some((l: { path: string }) => l.path.endsWith('harbour-crash-b.txt')));
  });

  it('prints a readable text report by default', () => {
    const r = run('analyze', fixtures);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /harbour-crash-a\.txt/);
    assert.match(r.stdout, /claims/);
  });

  it('exits 2 with a message for usage errors and missing paths', () => {
    for (const args of [[], ['frobnicate'], ['analyze'], ['analyze', '--format', 'xml', fixtures], ['analyze', join(tmp, 'missing')], ['analyze', '--fail-on', 'nothing', fixtures]]) {
      const r = run(...args);
      assert.equal(r.status, 2, `exit code for ${args.join(' ')}`);
      assert.match(r.stderr, /crosscheck: /, `message for ${args.join(' ')}`);
      assert.equal(r.stdout.includes('"version"'), false);
    }
  });

  it('exits 1 with --fail-on contradictions when articles disagree, 0 otherwise', () => {
    const single = join(tmp, 'single');
    require('node:fs').mkdirSync(single);
    writeFileSync(join(single, 'one.txt'), 'Quiet Day\n\nThe council met on Monday and approved the budget of 2 million euros.\n');
    assert.equal(run('analyze', '--fail-on', 'contradictions', single).status, 0);
    const r = run('analyze', '--format', 'json', '--fail-on', 'contradictions', fixtures);
    const report = JSON.parse(r.stdout);
    assert.ok(
      report.contradictions.some((k: { kind: string }) => k.kind === 'count'),
      `the passenger counts (14 against 19) contradict: ${JSON.stringify(report.contradictions)}`,
    );
    assert.equal(r.status, 1);
    assert.match(r.stderr, /contradiction/);
  });

  it('skips bad files with a reason and still reports the good ones', () => {
    const bad = join(tmp, 'bad');
    require('node:fs').mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0x75, 0x20, 0x50, 0x6f, 0x72, 0x74]));
    writeFileSync(join(bad, 'huge.txt'), 'word '.repeat(600_000));
    writeFileSync(join(bad, 'crlf-bom.txt'), '\ufeffHarbour Report\r\n\r\nThe ferry carried 120 passengers on Friday, the operator said. 🚢 שלום\r\n');
    const r = run('analyze', '--format', 'json', '--max-file-size', '1', bad);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const reasons = Object.fromEntries(report.skipped.map((s: { path: string; reason: string }) => [s.path.split(/[\\/]/).pop(), s.reason]));
    assert.deepEqual(reasons, { 'binary.txt': 'binary', 'empty.txt': 'empty', 'huge.txt': 'too-large', 'latin1.txt': 'invalid-encoding' });
    assert.match(r.stderr, /skipped .*binary\.txt: .*binary/);
    const good = report.documents.find((d: { path: string }) => d.path.endsWith('crlf-bom.txt'));
    assert.ok(good, 'the CRLF + BOM file is analysed');
    const text = (require('node:fs').readFileSync(good.path, 'utf8') as string).replace(/^\ufeff/, '');
    for (const c of good.claims) assert.equal(text.slice(c.start, c.end), c.text, 'offsets are into the text without its BOM');
  });
});
