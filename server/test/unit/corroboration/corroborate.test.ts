/**
 * Corroboration on the museum-theft fixture (test-fixtures/corroboration/museum-theft/), with
 * claims built by simpleDocs.ts so that the exact links do not depend on other stages.
 */
import assert from 'node:assert/strict';
import { findCopyGroups } from '../../../src/analysis/corroboration/copyGroups';
import { corroborate } from '../../../src/analysis/corroboration/corroborate';
import { DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED, type DocumentAnalysis } from '../../../src/analysis/types';
import { simpleAnalysis, simpleFixtures } from './simpleDocs';

const A = 'museum-theft/a-city-desk.txt';
const B = 'museum-theft/b-evening-post.txt';
const C = 'museum-theft/c-wire-copy.txt';
const D = 'museum-theft/d-earlier-theft.txt';

/** Every link as "from-file «claim start» -> to-file «passage start» [copy of x] [same origin]". */
function linkLines(docs: readonly DocumentAnalysis[], threshold = DEFAULT_ANALYSIS_OPTIONS.corroborationThreshold): string[] {
  const groups = findCopyGroups(docs);
  const map = corroborate(docs, new Map(), groups, { ...DEFAULT_ANALYSIS_OPTIONS, corroborationThreshold: threshold }, NEVER_CANCELLED);
  const short = (uri: string) => uri.split('/').pop()!.slice(0, 1);
  const lines: string[] = [];
  for (const d of docs) {
    for (const c of d.claims) {
      for (const l of map.get(d.uri)?.get(c.key) ?? []) {
        assert.equal(docs.find((x) => x.uri === l.uri)!.text.slice(l.start, l.end), l.text, 'passage offsets point at its text');
        lines.push(`${short(d.uri)} «${c.text.slice(0, 30)}» -> ${short(l.uri)} «${l.text.slice(0, 30)}»${l.copyOf ? ` copy of ${short(l.copyOf)}` : ''}${l.sameOrigin ? ' same origin' : ''}`);
      }
    }
  }
  return lines.sort();
}

describe('corroborate: museum theft fixture', () => {
  const docs = simpleFixtures([A, B, C, D]);

  it('links the three shared facts across wordings, and shows the wire copy as a copy', () => {
    const lines = linkLines(docs);
    const independent = lines.filter((l) => !l.endsWith(' same origin'));
    assert.deepEqual(independent, [
      'a «Museum director Claire Benoit » -> b «PARIS, March 11, 2024 — Claire»',
      'a «PARIS, March 10, 2024 — Thieve» -> b «The raiders took four painting»',
      'a «The stolen works are valued at» -> b «Insurers estimate that the wor»',
      'b «Insurers estimate that the wor» -> a «The stolen works are valued at»',
      'b «Insurers estimate that the wor» -> c «The stolen works are valued at» copy of a',
      'b «PARIS, March 11, 2024 — Claire» -> a «Museum director Claire Benoit »',
      'b «PARIS, March 11, 2024 — Claire» -> c «Museum director Claire Benoit » copy of a',
      'b «The raiders took four painting» -> a «PARIS, March 10, 2024 — Thieve»',
      'b «The raiders took four painting» -> c «PARIS, March 10, 2024 (AFP) — » copy of a',
      'c «Museum director Claire Benoit » -> b «PARIS, March 11, 2024 — Claire»',
      'c «PARIS, March 10, 2024 (AFP) — » -> b «The raiders took four painting»',
      'c «The stolen works are valued at» -> b «Insurers estimate that the wor»',
    ]);
    // The original and its wire copy are linked sentence to sentence, always marked.
    const copies = lines.filter((l) => l.endsWith(' same origin'));
    assert.ok(copies.length >= 4, copies.join('\n'));
    for (const l of copies) assert.match(l, /^[ac] .* -> [ac] /u);
  });

  it('gives no source to claims that only one article makes', () => {
    // Copies of the claim's own source do not count: only links to independent sources.
    const lines = linkLines(docs).filter((l) => !l.endsWith(' same origin'));
    for (const alone of ['A night guard', 'The museum reopened', 'Investigators have asked']) {
      assert.ok(!lines.some((l) => l.includes(alone)), `${alone}: ${lines.filter((l) => l.includes(alone)).join('; ')}`);
    }
  });

  it('keeps the look-alike theft months earlier apart, though people and place are the same', () => {
    assert.ok(!linkLines(docs).some((l) => l.startsWith('d ') || l.includes('-> d ')));
    // Without its date, the earlier article would be taken for the same event.
    const undated = docs.map((d) => (d.uri === D ? simpleAnalysis(D, d.text.replace('November 2, 2023', 'Thursday')) : d));
    assert.ok(linkLines(undated).some((l) => l.startsWith('d ')));
  });

  it('marks every link between a document and its own copy as same origin', () => {
    const between = linkLines(docs).filter((l) => /^[ac] .* -> [ac] /u.test(l));
    assert.ok(between.length > 0);
    assert.ok(between.every((l) => l.endsWith(' same origin')), between.join('\n'));
  });

  it('finds nothing in empty, one-document and odd inputs', () => {
    assert.deepEqual(linkLines([]), []);
    assert.deepEqual(linkLines([docs[0]]), []);
    const odd = [simpleAnalysis('x.txt', ''), simpleAnalysis('y.txt', '🙂🙂 ‏שלום עולם. \r\n' + 'a'.repeat(20_000) + '.'), simpleAnalysis('z.txt', 'مرحبا بالعالم.\r\n🙂')];
    assert.deepEqual(linkLines(odd), []);
  });

  it('finds fewer links as the threshold rises', () => {
    assert.ok(linkLines(docs, 0.9).length < linkLines(docs).length);
    // Only the copy's identical sentences survive a threshold near 1.
    assert.ok(linkLines(docs, 0.99).every((l) => l.endsWith(' same origin')));
  });
});
