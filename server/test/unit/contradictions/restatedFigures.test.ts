/**
 * Figures restated in the same terms (facts/figureFacts.ts, contradictions/figureRules.ts): "A
 * mudslide buried 19 cabins" against "Ninety-one cabins were buried by the mud", and a fine of
 * €1.8 million against one of €8.1 million, are flagged though no lexicon knows what "buried" does
 * to a cabin; the same figure in other words, figures of other things in the same story, an older
 * fine and a slide at another place are not. Fictional story in
 * test-fixtures/contradictions/figure-mudslide-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { figureFactsOf, isFigureFact } from '../../../src/analysis/facts/figureFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "thing min-max «span»" of the figure facts of a text. */
function figures(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished May 12, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return doc.sentences
    .flatMap((s) => figureFactsOf(doc, s))
    .filter(isFigureFact)
    .map((f) => `${f.detail.figure.thing} ${f.detail.figure.range.min}-${f.detail.figure.range.max} «${f.span.text}»`);
}

function figureContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => /in the same terms/u.test(c.explanation)));
}

describe('facts: figures with the words of their clause', () => {
  it('reads counted things, sums and lengths, in base units', () => {
    assert.deepEqual(figures('The storm buried 19 cabins near the lake.'), ['cabin 19-19 «19 cabins»']);
    assert.deepEqual(figures('The regulator fined the firm €1.8 million over the breach.'), ['money:eur 1750000-1850000 «€1.8 million»']);
    assert.deepEqual(figures('The mud travelled about 2 km down the slope.'), ['length 1700-2300 «about 2 km»']);
  });
  it('reads no clock time, date, number inside a name, year, difference, conversion or count of people', () => {
    assert.deepEqual(figures('The rocket lifted off at 10:12 GMT on 21 October.'), []);
    assert.deepEqual(figures('The Boreal-1 rocket was lost.'), []);
    assert.deepEqual(figures('The party fell 28 seats short of a majority.'), []);
    assert.deepEqual(figures('The regulator fined the firm €4.2 million ($4.9 million) over the breach.'), ['money:eur 4150000-4250000 «€4.2 million»']);
    assert.deepEqual(figures('The fine is the largest since 2019 in the country.'), []);
    assert.deepEqual(figures('The slide buried 14 people in their homes.'), []);
  });
  it('reads a plural noun that its verb follows ("Seven bidders competed", "five tugs fought")', () => {
    assert.deepEqual(figures('Seven bidders competed for the canvas.'), ['bidder 7-7 «Seven bidders»']);
    assert.deepEqual(figures('In the end five tugs fought the blaze.'), ['tug 5-5 «five tugs»']);
  });
  it('leaves out figures that may have changed or are about another occasion', () => {
    assert.deepEqual(figures('The toll rose to 14 cabins buried.'), []);
    assert.deepEqual(figures('A similar slide buried 12 cabins in 2019.'), []);
  });
});

describe('contradictions: a figure restated in the same terms with another number', () => {
  it('flags 19 cabins buried against 91, and a fine of €1.8 million against €8.1 million, and explains both', () => {
    assert.deepEqual(figureContradictions(['figure-mudslide-a.txt', 'figure-mudslide-b.txt']), [
      'count: figure-mudslide-a.txt «19 cabins» | figure-mudslide-b.txt «Ninety-one cabins»',
      'count: figure-mudslide-a.txt «€1.8 million» | figure-mudslide-b.txt «€8.1 million»',
    ]);
    const found = analyseFixtures(['figure-mudslide-a.txt', 'figure-mudslide-b.txt']).contradictions.filter((c) => /in the same terms/u.test(c.explanation));
    assert.ok(found.some((c) => /19.*91.*number of cabins in the same terms \(“buried”/u.test(c.explanation)), found.map((c) => c.explanation).join('\n'));
    assert.ok(found.some((c) => /€1\.8 million.*€8\.1 million.*“fined”/u.test(c.explanation)), found.map((c) => c.explanation).join('\n'));
  });
  it('flags five helicopters in the search against three in the operation: a search and an operation are one response to one avalanche', () => {
    assert.deepEqual(figureContradictions(['figure-avalanche-a.txt', 'figure-avalanche-b.txt']), [
      'count: figure-avalanche-a.txt «five helicopters» | figure-avalanche-b.txt «three helicopters»',
    ]);
  });
  it('does not flag the same figures in other words, other figures of the story, an older fine, or a slide at another place', () => {
    assert.deepEqual(figureContradictions(['figure-mudslide-a.txt', 'figure-mudslide-c.txt']), []);
    assert.deepEqual(figureContradictions(['figure-mudslide-a.txt', 'figure-mudslide-d.txt']), []);
  });

  it('sets a ceiling ("up to 40 million euros") against a figure above it, not below it', () => {
    assert.deepEqual(figureContradictions(['figure-ceiling-a.txt', 'figure-ceiling-b.txt']), [
      'count: figure-ceiling-a.txt «up to 40 million euros» | figure-ceiling-b.txt «55 million euros»',
    ]);
    assert.deepEqual(figureContradictions(['figure-ceiling-a.txt', 'figure-ceiling-c.txt']), []);
  });
});
