/**
 * Name candidates of one sentence: runs of capitalised words, cut into names. A run such as
 * "former U.S. President Jane Doe" gives a place ("U.S."), a title phrase and a person's name;
 * "Bank of England" stays one name; "Kenyan" alone is a nationality, not a name.
 */
import { CALENDAR_WORDS, FUNCTION_WORDS, HOLIDAYS, NEVER_NAMES, NON_ENTITY_ACRONYMS, SERVICE_WORDS } from '../lexicon/commonWords';
import { CURRENCY_CODES } from '../lexicon/currencies';
import { FIRST_NAMES } from '../lexicon/firstNames';
import { foldName } from '../lexicon/fold';
import { CLUB_PREFIXES, FOREIGN_ORG_CONNECTORS, NEWS_OUTLET_NAMES, OF_HEADS, ORG_SUFFIXES } from '../lexicon/organisations';
import { FACILITY_SUFFIXES, LOCAL_FACILITY_HEADS, isDemonym, PLACE_DESCRIBERS, placeKind } from '../lexicon/places';
import { MAYOR_TITLES, OCCUPATIONS, PORTFOLIO_WORDS, ROLE_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { lookupZone } from '../values/clock';
import { isCurrencyMark } from '../values/quantities';
import { ELIDED_CONNECTOR_GAP, plainGap, type Word } from './words';

/** A stretch of a sentence's words that may name something. */
export interface Candidate {
  /** Indices of the first and last word in the sentence's word list. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Nationality or group word ("Kenyan", "Europeans"): typed NORP, never a name. */
  norp: boolean;
  /** Index of the first word of a title written inside the run ("U.S. President"). */
  titleFirst?: number;
  /** A capitalised "The" opened the run and was dropped. */
  theDropped: boolean;
  /** The maker of a model named right after it ("Airbus" in "Airbus A320"). */
  maker?: boolean;
  /** Function words that opened the sentence were dropped before it ("What Happens Next"). */
  openerDropped?: boolean;
}

/**
 * Tails that make a name an adjective: "Maltese-flagged", "Panama-registered", "Prague-based"
 * ("Prague-based Vltava Kapitál" is a place and a firm, not one name).
 */
const ADJECTIVE_TAIL = /^(?:flagged|registered|based)$/u;

/**
 * Lower-case particles inside names: "Charles de Gaulle", "Ursula von der Leyen", "Dar es Salaam", and the Slavic
 * "nad", "pod" and "ob" of towns named by their river ("Lhotka nad Oslavou").
 */
const NAME_PARTICLES = new Set(['de', 'es', 'da', 'do', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'des', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten', 'zu', 'y', 'nad', 'pod', 'ob']);
/** Abbreviations whose period does not end a name: "St. Petersburg", "Dr. Jane Doe", "John F. Kennedy". */
const DOTTED_PREFIXES = new Set(['st', 'dr', 'mr', 'mrs', 'ms', 'mt', 'ft', 'gen', 'col', 'capt', 'lt', 'sgt', 'gov', 'sen', 'rep', 'prof', 'rev', 'jr', 'sr', 'mons', 'msgr', 'mgr', 'engr', 'barr',
  // Portuguese and Spanish: coronel, general, major, tenente, doutora, senhora, deputado, presidente, avenida, santo/santa.
  'cel', 'gal', 'maj', 'ten', 'dra', 'sra', 'srta', 'dep', 'pres', 'av', 'sto', 'sta']);

/** First words of streets' and squares' names in other languages ("rua", "avenida", "praça"), folded. */
const THOROUGHFARE_HEADS: ReadonlySet<string> = new Set(
  [...LOCAL_FACILITY_HEADS.street, ...LOCAL_FACILITY_HEADS.avenue, ...LOCAL_FACILITY_HEADS.boulevard, ...LOCAL_FACILITY_HEADS.square].map(foldName),
);
/** The word without a final period ("corp." -> "corp"). */
const bare = (w: Word) => (w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower);

/** True for a capitalised function word that cannot start a name ("However", "The"). */
export function isFunctionWord(w: Word): boolean {
  return !w.acronym && FUNCTION_WORDS.has(w.lower);
}

/** True for words that are never part of a name: months, days, holidays, time zones. */
export function isNeverName(w: Word): boolean {
  const l = bare(w);
  if (w.code) return true;
  // The pronoun "I"; quarters and halves of a financial year ("Q3", "H1", "FY2025").
  // A currency's mark ("KSh 50 million"; "KSH" in capitals is an acronym, Hungary's statistics office).
  if (w.text === 'I' || isCurrencyMark(w.text) || NEVER_NAMES.has(l) || SERVICE_WORDS.has(w.lower) || /^(?:q[1-4]|h[12]|fy\d{2}(?:\d{2})?)$/u.test(l)) return true;
  // An amount written against its currency code or mark ("VND1.2 trillion", "USD5m", "Rs5 lakh").
  const amount = /^(\p{L}{1,3})\.?\d/u.exec(w.text);
  if (amount && (CURRENCY_CODES.has(amount[1]) || isCurrencyMark(amount[1]))) return true;
  // Time zones the clock reader knows ("WITA", "EDT") and currency codes ("RON 198 million").
  if (w.acronym) return NON_ENTITY_ACRONYMS.has(l.replace(/\./gu, '')) || CURRENCY_CODES.has(w.text) || lookupZone(w.text) !== undefined;
  return CALENDAR_WORDS.has(l) || HOLIDAYS.has(l);
}

/**
 * "Jan Peeters", "May Rowe", "June Tarrant": a month that is also a given name, followed in the
 * run by a capitalised word that is not itself a calendar word, starts a name. ("May 3" and "Jan.
 * 2025" have no capitalised word after them; "Tuesday" is no given name.)
 */
function givenNameBeforeSurname(words: readonly Word[], k: number, last: number): boolean {
  const w = words[k];
  if (k >= last || w.acronym || w.code || w.text.endsWith('.') || !FIRST_NAMES.has(w.lower) || !CALENDAR_WORDS.has(bare(w))) return false;
  const next = words[k + 1];
  return next.cap && !next.acronym && !isNeverName(next) && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/**
 * "Trịnh Thị Thu Nguyệt", "Sun Yang", "Kim Jun Ho": a short weekday or month ("Thu", "Sun", "Jun")
 * written without a period between name words of the run, or first before one, is a syllable of a
 * name, not a date ("Thu 5 March" has no capitalised word after it).
 */
function nameSyllable(words: readonly Word[], k: number, first: number, last: number): boolean {
  const w = words[k];
  if (k >= last || w.acronym || w.code || !/^\p{Lu}\p{Ll}{1,2}$/u.test(w.text) || !CALENDAR_WORDS.has(w.lower)) return false;
  const nameWord = (x: Word | undefined) => x !== undefined && x.cap && !x.acronym && !isNeverName(x) && /^\p{Lu}\p{Ll}/u.test(x.text);
  const next = words[k + 1];
  return plainGap(next.gap) && nameWord(next) && (k === first || (plainGap(w.gap) && nameWord(words[k - 1])));
}

function isTitleHead(w: Word): boolean {
  return w.cap && TITLE_HEADS.has(bare(w));
}

/** A title head before "of"/"for" and an office's field; "Head" too, before "of" ("Head of Government Markus Frommelt"). */
function headsOffice(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return isTitleHead(w) || (w.cap && w.lower === 'head' && words[k + 1]?.lower === 'of');
}

function isTitleWord(w: Word): boolean {
  return w.cap && (TITLE_HEADS.has(bare(w)) || TITLE_MODIFIERS.has(bare(w)));
}

/**
 * Runs of capitalised words joined by plain spaces, with connectors where names have them:
 * "of" after an organisation or place head ("Bank of England"), name particles ("de Gaulle"),
 * and "and"/"&" when the run ends as an organisation ("National Security and Defense Council").
 * Returns [first, last] word index pairs.
 */
export function capitalisedRuns(words: readonly Word[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i].cap) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const w = words[j];
      if (w.possessive && !groupPossessiveInName(words, j)) break;
      // "Maltese-flagged Sea Wren", "Prague-based Vltava Kapitál": a place made into an adjective
      // ends there; the name after it is another.
      if (w.hyphenTail !== undefined && ADJECTIVE_TAIL.test(w.hyphenTail)) break;
      const next = words[j + 1];
      if (!next) break;
      if (w.possessive) {
        j++;
        continue;
      }
      // A nickname in quotes inside a name: Thiago "Tigrinho" Lemos.
      const afterNickname = nicknameEnd(words, j);
      if (afterNickname !== undefined) {
        j = afterNickname;
        continue;
      }
      // "John F. Kennedy", "Dr. Jane Doe"; but "... to Xiao-Yan L. She is ..." ends a sentence there.
      const dottedJoin = /^\.\s+$/u.test(next.gap) && (DOTTED_PREFIXES.has(w.lower) || /^\p{Lu}$/u.test(w.text)) && !isFunctionWord(next);
      const ampersand = /^\s*&\s*$/u.test(next.gap) && next.cap;
      const elided = ELIDED_CONNECTOR_GAP.test(next.gap) && next.cap;
      if (!plainGap(next.gap) && !dottedJoin && !ampersand && !elided) break;
      if (next.cap) {
        j++;
        continue;
      }
      const joined = connectorJoin(words, j);
      if (joined > j) {
        j = joined;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

const OPEN_QUOTE_GAP = /^[ \t\u00a0]+["“‘'«]$/u;
const CLOSE_QUOTE_GAP = /^["”’'»][ \t\u00a0]+$/u;

/**
 * When words[j] is a given name followed by a nickname of one or two capitalised words in quotes
 * and then another capitalised word (Thiago "Tigrinho" Lemos), the index of that last word.
 */
function nicknameEnd(words: readonly Word[], j: number): number | undefined {
  const w = words[j];
  const open = words[j + 1];
  if (!w.cap || w.acronym || isFunctionWord(w) || !open || !open.cap || !OPEN_QUOTE_GAP.test(open.gap)) return undefined;
  for (let k = j + 2; k <= j + 3 && k < words.length; k++) {
    const after = words[k];
    if (CLOSE_QUOTE_GAP.test(after.gap)) return after.cap && !isFunctionWord(after) && !words[k - 1].possessive ? k : undefined;
    if (!after.cap || !plainGap(after.gap)) return undefined;
  }
  return undefined;
}

/** Plural nouns for groups of people whose possessive opens an organisation's name: "People's Party". */
const GROUP_POSSESSIVES = new Set(['people', 'peoples', 'women', 'men', 'children', 'workers', 'farmers', 'citizens', 'soldiers', 'veterans', 'teachers', 'nurses', 'doctors', 'miners', 'students', 'pensioners', 'taxpayers', 'consumers', 'employers', 'journalists', 'fishermen', 'seafarers', 'dockers', 'pilots', 'lawyers', 'growers', 'residents', 'parents']);

/**
 * True when the possessive words[j] belongs to an organisation's or a place's name: a group of
 * people ("Workers' Party", "People's Front", "Farmers' Union", "Port Operators' Association",
 * "Pilgrims' Gate") followed by capitalised words that end as an organisation or a building.
 */
function groupPossessiveInName(words: readonly Word[], j: number): boolean {
  const w = words[j];
  const next = words[j + 1];
  if (!next || !next.cap || !/^['’]?[ \t\u00a0]+$/u.test(next.gap)) return false;
  // "King's College London", "the Federal Prosecutor's Office", "St John's Ambulance": a patron's
  // or an office holder's possessive names a body whose head word need not end the name.
  const patron = PATRON_POSSESSIVES.has(bare(w)) || TITLE_HEADS.has(bare(w));
  // A listed group, or any plural written with a lone apostrophe ("Operators' Association").
  if (!patron && !GROUP_POSSESSIVES.has(w.lower) && !(w.lower.endsWith('s') && /^['’]/u.test(next.gap))) return false;
  let k = j + 1;
  while (words[k + 1] && words[k + 1].cap && plainGap(words[k + 1].gap) && !words[k].possessive) k++;
  // (A patron's name may go on past its head word; a group's ends with it. "Pilgrims' Gate",
  // "Martyrs' Square": a group's possessive opens a place's name too.)
  const head = bare(patron ? next : words[k]);
  return ORG_SUFFIXES.has(head) || FACILITY_SUFFIXES.has(head);
}

/** Patrons whose possessive opens a body's name ("King's College", "St John's Ambulance"). */
const PATRON_POSSESSIVES = new Set(['king', 'queen', 'prince', 'princess', 'saint', 'st']);

/** Head words of bodies whose names go on with "for" ("Centre for ...", "Institute for ..."). */
export const FOR_HEADS = new Set([
  'centre', 'center', 'institute', 'council', 'commission', 'office', 'agency', 'ministry', 'department', 'committee', 'foundation',
  'fund', 'society', 'association', 'league', 'alliance', 'coalition', 'campaign', 'movement', 'school', 'college', 'academy',
  'bureau', 'authority', 'board', 'union', 'organisation', 'organization', 'network', 'trust', 'partnership', 'forum',
]);

/** If a connector after words[j] continues the name, the index of the next capitalised word; else j. */
function connectorJoin(words: readonly Word[], j: number): number {
  const w = words[j];
  const c = words[j + 1];
  if (!c || c.cap) return j;
  const capAt = (k: number) => words[k] && words[k].cap && plainGap(words[k].gap);
  // "Centre for Cyber Security", "Institute for Fiscal Studies": "for" after a body's head word
  // continues its name as "of" does (not after a title: "Minister for Enterprise X" is split later).
  // "Court of Arbitration for Sport": after "<body> of <field>", "for" goes on into the name.
  const bodyOfField = j >= 2 && words[j - 1].lower === 'of' && OF_HEADS.has(bare(words[j - 2])) && !TITLE_HEADS.has(bare(words[j - 2]));
  if ((c.lower === 'of' && OF_HEADS.has(bare(w))) || (c.lower === 'for' && (FOR_HEADS.has(bare(w)) || bodyOfField))) {
    if (capAt(j + 2)) return j + 2;
    if (words[j + 2]?.lower === 'the' && plainGap(words[j + 2].gap) && capAt(j + 3)) return j + 3;
    return j;
  }
  // "Uniți pentru Demnitate", "Bündnis für Arbeit": a foreign body's name goes on across its connector.
  if (FOREIGN_ORG_CONNECTORS.has(c.lower) && !isTitleWord(w) && plainGap(c.gap)) {
    if (capAt(j + 2)) return j + 2;
    if (words[j + 2] && NAME_PARTICLES.has(words[j + 2].lower) && plainGap(words[j + 2].gap) && capAt(j + 3)) return j + 3;
    return j;
  }
  if (NAME_PARTICLES.has(c.lower) && !isTitleWord(w)) {
    if (capAt(j + 2)) return j + 2;
    if (words[j + 2] && NAME_PARTICLES.has(words[j + 2].lower) && plainGap(words[j + 2].gap) && capAt(j + 3)) return j + 3;
    return j;
  }
  if (c.lower === 'and' || c.lower === 'for' || c.lower === 'on') {
    // Only inside an organisation's name ("Security and Defense Council"), never after a place
    // ("Monterrey and Nashville SC"): look ahead to the end of the run.
    if (placeKind(w.text)) return j;
    if (c.lower === 'and' && bodyFieldsGoOn(words, j)) return j + 2;
    // "IFK Norrby and Kartal Spor": a club's name, opened by its prefix, is complete before "and".
    let runStart = j;
    while (runStart > 0 && words[runStart - 1].cap && plainGap(words[runStart].gap)) runStart--;
    if (CLUB_PREFIXES.has(bare(words[runStart]))) return j;
    let k = j + 2;
    if (!capAt(k)) return j;
    // "Brenmoor Rail and Kestavik Air" is two companies: a name already complete before "and"
    // (two words or more ending as an organisation) does not go on, unless what follows starts
    // with another organisation word ("First Bank and Trust Company").
    // ("The Petroleum and Natural Gas Senior Staff Association": "The" completes no name.)
    if (ORG_SUFFIXES.has(bare(w)) && j > 0 && words[j - 1].cap && !isFunctionWord(words[j - 1]) && plainGap(w.gap) && !ORG_SUFFIXES.has(bare(words[k]))) return j;
    while (capAt(k + 1) && !words[k].possessive) k++;
    // "Uniți pentru Demnitate (United for Dignity)": an English gloss in brackets, after a name,
    // is one name from bracket to bracket.
    if (/\(\s*$/u.test(words[runStart].gap) && runStart > 0 && words[runStart - 1].cap && /^\s*\)/u.test(words[k + 1]?.gap ?? '')) return j + 2;
    // "the Labour and Progress party": a lower-case "party" after the run names it as well.
    const partyAfter = !words[k].possessive && words[k + 1]?.lower === 'party' && plainGap(words[k + 1].gap);
    return ORG_SUFFIXES.has(bare(words[k])) || partyAfter ? j + 2 : j;
  }
  return j;
}

/**
 * True when "and" after words[j] joins a second field to a body's name opened by "Centre for",
 * "Institute for", "Council for" ("Centre for Volcanology and Geological Hazard Mitigation",
 * "Institute for Peace and Conflict Studies"), or "of" ("Department of Foreign Affairs and Trade",
 * "Chamber of Commerce and Industry"): the run holds a body's head and "for" or "of" before it,
 * and what follows "and" is a field, not another name: no given name, place, nationality or
 * acronym opens it, and it is two words or more, or one word that names a field ("Environment").
 */
function bodyFieldsGoOn(words: readonly Word[], j: number): boolean {
  let h = j;
  while (h > 0 && plainGap(words[h].gap) && (words[h - 1].cap || words[h - 1].lower === 'for' || words[h - 1].lower === 'of')) h--;
  let opened = false;
  for (let k = h; k < j; k++) {
    const connector = words[k + 1].lower;
    if (words[k].cap && (connector === 'for' || connector === 'of') && (FOR_HEADS.has(bare(words[k])) || BODY_OF_HEADS.has(bare(words[k])))) opened = true;
  }
  if (!opened) return false;
  const capAt = (k: number) => words[k] !== undefined && words[k].cap && plainGap(words[k].gap);
  const next = words[j + 2];
  if (!capAt(j + 2) || next.acronym || FIRST_NAMES.has(next.lower) || placeKind(next.text) || isDemonym(next.text) || isFunctionWord(next)) return false;
  let k = j + 2;
  while (capAt(k + 1) && !words[k].possessive) k++;
  // "the Ministry of Defence and Prime Minister Jane Doe": a title after "and" opens another name.
  for (let t = j + 2; t <= k; t++) if (TITLE_HEADS.has(bare(words[t])) || FIRST_NAMES.has(words[t].lower)) return false;
  return k > j + 2 || PORTFOLIO_WORDS.has(next.lower);
}

/** Body heads whose names go on with "of" and then "and" ("Chamber of Commerce and Industry"), beside FOR_HEADS. */
const BODY_OF_HEADS = new Set(['chamber', 'federation', 'confederation', 'directorate', 'secretariat', 'administration']);

function make(words: readonly Word[], text: string, first: number, last: number, extra: Partial<Candidate> = {}): Candidate {
  const start = words[first].start;
  const end = words[last].end;
  return { first, last, start, end, text: text.slice(start, end), norp: false, theDropped: false, ...extra };
}

/**
 * Cuts a run into candidates: drops calendar words and leading function words, separates a title
 * written in capitals from the name after it, and nationality words from what follows them.
 * `initial` says whether the run opens its sentence (where any word is capitalised).
 */
export function segmentRun(words: readonly Word[], text: string, first: number, last: number): Candidate[] {
  const out: Candidate[] = [];
  // Calendar words, holidays and time zones cut the run: "Tuesday Summit", "GMT".
  let from = first;
  for (let k = first; k <= last + 1; k++) {
    // "Tan Sri Zainal Abidin", "Puan Sri ...": a Malaysian honour of two words before a name, no part of it.
    const honour = k + 2 <= last && HONOUR_PAIRS.has(`${words[k].lower} ${words[k + 1].lower}`);
    if (honour) {
      if (k > from) out.push(...segmentPiece(words, text, from, k - 1));
      from = k + 2;
      k++;
      continue;
    }
    if (k === last + 1 || (isNeverName(words[k]) && !givenNameBeforeSurname(words, k, last) && !nameSyllable(words, k, first, last)) || inRankPhrase(words, k) || glossAfterRank(words, text, k) || isNumberSign(words, k)) {
      // "Minister of Industry and Trade Trịnh Thị Thu Nguyệt": the office's last fields open the run; the name follows them.
      let fields = from;
      while (fields < k - 1 && ((words[fields].cap && PORTFOLIO_WORDS.has(words[fields].lower)) || (fields > from && FIELD_JOINERS.has(words[fields].lower)))) fields++;
      if (fields > from && words[fields].cap && !PORTFOLIO_WORDS.has(words[fields].lower) && officeBefore(words, from)) from = fields;
      if (k > from && !portfolioBeforeAnd(words, from, k - 1) && !portfolioAfterOffice(words, from, k - 1)) {
        const maker = makerBeforeModel(words, from, k - 1);
        if (maker !== undefined) {
          out.push(...segmentPiece(words, text, from, maker - 1));
          out.push(make(words, text, maker, maker, { maker: true }));
        } else out.push(...segmentPiece(words, text, from, k - 1));
      }
      from = k + 1;
    }
  }
  return out;
}

/** Honours of two words written before a name in Malaysia ("Tan Sri", "Puan Sri", "Toh Puan"). */
const HONOUR_PAIRS = new Set(['tan sri', 'puan sri', 'toh puan']);

/** "No." before a number ("world No. 3"): the abbreviation of "number", no name. */
function isNumberSign(words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  return bare(words[k]) === 'no' && (words[k].text.endsWith('.') || /^\./u.test(next?.gap ?? '')) && /^\d/u.test(next?.text ?? '');
}

/** Nouns for a rung of a scale, written with its number: "Level IV", "Category 5", "Phase II", "Stage 3". */
const RANK_HEADS = new Set(['level', 'levels', 'phase', 'stage', 'category', 'tier', 'grade', 'step', 'rung']);
/** Words before a rank that belong to it: "Alert Level 3", "Warning Level II". */
const RANK_MODIFIERS = new Set(['alert', 'warning', 'threat', 'danger', 'risk', 'emergency', 'evacuation', 'storm', 'hurricane', 'cyclone', 'typhoon', 'heat', 'fire', 'flood']);
const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** True for a number written after a rank: "IV" in "Level IV", "5" in "Category 5". */
function isRankNumber(w: Word | undefined): boolean {
  return w !== undefined && plainGap(w.gap) && (/^\d/u.test(w.text) || (w.text.length > 0 && ROMAN_NUMERAL.test(w.text)));
}

/**
 * True when words[k] is part of a rung of a scale ("Level IV", "Alert Level 3", "Category 5"): an
 * alert level or a storm's category is no name.
 */
function inRankPhrase(words: readonly Word[], k: number): boolean {
  const w = words[k];
  const isRank = (i: number) => words[i] !== undefined && words[i].cap && RANK_HEADS.has(words[i].lower) && isRankNumber(words[i + 1]);
  if (isRank(k)) return true;
  if (isRankNumber(w) && k > 0 && isRank(k - 1)) return true;
  return w.cap && RANK_MODIFIERS.has(w.lower) && isRank(k + 1) && plainGap(words[k + 1].gap);
}

/**
 * True for one word in brackets right after a rank, its name in the local language: "Siaga" in
 * "Level III (Siaga)", "Awas" in "Level IV (Awas)".
 */
function glossAfterRank(words: readonly Word[], text: string, k: number): boolean {
  const w = words[k];
  if (k < 2 || !/\(\s*$/u.test(w.gap) || !/^\s*\)/u.test(text.slice(w.end, w.end + 3))) return false;
  return isRankNumber(words[k - 1]) && words[k - 2].cap && RANK_HEADS.has(words[k - 2].lower);
}

/** Zone names that are not a city's ("Eastern Time", "Central European Time"): the rest are cities' times. */
const CITY_ZONE = /^(?!(?:eastern|central|pacific|mountain|atlantic|western|greenwich|british|universal|coordinated|central european|eastern european|western european)\b)/iu;

/** Compass words that open a region's office ("Western Regional Minister"). */
const COMPASS_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);

/** "and" between two fields of one office ("Industry and Trade"). */
const FIELD_JOINERS = new Set(['and', '&']);

/** True when words first..last are all fields of an office ("Civil Protection", "Health and Social Care"). */
function isPortfolio(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const l = words[k].lower;
    if (!PORTFOLIO_WORDS.has(l) && !((l === 'and' || l === '&') && k > first && k < last)) return false;
  }
  return true;
}

/**
 * True when words first..last are an office's fields that continue, after "and", into a title:
 * "Climate Crisis" in "Climate Crisis and Civil Protection Minister Nikos Kefalas".
 */
function portfolioBeforeAnd(words: readonly Word[], first: number, last: number): boolean {
  const and = words[last + 1];
  if (!and || (and.lower !== 'and' && and.lower !== '&') || !isPortfolio(words, first, last)) return false;
  let k = last + 2;
  while (k < words.length && words[k].cap && PORTFOLIO_WORDS.has(words[k].lower)) k++;
  return k > last + 2 && k < words.length && words[k].cap && TITLE_HEADS.has(words[k].lower);
}

/**
 * True when words first..last are an office's fields after its title: "Mines" in "Chief Inspector
 * of Mines", "Natural Resources" in "Minister for Lands and Natural Resources", "Industry" in
 * "Ministry of Trade, Industry and Energy".
 */
function portfolioAfterOffice(words: readonly Word[], first: number, last: number): boolean {
  if (!isPortfolio(words, first, last) || first === 0) return false;
  const prev = words[first - 1];
  // "..., Industry": a comma after another field.
  if (/^\s*,\s*$/u.test(words[first].gap)) return prev.cap && PORTFOLIO_WORDS.has(prev.lower);
  const connector = prev.lower;
  if (connector !== 'of' && connector !== 'for' && connector !== 'and' && connector !== '&') return false;
  const before = words[first - 2];
  return before !== undefined && before.cap && (TITLE_HEADS.has(bare(before)) || PORTFOLIO_WORDS.has(before.lower) || bare(before) === 'ministry');
}

/**
 * The index of the title head in a run that is a title followed by "of" or "for" and its fields
 * only ("Minister of Industry", "Serbian Minister of Internal Trade"); undefined otherwise.
 */
function titleHeadBeforeFields(words: readonly Word[], first: number, last: number): number | undefined {
  let h = first;
  while (h < last && !TITLE_HEADS.has(bare(words[h])) && (isTitleWord(words[h]) || COMPASS_WORDS.has(words[h].lower) || isDemonym(words[h].text))) h++;
  if (h + 2 > last || !words[h].cap || !TITLE_HEADS.has(bare(words[h]))) return undefined;
  const connector = words[h + 1].lower;
  if (connector !== 'of' && connector !== 'for') return undefined;
  return isPortfolio(words, h + 2, last) ? h : undefined;
}

/**
 * True when the fields before words[from] follow an office's title: "Minister of Industry and"
 * before "Trade ...", not "The Petroleum and" before "Natural Gas Senior Staff Association".
 */
function officeBefore(words: readonly Word[], from: number): boolean {
  let b = from - 1;
  while (b >= 0 && (OFFICE_CONNECTORS.has(words[b].lower) || (words[b].cap && PORTFOLIO_WORDS.has(words[b].lower)))) b--;
  return b >= 0 && b < from - 1 && words[b].cap && (TITLE_HEADS.has(bare(words[b])) || bare(words[b]) === 'ministry');
}

/** Words between an office's title and its fields ("Minister of Industry and Trade"). */
const OFFICE_CONNECTORS = new Set(['of', 'for', 'and', '&']);

/**
 * In "the Acme Air Airbus A320" or "an Acme Air ATR 72", the word before the model is its maker
 * and the words before it the operator: returns the maker's index when a piece of two or more
 * words ends right before a model code ("A320"), or ends in an acronym right before a number
 * ("ATR 72"). A piece ending in an organisation or facility suffix keeps its number
 * ("Heathrow Terminal 5"), and so do places ("Real Madrid 3").
 */
function makerBeforeModel(words: readonly Word[], first: number, last: number): number | undefined {
  if (last <= first) return undefined;
  const w = words[last];
  const next = words[last + 1];
  if (!next || !plainGap(next.gap) || w.possessive) return undefined;
  const model = next.code || (w.acronym && /^\d{1,3}$/u.test(next.text));
  if (!model) return undefined;
  const l = bare(w);
  if (ORG_SUFFIXES.has(l) || FACILITY_SUFFIXES.has(l) || placeKind(w.text) || isTitleWord(w)) return undefined;
  return last;
}

/** Cuts the words first..last of a run into candidates (see segmentRun). */
export function segmentPiece(words: readonly Word[], text: string, first: number, last: number): Candidate[] {
  let theDropped = false;
  let openerDropped = false;
  // Leading function words where every word is capitalised: "While Jane Doe...", "The White House
  // said". Inside a sentence they belong to the name ("New York", "The Hague"), unless the run is
  // a known place only without them. Connectors cannot start a name.
  while (first <= last) {
    const w = words[first];
    if (w.cap) {
      // ("Downstream Nyakora, which ...": a word of where a place lies opens the sentence, not the name.)
      if ((!isFunctionWord(w) && !PLACE_DESCRIBERS.has(w.lower)) || !w.initial) break;
      const whole = text.slice(w.start, words[last].end);
      if (placeKind(whole) || NEWS_OUTLET_NAMES.has(foldName(whole))) break;
      if (w.lower === 'the') theDropped = true;
      else openerDropped = true;
    }
    first++;
  }
  while (last >= first && !words[last].cap) last--;
  if (first > last) return [];
  // A shouted line ("IT IS OURS!") capitalises its function words; they name nothing ("US" alone
  // is the country).
  if (last > first && words.slice(first, last + 1).every((w) => FUNCTION_WORDS.has(bare(w)) && /^\p{Lu}{2,}$/u.test(w.text))) return [];
  const lowerAll = words
    .slice(first, last + 1)
    .map((w) => w.lower)
    .join(' ');
  // A time zone written in capitals ("Eastern Time", "Moscow Time"): no name, or only the city.
  if (last > first && bare(words[last]) === 'time' && lookupZone(text.slice(words[first].start, words[last].end))) {
    return CITY_ZONE.test(text.slice(words[first].start, words[last].end)) ? segmentPiece(words, text, first, last - 1) : [];
  }
  // A nationality that is also a town's name ("Brits") is the nationality.
  const wholeKind = placeKind(text.slice(words[first].start, words[last].end));
  if (first === last && wholeKind === 'city' && isDemonym(words[first].text)) return [make(words, text, first, first, { norp: true })];
  // Known wholes first: places ("New South Wales") and outlets ("Associated Press").
  if (wholeKind || NEWS_OUTLET_NAMES.has(lowerAll)) {
    return [make(words, text, first, last, { theDropped })];
  }
  // Streets and squares are named after titled people ("Rua Coronel Antônio Prates", "Avenida
  // Presidente Vargas", "Calle General Prim"): the title is part of the street's name.
  if (last > first && THOROUGHFARE_HEADS.has(bare(words[first]))) return [make(words, text, first, last, { theDropped })];
  // The run starts after "<title> of": "[Superintendent of] Police K.R. Shanthala".
  const afterPortfolio = nameAfterPortfolio(words, first, last);
  if (afterPortfolio !== undefined) return fieldAndName(words, text, first, afterPortfolio, last, first);
  // "Mayor of Czerwionka-Leszczyny, Ewa Kędzior, said": the town a mayor is of is a place, and the
  // title is no part of a name.
  if (MAYOR_TITLES.has(bare(words[first])) && words[first + 1]?.lower === 'of' && last >= first + 2 && !words.slice(first + 2, last + 1).some((w) => FIRST_NAMES.has(w.lower))) {
    return [make(words, text, first + 2, last, {})];
  }
  // The run holds the title, "of" and the field: "Secretary of State Ana Costa".
  for (let k = first; k + 3 <= last; k++) {
    if (!headsOffice(words, k) || (words[k + 1].lower !== 'of' && words[k + 1].lower !== 'for')) continue;
    // "Vice Director of Hai Phong Customs Department": the run after "of" ends in a body's noun, so
    // it is the body the title is of, not a field and a person's name.
    if (ORG_SUFFIXES.has(bare(words[last])) && last > k + 2) return [...(k > first ? segmentPiece(words, text, first, k - 1) : []), make(words, text, k + 2, last, {})];
    const nameStart = nameAfterPortfolio(words, k + 2, last);
    if (nameStart === undefined) continue;
    return [...(k > first ? segmentPiece(words, text, first, k - 1) : []), ...fieldAndName(words, text, k + 2, nameStart, last, k)];
  }
  const split = titleSplit(words, first, last);
  if (split !== undefined) {
    const out: Candidate[] = [];
    // Names inside the title ("U.S." in "U.S. President", "European Commission" in "European
    // Commission President"): the part before the first title word.
    let prefixEnd = first;
    while (prefixEnd <= split && !isTitleWord(words[prefixEnd])) prefixEnd++;
    // A body of two words or more ending in a body's noun, before the title words, is named though
    // its words may be a portfolio's or a title's ("National Treasury Cabinet Secretary").
    const bodyEnd = bodyBeforeTitle(words, first, split);
    if (bodyEnd !== undefined) {
      out.push(make(words, text, first, bodyEnd, {}));
      prefixEnd = bodyEnd + 1;
    } else if (prefixEnd > first && !isPortfolio(words, first, prefixEnd - 1)) out.push(...segmentPiece(words, text, first, prefixEnd - 1));
    for (let k = prefixEnd; k <= split; k++) if (isDemonym(words[k].text)) out.push(make(words, text, k, k, { norp: true }));
    out.push(make(words, text, split + 1, last, { titleFirst: first }));
    return out;
  }
  // A title with its fields after it and no name ("Minister of Industry", "Serbian Minister of
  // Internal Trade", "Secretary of Energy"): nationalities in it are still nationalities.
  const head = titleHeadBeforeFields(words, first, last);
  if (head !== undefined) {
    return words
      .slice(first, head)
      .filter((w) => isDemonym(w.text))
      .map((w) => make(words, text, w.index, w.index, { norp: true }));
  }
  const lastWord = bare(words[last]);
  const suffixed = last > first && (ORG_SUFFIXES.has(lastWord) || FACILITY_SUFFIXES.has(lastWord));
  if (suffixed) return [make(words, text, first, last, { theDropped })];
  // A title without a name: fields, regions and modifiers before a title head ("Housing Minister",
  // "Western Regional Minister"); nationalities in it are still nationalities.
  if (last > first && TITLE_HEADS.has(bare(words[last])) && words.slice(first, last).every((w) => isTitleWord(w) || PORTFOLIO_WORDS.has(w.lower) || COMPASS_WORDS.has(w.lower) || isDemonym(w.text))) {
    return words
      .slice(first, last + 1)
      .filter((w) => isDemonym(w.text))
      .map((w) => make(words, text, w.index, w.index, { norp: true }));
  }
  // A run of title words only ("Foreign Minister"): no name in it.
  if (words.slice(first, last + 1).every((w) => isTitleWord(w) || !w.cap)) {
    return words
      .slice(first, last + 1)
      .filter((w) => isDemonym(w.text))
      .map((w) => make(words, text, w.index, w.index, { norp: true }));
  }
  // "West Australians", "Northern Irish": a people named by a compass word and a nationality.
  if (last > first && isDemonym(words[last].text) && words.slice(first, last).every((w) => COMPASS_WORDS.has(w.lower))) {
    return [make(words, text, first, last, { norp: true })];
  }
  // A nationality before a name ("Kenyan Jane Doe", "Irish Dublin"), but not inside one ("Green Left").
  if (isDemonym(words[first].text)) {
    const next = words[first + 1];
    const nameFollows = next && (FIRST_NAMES.has(next.lower) || placeKind(text.slice(next.start, words[last].end)) !== undefined);
    if (first === last || nameFollows) {
      const rest = first < last ? segmentPiece(words, text, first + 1, last) : [];
      return [make(words, text, first, first, { norp: true }), ...rest];
    }
  }
  // A place or a body run into a person's name without a comma ("Deputy from Jelgava Ilona
  // Briede", "the leader of National Renewal Gatis Liepiņš"): the given name starts the person.
  const person = runInPerson(words, text, first, last);
  if (person !== undefined) return [...segmentPiece(words, text, first, person - 1), ...segmentPiece(words, text, person, last)];
  return [make(words, text, first, last, { theDropped, ...(openerDropped ? { openerDropped } : {}) })];
}

/**
 * Where a person's name starts inside a run of capitalised words that opens with a known place or
 * with a name of two words or more: at a given name that follows no given name and is followed by a
 * surname. Undefined when there is no such point.
 */
function runInPerson(words: readonly Word[], text: string, first: number, last: number): number | undefined {
  for (let k = first + 1; k < last; k++) {
    const w = words[k];
    if (!FIRST_NAMES.has(w.lower) || FIRST_NAMES.has(words[k - 1].lower) || !words[k + 1].cap || words[k + 1].acronym) continue;
    if (words.slice(first, k + 2).some((x) => !x.cap || isTitleHead(x) || isFunctionWord(x))) return undefined;
    const before = text.slice(words[first].start, words[k - 1].end);
    if (placeKind(before) !== undefined || k - first >= 2 || (k - first === 1 && afterPlacePreposition(words, first))) return k;
    return undefined;
  }
  return undefined;
}

/**
 * "In Varnhold Tomasz Wierzchon, who runs...", "the chief executive of Proudex Radka Šindelářová":
 * the run follows "in", "at", "near", "from" or "of", so its first word is a place or a body.
 */
function afterPlacePreposition(words: readonly Word[], first: number): boolean {
  const prev = first > 0 && plainGap(words[first].gap) ? words[first - 1] : undefined;
  return prev !== undefined && RUN_IN_PLACE_PREPOSITIONS.has(prev.lower);
}

const RUN_IN_PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'of']);

/**
 * A capitalised occupation opening the sentence before a name: "Striker Dane Okafor",
 * "Harbourmaster Owen Pryce" (a common noun before a given name counts too).
 */
function openingOccupation(words: readonly Word[], k: number, last: number): boolean {
  const w = words[k];
  if (!w.initial || !w.cap || w.acronym || k >= last || FIRST_NAMES.has(w.lower)) return false;
  if (OCCUPATIONS.has(bare(w))) return true;
  const next = words[k + 1];
  return w.pos === 'NOUN' && FIRST_NAMES.has(next.lower) && k + 1 < last;
}

/**
 * Index of the last title word of a run when a name follows it ("President" in "U.S. President
 * Jane Doe"), or undefined. A run that ends as an organisation keeps its title-like words
 * ("General Motors") unless a given name follows them.
 */
/**
 * The name after an office's field (words `fieldStart` to `nameStart - 1`), with the field itself
 * when it is a place ("Lord Mayor of Cork Fergal Dennehy": Cork is a place mention too).
 */
function fieldAndName(words: readonly Word[], text: string, fieldStart: number, nameStart: number, last: number, titleFirst: number): Candidate[] {
  // ("Burmistrz of Giżycko Anna Dąbrowska": a mayor's field is a town, whatever the lexicon knows of it.)
  const isPlace = nameStart > fieldStart && (placeKind(text.slice(words[fieldStart].start, words[nameStart - 1].end)) !== undefined || (fieldStart >= 2 && MAYOR_TITLES.has(bare(words[fieldStart - 2]))));
  return [...(isPlace ? [make(words, text, fieldStart, nameStart - 1, {})] : []), make(words, text, nameStart, last, { titleFirst })];
}

/** A word that continues a title after its head: "Executive" in "Chief Executive". */
function isTitleTail(w: Word): boolean {
  return TITLE_MODIFIERS.has(w.lower) || ROLE_WORDS.has(w.lower);
}

/**
 * "Superintendent of Police K.R. Shanthala", "Minister for Enterprise Niamh Brannigan", "Secretary
 * of State Ana Costa": after a title and "of" or "for" come the office's field and then the name.
 * `from` is the first word after the connector; returns the index of the name's first word: a given
 * name or an initial, else the last two words. Undefined unless a title head and "of"/"for" precede.
 */
function nameAfterPortfolio(words: readonly Word[], from: number, last: number): number | undefined {
  const connector = words[from - 1];
  const head = words[from - 2];
  if (!connector || !head || (connector.lower !== 'of' && connector.lower !== 'for') || !headsOffice(words, from - 2) || last - from < 2) return undefined;
  for (let j = from + 1; j < last; j++) {
    if (FIRST_NAMES.has(words[j].lower) || /^(?:\p{Lu}\.)+$/u.test(words[j].text)) return j;
  }
  // "Head of BKSDA East Java": after "Head of", only a known given name shows where a name starts.
  if (!isTitleHead(head)) return undefined;
  // "Director of Education Rosemary Atieno Onyango": the field's words, then a name of any length.
  let j = from;
  while (j < last && (PORTFOLIO_WORDS.has(words[j].lower) || ((words[j].lower === 'and' || words[j].lower === '&') && j > from))) j++;
  if (j > from && last - j >= 1 && last - j <= 3) return j;
  return last - 1;
}

function titleSplit(words: readonly Word[], first: number, last: number): number | undefined {
  for (let k = last - 1; k >= first; k--) {
    // ("King's College", "the Prosecutor's Office": a title's possessive opens a body's name.)
    if ((!isTitleHead(words[k]) || words[k].possessive) && !(k === first && openingOccupation(words, k, last))) continue;
    const tail = words.slice(k + 1, last + 1);
    if (tail.some((w) => isTitleHead(w)) || !tail[0].cap) return undefined;
    // "General Committee for Prisons", "General Assembly": a body's noun after the word makes it a body's name.
    if (BODY_NOUNS.has(bare(tail[0]))) return undefined;
    const givenName = FIRST_NAMES.has(tail[0].lower);
    const lastWord = bare(words[last]);
    if (!givenName && (ORG_SUFFIXES.has(lastWord) || FACILITY_SUFFIXES.has(lastWord))) return undefined;
    // "Chief Executive Julian Doe", "Chief Financial Officer": the words after the head that
    // still belong to the title (modifiers, roles) are not the name's.
    while (k + 2 <= last && isTitleTail(words[k + 1]) && !FIRST_NAMES.has(words[k + 1].lower)) k++;
    return k;
  }
  return undefined;
}

/** Nouns that end a body's name and are no portfolio's ("Resources", "Affairs" are fields). */
const BODY_NOUNS = new Set(['ministry', 'treasury', 'department', 'agency', 'commission', 'council', 'office', 'bureau', 'service', 'authority', 'police', 'party', 'bank', 'institute', 'foundation', 'directorate', 'inspectorate', 'federation', 'association', 'union', 'committee', 'assembly']);

/**
 * The end of a body's name that opens a title run ("National Treasury" in "National Treasury
 * Cabinet Secretary Grace Muriuki"): two words or more, the last a body's noun, followed by title
 * words only up to `split`.
 */
function bodyBeforeTitle(words: readonly Word[], first: number, split: number): number | undefined {
  // (The first such noun: "Cabinet" in "Cabinet Secretary" is the title's.)
  for (let j = first + 1; j < split; j++) {
    if (!BODY_NOUNS.has(bare(words[j]))) continue;
    return words.slice(j + 1, split + 1).every((w) => isTitleWord(w) || ORG_SUFFIXES.has(bare(w))) ? j : undefined;
  }
  return undefined;
}
