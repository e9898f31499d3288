/**
 * The model years a recall covers (facts/modelYearFacts.ts, contradictions/modelYearRules.ts):
 * "Varo hatchbacks and Tessa pickups from the 2020 to 2023 model years" against "of model years
 * 2018 to 2021" is flagged; "2020-2023" agrees with "2020 to 2023", and a span told of one model
 * only, a part of the recall or an earlier recall is not set against it. Fictional recall in
 * test-fixtures/contradictions/model-years-*.txt.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { isModelYearFact, modelYearFactsOf } from '../../../src/analysis/facts/modelYearFacts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';
import { analyseFixtures, anchoredLines } from './pipeline';

/** "models from-to «span»" of the model-year facts of a text. */
function spans(text: string): string[] {
  const doc = analyzeDocument('s.txt', `Headline\n\nPublished May 12, 2026\n\n${text}\n`, DEFAULT_ANALYSIS_OPTIONS);
  return doc.sentences
    .flatMap((s) => modelYearFactsOf(doc, s))
    .filter(isModelYearFact)
    .map((f) => `${f.detail.modelYears.models.join('+')} ${f.detail.modelYears.from}-${f.detail.modelYears.to} «${f.span.text}»`);
}

function yearContradictions(names: string[]): string[] {
  return anchoredLines(analyseFixtures(names).contradictions.filter((c) => c.fact.startsWith('model years')));
}

describe('facts: the model years a recall covers', () => {
  it('reads spans of model years in the ways news text writes them, with the models named before them', () => {
    assert.deepEqual(spans('The recall covers Varo hatchbacks and Tessa pickups from the 2020 to 2023 model years.'), [
      'tessa+varo 2020-2023 «Varo hatchbacks and Tessa pickups from the 2020 to 2023 model years»',
    ]);
    assert.deepEqual(spans('The recall is for Varo hatchback of model years 2018-2021.'), ['varo 2018-2021 «Varo hatchback of model years 2018-2021»']);
    assert.deepEqual(spans('The recall affects Tessa pickups built between 2019 and 2022.'), ['tessa 2019-2022 «Tessa pickups built between 2019 and 2022»']);
    assert.deepEqual(spans('The recall covers vans of the 2022 model year.'), [' 2022-2022 «2022 model year»']);
  });
  it('reads no span of another recall, of a part of the products, or outside a story of a recall', () => {
    assert.deepEqual(spans('In 2024, the firm recalled Varo hatchbacks from the 2016 to 2018 model years.'), []);
    assert.deepEqual(spans('A previous recall covered Varo hatchbacks from the 2016 to 2018 model years.'), []);
    assert.deepEqual(spans('Tessa pickups from the 2022 model year make up most of the recall.'), []);
    assert.deepEqual(spans('The plant made Varo hatchbacks from 2016 to 2018.'), []);
  });
});

describe('contradictions: two spans of model years of one recall', () => {
  it('flags 2018 to 2021 against 2020 to 2023 for the same models, and explains why both cannot hold', () => {
    assert.deepEqual(yearContradictions(['model-years-a.txt', 'model-years-b.txt']), [
      'date: model-years-a.txt «Varo hatchbacks and Tessa pickups from the 2020 to 2023 model years» | model-years-b.txt «Varo hatchback and Tessa pickup of model years 2018 to 2021»',
    ]);
    const [c] = analyseFixtures(['model-years-a.txt', 'model-years-b.txt']).contradictions.filter((x) => x.fact.startsWith('model years'));
    assert.match(c.explanation, /2020–2023.*2018–2021.*one span of model years of Tessa and Varo/u);
  });
  it('does not flag the same span written otherwise, a span of one model, a part of the recall or an earlier recall', () => {
    assert.deepEqual(yearContradictions(['model-years-a.txt', 'model-years-c.txt']), []);
  });
});
