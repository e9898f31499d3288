/**
 * Architecture rules that code review alone would miss: the analysis core stays pure (no editor,
 * LSP or file-system imports), and package.json's settings match the typed settings module.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SETTING_DEFAULTS } from '../../../src/settings';
import { repoRoot } from '../../repoRoot';

const root = repoRoot();

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = [/^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^(node:)?fs(\/promises)?$/, /^(node:)?child_process$/, /^(node:)?(http|https|net)$/];

describe('architecture', () => {
  it('server/src/analysis imports no vscode, LSP, file-system or network modules', () => {
    const files = tsFiles(join(root, 'server/src/analysis'));
    assert.ok(files.length > 10, 'expected to find the analysis sources');
    const offences: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (FORBIDDEN.some((re) => re.test(spec))) offences.push(`${relative(root, file)} imports ${spec}`);
        if (spec.startsWith('.') && /\/(lsp|cli|store)\//.test(join(file, '..', spec) + '/')) offences.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    assert.deepEqual(offences, []);
  });

  it('only server/src/lsp imports vscode-languageserver', () => {
    const offences = tsFiles(join(root, 'server/src'))
      .filter((f) => !f.includes(`${join('server', 'src', 'lsp')}`))
      .filter((f) => /from\s*['"]vscode-languageserver/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    assert.deepEqual(offences, []);
  });

  it("package.json's settings match SETTING_DEFAULTS", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const properties = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    const declared = Object.fromEntries(
      Object.entries(properties)
        .filter(([k]) => k.startsWith('crosscheck.') && !k.slice('crosscheck.'.length).includes('.'))
        .map(([k, v]) => [k.slice('crosscheck.'.length), v.default]),
    );
    assert.deepEqual(declared, SETTING_DEFAULTS);
  });
});
