/**
 * Counts of people and things, percentages of a named measure and sums of money, as facts:
 * "Thieves stole 9 paintings" (artworks taken: 9), "Two people were killed and 17 injured"
 * (people dead: 2; people injured: 17), "Turnout was 58.4%" (turnout: 58.35–58.45 %),
 * "insured for 2 million euros". Hedges make ranges ("more than 20" is 20 or more, "about 50" is
 * 42.5–57.5). A number is left out when its words say it is a part ("two of the suspects"),
 * another group ("three others"), or a value at a point in time that may have changed ("the toll
 * rose to 12", "initially", "so far"), or when the sentence is hypothetical or about another
 * occurrence ("a similar theft in 2019"): precision matters more than recall.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { canonicalCountry, isDemonym } from '../lexicon/places';
import type { HedgeKind } from '../values/hedges';
import type { NumberRange } from '../values/numbers';
import { findQuantities, withNationalSums, type Quantity } from '../values/quantities';
import { clauseAround, withoutAsides } from '../text/clauses';
import { HOSPITALISED_AFTER, PART_OF_INJURED, partitivePredicate, partOfGroupPredicate, SECOND_CONJUNCT, PREDICATE_AFTER, PREDICATE_BEFORE, PREDICATE_CLASSES, predicateAfter, readCountedPhrase, SUFFERED_INJURIES } from './countedThings';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { sentenceMentions } from './documentIndex';
import { onBoardOf } from './onBoardCounts';

/** What a quantity fact measures and the range it states. */
export interface QuantityInfo {
  /** The measured thing: "artwork|taken", "people|dead", "turnout", "money:insured:eur"; with a sub-group when written ("british tourist|dead"). */
  measure: string;
  /** Words for explanations ("artworks taken", "people dead", "turnout"). */
  label: string;
  /** The range the words stand for, hedges applied. */
  range: NumberRange;
  /** "percent", a currency code, or undefined for counts. */
  unit?: string;
  /** The words of the sentence (lower case, numbers left out), to find the closest restatement in another article. */
  context: string[];
  /** The period a figure is told of, when the sentence names one ("monday"): figures of two periods are not compared. */
  period?: string;
  /**
   * The one side of a border, a front or a river a figure is told of ("about 140 trucks on the
   * Armenian side"): a count of one side is a part of the count of both, so figures of different
   * sides, or of one side and none, are not compared.
   */
  side?: string;
  /**
   * How far a count reaches, when its clause says: "nationwide" ("arrested across the country",
   * "marched in some 260 towns", "in all France") or one town ("in:nantes": "32 000 persons
   * marched in Nantes", "In Nantes, about 9,000 people marched"). A protest, a strike or a storm
   * is counted town by town and for the whole country: counts of two reaches are not compared.
   */
  reach?: string;
  /**
   * For a sum written as a ceiling ("a fine of up to 500,000 reais"), the ceiling as written: two
   * articles that give one maximum as two ceilings disagree, though "up to" ranges overlap.
   */
  ceiling?: NumberRange;
}

/** A fact carrying a quantity. */
export type QuantityFact = FactWith<'quantity', QuantityInfo>;

/** Narrows a fact to a quantity fact. */
export const isQuantityFact = factWithGuard<QuantityFact>('quantity');

/**
 * Words that make every number of their clause a value at one point in time, a forecast, a
 * partial result or a number about something else: such numbers are not compared.
 */
const UNSTABLE =
  /\b(?:initial(?:ly)?|earlier|later|updated?|revised|so far|at first|first reported|by now|now|as of|preliminary|provisional|latest|expected|projected|forecasts?|exit polls?|counted|yet to|could|would|might|feared|possibly|up from|down from|compared with|similar|separate|previous|prior|another|last (?:year|month|week)|(?<!\bas )in (?:1[89]|20)\d\d|since (?:\p{L}+ )?(?:1[89]|20)\d\d|since (?:the (?:start|beginning) of )?(?:january|february|march|april|june|july|august|september|october|november|december|the year)(?! \d)|(?<!\d )(?:january|february|march|april|june|july|august|september|october|november|december) (?:1[89]|20)\d\d|that (?:january|february|march|april|may|june|july|august|september|october|november|december|year|summer|winter|spring|autumn)|each|every|per(?!\s?cent)|average|a day|a week|a year|annually|hypothetical|if)\b/iu;

/**
 * A number that changed ("the toll rose to 11", "climbed by three", "has reached 12"): verbs of
 * change count only with a figure or "to"/"by"/"from" after them, so that the train that "jumped
 * the rails" or the crane that "fell on" workers leaves the sentence's counts alone.
 */
const CHANGED =
  /\b(?:rose|risen|rising|rise|climbed|climbing|increased|jumped|fell|fallen|dropped|reached)\s+(?:(?:to|by|from|above|past|beyond|as high as)\b|(?:about|around|nearly|almost|at least|more than|over\s+)?\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozen)\b))/iu;

/**
 * True when the numbers of `text` (a clause) are values at one point in time, forecasts or about
 * something else (UNSTABLE, CHANGED, TAKING_TO). With `figure`, where in `text` the number asked
 * about stands, a change told of another figure of the clause leaves it alone ("about 62,000
 * people gathered ..., in heat that reached 32 degrees").
 */
export const isUnstable = (text: string, figure?: { start: number; end: number }) => {
  const told = withoutOtherUnitPrices(text, figure).replace(PERCEIVED, 'was seen');
  return UNSTABLE.test(told) || deniedNear(told, figure) || stillNear(told, figure) || changedFigure(told, figure) || TAKING_TO.test(told);
};

/**
 * A denial in the figure's own part of the clause, up to its next comma ("were not injured", "no
 * one was hurt"); without a figure, anywhere in the clause. A later part ("Three employees received
 * injuries, one of them is in hospital, his life is not in danger") denies something else.
 */
function deniedNear(text: string, figure: { start: number; end: number } | undefined): boolean {
  if (!figure) return DENIAL.test(text);
  const from = Math.max(text.lastIndexOf(',', figure.start), text.lastIndexOf(';', figure.start), 0);
  const comma = text.slice(figure.end).search(/[,;]/u);
  return DENIAL.test(text.slice(from, comma < 0 ? text.length : figure.end + comma));
}

/** Words that deny what their clause says. */
const DENIAL = /\b(?:not|never|no)\b/iu;

/**
 * A unit price ("at 1,150 koruna each", "for $20 per share") is a value per thing, so its "each"
 * or "per" makes that price unstable (UNSTABLE), but not the count it prices: "ordered 600,000
 * doses at 1,150 koruna each" still ordered 600,000 doses.
 */
const UNIT_PRICE = /\b(?:at|for)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?[^\s\d]{0,3}\d[\d.,]*(?:\s*(?:[kmb]n?|million|billion|[\p{L}$€£¥.]+)){0,2}\s+(?:each|apiece|a\s+piece|per\s+\p{L}+)\b/giu;

/** `text` with the unit prices that do not hold `figure` blanked out (same length, so positions hold). */
function withoutOtherUnitPrices(text: string, figure: { start: number; end: number } | undefined): string {
  if (!figure) return text;
  return text.replace(UNIT_PRICE, (m: string, at: number) => (at <= figure.start && figure.end <= at + m.length ? m : ' '.repeat(m.length)));
}

/**
 * "five were still missing": a count at one moment. "Still" speaks for the figure it stands
 * beside, not for another of its clause ("the bodies recovered are eleven and ... at least 16
 * persons are still missing" keeps the eleven); without a figure, for the whole clause.
 */
function stillNear(text: string, figure: { start: number; end: number } | undefined): boolean {
  const near = figure ? text.slice(Math.max(0, figure.start - STILL_REACH), figure.end + STILL_REACH) : text;
  return /\bstill\b/iu.test(near);
}

/** How far (characters) from a figure a "still" makes it a count at one moment. */
const STILL_REACH = 30;

/** CHANGED, to find every verb of change in a clause. */
const CHANGED_ALL = new RegExp(CHANGED.source, 'giu');

/** True when a verb of change is told of `figure` (of any figure when undefined), or of the clause's figures in general ("rose to", "climbed by"). */
function changedFigure(text: string, figure: { start: number; end: number } | undefined): boolean {
  for (const m of text.matchAll(CHANGED_ALL)) {
    const tail = /(?:\d|\p{L}+)$/u.exec(m[0])![0];
    if (!figure || /^(?:to|by|from|above|past|beyond|as)$/iu.test(tail)) return true;
    const at = (m.index ?? 0) + m[0].length - tail.length;
    if (at >= figure.start - 1 && at < figure.end) return true;
  }
  return false;
}

/** "could be seen 30 miles away", "could be heard across the valley": what was perceived, not a doubt. */
const PERCEIVED = /\bcould\s+be\s+(?:seen|heard|felt|smelt|smelled|spotted)\b/giu;

/** Counted nouns of those sent to an emergency (classes of countedThings.ts). */
const RESPONDERS = new Set(['officer', 'police', 'soldier', 'firefighter', 'rescuer', 'paramedic']);
/** Words of a sentence that tell responders at work. */
const DEPLOYMENT =
  /\b(?:search(?:ed|ing)?|manhunt|hunt(?:ed|ing)?|deployed|comb(?:ed|ing)|scour(?:ed|ing)|mobili[sz]ed|involved|fan(?:ned|ning)\s+out|spread\s+out|took\s+part|taking\s+part|participat\w*|interven\w*|respond(?:ed|ing)|battl(?:ed|ing)|fought|fighting|tackl(?:ed|ing)|dispatched|sent\s+to|on\s+the\s+scene|at\s+the\s+scene)\b/iu;

/** Words after a counted phrase that say the people were caught by the event, not held by anyone. */
const TRAPPED_AFTER = /^\s*(?:who\s+(?:were|had\s+been)\s+)?(?:trapped|stuck|stranded|buried|pinned)\b/iu;

/** Adverbs that say how badly people were hurt: a count told with one is a part of the injured. */
const INJURY_SEVERITY = /\b(?:seriously|severely|heavily|critically|badly|gravely|lightly|slightly|mildly|moderately)\b/iu;
const INJURY_SEVERITIES = new RegExp(INJURY_SEVERITY.source, 'giu');
/** Severities of the lightly hurt: told alone, of all the injured. */
const MINOR_SEVERITY = /^(?:lightly|slightly|mildly)$/iu;

/** "taking the number rescued alive to 25", "bringing the toll to 11": a running total. */
const TAKING_TO = /\b(?:tak(?:ing|es)|took|bring(?:ing|s)?|brought|push(?:ing|es|ed)|lift(?:ing|s|ed))\s+(?:the\s+)?(?:number|toll|total|tally|count|figure)\b/iu;

/** "may" as a modal verb (lower case: "May" is also a month), and negations ("didn't"). */
const MODAL_MAY = /\bmay\b|n[’']t\b/u;

/** A stake after a percentage: "controlling stake", "of the Kilima shares". */
const STAKE_AFTER = /^\s+(?:(?:controlling|majority|minority|direct|combined)\s+)?(?:stake|holding|interest)\b|^\s+of\s+(?:the\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:shares|stock|equity|capital)\b/iu;
/** A verb of buying shortly before a percentage ("agreed to buy a", "will acquire", "has purchased"). */
const BUYING_BEFORE = /\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing)\b[^.;]{0,25}$/iu;

/** Measures named by a noun before a percentage ("Turnout was 58.4%"). General: a vote's turnout. */
const PERCENT_MEASURE = /\b(turnout|voter participation|participation)\b(?:,|\s)+(?:(?:was|stood|came|of|at|in|reached|officially|put|estimated|reported|around|about|final|overall|had|been|is)[\s,]+){0,5}$/iu;
const PERCENT_MEASURE_AFTER = /^\s+(turnout)\b/iu;

/** Money predicates written before an amount. */
const MONEY_BEFORE: Array<[RegExp, string]> = [
  // "fines totalling 1.05 million reais": several fines added up, no one fine's sum.
  [/\bfines\s+(?:totall?ing|total(?:s|ed)?|amounting\s+to|adding\s+up\s+to|worth)\s+(?:in\s+total\s+)?$/iu, 'fines in total'],
  [/\binsured\s+(?:it\s+|them\s+)?for\s+(?:an?\s+)?$/iu, 'insured'],
  [/\b(?:worth|valued\s+at|value\s+of|estimated\s+value\s+of)\s+(?:an?\s+)?(?:estimated\s+)?$/iu, 'value'],
  [/\bransom\s+of\s+$/iu, 'ransom'],
  // "demanded $4.5 million in bitcoin", "It wants $5.4 million": what someone asks to be paid.
  // ("to demand compensation of", "to ask compensation of": the sum asked for, named by what it is.)
  [/\b(?:demand(?:s|ed|ing)?|wants?|wanted|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?(?:\s+for)?)\s+(?:a\s+)?(?:(?:ransom|compensation|damages|reparations)\s+of\s+)?$/iu, 'demanded'],
  [/\bbail\s+(?:of|set\s+at)\s+$/iu, 'bail'],
  [/\breward\s+of\s+$/iu, 'reward'],
  // "fined the Czech club 62,000 euros", "a fine of €62,000", "The fine is in total 52 000 euro".
  [/\bfined\s+(?:(?![\d€$£])[\p{L}'’.-]+\s+){0,4}$/iu, 'fine'],
  [/\bfines?\s+(?:of|is|was|totals?|totall?ing|amounts?\s+to|came\s+to)\s+(?:in\s+total\s+|a\s+total\s+of\s+)?$/iu, 'fine'],
];
/** Words that make a stated value the value of things taken (not of a whole collection). */
const TAKEN_WORDS = /\b(?:stolen|stole|loot|haul|taken|missing|snatched|raid|theft|heist|robbery)\b/iu;

/** A label naming what a count is, in a fact box or a bullet ("**The cuts:** 2,300 roles", "Deaths: 12"). */
const LABEL_PREDICATE = /\b(job cuts|cuts|layoffs|deaths|dead|injured|injuries|arrests|evacuated|missing)\s*[*_]*\s*:\s*[*_]*\s*$/iu;
const LABEL_CLASSES: Readonly<Record<string, string>> = {
  'job cuts': 'cut', cuts: 'cut', layoffs: 'cut', deaths: 'dead', dead: 'dead', injured: 'injured', injuries: 'injured',
  arrests: 'arrested', evacuated: 'evacuated', missing: 'missing',
};

/** A lay-off verb right before a number: what follows is a count of jobs even without a noun. */
const LAYOFF_BEFORE = /\b(?:lay(?:s|ing)?|laid)\s+off\s+$/iu;

/** A count told of a whole country (see `QuantityInfo.reach`). */
const NATIONWIDE =
  /\b(?:nationwide|nationally|country-?wide|(?:across|throughout|around|all over) the country|in all (?:of )?\p{Lu}\p{L}+|in (?:some |more than |over |about |nearly )?\d[\d,]* (?:towns|cities|marches|rallies|demonstrations|places|localities))\b/u;
/** A count told of one town, right after the count ("marched in Nantes") or opening its clause ("In Nantes, ..."). */
const IN_TOWN_AFTER = /^\s+in\s+(\p{Lu}[\p{L}-]+)/u;
const IN_TOWN_OPENING = /^\s*In\s+(\p{Lu}[\p{L}-]+)\s*,/u;

/**
 * How far the count of `clause` reaches (see `QuantityInfo.reach`); `after` is the text right
 * after the count's words, and `isPlace` says whether a word of the sentence is a place's name
 * (so that a headline's "Killed in Explosion" names no town).
 */
function reachOf(clause: string, after: string, isPlace: (word: string) => boolean): string | undefined {
  if (NATIONWIDE.test(clause)) return 'nationwide';
  const town = IN_TOWN_AFTER.exec(after)?.[1] ?? IN_TOWN_OPENING.exec(clause)?.[1];
  if (!town || canonicalCountry(town) || isDemonym(town) || !isPlace(town)) return undefined;
  return `in:${town.toLowerCase()}`;
}

/** True when `word` is the whole name of a place the sentence `s` mentions. */
function placeNamed(doc: DocumentAnalysis, s: Sentence, word: string): boolean {
  return sentenceMentions(doc, s.index).some((m) => (m.type === 'GPE' || m.type === 'LOC') && m.text === word);
}

/** "on the Armenian side", "in our side" (not "on both sides", "on either side"): see `QuantityInfo.side`. */
const ONE_SIDE = /\b(?:on|in|at|from)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?!(?:both|two|either|each|other|one)\b)(\p{L}+)\s+side\b(?!s)/iu;

/** The one side of a border or front that a clause tells its figures of ("armenian"), if any. */
export function oneSideOf(clause: string): string | undefined {
  return ONE_SIDE.exec(clause)?.[1].toLowerCase();
}

/** Quantity facts of one sentence. */
export function quantityFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|several)\b/iu.test(text)) return [];
  if (MODAL_MAY.test(text)) return [];
  const out: DetailedFact[] = [];
  // ("demand compensation of 50 million Kenya shillings": a sum named by its country's currency is money too.)
  const quantities = withNationalSums(text, findQuantities(text));
  for (const q of quantities) {
    if (q.compound || q.type === 'QUANTITY') continue;
    // A word that makes a number unstable speaks for its own clause: "had brought 23 miners out
    // alive, but five were still missing" keeps the 23. Job cuts are told as what a company
    // "would" do: only those counts stand beside "would".
    const around = countClause(text, q);
    const figure = { start: q.start - around.start, end: q.end - around.start };
    const clause = withoutAsides(text.slice(around.start, around.end), figure);
    const unstable = isUnstable(clause, figure);
    const announcedOnly = unstable && !isUnstable(clause.replace(/\bwould\b/giu, '     '), figure);
    // A premium and a published rate are read with their own tests of what makes them unsure: "for
    // each share" is part of a premium, and a rate "eased to" its figure by nature.
    const ownTest = q.type === 'PERCENT' ? premiumOf(text, q) ?? economicRateOf(text, q) : undefined;
    if (!ownTest && unstable && !announcedOnly) continue;
    const read =
      ownTest ??
      (q.type === 'PERCENT'
        ? percentOf(text, q) ?? payRiseOf(text, q)
        : q.type === 'MONEY'
          ? moneyOf(text, q, quantities)
          : attendanceOf(text, q) ?? sitesRunOf(text, q) ?? onBoardOf(text, q) ?? partOfWholeOf(text, q) ?? groupThenCountOf(text, q) ?? countOf(text, q) ?? othersBesideTheDeadOf(text, q, previousSentence(doc, s)));
    if (!read || (announcedOnly && !read.measure.endsWith('|cut'))) continue;
    const from = Math.min(read.start, q.start);
    const to = Math.max(read.end, q.end);
    const side = oneSideOf(clause);
    const reach = reachOf(clause, text.slice(to, to + 40), (word) => placeNamed(doc, s, word));
    const ceiling = q.type === 'MONEY' ? moneyCeiling(q) : undefined;
    out.push(quantityFact(doc, s, from, to, { measure: read.measure, label: read.label, range: read.range, unit: read.unit, context: contextWords(text), ...(side ? { side } : {}), ...(reach ? { reach } : {}), ...(ceiling ? { ceiling } : {}) }));
  }
  return out;
}

/**
 * A group named first, then its number after a copula, as local pages write a toll: "the bodies
 * recovered are eleven", "the missing are at least 16", "the dead number 12". The group word says
 * what befell them.
 */
const GROUP_THEN_COUNT =
  /\bthe\s+(?:(bodies)\s+(?:recovered|retrieved|found)|(dead|deaths|fatalities|victims|missing|injured|wounded|survivors|rescued|arrested|detained|evacuated)(?:\s+(?:people|persons))?)\s+(?:are|were|is|was|numbers?|numbered|totals?|totalled|totaled|stands?\s+at|stood\s+at)\s+(?:now\s+|already\s+)?$/iu;
const GROUP_CLASSES: Readonly<Record<string, string>> = {
  dead: 'dead', deaths: 'dead', fatalities: 'dead', victims: 'dead', missing: 'missing', injured: 'injured', wounded: 'injured',
  survivors: 'rescued', rescued: 'rescued', arrested: 'arrested', detained: 'arrested', evacuated: 'evacuated',
};

function groupThenCountOf(text: string, q: Quantity): Reading | undefined {
  if (q.type !== 'CARDINAL' || !CLAUSE_END_AFTER.test(text.slice(q.end, q.end + 8))) return undefined;
  const from = Math.max(0, q.start - 60);
  // (A hedge before the number is the quantity's own: "the missing are at least 16".)
  const before = text.slice(from, q.start).replace(/\b(?:about|around|nearly|almost|some|more than|at least|over)\s+$/iu, '');
  const m = GROUP_THEN_COUNT.exec(before);
  if (!m) return undefined;
  const start = from + (m.index ?? 0);
  const range = countRange(q);
  // Bodies recovered are people dead, and at least that many (as in countOf).
  if (m[1]) return { measure: 'people|dead', label: 'people dead', range: { min: range.min, max: Infinity }, start, end: q.end };
  const predicate = GROUP_CLASSES[m[2].toLowerCase()];
  return { measure: `people|${predicate}`, label: `people ${predicate}`, range, start, end: q.end };
}

/** Verbs whose object a count of the injured or dead may be ("pulled out nine injured", "carried two dead"). */
const CARRIED_BEFORE = /\b(?:pulled|brought|carried|dragged|took|taken|flew|airlifted|ferried|rushed|transported|drove|lifted|winched|helped|treated)\s+(?:out\s+|up\s+|away\s+)?(?:the\s+|some\s+|another\s+)?$/iu;

/**
 * An aside after a counted group that names some of its members, between the group and what befell
 * it: ", two of them children,", ", among them the mayor,", " including three children" (before
 * "have died"), or whose they are: " of the enterprise" (before "received injuries"). The count is
 * still of the whole group.
 */
const WHOLE_ASIDE = /^(?:\s*,\s*(?:[^,;.]{1,30}?\bof\s+them\b[^,;.]{0,30}|(?:including|among\s+them)\b[^,;.]{1,50}),|\s+including\s+[^,;.]{1,40}?(?=\s+(?:have|has|had|were|was|are|is)\s)|\s+of\s+(?:the|its|their)\s+[\p{Ll}-]+(?=\s+(?:have|has|had|were|was|are|is|received|suffered|sustained)\s))/iu;

/**
 * "killing 27 workers and injuring 62 others", "31 people died. More than 70 others were injured":
 * the others are the people hurt beside the dead, so the count is the whole of the injured. Told
 * after anything but deaths ("Two firefighters were hurt. Three others were injured"), "others"
 * adds to a count and is left alone.
 */
function othersBesideTheDeadOf(text: string, q: Quantity, previous: string): Reading | undefined {
  if (q.type !== 'CARDINAL') return undefined;
  const others = /^\s+others\b/iu.exec(text.slice(q.end));
  if (!others) return undefined;
  const pre = PREDICATE_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start));
  const end = q.end + others[0].length;
  const post = pre ? undefined : predicateAfter(text.slice(end, end + 50));
  const predicate = pre ? PREDICATE_CLASSES[pre[1].toLowerCase().replace(/\s+/gu, ' ')] : post?.predicate;
  if (predicate !== 'injured' || (post && INJURY_SEVERITY.test(text.slice(end, end + post.length)))) return undefined;
  const start = pre ? q.start - Math.min(40, q.start) + (pre.index ?? 0) : q.start;
  // The deaths are told earlier in the sentence, or in the sentence before when this one opens with the count.
  const told = text.slice(0, start);
  const context = DEATHS.test(told) ? told : /[\p{L}\d]/u.test(told.replace(/\b(?:more\s+than|at\s+least|about|around|nearly|some|over)\s*$/iu, '')) ? '' : previous;
  if (!DEATHS.test(context) || INJURED_WORDS.test(context)) return undefined;
  return { measure: 'people|injured', label: 'people injured', range: countRange(q), start, end: post ? end + post.length : end };
}

/** Words of deaths, and of injuries, for `othersBesideTheDeadOf`. */
const DEATHS = /\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|death\s+toll|perished|lost\s+their\s+lives)\b/iu;
const INJURED_WORDS = /\b(?:injur\w*|hurt|wounded)\b/iu;

/** The text of the sentence before `s` in its document, or "". */
function previousSentence(doc: DocumentAnalysis, s: Sentence): string {
  const prev = doc.sentences[s.index - 1];
  return prev && prev.paragraph === s.paragraph ? prev.text : '';
}

/** The class of the things counted last before `at` ("buildings" of "212 buildings were damaged, 16 of which ..."). */
function wholeCountedBefore(text: string, at: number): string | undefined {
  const numbers = [...text.slice(0, at).matchAll(/\b\d[\d,.]*(?=\s+\p{L})/gu)];
  const last = numbers[numbers.length - 1];
  const phrase = last ? readCountedPhrase(text.slice((last.index ?? 0) + last[0].length, at)) : undefined;
  return phrase && !phrase.partial && phrase.noun ? phrase.noun : undefined;
}

/**
 * Where one clause of a sentence ends and the next begins: a semicolon, a dash, "but", "while",
 * "whereas", and "and" before a modal that opens a second predicate ("11 people had been arrested
 * and would appear in court": the count is not in doubt).
 */
export const CLAUSE_BREAK = /;|\s[—–]\s|,?\s+(?:but|while|whereas|and(?=\s+(?:would|will|could|may|might|should|must)\b))\s+/giu;

/**
 * A cause told with a count ("fined the club 62,000 euros after chanting during a match last
 * month": "last month" dates the match, not the fine); not "after 20 minutes".
 */
const CAUSE_AFTER = /\s(?:after|because)\s(?!(?:about\s+|around\s+|roughly\s+)?\d)/iu;

/**
 * The clause of a count (offsets in `text`): cut at CLAUSE_BREAK, and at a cause told with it. A
 * cause told after the count is not the count's clause; nor is the main clause of a count told in
 * the cause ("will ration water from next week, after a dry winter left the reservoirs at 16.8%"),
 * unless a comma brings the count back to it ("after a pump failed, taking 380 megawatts").
 */
export function countClause(text: string, q: { start: number; end: number }): { start: number; end: number } {
  const around = clauseAround(text, q.start, CLAUSE_BREAK);
  const cause = CAUSE_AFTER.exec(text.slice(q.end, around.end));
  if (cause) around.end = q.end + cause.index;
  const opened = lastMatch(CAUSE_AFTER, text.slice(around.start, q.start));
  if (opened !== undefined && !text.slice(around.start + opened, q.start).includes(',')) around.start += opened;
  return around;
}

/** Where the last match of `re` (no global flag) in `text` starts, if any. */
function lastMatch(re: RegExp, text: string): number | undefined {
  let at: number | undefined;
  for (let from = 0; ; ) {
    const m = re.exec(text.slice(from));
    if (!m) return at;
    at = from + m.index;
    from = at + 1;
  }
}

interface Reading {
  measure: string;
  label: string;
  range: NumberRange;
  unit?: string;
  start: number;
  end: number;
}

/** "from the village Akterek", "in the town of Kenes,": a settlement named right before a count. */
const ONE_SETTLEMENT_BEFORE = /\b(?:[Ff]rom|[Ii]n)\s+(?:the\s+)?(?:village|town|city|district|municipality|commune|hamlet|settlement)\s+(?:of\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*,?\s*$/u;

/** A count of people or things with what happened to them, or undefined. */
function countOf(text: string, q: Quantity): Reading | undefined {
  if (q.type !== 'CARDINAL') return undefined;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  // "two of the 14 paintings": the 14 is named as a whole but the predicate belongs to the part.
  // "three of the train's six carriages": the whole may be written with an owner before it.
  // ("A total of 124 firefighters" is the whole itself.)
  // (An act of which the count is the object, "the arrest of seven persons", "the evacuation of
  // 148 residents", names no whole.)
  if (/\bof\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu.test(before) && !/\b(?:a\s+total|a\s+team|a\s+force|a\s+crew|a\s+group|arrests?|arrestation|evacuation|death\s+toll)\s+of\s+$/iu.test(before) && !GROUP_OF_BEFORE.test(before)) return undefined;
  // ("Seven persons lost their life and other 43 resulted injured": "other" with no article after
  // "and", as Spanish "otros 43" is written, names the injured beside the dead, all of them.)
  const injuredBesideDead = /\band\s+other\s+$/iu.test(before) && /^\s+(?:(?:resulted|were|got|are)\s+)?(?:injured|hurt|wounded)\b/iu.test(text.slice(q.end, q.end + 30));
  if (!injuredBesideDead && /\b(?:another|other|the\s+other|remaining|further|additional|including|among\s+them|first|last|final|top|(?:the|their|its|his|her)\s+only)\s+$/iu.test(before)) return undefined;
  // "from the village Akterek 780 persons were evacuated and from the village Kenes 460": one
  // settlement's share of a count told whole elsewhere.
  if (ONE_SETTLEMENT_BEFORE.test(before)) return undefined;
  // A fact-box label ("Deaths: 12") or a lay-off verb ("lays off 2,300 as ...") says what is
  // counted even when no noun follows the number.
  const label = LABEL_PREDICATE.exec(before);
  const labelClass = label ? LABEL_CLASSES[label[1].toLowerCase().replace(/\s+/gu, ' ')] : undefined;
  const implicitNoun = LAYOFF_BEFORE.test(before) || labelClass === 'cut' ? 'job' : labelClass ? 'people' : undefined;
  const elided = implicitNoun ? undefined : elidedPeopleNoun(text, q, before) ?? elidedSubjectNoun(text, q, before);
  // "212 buildings were damaged, 16 of which collapsed": a part of the whole counted before it.
  const part = partitivePredicate(text.slice(q.end, q.end + 80));
  if (part) {
    const whole = wholeCountedBefore(text, q.start);
    if (!whole) return undefined;
    return { measure: `${whole}|${part.predicate}`, label: `${plural(whole)} ${part.predicate}`, range: countRange(q), start: q.start, end: q.end + part.length };
  }
  // "Six of the accused are in custody": those of a group something befell, counted as people.
  const ofGroup = partOfGroupPredicate(text.slice(q.end, q.end + 160));
  if (ofGroup) return { measure: `${ofGroup.noun}|${ofGroup.predicate}`, label: `${plural(ofGroup.noun)} ${ofGroup.predicate}`, range: countRange(q), start: q.start, end: q.end + ofGroup.length };
  const phrase =
    readCountedPhrase(text.slice(q.end)) ??
    (implicitNoun ? { noun: implicitNoun, group: '', end: 0, partial: false } : elided ? { noun: elided, group: '', end: 0, partial: false } : undefined);
  if (!phrase || phrase.partial || !phrase.noun) return undefined;
  // "Locals pulled out nine injured from the water": the injured (or dead) as the object of what
  // someone did to them are those some people reached, a part of the toll.
  if ((phrase.predicate === 'injured' || phrase.predicate === 'dead') && CARRIED_BEFORE.test(before)) return undefined;
  let predicate = phrase.predicate;
  let start = q.start;
  let end = q.end + phrase.end;
  // "Twelve injured people were taken to hospital": the hospitalised, of whom the injured may be more.
  const hospital = phrase.predicate ? HOSPITALISED_AFTER.exec(text.slice(end, end + 50)) : null;
  if (hospital && !PART_OF_INJURED.test(text)) {
    predicate = 'hospitalised';
    end += hospital[0].length;
  } else if (hospital) return undefined;
  if (!predicate && label) {
    predicate = labelClass;
    start = q.start - before.length + (label.index ?? 0);
  }
  // "destroying the six satellites it was carrying": all that was aboard, whatever befell them.
  if (!predicate && CARRIED_AFTER.test(text.slice(end, end + 50))) predicate = 'aboard';
  if (!predicate) {
    const pre = PREDICATE_BEFORE.exec(before);
    if (pre) {
      const words = pre[1].toLowerCase().replace(/\s+/gu, ' ');
      // ("forcing the evacuation of 148 residents": a noun of the act, kept out of PREDICATE_CLASSES, whose words are clause terms.)
      predicate = PREDICATE_CLASSES[words] ?? (/ with$/u.test(words) ? 'taken' : words === 'evacuation of' ? 'evacuated' : undefined);
      start = q.start - before.length + (pre.index ?? 0);
    } else {
      // "Sixty-three pupils and four teachers were treated in hospital": past the second count.
      let at = end + (SECOND_CONJUNCT.exec(text.slice(end, end + 60))?.[0].length ?? 0);
      // "Five people, two of them children, have died": past an aside that names some of them.
      at += WHOLE_ASIDE.exec(text.slice(at, at + 70))?.[0].length ?? 0;
      const post = predicateAfter(text.slice(at, at + 50));
      // "two suffered serious injuries" (or "minor" beside "serious") counts a part of the injured,
      // and "two, seriously hurt, were taken to hospital" a part of the hospitalised.
      const partOf = PART_OF_INJURED.test(text) && ((post?.predicate === 'injured' && SUFFERED_INJURIES.test(text.slice(at, at + 50))) || post?.predicate === 'hospitalised');
      // "32 were lightly and nine heavily injured": a count by how badly is a part of the injured.
      // ("Seven persons were injured lightly", the sentence's only severity, says all were hurt lightly.)
      const severity = post?.predicate === 'injured' ? INJURY_SEVERITY.exec(text.slice(at, at + post.length + 12)) : null;
      const bySeverity = severity !== null && !(MINOR_SEVERITY.test(severity[0]) && (text.match(INJURY_SEVERITIES) ?? []).length === 1);
      if (post && !partOf && !bySeverity) {
        predicate = post.predicate;
        end = at + post.length;
      }
    }
  }
  // "Two injured were transported by helicopter", "five people injured in the blast were flown
  // out", "two injured persons remain in serious condition": the injured (or dead) named as a group that something else befell are a part of them.
  if ((predicate === 'injured' || predicate === 'dead') && !/\b(?:were|was|are|is|have|has|had)\b/iu.test(text.slice(q.end, end)) && GROUP_THEN_VERB.test(text.slice(end, end + 60))) {
    return undefined;
  }
  // "a manhunt by more than 300 police officers", "130 officers spent the day combing the forests":
  // responders counted in a sentence of a search or a fight are those deployed.
  if (!predicate && RESPONDERS.has(phrase.noun) && DEPLOYMENT.test(text)) predicate = 'deployed';
  // "a syndicate of 43 workers", "a delegation of 12 lawmakers": the size of the group they make.
  if (!predicate && PEOPLE_CLASSES.has(phrase.noun) && GROUP_OF_BEFORE.test(before)) predicate = 'in the group';
  if (!predicate) return undefined;
  // People "freed" who were trapped or stuck were rescued, not released from captivity: "freed 37
  // people trapped in lifts" counts what "rescued 73 persons trapped in elevators" does.
  if (predicate === 'released' && TRAPPED_AFTER.test(text.slice(end, end + 30))) predicate = 'rescued';
  let noun = phrase.noun;
  // People arrested are suspects: "three suspects were arrested" and "police arrested three people" count the same.
  if (predicate === 'arrested' && noun === 'suspect') noun = 'people';
  // Jobs cut are people laid off: "cut 3,200 jobs" and "laying off 2,300 workers" count the same.
  if (predicate === 'cut' && (noun === 'people' || noun === 'worker')) noun = 'job';
  // Bodies recovered are people dead, and at least that many: "recovered 21 bodies" cannot be
  // "Eighteen people were confirmed dead", but it can be "at least 25 dead".
  if (noun === 'body' && predicate === 'recovered' && !phrase.group) {
    const range = countRange(q);
    return { measure: 'people|dead', label: 'people dead', range: { min: range.min, max: Infinity }, start, end };
  }
  // Only these people-nouns are counted with "aboard": crew and passengers are told apart.
  const group = phrase.group ? `${phrase.group} ` : '';
  return {
    measure: `${group}${noun}|${predicate}`,
    label: `${group}${plural(noun)} ${predicate === 'aboard' ? 'on board' : predicate}`,
    range: countRange(q),
    start,
    end,
  };
}

/**
 * A group named by what it is before its members are counted: "a syndicate of", "the delegation
 * of", "a rescue team of". (The group is the story's one group of those people; another group of
 * them is told with other words around it, which the event's identity keeps apart.)
 */
const GROUP_OF_BEFORE =
  /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:syndicate|group|team|delegation|consortium|squad|contingent|bol[ãa]o|pool|cohort|panel|committee|jury|gang|band|party)\s+of\s+$/iu;
/** Classes of counted people whose group can be sized so. */
const PEOPLE_CLASSES: ReadonlySet<string> = new Set([
  'people', 'worker', 'man', 'woman', 'student', 'tourist', 'resident', 'migrant', 'protester', 'officer', 'soldier', 'rescuer',
  'firefighter', 'miner', 'executive', 'citizen', 'civilian', 'child', 'member', 'lawmaker', 'expert', 'official', 'doctor', 'volunteer',
]);

/** A finite verb after a counted group (a short place or cause between): the group is its subject. */
const GROUP_THEN_VERB =
  /^(?:\s+(?:people|persons)?)?(?:\s+(?:in|at|by|from|during|after)\s+(?:the\s+|a\s+)?[\p{L}-]+)?\s+(?:were|was|are|is|had\s+been|have\s+been|remain(?:s|ed)?)\s+(?!(?:killed|injured|hurt|wounded|dead|rescued|saved)\b)\p{L}/iu;

/** A relative clause after a counted noun that makes the count all a vehicle held ("it was carrying", "the ship had on board"). */
const CARRIED_AFTER = /^\s*(?:that\s+|which\s+)?(?:it|the\s+\p{L}+)\s+(?:was|were|had\s+been)\s+carrying\b|^\s*(?:that\s+|which\s+)?(?:it|the\s+\p{L}+)\s+(?:carried|had\s+on\s+board)\b/iu;

/** A verb of death or injury right before a number whose noun is left out ("and killed three"). */
const HARM_BEFORE = /\b(?:killing|killed|kills|injuring|injured|wounding|wounded)\s+$/iu;
/** What may follow a number whose noun is left out: the end of its clause. */
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?)]|[—–]|and\b|but\b|while\b|$)/iu;
/** Groups of people an earlier number may have named ("sickened 63 patients ... and killed three"). */
const PEOPLE_GROUP_NOUNS = new Set([
  'people', 'worker', 'miner', 'passenger', 'crew', 'civilian', 'soldier', 'officer', 'firefighter', 'student', 'tourist', 'resident',
  'child', 'man', 'woman', 'patient', 'prisoner', 'hostage', 'migrant', 'protester', 'victim',
]);

/**
 * The people a number counts when its noun is left out after a verb of death or injury: "an
 * outbreak that has sickened 63 people and killed three", "the blast killed four and injured 17".
 * The noun is that of the nearest number before it in the sentence when that counts a group of
 * people ("63 patients ... killed three" are patients), else people.
 */
function elidedPeopleNoun(text: string, q: Quantity, before: string): string | undefined {
  if (q.type !== 'CARDINAL' || !HARM_BEFORE.test(before) || !CLAUSE_END_AFTER.test(text.slice(q.end, q.end + 8))) return undefined;
  const earlier = findQuantities(text.slice(0, q.start)).filter((o) => o.type === 'CARDINAL' && !o.compound).pop();
  const noun = earlier ? readCountedPhrase(text.slice(earlier.end, q.start))?.noun : undefined;
  return noun && PEOPLE_GROUP_NOUNS.has(noun) ? noun : 'people';
}

/** Predicates of people that a number alone may be the subject of ("46 were taken to hospital"). */
const PEOPLE_PREDICATES = new Set(['dead', 'injured', 'hospitalised', 'kept in hospital', 'missing', 'evacuated', 'rescued']);
/** What may stand before a number that opens a clause as its subject. */
const SUBJECT_OPENING = /(?:^|[.;:,]\s*|\band\s+|\bwhile\s+|\bbut\s+)$/iu;

/**
 * The people a number counts when it is the subject of its clause with its noun left out: "Seven
 * people were killed and 46 were taken to hospital", "Nine were admitted". The noun is that of the
 * nearest number before it in the sentence when that counts a group of people, else people.
 */
function elidedSubjectNoun(text: string, q: Quantity, before: string): string | undefined {
  if (q.type !== 'CARDINAL' || !SUBJECT_OPENING.test(before.replace(/\b(?:about|around|nearly|almost|some|more than|at least|over)\s+$/iu, ''))) return undefined;
  const predicate = predicateAfter(text.slice(q.end, q.end + 50))?.predicate;
  if (!predicate || !PEOPLE_PREDICATES.has(predicate)) return undefined;
  const earlier = findQuantities(text.slice(0, q.start)).filter((o) => o.type === 'CARDINAL' && !o.compound).pop();
  const noun = earlier ? readCountedPhrase(text.slice(earlier.end, q.start))?.noun : undefined;
  return noun && PEOPLE_GROUP_NOUNS.has(noun) ? noun : 'people';
}

/**
 * "three of the train's six carriages left the rails", "two of the four suspects were arrested":
 * a part of a whole that is counted, with the predicate after the whole. The part is how many of
 * all of them the predicate holds for, so it is the count of the things with that predicate.
 * Without a counted whole ("two of the suspects") the part may be one of several, and is left out.
 */
const PART_OF_WHOLE = /^\s+of\s+(?:the\s+|its\s+|their\s+)(?:[\p{L}-]+['’]s\s+)?/iu;

function partOfWholeOf(text: string, q: Quantity): Reading | undefined {
  if (q.type !== 'CARDINAL' || q.hedge) return undefined;
  const of = PART_OF_WHOLE.exec(text.slice(q.end, q.end + 40));
  if (!of) return undefined;
  const wholeAt = q.end + of[0].length;
  const whole = findQuantities(text).find((o) => o.start === wholeAt && o.type === 'CARDINAL');
  if (!whole || whole.hedge || whole.written.min <= q.written.max) return undefined;
  const phrase = readCountedPhrase(text.slice(whole.end));
  if (!phrase || phrase.partial || !phrase.noun || phrase.predicate) return undefined;
  const post = PREDICATE_AFTER.exec(text.slice(whole.end + phrase.end, whole.end + phrase.end + 50));
  const predicate = post ? PREDICATE_CLASSES[post[1].toLowerCase().replace(/\s+/gu, ' ')] : undefined;
  if (!predicate) return undefined;
  const group = phrase.group ? `${phrase.group} ` : '';
  return {
    measure: `${group}${phrase.noun}|${predicate}`,
    label: `${group}${plural(phrase.noun)} ${predicate}`,
    range: countRange(q),
    start: q.start,
    end: whole.end + phrase.end + post![0].length,
  };
}

/**
 * Places an organisation runs: "a network of four hospitals", "which runs five hospitals",
 * "operates 12 stores". Only nouns of sites count: "runs 40 trains" is no size of an organisation.
 */
const SITE_NOUNS = new Set([
  'hospital', 'clinic', 'school', 'college', 'campus', 'store', 'shop', 'supermarket', 'branch', 'restaurant', 'hotel', 'plant', 'factory',
  'mine', 'refinery', 'warehouse', 'site', 'facility', 'office', 'prison', 'airport', 'port', 'terminal', 'station', 'centre', 'center',
  'care home', 'nursing home', 'pharmacy', 'bank', 'library', 'cinema', 'yard', 'shipyard', 'mill', 'farm',
]);
const RUNS_BEFORE = /\b(?:(?:network|chain|group|system|string|family|trust)\s+of|runs|running|operates|operating|manages|managing|owns|owning|oversees|overseeing)\s+(?:some\s+|a\s+total\s+of\s+)?$/iu;

function sitesRunOf(text: string, q: Quantity): Reading | undefined {
  if (q.type !== 'CARDINAL') return undefined;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const cue = RUNS_BEFORE.exec(before);
  if (!cue) return undefined;
  const phrase = readCountedPhrase(text.slice(q.end));
  if (!phrase || phrase.partial || phrase.group || !SITE_NOUNS.has(phrase.noun)) return undefined;
  return {
    measure: `${phrase.noun}|run`,
    label: `${plural(phrase.noun)} run by the organisation`,
    range: countRange(q),
    start: q.start - before.length + (cue.index ?? 0),
    end: q.end + phrase.end,
  };
}

/**
 * A premium over a share price: "a 27% premium to the closing price", "a 27% mark-up on Monday's
 * close", "37 percent more than the stock's closing level". The base is part of the measure: a
 * premium to the last close is not one to a three-month average.
 */
const PREMIUM_AFTER = /^\s*(?:premium|mark-?up)\b/iu;
const MORE_THAN_CLOSE = /^\s*(?:more\s+than|above|over|higher\s+than)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:clos(?:e|ing))\b/iu;
/** "35% above market rates", "53% above the market average": a price set against what the market pays. */
const ABOVE_MARKET = /^\s*(?:more\s+than|above|over|higher\s+than)\s+(?:the\s+)?market\s+(?:rates?|prices?|average|value|levels?)\b/iu;
/** What makes a premium unsure or another premium: a possible, earlier or raised offer. */
const PREMIUM_UNSURE = /\b(?:could|might|if|earlier|previous|initial(?:ly)?|original(?:ly)?|revised|raised|sweetened|improved|rival|prior|last\s+year)\b/iu;

function premiumOf(text: string, q: Quantity): Reading | undefined {
  const after = text.slice(q.end, q.end + 90);
  const named = PREMIUM_AFTER.exec(after);
  const moreThan = named ? undefined : MORE_THAN_CLOSE.exec(after);
  const market = named || moreThan ? undefined : ABOVE_MARKET.exec(after);
  if (market) {
    const around = clauseAround(text, q.start, CLAUSE_BREAK);
    if (PREMIUM_UNSURE.test(text.slice(around.start, around.end))) return undefined;
    const label = 'price above the market';
    return { measure: `${label}:percent`, label, range: percentRange(q), unit: 'percent', start: q.start, end: q.end + market[0].length };
  }
  if (!named && !moreThan) return undefined;
  const around = clauseAround(text, q.start, CLAUSE_BREAK);
  if (PREMIUM_UNSURE.test(text.slice(around.start, around.end))) return undefined;
  // The base: the words after the premium up to the end of its phrase.
  const baseWords = after.slice(0, (after.search(/[,;.](?:\s|$)/u) + 1 || after.length + 1) - 1);
  const base = /\baverage\b/iu.test(baseWords) ? 'average price' : /\bclos(?:e|ing)\b/iu.test(baseWords) ? 'closing price' : undefined;
  const label = base ? `premium over the ${base}` : 'premium';
  return { measure: `${label}:percent`, label, range: percentRange(q), unit: 'percent', start: q.start, end: q.end + (named ?? moreThan!)[0].length };
}

/**
 * "The official attendance was 21,870", "a crowd of 24,870", "24,870 fans watched", "was watched by
 * more than 16 thousand spectators": how many attended an event.
 */
const ATTENDANCE_BEFORE =
  /\b(?:(?:attendance|crowd|gate)(?:\s+(?:figure|was|were|of|stood|at|reached|officially|given|put|announced|as))*\s*:?|(?:watched|attended|seen)\s+(?:live\s+)?by(?:\s+a\s+crowd\s+of)?)\s*$/iu;
const ATTENDANCE_AFTER = /^\s*(?:spectators|fans|supporters|people)\s+(?:watched|attended|saw|were in attendance|packed|filled)\b/iu;

function attendanceOf(text: string, q: Quantity): Reading | undefined {
  if (q.type !== 'CARDINAL' || q.written.min < 50) return undefined;
  const before = text.slice(Math.max(0, q.start - 50), q.start);
  // "in front of almost 25,000 fans": the place before the number, the crowd after it.
  const inFront = /\bin front of\s*$/iu.exec(before) && /^\s*(?:spectators|fans|supporters|people)\b/iu.exec(text.slice(q.end, q.end + 20));
  const told = ATTENDANCE_BEFORE.exec(before);
  // "watched by 5 million viewers on television" is an audience, not a crowd.
  const byAudience = told && /\bby\b/iu.test(told[0]) && !/^\s*(?:spectators|fans|supporters|people)\b(?![^.;]{0,40}\b(?:television|TV|online|stream|worldwide|at home)\b)/iu.test(text.slice(q.end, q.end + 60));
  const named = byAudience ? null : told;
  const after = named ? undefined : inFront ?? ATTENDANCE_AFTER.exec(text.slice(q.end, q.end + 40));
  if (!named && !after) return undefined;
  return {
    measure: 'attendance',
    label: 'attendance',
    range: countRange(q),
    start: named ? q.start - before.length + (named.index ?? 0) : q.start,
    end: after ? q.end + after[0].length : q.end,
  };
}

/** A percentage of a named measure ("Turnout was 58.4%"), or undefined. */
function percentOf(text: string, q: Quantity): Reading | undefined {
  const before = text.slice(Math.max(0, q.start - 60), q.start);
  // "agreed to buy a 51 per cent controlling stake", "will buy total of 61 percent of the shares":
  // the share of a company a buyer takes (not a stake kept or sold, told with other verbs).
  const stake = STAKE_AFTER.exec(text.slice(q.end, q.end + 50));
  if (stake && BUYING_BEFORE.test(before)) return { measure: 'stake bought:percent', label: 'stake bought', range: percentRange(q), unit: 'percent', start: q.start, end: q.end + stake[0].length };
  const named = PERCENT_MEASURE.exec(before);
  const after = PERCENT_MEASURE_AFTER.exec(text.slice(q.end, q.end + 20));
  if (!named && !after) return undefined;
  const measure = (named?.[1] ?? after![1]).toLowerCase().replace(/^voter participation|^participation$/u, 'turnout');
  const start = named ? q.start - before.length + (named.index ?? 0) : q.start;
  const end = after ? q.end + after[0].length : q.end;
  return { measure: `${measure}:percent`, label: measure, range: percentRange(q), unit: 'percent', start, end };
}

/**
 * A rate the statistics office publishes for a period: "inflation slowed to 3.9% in August",
 * "the jobless rate rose to 6.1 per cent in May", "the economy grew 0.4% in the second quarter".
 * The period is part of the measure, so July's figure is never set against August's, and only a
 * figure the rate reached (not the one it came "from", not a forecast) is read.
 */
const RATE_BEFORE = /\b(inflation|unemployment(?:\s+rate)?|jobless\s+rate|(?:gdp|the\s+economy|economic\s+growth|growth))\b(?:\s+(?:rate|figure))?(?:,?\s+which)?(?:\s+(?:has|had))?(?:\s+(?:slowed|eased|fell|dropped|declined|rose|climbed|accelerated|quickened|jumped|edged\s+(?:up|down)|picked\s+up|was|stood|came\s+in|grew|expanded|shrank|contracted|remained|stayed|held))?(?:\s+(?:to|at|by|steady\s+at|unchanged\s+at))?\s*$/iu;
const RATE_PERIOD = /^\s*(?:year[\s-]on[\s-]year\s+|y\/y\s+|annually\s+)?in\s+((?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|the\s+(?:first|second|third|fourth|last)\s+quarter|q[1-4])\b/iu;
const RATE_UNSURE = /\b(?:expects?|expected|forecasts?|forecast|projects?|projected|predicts?|predicted|sees|target|goal|would|will|could|may|might|average)\b/iu;

function economicRateOf(text: string, q: Quantity): Reading | undefined {
  const before = text.slice(Math.max(0, q.start - 70), q.start);
  const named = RATE_BEFORE.exec(before);
  if (!named) return undefined;
  const period = RATE_PERIOD.exec(text.slice(q.end, q.end + 40));
  if (!period) return undefined;
  if (RATE_UNSURE.test(before.slice(named.index ?? 0))) return undefined;
  const what = named[1].toLowerCase().replace(/\s+/gu, ' ');
  const label = /inflation/u.test(what) ? 'inflation' : /unemployment|jobless/u.test(what) ? 'unemployment' : 'growth';
  const when = period[1].toLowerCase().replace(/^the\s+/u, '');
  return { measure: `${label} in ${when}:percent`, label: `${label} in ${when}`, range: percentRange(q), unit: 'percent', start: q.start - before.length + (named.index ?? 0), end: q.end + period[0].length };
}

/** Words of pay in a sentence about a pay rise ("wages", "a 12% pay rise", "salaries"). */
const PAY_WORDS = /\b(?:pay|wages?|salar(?:y|ies)|earnings)\b/iu;
/**
 * Who stands where on a pay rise, read in the percentage's own clause, nearest first: what a union
 * demands and what employers offer are two figures of one dispute, never one against the other.
 */
const PAY_STANCES: Array<[RegExp, string]> = [
  [/\b(?:demand(?:s|ed|ing)?|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?) for|insist(?:s|ed|ing)? on)\b/giu, 'demanded'],
  [/\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|put|tabled)\b/giu, 'offered'],
];

/** A percentage a pay rise is demanded or offered at ("demanding a 12% pay rise", "wants wages raised by 15%"), or undefined. */
function payRiseOf(text: string, q: Quantity): Reading | undefined {
  if (!PAY_WORDS.test(text)) return undefined;
  // The clause: from the last ";", ":" or sentence stop before the number to the next one after it.
  const from = Math.max(text.lastIndexOf(';', q.start), text.lastIndexOf(':', q.start), text.lastIndexOf('. ', q.start)) + 1;
  const nextStop = text.slice(q.end).search(/[;:]|\.\s/u);
  const to = nextStop < 0 ? text.length : q.end + nextStop;
  const before = text.slice(from, q.start);
  let stance: string | undefined;
  let at = -1;
  for (const [re, name] of PAY_STANCES) {
    for (const m of before.matchAll(re)) {
      if ((m.index ?? 0) > at) {
        at = m.index ?? 0;
        stance = name;
      }
    }
  }
  // The clause must be about pay: a pay word in it, or "rise" / "increase" after the figure.
  const aboutPay = PAY_WORDS.test(text.slice(from, to)) || /\b(?:rise|raise|increase|hike)\b/iu.test(text.slice(q.end, to));
  if (!stance || !aboutPay) return undefined;
  const label = `pay rise ${stance}`;
  return { measure: `${label}:percent`, label, range: percentRange(q), unit: 'percent', start: from + at, end: q.end };
}

/** A sum of money with what it is (an insured value, the value of things taken, a ransom), or undefined. */
function moneyOf(text: string, q: Quantity, all: readonly Quantity[]): Reading | undefined {
  if (isConversion(text, q, all)) return undefined;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  for (const [re, what] of MONEY_BEFORE) {
    const m = re.exec(before);
    if (!m) continue;
    if (what === 'value' && !TAKEN_WORDS.test(text)) return undefined;
    // "a daily fine of R$ 200,000", "fined $5,000 a day": a rate, not the sum of the fine.
    if (/\b(?:daily|weekly|monthly|hourly)\s+$/iu.test(before.slice(0, m.index)) || /^\s*(?:a|per|each|every)\s+(?:day|week|month|hour)\b/iu.test(text.slice(q.end))) return undefined;
    const label = what === 'value' ? 'value of what was taken' : what === 'insured' ? 'insured value' : what === 'demanded' ? 'amount demanded' : what;
    return { measure: `money:${what}:${q.unit}`, label, range: moneyRange(q), unit: q.unit, start: q.start - before.length + (m.index ?? 0), end: q.end };
  }
  return undefined;
}

/** True for a sum in brackets right after another sum: "($13.8 million)" converts it. */
export function isConversion(text: string, q: Quantity, all: readonly Quantity[]): boolean {
  return /\(\s*$/u.test(text.slice(Math.max(0, q.start - 3), q.start)) && all.some((o) => o !== q && o.type === 'MONEY' && o.end <= q.start && q.start - o.end <= 4);
}

/**
 * Counts are exact unless hedged; round hundreds and thousands are taken as rounded. "About" says
 * the rounding itself, so its margin is not added to the rounding's ("about 62,000" is 52,700 to
 * 71,300, which "around 90 thousand" does not meet).
 */
export function countRange(q: Quantity): NumberRange {
  const { min, max } = q.written;
  if (min !== max) return hedged({ min, max }, q.hedge, 0);
  const zeros = min >= 100 && Number.isInteger(min) && q.hedge !== 'approx' ? /0*$/u.exec(String(min))![0].length : 0;
  const slack = zeros > 0 ? Math.min(0.5 * 10 ** zeros, min * 0.2) : 0;
  return hedged({ min: min - slack, max: max + slack }, q.hedge, Math.max(1, 0.15 * min));
}

/** Percentages: the written precision (58.4 is 58.3–58.5, 58 is 57–59), or the hedge's range. */
export function percentRange(q: Quantity): NumberRange {
  const { min, max } = q.written;
  if (q.hedge) return clamp(hedged({ min, max }, q.hedge, Math.max(1.5, 0.03 * min)), 0, 100);
  const decimals = /\.(\d+)/u.exec(q.text)?.[1].length ?? 0;
  const slack = decimals === 0 ? 1 : 10 ** -decimals;
  return clamp({ min: min - slack, max: max + slack }, 0, 100);
}

/**
 * The ceiling of a sum written as one ("a fine of up to 500,000 reais"), as written: another
 * article's ceiling of the same sum is compared with it, though both "up to" ranges overlap.
 */
export function moneyCeiling(q: Quantity): NumberRange | undefined {
  return q.hedge === 'atMost' || q.hedge === 'below' ? moneyRange({ ...q, hedge: undefined }) : undefined;
}

/** Money: rounded to the written significant digits ("€12 million" is 11.5–12.5 million). */
export function moneyRange(q: Quantity): NumberRange {
  const digits = (/[\d.,]+/u.exec(q.text)?.[0] ?? '').replace(/,/gu, '');
  const decimals = /\.(\d+)/u.exec(digits)?.[1].length ?? 0;
  const scale = q.written.min / (Number(digits) || 1);
  const trailingZeros = decimals === 0 ? /0*$/u.exec(digits.replace(/\..*$/u, ''))![0].length : 0;
  const step = decimals > 0 ? 10 ** -decimals : 10 ** trailingZeros;
  const slack = 0.5 * step * (Number.isFinite(scale) && scale > 0 ? scale : 1);
  const { min, max } = q.written;
  return hedged({ min: min - slack, max: max + slack }, q.hedge, 0.15 * min);
}

/** Applies a hedge to a written range with `margin` for "about" and "nearly". */
function hedged(r: NumberRange, hedge: HedgeKind | undefined, margin: number): NumberRange {
  switch (hedge) {
    case 'approx':
      return { min: r.min - margin, max: r.max + margin };
    case 'above':
    case 'atLeast':
      return { min: r.min, max: Infinity };
    case 'below':
    case 'atMost':
      return { min: 0, max: r.max };
    case 'nearly':
      return { min: r.min - 2 * margin, max: r.max };
    case 'justOver':
      return { min: r.min, max: r.max + 2 * margin };
    default:
      return r;
  }
}

/**
 * The quantity fact `info` tells, written from `from` to `to` of sentence `s` (offsets in the
 * sentence): the one shape every reader of counts and measures gives to quantityRules.ts.
 */
export function quantityFact(doc: DocumentAnalysis, s: Sentence, from: number, to: number, info: QuantityInfo): QuantityFact {
  const span = spanOf(doc, s.start + from, s.start + to);
  return factAt<QuantityFact>(doc, span, {
    kind: 'count',
    subject: `quantity:${info.measure}`,
    attribute: `quantity:${info.measure}`,
    value: { kind: 'number', min: info.range.min, max: info.range.max, ...(info.unit ? { unit: info.unit } : {}) },
    display: span.text,
    detail: { sentence: s.index, quantity: info },
  });
}

/** The distinct words of a sentence without numbers, lower case. */
export function contextWords(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []))];
}

function clamp(r: NumberRange, lo: number, hi: number): NumberRange {
  return { min: Math.max(lo, r.min), max: Math.min(hi, r.max) };
}

export function plural(noun: string): string {
  if (noun === 'people' || noun === 'crew' || noun === 'jewelry' || noun.endsWith('s')) return noun;
  // "fishermen", "policemen" are plurals already; "fisherman" -> "fishermen".
  if (noun.endsWith('men')) return noun;
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (noun === 'woman') return 'women';
  if (noun === 'child') return 'children';
  return noun.endsWith('y') && !/[aeiou]y$/u.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}
