/**
 * Matching details added for long sentences and quotations: a sentence stating two facts links
 * to each of the sentences that state them elsewhere; quoted words count on their own; the score
 * does not bury a fact inside a long sentence.
 */
import assert from 'node:assert/strict';
import { claimFeatures } from '../../../src/analysis/corroboration/claimFeatures';
import { ClaimIndex } from '../../../src/analysis/corroboration/claimIndex';
import { corroborate } from '../../../src/analysis/corroboration/corroborate';
import { matchScore } from '../../../src/analysis/corroboration/matchScore';
import { DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED, type DocumentAnalysis } from '../../../src/analysis/types';
import { simpleAnalysis, simpleFixtures } from './simpleDocs';

const A = 'factory-strike/a-morning-report.txt';
const B = 'factory-strike/b-regional-daily.txt';

/** The first words of a sentence after its dateline. */
const body = (text: string) => text.replace(/^.*— /u, '').slice(0, 20);

function links(docs: readonly DocumentAnalysis[]): string[] {
  const map = corroborate(docs, new Map(), [], DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED);
  const out: string[] = [];
  for (const d of docs) {
    for (const c of d.claims) for (const l of map.get(d.uri)?.get(c.key) ?? []) out.push(`${d.uri.slice(15, 16)} «${body(c.text)}» -> «${body(l.text)}»`);
  }
  return out.sort();
}

describe('corroborate: one sentence, two facts (factory strike fixture)', () => {
  const docs = simpleFixtures([A, B]);

  it('links the two-fact sentence to both sentences that state its facts, and back', () => {
    assert.deepEqual(links(docs), [
      'a «About 400 workers wa» -> «About 400 workers wa»',
      'a «About 400 workers wa» -> «Union officials said»',
      'b «About 400 workers wa» -> «About 400 workers wa»',
      'b «Union officials said» -> «About 400 workers wa»',
    ]);
  });

  it('gives no source to the single-source sentences', () => {
    const all = links(docs).join('\n');
    for (const alone of ['canteen', 'spokesman', 'bus services']) assert.ok(!all.includes(alone), alone);
  });
});

describe('quoted words', () => {
  it('yield a quoted key beside the plain word key, only inside the quotation', () => {
    const text = 'The minister called the plan “fair and balanced” on Monday, calling it balanced.';
    const start = text.indexOf('“');
    const end = text.indexOf('”') + 1;
    const doc: DocumentAnalysis = {
      ...simpleAnalysis('q.txt', text),
      quotes: [{ start, end, text: text.slice(start, end), inner: text.slice(start + 1, end - 1) }],
    };
    const [f] = claimFeatures(doc);
    assert.ok(f.keys.includes('qwfair'));
    assert.ok(f.keys.includes('wfair'));
    assert.ok(f.keys.includes('qwbalanc') && f.keys.includes('wbalanc'));
    assert.ok(!f.keys.includes('qwminist'));
    const [plain] = claimFeatures(simpleAnalysis('p.txt', text));
    assert.ok(!plain.keys.some((k) => k.startsWith('q')));
  });
});

describe('match score', () => {
  it('scores a long sentence that states a fact above the plain cosine would', () => {
    const short = simpleAnalysis('s.txt', 'The jury convicted Marlow of arson in Denton on Friday.');
    const long = simpleAnalysis(
      'l.txt',
      'The jury convicted Marlow of arson in Denton on Friday, after a trial in which neighbours, firefighters, two insurers and a chemist described the night the warehouse burned down.',
    );
    const filler = simpleAnalysis('f.txt', 'Rain fell. Buses ran late. The mayor opened a bridge. Schools closed early. A festival began.');
    const features = [short, long, filler].flatMap((d) => claimFeatures(d));
    const index = new ClaimIndex(features);
    const shared = index.shared(0, 1).weight;
    const cosine = Math.sqrt(shared / Math.sqrt(index.norms[0] * index.norms[1]));
    const score = matchScore(index, 0, 1);
    // Claims heavier than the workspace's mean claim are scored more generously than by cosine.
    assert.ok(Math.sqrt(index.norms[0] * index.norms[1]) > index.meanNorm);
    assert.ok(score > cosine && score < 1.2 * cosine, `${score} vs ${cosine}`);
    assert.equal(matchScore(index, 0, 1), matchScore(index, 1, 0));
    assert.deepEqual(index.sharedIds(0, 1).length, index.shared(0, 1).count);
    assert.ok(index.sharedIds(0, 1).every((id) => index.weightOf(id) > 0));
  });
});
