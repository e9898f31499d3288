/**
 * The exports: schema.org ClaimReview checked against the fields schema.org and Google's Fact Check
 * markup require, and W3C Web Annotation (TextQuoteSelector + TextPositionSelector, motivation
 * "assessing") read back without loss.
 */
import assert from 'node:assert/strict';
import { buildClaimReview, createAnnotation, fromW3C, fromW3CCollection, parseStoreText, serializeStore, toW3C, VERDICTS, type ClaimReview } from '../../../src/analysis/annotations';

const TEXT = 'Turnout in the mayoral election reached 58 percent, the highest figure in two decades.\n\nChallenger Tomasz Wielgosz won by fewer than 1,200 votes.';
const START = TEXT.indexOf('Turnout');
const END = TEXT.indexOf('decades.') + 'decades.'.length;

function sample(verdict: (typeof VERDICTS)[number] = 'false') {
  return createAnnotation({
    id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
    source: 'news/election.txt',
    text: TEXT,
    start: START,
    end: END,
    verdict,
    note: 'Official figures say 52 percent.',
    evidence: [
      { kind: 'url', url: 'https://example.org/results' },
      { kind: 'passage', target: { source: 'news/other.txt', quote: { type: 'TextQuoteSelector', exact: 'turnout was 52 percent', prefix: 'said ', suffix: '.' }, position: { type: 'TextPositionSelector', start: 10, end: 32 } } },
    ],
    author: 'Ana Ferreira',
    now: '2026-05-04T10:11:12.000Z',
  });
}

/** Google's Fact Check markup: required and recommended fields, and the Rating rules. */
function checkClaimReview(r: ClaimReview): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => (ok ? undefined : problems.push(what));
  need(r['@context'] === 'https://schema.org', '@context https://schema.org');
  need(r['@type'] === 'ClaimReview', '@type ClaimReview');
  need(typeof r.claimReviewed === 'string' && r.claimReviewed.length > 0 && !/\n/.test(r.claimReviewed), 'claimReviewed: one-line text');
  need(URL.canParse(r.url), 'url: an absolute URL');
  need(r.reviewRating?.['@type'] === 'Rating', 'reviewRating @type Rating');
  need(typeof r.reviewRating?.alternateName === 'string' && r.reviewRating.alternateName.length > 0, 'reviewRating.alternateName');
  const { ratingValue, bestRating, worstRating } = r.reviewRating ?? {};
  need((bestRating === undefined) === (worstRating === undefined), 'bestRating and worstRating go together');
  if (ratingValue !== undefined) {
    need(Number.isInteger(ratingValue) && bestRating !== undefined && worstRating !== undefined, 'numeric rating has its scale');
    need(worstRating !== undefined && worstRating >= 1 && bestRating! > worstRating && ratingValue >= worstRating && ratingValue <= bestRating!, 'worstRating >= 1 <= ratingValue <= bestRating');
  }
  need(r.itemReviewed?.['@type'] === 'Claim', 'itemReviewed @type Claim');
  need(URL.canParse(r.itemReviewed?.appearance?.url ?? ''), 'itemReviewed.appearance.url');
  need(typeof r.author?.name === 'string' && r.author.name.length > 0, 'author.name');
  need(/^\d{4}-\d{2}-\d{2}$/.test(r.datePublished), 'datePublished yyyy-mm-dd');
  return problems;
}

describe('annotations: ClaimReview export', () => {
  it('has every field schema.org and the Fact Check markup require, for every verdict', () => {
    for (const verdict of VERDICTS) {
      const r = buildClaimReview(sample(verdict), { url: 'https://news.example/election', headline: 'Mayor loses', published: '2026-05-01', author: 'City Gazette' }, { reviewUrl: 'https://checks.example/election' });
      assert.deepEqual(checkClaimReview(r), [], verdict);
    }
  });

  it('writes the claim, the rating, the claim appearance and the review', () => {
    const r = buildClaimReview(sample('false'), { url: 'https://news.example/election', headline: 'Mayor loses', published: '2026-05-01', author: 'City Gazette' }, { reviewUrl: 'https://checks.example/election', sourceUrl: (s) => `https://news.example/${s}` });
    assert.equal(r.claimReviewed, 'Turnout in the mayoral election reached 58 percent, the highest figure in two decades.');
    assert.deepEqual(r.reviewRating, { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    assert.deepEqual(r.itemReviewed, {
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example/election', headline: 'Mayor loses', datePublished: '2026-05-01' },
      author: { '@type': 'Organization', name: 'City Gazette' },
      datePublished: '2026-05-01',
    });
    assert.deepEqual(r.author, { '@type': 'Person', name: 'Ana Ferreira' });
    assert.equal(r.datePublished, '2026-05-04');
    assert.equal(r.url, 'https://checks.example/election#annotation-11111111-2222-4333-8444-555555555555');
    assert.equal(r.reviewBody, 'Official figures say 52 percent.');
    assert.deepEqual(r.citation, [
      { '@type': 'CreativeWork', url: 'https://example.org/results' },
      { '@type': 'CreativeWork', url: 'https://news.example/news/other.txt', text: 'turnout was 52 percent' },
    ]);
  });

  it('gives verdicts that are not degrees of truth a name but no number', () => {
    for (const verdict of ['unproven', 'needs-source'] as const) {
      const r = buildClaimReview(sample(verdict), { url: 'file:///w/election.txt' }, { reviewUrl: 'file:///w/election.txt' });
      assert.deepEqual(r.reviewRating, { '@type': 'Rating', alternateName: verdict === 'unproven' ? 'Unproven' : 'Needs source' });
      assert.equal(r.itemReviewed.datePublished, undefined);
    }
  });
});

describe('annotations: W3C Web Annotation', () => {
  it('uses motivation assessing, a TextQuoteSelector and a TextPositionSelector', () => {
    const w = toW3C(sample(), true);
    assert.equal(w['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(w.type, 'Annotation');
    assert.equal(w.motivation, 'assessing');
    assert.deepEqual(w.target.selector, [
      { type: 'TextQuoteSelector', exact: TEXT.slice(START, END), prefix: '', suffix: '\n\nChallenger Tomasz Wielgosz won' },
      { type: 'TextPositionSelector', start: START, end: END },
    ]);
    assert.deepEqual(w.body[0], { type: 'TextualBody', purpose: 'assessing', value: 'false' });
    assert.deepEqual(w.body[1], { type: 'TextualBody', purpose: 'commenting', value: 'Official figures say 52 percent.', format: 'text/plain' });
    assert.deepEqual(w.body[2], { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/results' });
    assert.deepEqual(w.creator, { type: 'Person', name: 'Ana Ferreira' });
  });

  it('reads back what it writes', () => {
    const a = sample('misleading');
    assert.deepEqual(fromW3C(JSON.parse(JSON.stringify(toW3C(a)))), a);
    const text = serializeStore('news/election.txt', [a]);
    assert.deepEqual(parseStoreText(text), { ok: true, annotations: [a] });
    assert.deepEqual(fromW3CCollection([toW3C(a)]), [a]);
  });

  it('says what and where when a file is broken', () => {
    const broken = parseStoreText('{ "type": "AnnotationCollection", ');
    assert.equal(broken.ok, false);
    if (!broken.ok) assert.match(broken.message, /^not valid JSON/);
    const w = toW3C(sample()) as unknown as { body: Array<{ value: string }> };
    w.body[0].value = 'probably';
    const bad = parseStoreText(JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [w] } }));
    assert.deepEqual(bad, { ok: false, message: 'not a Crosscheck annotation file: items[0].body[0].value "probably" is not a verdict (verified, false, misleading, unproven, needs-source)' });
    const dup = parseStoreText(JSON.stringify([toW3C(sample()), toW3C(sample())]));
    assert.equal(dup.ok, false);
    assert.deepEqual(parseStoreText('  \n'), { ok: true, annotations: [] });
  });
});
