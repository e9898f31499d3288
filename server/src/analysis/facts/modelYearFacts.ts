/**
 * The model years a recall covers, as facts: "The recall covers Varo hatchbacks from the 2020 to
 * 2023 model years", "Varo hatchbacks of model years 2020-2023", "made for the 2020 through 2023
 * model years", "vans built between 2018 and 2021", "the 2022 model year". A recall names the
 * products it covers once; two articles that give the same products two spans of years cannot both
 * be right (modelYearRules.ts).
 *
 * The products are part of what is told: the model names written before the years ("Varo",
 * "Tessa"), so that a span told for one model only ("Tessa sedans from 2022") is never set against
 * the span of the whole recall. Only closed spans of plain years are read, in sentences about a
 * recall or about affected or faulty products; a sentence that names another year as well ("In
 * March 2023, ...") or another occurrence ("a previous recall", "last year") is left out, and so is
 * a part of the products ("most of them", "including").
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';

/** What a model-year fact says. */
export interface ModelYearInfo {
  /** First and last model year, inclusive. */
  from: number;
  to: number;
  /** Model names written before the years, folded and sorted ("tessa", "varo"); empty when none. */
  models: string[];
}

/** A fact carrying the model years of a recall. */
export type ModelYearFact = FactWith<'modelYears', ModelYearInfo>;

/** Narrows a fact to a model-year fact. */
export const isModelYearFact = factWithGuard<ModelYearFact>('modelYears');

const YEAR = String.raw`((?:19|20)\d\d)`;
const SPAN = String.raw`${YEAR}\s*(?:-|–|to|through|thru|and)\s*${YEAR}`;
/** Spans of model years, in the ways news text writes them. */
const YEAR_SPANS: readonly RegExp[] = [
  // "from the 2021 to 2024 model years", "2021-2024 model years", "the 2022 model year".
  new RegExp(String.raw`\b(?:${SPAN}|${YEAR})\s+model[\s-]+years?\b`, 'giu'),
  // "of model years 2019 to 2022", "model year 2022".
  new RegExp(String.raw`\bmodel[\s-]+years?\s+(?:${SPAN}|${YEAR})\b`, 'giu'),
  // "built between 2018 and 2021", "made from 2018 to 2021".
  new RegExp(String.raw`\b(?:built|made|produced|manufactured|assembled)\s+(?:between|from)\s+${SPAN}\b`, 'giu'),
];
/** A sentence about a recall or about faulty products. */
const CUE = /\brecall|\bcalling\s+back\b|\bcalled\s+back\b|\baffected\b|\bfault|\bdefect|\binvolved\b|\bcovers?\b/iu;
/** Words of another occurrence or of a part of the products. */
const ELSEWHERE = /\b(?:previous|previously|earlier|prior|last|another|separate|similar|ago|most|some|including|among|mainly|mostly|except|excluding|would|could|might|if)\b/iu;
/** Nouns of products that a model name stands before ("Varo compact SUVs", "Tessa sedan"). */
const PRODUCT = String.raw`(?:SUVs?|sedans?|saloons?|cars?|trucks?|pickups?|vans?|hatchbacks?|models?|vehicles?|coupes?|crossovers?|minivans?|wagons?|estates?|motorcycles?|scooters?|bikes?|buses?)`;
/** A model name: a capitalised word before a product noun, with at most two words between. */
const MODEL = new RegExp(String.raw`\b(\p{Lu}[\p{L}\d-]*)\s+(?:[\p{Ll}-]+\s+){0,2}?${PRODUCT}\b`, 'gu');
/** Capitalised words that are not model names. */
const NOT_MODELS = new Set(['the', 'its', 'their', 'all', 'only', 'some', 'most', 'suv', 'suvs', 'electric', 'hybrid', 'new']);

/** The model-year facts of one sentence. */
export function modelYearFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/model[\s-]+years?|\bbuilt|\bmade|\bproduced|\bmanufactured|\bassembled/iu.test(text) || !CUE.test(text) || ELSEWHERE.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const re of YEAR_SPANS) {
    for (const m of text.matchAll(re)) {
      const years = m.slice(1).filter(Boolean).map(Number);
      const from = years[0];
      const to = years[years.length - 1];
      if (to < from || to - from > 30) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // Another year in the sentence tells of another time ("In March 2023, ...").
      if (/\b(?:19|20)\d\d\b/u.test(text.slice(0, start) + ' ' + text.slice(end))) return [];
      const { models, first } = modelsBefore(text, start);
      const from0 = first ?? start;
      const span = spanOf(doc, s.start + from0, s.start + end);
      out.push(
        factAt<ModelYearFact>(doc, span, {
          kind: 'date',
          subject: `model-years:${models.join('+')}`,
          attribute: 'model years',
          value: { kind: 'text', text: from === to ? String(from) : `${from}–${to}` },
          display: span.text,
          detail: { sentence: s.index, modelYears: { from, to, models } },
        }),
      );
    }
  }
  return out;
}

/** The model names of the clause before `at` and where the first begins. */
function modelsBefore(text: string, at: number): { models: string[]; first?: number } {
  const clauseStart = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at)) + 1;
  const before = text.slice(clauseStart, at);
  const models = new Set<string>();
  let first: number | undefined;
  for (const m of before.matchAll(MODEL)) {
    const name = m[1].toLowerCase();
    if (NOT_MODELS.has(name)) continue;
    models.add(name);
    first ??= clauseStart + (m.index ?? 0);
  }
  return { models: [...models].sort(), first };
}
