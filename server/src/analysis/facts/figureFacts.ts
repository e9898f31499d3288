/**
 * Every figure of a sentence with what it counts or measures, whatever happened to it: "buried 23
 * houses" (houses: 23), "fined the retailer €4.2 million" (a sum in euros), "about 0.6% of its
 * turnover" (a percentage), "travelled about 500 metres" (a length, in metres). The readers of
 * quantityFacts.ts know what happened to the counted things only from a lexicon of predicates
 * ("killed", "stolen"); these facts carry instead the words of the figure's clause, and
 * figureRules.ts compares two figures only when their clauses say the same thing in the same terms
 * ("buried 23 houses" / "32 houses are buried under the mud"). Figures that may have changed or
 * that are about something else (quantityFacts.ts's `isUnstable`) are left out, as are years,
 * compound adjectives ("a five-hour meeting") and conversions in brackets.
 */
import { stem } from '../corroboration/stem';
import { clauseTerms, namesIn, type ClauseTerm } from './clauseTerms';
import { countryKey } from './countries';
import type { DocumentAnalysis, Sentence } from '../types';
import type { NumberRange } from '../values/numbers';
import { findQuantities, type Quantity } from '../values/quantities';
import { readCountedPhrase } from './countedThings';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { countClause, countRange, isConversion, isUnstable, moneyCeiling, moneyRange, oneSideOf, percentRange, plural } from './quantityFacts';

/** What a figure counts or measures, and the words it is told with. */
export interface FigureInfo {
  /** The counted noun's class ("house", "satellite"), "money:eur", "percent", or a dimension ("length"). */
  thing: string;
  /** Modifiers that make a sub-group of the counted things ("british" in "two British tourists"). */
  group: string;
  /** Words for explanations ("houses", "sum in EUR", "percentage", "length"). */
  label: string;
  /** The range the figure stands for, hedges applied, in the thing's base unit (metres for lengths). */
  range: NumberRange;
  /**
   * The content words of the figure's clause, each with its feature keys (stem, synonym concepts,
   * predicate class): names, the figure's own words and the counted noun left out.
   */
  terms: ClauseTerm[];
  /** The words of the clause as written, for explanations. */
  clause: string;
  /** Resolved ids of the names in the clause: figures told of different places or bodies are about different things. */
  names: string[];
  /** Every number written in the clause, as ranges: an article that writes the other's figure beside its own counts two things. */
  numbers: NumberRange[];
  /**
   * For a sum written as a ceiling ("a fine of up to 500,000 reais"), the ceiling as written: two
   * articles that give one maximum as two ceilings disagree, though "up to" ranges overlap.
   */
  ceiling?: NumberRange;
}

export type FigureFact = FactWith<'figure', FigureInfo>;

export const isFigureFact = factWithGuard<FigureFact>('figure');

/** Units of length, mass, area, volume and speed, in metres, kilograms, square metres, litres and km/h. */
const DIMENSIONS: Readonly<Record<string, [string, number]>> = {
  km: ['length', 1000], m: ['length', 1], mile: ['length', 1609.344], foot: ['length', 0.3048],
  // Rain, snow and water depths are written in small units; distances in large ones.
  cm: ['depth', 0.01], mm: ['depth', 0.001], inch: ['depth', 0.0254],
  kg: ['mass', 1], tonne: ['mass', 1000],
  km2: ['area', 1e6], mile2: ['area', 2.59e6], hectare: ['area', 1e4], acre: ['area', 4046.86],
  litre: ['volume', 1], barrel: ['volume', 158.987],
  'km/h': ['speed', 1], mph: ['speed', 1.609344], knot: ['speed', 1.852],
};

/** Share of a measured value allowed either side when it is written without a hedge (writers round). */
const MEASURE_SLACK = 0.05;

/** A digit or a number word: sentences without one hold no figure. */
const NUMBER_CUE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty(?:-\p{L}+)?|hundred|thousand|dozen|a pair)\b/iu;

/** A period named relative to the article ("next year", "last month"): figures told of it are of that period. */
export const NAMED_PERIOD = /\b(?:next|last|this)\s+(?:year|month|week|season)\b/giu;
/** NAMED_PERIOD without the global flag, for its first match. */
const FIRST_NAMED_PERIOD = new RegExp(NAMED_PERIOD.source, 'iu');

/** One past or present year the clause tells its figure of ("in 2023"); not "as in 2019", a comparison. */
const IN_YEAR = /(?<!\bas )\bin ((?:19|20)\d\d)\b/iu;

/** The figure facts of one sentence. */
export function figureFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!NUMBER_CUE.test(text)) return [];
  const quantities = findQuantities(text);
  const out: DetailedFact[] = [];
  for (const q of quantities) {
    if (q.compound) continue;
    const reading = readFigure(text, q, quantities);
    if (!reading) continue;
    const around = countClause(text, q);
    const clause = text.slice(around.start, around.end);
    // "a roof repair in 2023 that cost 48 million yen": a figure of a named year is a fact of that
    // year, compared only with figures told of the same year (its group says which).
    const year = IN_YEAR.exec(clause);
    const told = year ? clause.slice(0, year.index) + ' '.repeat(year[0].length) + clause.slice(year.index + year[0].length) : clause;
    if (isUnstable(told, { start: q.start - around.start, end: q.end - around.start })) continue;
    const names = namesIn(doc, s.start + around.start, s.start + around.end);
    const terms = clauseTerms(text, around, { start: q.start, end: reading.end }, reading.noun, names.spans);
    if (!terms.some((t) => !t.inName)) continue;
    const ids = withCountriesByAdjective(names.ids, terms);
    const numbers = quantities.filter((o) => o.start >= around.start && o.end <= around.end).filter((o) => o !== q && !o.hedge).map((o) => o.written);
    const span = spanOf(doc, s.start + q.start, s.start + reading.end);
    // A count of one side of a border is a part of the count of both (see QuantityInfo.side).
    const side = oneSideOf(clause);
    const sided = side ? `${reading.group} on ${side} side`.trim() : reading.group;
    // "Next year 34 trawlers may fish": figures of the next or last year are compared with figures of that period only.
    const period = FIRST_NAMED_PERIOD.exec(clause)?.[0].toLowerCase().replace(/\s+/gu, ' ');
    const dated = period ? `${sided} ${period}`.trim() : sided;
    const group = year ? `${dated} in ${year[1]}`.trim() : dated;
    out.push(
      factAt<FigureFact>(doc, span, {
        kind: 'count',
        subject: `figure:${reading.thing}`,
        attribute: `figure:${reading.thing}`,
        value: { kind: 'number', min: reading.range.min, max: reading.range.max },
        display: span.text,
        detail: { sentence: s.index, figure: { thing: reading.thing, group, label: reading.label, range: reading.range, terms, clause: clause.trim(), names: ids, numbers, ...(reading.ceiling ? { ceiling: reading.ceiling } : {}) } },
      }),
    );
  }
  return out;
}

/**
 * The ids of a clause's names, with the countries its national adjectives name ("out of the
 * Argentine grid" is about Argentina, as "off Argentina's grid" is): a name's words are terms
 * marked `inName`, and a capitalised word that is a country's adjective gives the country's key.
 */
function withCountriesByAdjective(ids: readonly string[], terms: readonly ClauseTerm[]): string[] {
  const countries = terms.filter((t) => t.inName && /^\p{Lu}/u.test(t.word)).map((t) => countryKey(t.word)).filter((k): k is string => k !== undefined);
  return countries.length === 0 ? [...ids] : [...new Set([...ids, ...countries])].sort();
}

interface FigureReading {
  thing: string;
  group: string;
  label: string;
  range: NumberRange;
  /** The counted noun as written (left out of the context). */
  noun?: string;
  end: number;
  /** For a ceiling ("up to 500,000 reais"), the ceiling itself as written. */
  ceiling?: NumberRange;
}

/** Four-digit whole numbers in this span are years ("its 2024 turnover"), not counts. */
const YEAR = { min: 1800, max: 2100 };

/**
 * Counted people are left to quantityFacts.ts, whose predicates tell the dead from the injured and
 * the missing: two clauses about one disaster share their words whatever group they count. Jobs
 * too: a company's cuts are counted by site and by country in the same words.
 */
const PEOPLE_NOUNS = new Set([
  'people', 'man', 'woman', 'child', 'worker', 'officer', 'soldier', 'civilian', 'student', 'tourist', 'resident', 'migrant', 'protester',
  'firefighter', 'miner', 'hostage', 'prisoner', 'patient', 'passenger', 'crew', 'suspect', 'victim', 'citizen', 'job', 'family', 'household',
  'member', 'staff', 'employee', 'fan', 'spectator', 'athlete', 'player', 'rider', 'adult', 'boy', 'girl', 'baby', 'person', 'body', 'diplomat',
]);

/** Words a counted-phrase reader may take for a noun that are verbs, adverbs or prepositions ("six satellites lost", "four since"). */
const NOT_NOUNS = new Set([
  'lost', 'built', 'made', 'since', 'ago', 'later', 'earlier', 'won', 'held', 'left', 'kept', 'found', 'put', 'set', 'given', 'gone', 'done',
  'seen', 'known', 'shown', 'sold', 'paid', 'bought', 'told', 'said', 'each', 'apiece', 'total', 'overall', 'altogether', 'alone', 'only',
  'back', 'away', 'down', 'up', 'out', 'off', 'over', 'ahead', 'behind', 'apart', 'yet', 'too', 'also', 'now', 'then', 'there', 'here',
]);

/** Words after a counted phrase that make the figure a difference ("28 seats short of a majority"). */
const DIFFERENCE_AFTER = /^\s*(?:short|shy|behind|ahead|adrift|clear|fewer|less|more|higher|lower|up|down)\b/iu;

/** Words after a number that make it part of a clock time or a date ("0548 GMT", "10 p.m.", "21 October"). */
const CLOCK_OR_DATE_AFTER =
  /^\s*(?:gmt|utc|cet|cest|est|edt|pst|pdt|bst|ist|[ap]\.?m\b|h\b|hrs\b|o'clock|local\b|january|february|march|april|may|june|july|august|september|october|november|december|jan\b|feb\b|mar\b|apr\b|jun\b|jul\b|aug\b|sept?\b|oct\b|nov\b|dec\b)/iu;

/** "62 of the city's 187 clustered precincts", "nine of its 16 chapters": a part, and the whole it is of. */
const PART_OF = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+['’]s?\s+)?$/u;

/**
 * The part of a whole that a number names: "in 62 of the city's 187 clustered precincts" counts
 * precincts, as a part of the 187; it is compared only with another part of the same whole.
 */
function partOfWhole(text: string, q: Quantity, all: readonly Quantity[]): FigureReading | undefined {
  const whole = all.find((o) => o.start > q.end && o.start - q.end < 30 && o.type === 'CARDINAL' && PART_OF.test(text.slice(q.end, o.start)));
  if (!whole || whole.written.min !== whole.written.max || !(q.written.max < whole.written.min)) return undefined;
  const phrase = readCountedPhrase(text.slice(whole.end));
  if (!phrase || !phrase.noun || phrase.noun.length < 3 || PEOPLE_NOUNS.has(phrase.noun) || NOT_NOUNS.has(phrase.noun) || phrase.predicate) return undefined;
  const noun = phrase.group ? `${phrase.group} ${phrase.noun}` : phrase.noun;
  return {
    thing: phrase.noun,
    group: `${phrase.group ? `${phrase.group} ` : ''}of ${whole.written.min}`,
    label: `number of the ${whole.written.min} ${plural(noun)}`,
    range: countRange(q),
    noun: phrase.noun,
    end: whole.end + phrase.end,
  };
}

/** Words after a sum that make it a share of a total ("from the total arrears", "of the overall bill"). */
const SHARE_OF_TOTAL = /^\s+(?:from|of|out\s+of)\s+(?:the|its|their|a)\s+(?:total|overall|combined|entire|whole)\b/iu;

/** A month's name right before a number, which makes it a day of the month. */
const MONTH_BEFORE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+$/iu;

function readFigure(text: string, q: Quantity, all: readonly Quantity[]): FigureReading | undefined {
  switch (q.type) {
    case 'CARDINAL': {
      if (Number.isInteger(q.written.min) && q.written.min >= YEAR.min && q.written.max <= YEAR.max && /^\d{4}$/u.test(q.text.trim())) return undefined;
      // Clock times and dates ("08.30 GMT", "21 October"), and numbers inside a name ("Boreal-1").
      if (/(?:\d[:.]\s*|\p{L}-?)$/u.test(text.slice(Math.max(0, q.start - 2), q.start)) || CLOCK_OR_DATE_AFTER.test(text.slice(q.end, q.end + 12))) return undefined;
      // A day after its month: "the May 12 vote", "since March 3".
      if (MONTH_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start))) return undefined;
      const part = partOfWhole(text, q, all);
      if (part) return part;
      const phrase = readCountedPhrase(text.slice(q.end));
      if (!phrase || phrase.partial || !phrase.noun || phrase.noun.length < 3 || PEOPLE_NOUNS.has(phrase.noun) || NOT_NOUNS.has(phrase.noun) || phrase.predicate) return undefined;
      // A difference, not a count: "falling 28 seats short of a majority", "three points ahead".
      if (DIFFERENCE_AFTER.test(text.slice(q.end + phrase.end, q.end + phrase.end + 20))) return undefined;
      const written = /^[\s]*([\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})/u.exec(text.slice(q.end, q.end + phrase.end))?.[1] ?? phrase.noun;
      return { thing: phrase.noun, group: phrase.group, label: `number of ${phrase.group ? `${phrase.group} ` : ''}${plural(phrase.noun)}`, range: countRange(q), noun: written.split(/\s+/u).pop(), end: q.end + phrase.end };
    }
    case 'MONEY': {
      if (!q.unit) return undefined;
      if (isConversion(text, q, all)) return undefined;
      // "owes its nurses KSh 310 million of the total arrears": one party's share of a sum told whole elsewhere.
      if (SHARE_OF_TOTAL.test(text.slice(q.end, q.end + 30))) return undefined;
      const ceiling = moneyCeiling(q);
      return { thing: `money:${q.unit}`, group: '', label: `sum in ${q.unit.toUpperCase()}`, range: moneyRange(q), end: q.end, ...(ceiling ? { ceiling } : {}) };
    }
    case 'PERCENT': {
      // "a 55.7% stake" and "a 27% premium" are two measures; "6% of turnover" names its whole after "of".
      const noun = /^\s+(?!of\b|in\b|on\b|to\b|from\b|and\b|or\b|for\b|at\b|by\b|than\b|the\b|a\b|an\b)(\p{Ll}{3,})\b/u.exec(text.slice(q.end, q.end + 30))?.[1];
      const thing = noun ? `percent:${stem(noun)}` : 'percent';
      return { thing, group: '', label: noun ? `${noun} in percent` : 'percentage', range: percentRange(q), noun, end: q.end };
    }
    case 'QUANTITY': {
      const dim = q.unit ? DIMENSIONS[q.unit] : undefined;
      if (!dim) return undefined;
      const [thing, factor] = dim;
      const slack = q.hedge ? 0 : MEASURE_SLACK;
      const range = { min: q.range.min * factor * (1 - slack), max: q.range.max * factor * (1 + slack) };
      return { thing, group: '', label: thing, range, end: q.unitEnd };
    }
  }
  return undefined;
}

