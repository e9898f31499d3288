/**
 * Local evidence for a candidate's type: the words around it and the lexicons. Each cue has a
 * weight; the workspace step adds up the cues of every mention of an entity, so a name seen with
 * "President" in one article is a person in all of them.
 */
import { isBrand } from '../lexicon/brands';
import { FIRST_NAMES } from '../lexicon/firstNames';
import {
  CLUB_PREFIXES,
  FOREIGN_ORG_CONNECTORS,
  FOREIGN_ORG_HEADS,
  GENERIC_ORG_NOUNS,
  LEGAL_SUFFIXES,
  NEWS_OUTLET_NAMES,
  NEWS_OUTLETS,
  ORG_AGENT_VERBS,
  ORG_HOLDING_NOUNS,
  ORG_MEMBER_NOUNS,
  SQUAD_NOUNS,
  ORG_NOUNS,
  ORG_POSTS_TWO_WORDS,
  ORG_PROPERTY_NOUNS,
  ORG_SUFFIXES,
  ORG_TYPE_SUFFIXES,
  PARTY_GLOSS_HEADS,
  OF_HEADS,
  writtenAsLegalForm,
} from '../lexicon/organisations';
import {
  ADMIN_NOUNS_AFTER,
  FACILITY_NOUNS_AFTER,
  isDemonym,
  FACILITY_HEADS,
  FACILITY_SUFFIXES,
  LANDFORM_HEADS,
  PLACE_APPOSITION_NOUNS,
  PLACE_NOUNS_AFTER,
  PLACE_NOUNS_BEFORE_OF,
  NAMED_PLACE_HEADS,
  PLACE_SUFFIXES,
  FOREIGN_COMPASS_SUFFIXES,
  placeKind,
  PLACE_DESCRIBERS,
  placeOrCountryKind,
} from '../lexicon/places';
import { SPEECH_VERBS, VERB_FILLERS } from '../lexicon/speechVerbs';
import { MAYOR_TITLES, ROLE_WORDS, TITLE_MODIFIERS } from '../lexicon/titles';
import { CARRIER_KINDS, FLAG_TAILS, SEAT_TAILS, VESSEL_NOUNS, VESSEL_PREFIXES } from '../lexicon/vessels';
import type { EntityType, TypeEvidence } from '../types';
import { FOR_HEADS, type Candidate } from './candidates';
import { plainGap, type Word } from './words';

/** Cue names shared with the workspace step. */
export const CUE = {
  title: 'title',
  givenName: 'given name',
  lexiconPlace: 'place lexicon',
  /** A state or province from the generated lexicon: weaker than a curated place (see resolveEntities). */
  lexiconProvince: 'province lexicon',
  outlet: 'news outlet',
  brand: 'well-known brand',
  innerCapitals: 'capitals inside one word',
  acronym: 'acronym',
  orgSuffix: 'organisation suffix',
  legalSuffix: 'legal suffix',
  facility: 'facility',
  orgNoun: 'organisation noun',
  placeNoun: 'place noun',
  preposition: 'place preposition',
  speech: 'speech verb',
  the: "'the' before the name",
  agentThe: "'the' name acting",
  apposition: 'apposition',
  possessiveRole: 'possessive before a role',
  members: 'members of',
  squad: "a club's squad or fans after the name",
  coordination: 'coordinated with',
  default: 'capitalised words',
  nationality: 'nationality',
  maker: 'maker of a model',
  vessel: 'vessel word',
  orgProperty: 'what only organisations have',
  /** A capitalised word in a doubtful position: kept only if the workspace knows the name. */
  tentative: 'tentative',
} as const;

const ev = (type: EntityType, weight: number, cue: string): TypeEvidence => ({ type, weight, cue });

const STRONG_PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'throughout', 'outside', 'inside', 'around', 'within']);
const WEAK_PLACE_PREPOSITIONS = new Set(['from', 'to', 'into', 'toward', 'towards', 'via', 'at', 'over', 'across', 'between']);
const FUNCTION_WORD_PREPOSITIONS = new Set([...STRONG_PLACE_PREPOSITIONS, ...WEAK_PLACE_PREPOSITIONS]);
/** Words before "to" that make what follows a cause or a likeness, not a destination: "thanks to", "due to", "close to". */
const NOT_DESTINATION_BEFORE_TO = new Set(['thanks', 'due', 'owing', 'close', 'next', 'similar', 'compared', 'belonged', 'belonging']);
/** Words before "to" that make what follows a source or an addressee: "according to", "told to", "said to". */
const SOURCE_BEFORE_TO = new Set(['according', 'told', 'said', 'spoke', 'talked', 'wrote', 'explained', 'confirmed']);
/** Words before "centre" that make it a site, not a body: a launch centre, a detention centre. */
const SITE_CENTRES = new Set(['launch', 'space', 'detention', 'shopping', 'convention', 'exhibition', 'data', 'test', 'transit', 'congress', 'conference', 'expo', 'events', 'sports', 'leisure', 'aquatics']);
/** Nouns for the people of a place, before "of" and its name. */
const PEOPLE_OF = new Set(['people', 'residents', 'inhabitants', 'citizens', 'natives', 'peoples']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);

/** The word before `w` when only plain space separates them. */
function before(words: readonly Word[], i: number): Word | undefined {
  return i > 0 && plainGap(words[i].gap) ? words[i - 1] : undefined;
}

function after(words: readonly Word[], i: number): Word | undefined {
  const n = words[i + 1];
  return n && plainGap(n.gap) ? n : undefined;
}

/** The word without a final period ("corp." -> "corp"). */
/** A capital letter alone, or with a period: a middle initial ("John F. Kennedy"). */
const INITIAL_LETTER = /^\p{Lu}\.?$/u;

const bare = (w: Word) => (w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower);

/** True when `w` is an organisation's suffix as written ("Ltd", "SA", "Group"; not the surname "Sá"). */
export function isOrgSuffixWord(w: Word): boolean {
  return ORG_SUFFIXES.has(bare(w)) && writtenAsLegalForm(w.text);
}

/** A word of five letters or more with a capital after lower-case letters ("AlatauGasTransit"), or capitals then lower case ("TSBank"); not "PhDr". */
const INNER_CAPITALS = /^(?=\p{L}{5})(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,}\p{Ll}{3,})$/u;
/** Surnames whose inner capital follows a particle: "McDonald", "MacArthur", "DeSantis", "LeBlanc", "DiCaprio", "VanDyke". */
const SURNAME_PARTICLE_CAPS = /^(?:Mc|Mac|De|Di|Da|Le|La|Du|Van|Von|Ten|Ter|St|Fitz)\p{Lu}/u;

/** Evidence from the lexicons and the candidate's own words. */
export function lexiconCues(words: readonly Word[], c: Candidate): TypeEvidence[] {
  const out: TypeEvidence[] = [];
  const own = words.slice(c.first, c.last + 1).filter((w) => w.cap);
  const last = bare(words[c.last]);
  const kind = placeOrCountryKind(c.text);
  if (kind === 'country') out.push(ev('GPE', 4, CUE.lexiconPlace));
  else if (kind === 'division' || kind === 'capital') out.push(ev('GPE', 3, CUE.lexiconPlace));
  else if (kind === 'region') out.push(ev('LOC', 3, CUE.lexiconPlace));
  else if (kind === 'city') out.push(ev('GPE', 2, CUE.lexiconPlace));
  else if (kind === 'province') out.push(ev('GPE', 1.2, CUE.lexiconProvince));
  if (NEWS_OUTLET_NAMES.has(own.map((w) => w.lower).join(' ')) || (own.length === 1 && NEWS_OUTLETS.has(own[0].lower))) {
    out.push(ev('ORG', 4, CUE.outlet));
  }
  if (isBrand(own.map((w) => w.lower))) out.push(ev('ORG', 4, CUE.brand));
  // "TSBank", "AlatauGasTransit", "MoravaExpres": one word with capitals inside is a company's or
  // a body's coined name; surnames with inner capitals open with a particle ("McDonald", "DeSantis").
  if (own.length === 1 && c.first === c.last && INNER_CAPITALS.test(own[0].text) && !SURNAME_PARTICLE_CAPS.test(own[0].text)) out.push(ev('ORG', 2, CUE.innerCapitals));
  // "the Czech Red Cross", "the Turkish Red Crescent": the movement's national societies.
  if (own.length >= 2 && own[own.length - 2].lower === 'red' && (last === 'cross' || last === 'crescent')) out.push(ev('ORG', 4, CUE.orgSuffix));
  // "South Moravia", "West Java", "Upper Silesia": a compass word before an unknown name makes a region.
  if (own.length === 2 && !kind && REGION_MODIFIERS.has(own[0].lower)) out.push(ev('LOC', 1.5, CUE.placeNoun));
  // "University Hospital Brno", "Teaching Hospital Olomouc": a body's head word, then its town.
  if (own.length >= 3 && !kind && ORG_SUFFIXES.has(bare(own[own.length - 2])) && !ORG_SUFFIXES.has(last) && !LEGAL_SUFFIXES.has(last)) out.push(ev('ORG', 2.5, CUE.orgSuffix));
  // "Church of St. Wenceslas", "St Mary's Cathedral": a saint's church is a building; "the Catholic
  // Church" is a body.
  const spanLower = words.slice(c.first, c.last + 1).map((w) => bare(w));
  if (spanLower.some((w) => SAINTS.has(w)) && spanLower.some((w) => WORSHIP_BUILDINGS.has(w))) out.push(ev('FAC', 4, CUE.facility));
  // ("Charles Nicolle Hospital", "Charles de Gaulle Airport", "the Charles Nicolle hospital": a
  // place or a body named after a person.)
  const after = words[c.last + 1];
  const kindAfter = after !== undefined && !after.cap && plainGap(after.gap) && NAMED_AFTER_PEOPLE.has(after.lower);
  const orgLast = isOrgSuffixWord(words[c.last]);
  const namedAfterPerson = (own.length >= 3 && (orgLast || FACILITY_SUFFIXES.has(last))) || (own.length >= 2 && (kindAfter || NAMED_PLACE_HEADS.has(last)));
  if (kindAfter && own.length >= 2) out.push(ev('FAC', 1.5, CUE.facility));
  if (own.length >= 2 && FIRST_NAMES.has(own[0].lower) && !kind && !namedAfterPerson) out.push(ev('PERSON', 3, CUE.givenName));
  else if (own.length === 1 && FIRST_NAMES.has(own[0].lower)) out.push(ev('PERSON', 0.5, CUE.givenName));
  if (own.length >= 3 && own.slice(1, -1).some((w) => INITIAL_LETTER.test(w.text))) out.push(ev('PERSON', 1, CUE.givenName));
  // "T. Bekmuhambetov": a given name cut to its initial before a surname names a person, even where
  // a body's noun stands before it ("the chairman of the bank T. Bekmuhambetov").
  if (own.length === 2 && INITIAL_LETTER.test(own[0].text) && /^\p{Lu}\p{Ll}{2,}$/u.test(own[1].text) && !kind) out.push(ev('PERSON', 3.5, CUE.givenName));
  // "Xiao-Yan L.", "Markus H.": a surname cut to its initial, as papers name suspects and minors.
  if (own.length === 2 && /^\p{Lu}$/u.test(own[1].text) && /^\p{Lu}\p{Ll}/u.test(own[0].text) && !kind && !ORG_SUFFIXES.has(bare(own[0])) && !FACILITY_SUFFIXES.has(bare(own[0]))) {
    out.push(ev('PERSON', 2, CUE.givenName));
  }
  // "FC Lindholm", "Real Castrillo", "Ministerio de Salud": a club's or a foreign organisation's first word.
  const head = own.length > 0 ? bare(own[0]) : '';
  if (own.length >= 2 && !kind && (CLUB_PREFIXES.has(head) || FOREIGN_ORG_HEADS.has(head))) out.push(ev('ORG', 3.5, CUE.orgSuffix));
  // "Jandarmeria", "Carabinieri": a foreign body named by its head word alone.
  else if (own.length === 1 && c.first === c.last && !kind && FOREIGN_ORG_HEADS.has(head) && !GENERIC_ORG_NOUNS.has(head)) out.push(ev('ORG', 2, CUE.orgSuffix));
  // "Uniți pentru Demnitate": a connector that only bodies' names hold.
  if (words.slice(c.first + 1, c.last).some((w) => !w.cap && FOREIGN_ORG_CONNECTORS.has(w.lower))) out.push(ev('ORG', 3, CUE.orgSuffix));
  if (LEGAL_SUFFIXES.has(last) && own.length >= 2 && writtenAsLegalForm(own[own.length - 1].text)) out.push(ev('ORG', 4, CUE.legalSuffix));
  // "Alcântara Launch Centre", "Kennedy Space Center": a site, though "centre" ends bodies' names too.
  else if (own.length >= 3 && SITE_CENTRES.has(bare(own[own.length - 2])) && (last === 'centre' || last === 'center')) out.push(ev('FAC', 3.5, CUE.facility));
  else if (orgLast) out.push(ev('ORG', own.length >= 2 ? 3 : 1.5, CUE.orgSuffix));
  else if (ORG_TYPE_SUFFIXES.has(last) && own.length >= 2) out.push(ev('ORG', 2, CUE.orgSuffix));
  // "Vltava Auction House", "Ariadna Publishing House": a trade's house is a firm (the "White House" is not).
  else if (last === 'house' && own.length >= 3 && TRADE_HOUSES.has(bare(own[own.length - 2]))) out.push(ev('ORG', 3, CUE.orgSuffix));
  else if (FACILITY_SUFFIXES.has(last) && own.length >= 2) out.push(ev('FAC', 3, CUE.facility));
  else if (own.length >= 2 && FACILITY_HEADS.has(bare(own[0])) && !kind) out.push(ev('FAC', 3, CUE.facility));
  else if (PLACE_SUFFIXES.has(last) && own.length >= 2) out.push(ev('LOC', 3, CUE.placeNoun));
  else if (FOREIGN_COMPASS_SUFFIXES.has(last) && own.length >= 2) out.push(ev('GPE', 3, CUE.placeNoun));
  // "Kestrel Nature Reserve", "Farne Marine Reserve" (not "Federal Reserve", a bank).
  else if (last === 'reserve' && own.length >= 3 && RESERVE_KINDS.has(bare(own[own.length - 2]))) out.push(ev('LOC', 3, CUE.placeNoun));
  // "Mount Etna", "Lake Como", "Cape Horn": a natural feature.
  else if (own.length >= 2 && LANDFORM_HEADS.has(bare(own[0])) && !kind) out.push(ev('LOC', 3, CUE.placeNoun));
  // "AirNav Indonesia", "Garuda Indonesia", "Air India": a company's name often ends in its country's
  // ("West Timor", "Mainland China" are places: a compass word or a modifier opens them).
  else if (endsInCountry(words, c, own) && !kind) out.push(ev('ORG', 3, CUE.orgSuffix));
  // "Ministry of Culture", "Bank of England": the head before "of" says what the name is;
  // "Centre for Volcanology and ...": a body's head before "for" too.
  const ofAt = words.slice(c.first, c.last + 1).findIndex((w) => w.lower === 'of' || w.lower === 'for');
  if (ofAt > 0 && !kind && words[c.first + ofAt].lower === 'for') {
    if (FOR_HEADS.has(bare(words[c.first + ofAt - 1]))) out.push(ev('ORG', 3, CUE.orgSuffix));
  } else if (ofAt > 0 && !kind) {
    const head = bare(words[c.first + ofAt - 1]);
    if (ORG_SUFFIXES.has(head)) out.push(ev('ORG', 3, CUE.orgSuffix));
    else if (FACILITY_SUFFIXES.has(head)) out.push(ev('FAC', 3, CUE.facility));
    else if (PLACE_SUFFIXES.has(head) || PLACE_NOUNS_BEFORE_OF.has(head)) out.push(ev('GPE', 3, CUE.placeNoun));
    else if (OF_HEADS.has(head)) out.push(ev('ORG', 1.5, CUE.orgSuffix));
  }
  // "The Lancet", "The Guardian": a name that keeps its article inside a sentence is a title or an
  // organisation ("The Hague" is in the place lexicon).
  if (own.length >= 2 && own[0].lower === 'the' && !own[0].initial && !kind) out.push(ev('ORG', 2, CUE.orgSuffix));
  // "Błękitni Toruń", "Dynamo Kyiv": a word and then a known city is a club's or a firm's name
  // (a given name first is a person's: "Jack London"; a compass word a district's: "Central London").
  const lastPlace = own.length === 2 && c.last === c.first + 1 && !kind ? placeKind(own[1].text) : undefined;
  const first = bare(own[0]);
  if (lastPlace === 'city' && !FIRST_NAMES.has(first) && !PLACE_MODIFIERS.has(first) && !PLACE_FIRST_WORDS.has(first) && !LANDFORM_HEADS.has(first) && !placeKind(own[0].text)) {
    out.push(ev('ORG', 1.5, CUE.orgSuffix));
  }
  // "Police Scotland", "NHS Shetland": a body's head word or a body's acronym, then a known place,
  // is that place's body ("OHASHI Daisuke", "B.S. Nagaraj" and "RPC Mfinanga" name people).
  const placeAfter = own.length === 2 && c.last === c.first + 1 && !kind ? placeKind(own[1].text) !== undefined : false;
  if (placeAfter && (ORG_SUFFIXES.has(first) || /^\p{Lu}{3,4}$/u.test(own[0].text))) out.push(ev('ORG', 3, CUE.orgSuffix));
  // "Orlando City", "Atlantic Skyways": a name that starts with a place is an organisation's.
  if (own.length >= 2 && !kind && placeKind(own[0].text) && !FIRST_NAMES.has(own[0].lower)) out.push(ev('ORG', 1, CUE.orgSuffix));
  // "Social Democrats", "Young Republicans": a group's name, not a person's.
  if (own.length >= 2 && own[own.length - 1].text.endsWith('s') && isDemonym(own[own.length - 1].text)) out.push(ev('ORG', 2, CUE.orgSuffix));
  // "MV Kestrel", "HMS Dauntless": a ship's prefix.
  if (own.length >= 2 && VESSEL_PREFIXES.has(own[0].lower)) out.push(ev('PRODUCT', 3, CUE.vessel));
  if (own.length === 1 && own[0].acronym && !kind) out.push(ev('ORG', 1.5, CUE.acronym));
  if (c.text.includes('&')) out.push(ev('ORG', 2, CUE.orgSuffix));
  if (out.length === 0) out.push(ev('PERSON', own.length >= 2 ? 0.3 : 0.2, CUE.default));
  return out;
}

/** First words of places' own names ("Port Klang", "Fort William", "San Pedro", "Nowy Targ"), beside the landform heads. */
const PLACE_FIRST_WORDS = new Set([
  'port', 'fort', 'st', 'saint', 'san', 'santa', 'santo', 'sao', 'são', 'el', 'la', 'le', 'los', 'las', 'bad',
  'ciudad', 'puerto', 'porto', 'villa', 'vila', 'nueva', 'novo', 'nova', 'novi', 'nowy', 'nowa', 'stary', 'stara', 'velika', 'veliki',
  'mala', 'mali', 'bandar', 'kota', 'ras', 'sidi', 'ban',
  // Slavic places named by a colour or a position: "Crni Bor", "Bela Crkva", "Gornji Grad", "Horní Planá".
  'crni', 'crna', 'crno', 'beli', 'bela', 'belo', 'bijeli', 'bijela', 'bijelo', 'cerny', 'cerna', 'cerne', 'bily', 'bila', 'bile', 'zeleni',
  'zelena', 'gornji', 'gornja', 'gornje', 'donji', 'donja', 'donje', 'dolni', 'horni', 'velke', 'male', 'stari', 'staro',
]);

/** Words for a saint in a church's name, dots dropped. */
const SAINTS = new Set(['st', 'saint', 'san', 'santa', 'santo', 'sao', 'são', 'sv', 'sveti', 'sveta', 'svaty', 'svatý', 'sankt', 'ste', 'sainte']);
/** Buildings of worship named after saints. */
const WORSHIP_BUILDINGS = new Set(['church', 'cathedral', 'chapel', 'basilica', 'abbey', 'monastery', 'kirche', 'iglesia', 'igreja', 'chiesa', 'kostel', 'kościół', 'crkva']);

/** Nouns that say what kind of facility the noun after them is ("mountain hut", "border crossing", "power plant"). */
const FACILITY_KINDS = new Set(['mountain', 'ski', 'alpine', 'border', 'railway', 'rail', 'bus', 'ferry', 'police', 'fire', 'power', 'nuclear', 'coal', 'gas', 'military', 'naval', 'army', 'football', 'sports']);

/** Words before "House" that make it a firm: "Auction House", "Publishing House". */
const TRADE_HOUSES = new Set(['auction', 'auctions', 'publishing', 'fashion', 'trading', 'design', 'software', 'record', 'records', 'media', 'production', 'investment', 'brokerage', 'clearing']);

/** Words before "Reserve" that make it a protected area. */
const RESERVE_KINDS = new Set(['nature', 'wildlife', 'game', 'marine', 'biosphere', 'forest', 'national']);

/** Compass words and their like that open a region's name ("South Moravia", "Upper Silesia"). */
const REGION_MODIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'inner', 'outer']);

/** Words that open a place's name before a country's ("Mainland China", "Greater Mongolia", "Northern Cyprus"). */
const PLACE_MODIFIERS = new Set([
  ...REGION_MODIFIERS,
  'mainland', 'greater', 'new', 'old', 'great', 'little', 'rural', 'coastal', 'metropolitan', 'continental', 'republic', 'democratic',
  'federal', 'royal', 'imperial', 'independent', 'occupied', 'free', 'all', 'whole', 'modern', 'ancient', 'colonial', 'post-war',
]);

/**
 * True for a name of two or more capitalised words whose last word is a country and whose first
 * is neither a given name, a place modifier nor a nationality: a company or a body named for its
 * country ("AirNav Indonesia", "Telkom Indonesia").
 */
function endsInCountry(words: readonly Word[], c: Candidate, own: readonly Word[]): boolean {
  if (own.length < 2 || own.length !== c.last - c.first + 1) return false;
  const first = own[0];
  if (FIRST_NAMES.has(first.lower) || PLACE_MODIFIERS.has(first.lower) || isDemonym(first.text) || placeOrCountryKind(first.text)) return false;
  return placeOrCountryKind(words[c.last].text) === 'country' && !own.some((w) => w.possessive);
}

/** Kinds of place or body often named after a person, written in lower case after the name ("the Charles Nicolle hospital"). */
const NAMED_AFTER_PEOPLE = new Set([
  'hospital', 'clinic', 'airport', 'stadium', 'school', 'university', 'college', 'museum', 'library', 'institute', 'foundation',
  // "Chile's Eduardo Frei base", "the Comandante Ferraz station", "the Vasco da Gama bridge".
  'base', 'station', 'bridge', 'square', 'avenue', 'theatre', 'theater', 'arena',
]);

/** Role words that relate a body to another as well as a person to one ("partner", "rival"). */
const RELATIONS_OF_COMPANIES = new Set(['partner', 'partners', 'rival', 'rivals', 'competitor', 'ally', 'parent', 'subsidiary', 'affiliate']);

/**
 * The title or role written right before a person's name, extended to the left over modifiers,
 * nationalities and names ("former U.S. President", "Pentagon foreign policy aide",
 * "Doe’s son-in-law"). `from` is the index of the first word already known to be part of the title (a
 * title written in capitals inside the name's run), or the name's first word.
 */
export function titleBefore(words: readonly Word[], from: number, nameFirst: number): { start: number; end: number } | undefined {
  let k = from;
  const inRun = from < nameFirst;
  // An acronym is an organisation, not a person with a title ("Chinese rival BYD").
  if (words[nameFirst].acronym && !inRun) return undefined;
  // The word right before the name (or the in-run title) must be a role word for a lower-case title.
  if (!inRun) {
    const prev = before(words, from);
    if (!prev || prev.cap || !ROLE_WORDS.has(prev.lower)) return undefined;
    k = from - 1;
  }
  let unknown = 0;
  while (k > 0) {
    const prev = before(words, k);
    if (!prev) break;
    const l = prev.lower;
    if (DETERMINERS.has(l)) break;
    if (ROLE_WORDS.has(l) || TITLE_MODIFIERS.has(l) || prev.cap) {
      k--;
      continue;
    }
    if (l === 'of' && ROLE_WORDS.has(words[k].lower) && k - 2 >= 0 && ROLE_WORDS.has(words[k - 2]?.lower ?? '') && plainGap(prev.gap)) {
      k--;
      continue;
    }
    // Up to two other nouns or adjectives inside the title ("foreign policy aide"), when the title
    // goes on before them.
    const further = before(words, k - 1);
    if ((prev.pos === 'NOUN' || prev.pos === 'ADJ') && unknown < 2 && further && (ROLE_WORDS.has(further.lower) || TITLE_MODIFIERS.has(further.lower) || further.cap)) {
      unknown++;
      k--;
      continue;
    }
    break;
  }
  // "its Portuguese partner Lusovento", "its rival Kelvane": a company's partner or rival is a company.
  if (!inRun && RELATIONS_OF_COMPANIES.has(words[from - 1].lower) && before(words, k)?.lower === 'its') return undefined;
  // Do not start a title with a function word or an unknown lower-case word.
  while (k < nameFirst && !words[k].cap && !ROLE_WORDS.has(words[k].lower) && !TITLE_MODIFIERS.has(words[k].lower)) k++;
  if (k >= nameFirst) return undefined;
  return { start: words[k].start, end: words[nameFirst - 1].end };
}

const GLOSS_CONNECTORS: ReadonlySet<string> = new Set(['for', 'of', 'and']);

/**
 * "Uniți pentru Demnitate (United for Dignity)": a name in brackets right after a name, joined by
 * "for", "of" or "and", is an English gloss of a body (people's names hold no such connector).
 */
export function isBracketGloss(words: readonly Word[], c: Candidate): boolean {
  if (!/\(\s*$/u.test(words[c.first].gap) || c.first === 0 || !words[c.first - 1].cap) return false;
  return isBodyGloss(words, c.first, c.last);
}

/**
 * Words `first`..`last` read as the English gloss of a body: joined by "for", "of" or "and"
 * ("United for Dignity"), or ending in a word that names a party or a movement ("Green Left",
 * "Renewal Alliance", "Sovereign Movement").
 */
function isBodyGloss(words: readonly Word[], first: number, last: number): boolean {
  return words.slice(first + 1, last).some((w) => !w.cap && GLOSS_CONNECTORS.has(w.lower)) || (last > first && PARTY_GLOSS_HEADS.has(words[last].lower));
}

/** "Sojusz Odnowy (Renewal Alliance)": a name followed by the bracketed English gloss of a body (isBodyGloss). */
function glossedBody(words: readonly Word[], c: Candidate): boolean {
  const first = c.last + 1;
  if (!words[first] || !/\(\s*$/u.test(words[first].gap) || !words[first].cap) return false;
  let last = first;
  while (words[last + 1] && plainGap(words[last + 1].gap) && words[last + 1].cap) last++;
  const close = words[last + 1];
  if (close && !/^\s*\)/u.test(close.gap)) return false;
  return isBodyGloss(words, first, last);
}

/**
 * Political leanings that go before a party's name ("the conservative Sojusz Odnowy", "whose
 * centrist Nowa Wspólnota"); before a person's name they are rarer, and a given name outweighs them.
 */
const LEANINGS: ReadonlySet<string> = new Set([
  'conservative', 'centrist', 'nationalist', 'liberal', 'socialist', 'populist', 'far-right', 'far-left', 'right-wing', 'left-wing',
  'centre-right', 'center-right', 'centre-left', 'center-left', 'agrarian', 'ultranationalist', 'eurosceptic', 'communist', 'separatist',
]);

/** Evidence from the words around the candidate. */
export function contextCues(words: readonly Word[], c: Candidate): TypeEvidence[] {
  const out: TypeEvidence[] = [];
  const prev = before(words, c.first);
  const prev2 = prev ? before(words, c.first - 1) : undefined;
  // In "the Benson team" the article belongs to the noun after the name, not to the name.
  const nounAfter = words[c.last + 1] && plainGap(words[c.last + 1].gap) && !words[c.last + 1].cap && words[c.last + 1].pos === 'NOUN';
  const theBefore = (c.theDropped || prev?.lower === 'the') && !nounAfter;
  const single = c.first === c.last;
  const lastWord = words[c.last];
  if (theBefore) out.push(ev('ORG', 0.8, CUE.the));
  // "its Portuguese partner Lusovento", "its rival Kelvane": a company's partner or rival.
  if (prev && !prev.cap && RELATIONS_OF_COMPANIES.has(prev.lower) && words.slice(Math.max(0, c.first - 4), c.first - 1).some((w) => w.lower === 'its')) {
    out.push(ev('ORG', 2, CUE.orgNoun));
  }
  // "the Acme jet", "the Doe administration": names after "the" that qualify a noun are mostly
  // organisations (a person's name there is outweighed by its other mentions).
  else if (nounAfter && (c.theDropped || prev?.lower === 'the')) out.push(ev('ORG', 0.8, CUE.the));
  // Nouns that introduce the name: "state nuclear firm X", "the city of X", "the capital X".
  // A capitalised preposition opening the sentence ("In Frankfurt, ...") counts too.
  const prevWord = prev && (!prev.cap || (prev.initial && FUNCTION_WORD_PREPOSITIONS.has(prev.lower))) ? prev : undefined;
  if (prevWord) {
    // ("the private networks TVN and Polsat": the plural names several.)
    if (ORG_NOUNS.has(prev!.lower) || (prev!.lower.endsWith('s') && ORG_NOUNS.has(prev!.lower.slice(0, -1)))) out.push(ev('ORG', 3, CUE.orgNoun));
    const l = prevWord.lower;
    // "the mayor of X" too: only towns and cities have mayors.
    if (l === 'of' && prev2 && (PLACE_NOUNS_BEFORE_OF.has(prev2.lower) || MAYOR_TITLES.has(prev2.lower))) out.push(ev('GPE', 3, CUE.placeNoun));
    // "the people of X", "residents of X": a place, whatever the lexicon knows of it.
    if (l === 'of' && prev2 && !prev2.cap && PEOPLE_OF.has(prev2.lower)) out.push(ev('GPE', 2.5, CUE.placeNoun));
    // ("the city's Civil Defence" is the city's body, not the city.)
    if (['capital', 'city', 'town', 'village', 'port', 'region', 'province'].includes(l) && !prevWord.possessive) out.push(ev('GPE', 2, CUE.placeNoun));
    // "Shares in X", "a stake in X": only organisations (no place preposition then).
    const holding = (l === 'in' || l === 'of') && prev2 && (!prev2.cap || prev2.initial) && ORG_HOLDING_NOUNS.has(prev2.lower);
    if (holding) out.push(ev('ORG', 2, CUE.orgProperty));
    else if (STRONG_PLACE_PREPOSITIONS.has(l)) out.push(ev('GPE', 1.5, CUE.preposition));
    // "a wind farm off Figueira da Foz" (not "held off Sindre Haugland": a verb's particle).
    else if (l === 'off' && prev2 && !prev2.cap && prev2.pos !== 'VERB' && prev2.pos !== 'AUX') out.push(ev('GPE', 1.5, CUE.preposition));
    // "According to X", "told to X" name a source or an addressee: a body or an outlet more often
    // than not (a person's given name outweighs this); "thanks to X", "due to X" a cause; none of
    // them a destination.
    else if (l === 'to' && prev2 && SOURCE_BEFORE_TO.has(prev2.lower)) out.push(ev('ORG', 0.4, CUE.orgNoun));
    else if (WEAK_PLACE_PREPOSITIONS.has(l) && !(l === 'to' && prev2 && NOT_DESTINATION_BEFORE_TO.has(prev2.lower))) out.push(ev('GPE', 0.6, CUE.preposition));
  }
  if (prev?.lower === 'the' && prev2 && (STRONG_PLACE_PREPOSITIONS.has(prev2.lower) || prev2.lower === 'at')) out.push(ev('FAC', 0.6, CUE.preposition));
  // "a criminal group calling itself X", "a gang known as X": the name of a group.
  if (groupNamedBefore(words, c.first)) out.push(ev('ORG', 2.5, CUE.orgNoun));
  // "a jet operated by X": only organisations operate, charter or insure.
  if (prev && !prev.cap && prev2 && !prev2.cap && prev.lower === 'by' && ORG_AGENT_VERBS.has(prev2.lower)) out.push(ev('ORG', 1.5, CUE.orgProperty));
  // "Airbus A320", "the Acme Air ATR 72": the maker of a model.
  const model = after(words, c.last);
  if (c.maker || (model && model.code)) out.push(ev('ORG', 1.5, CUE.maker));
  if (lastWord.hyphenTail === 'based' || lastWord.hyphenTail === 'born') out.push(ev('GPE', 2, CUE.placeNoun));
  // "the tanker Sea Wren", "the bulk carrier Sea Wren": a vessel's name.
  if (prev && !prev.cap && isVesselNoun(words, c.first - 1)) out.push(ev('PRODUCT', 3, CUE.vessel));
  // "the Liberian-flagged Sea Wren" names a vessel; "Oslo-based Acme Shipping" an organisation.
  if (prev?.hyphenTail && FLAG_TAILS.has(prev.hyphenTail)) out.push(ev('PRODUCT', 3, CUE.vessel));
  else if (prev?.hyphenTail && SEAT_TAILS.has(prev.hyphenTail)) out.push(ev('ORG', 1.5, CUE.orgNoun));
  // Words after the name.
  if (!lastWord.possessive) {
    const n1 = after(words, c.last);
    const n2 = n1 ? after(words, c.last + 1) : undefined;
    if (n1 && !n1.cap) {
      if (PLACE_NOUNS_AFTER.has(n1.lower)) out.push(ev('LOC', 2.5, CUE.placeNoun));
      if (ADMIN_NOUNS_AFTER.has(n1.lower)) out.push(ev('GPE', 2.5, CUE.placeNoun));
      if (FACILITY_NOUNS_AFTER.has(n1.lower)) out.push(ev('FAC', 3, CUE.facility));
      // "the Crni Bor mountain hut", "the Vrsac border crossing": a kind of facility, then the facility.
      else if (n2 && !n2.cap && FACILITY_KINDS.has(n1.lower) && FACILITY_NOUNS_AFTER.has(n2.lower)) out.push(ev('FAC', 2.5, CUE.facility));
      if (ORG_HOLDING_NOUNS.has(n1.lower) && n1.pos === 'NOUN') out.push(ev('ORG', 1.5, CUE.orgProperty));
      if (ORG_NOUNS.has(n1.lower) || (n2 && !n2.cap && ORG_NOUNS.has(n2.lower) && (n1.pos === 'NOUN' || n1.pos === 'ADJ'))) {
        // Weaker than a noun before the name: people's names modify nouns too ("the Doe campaign").
        out.push(ev('ORG', 1.5, CUE.orgNoun));
      }
      // "Acme staff", "Red Cross delegates" (not "Jane Doe staff": a given name opens a person's name).
      if (ORG_MEMBER_NOUNS.has(n1.lower) && !FIRST_NAMES.has(lastWord.lower) && (single || !FIRST_NAMES.has(words[c.first].lower))) out.push(ev('ORG', 0.8, CUE.members));
      // "Quang Ninh Phoenix players celebrate", "Westbury fans": a club's squad or following (a
      // person has fans too, so not after a given name).
      else if (SQUAD_NOUNS.has(n1.lower) && !FIRST_NAMES.has(words[c.first].lower) && !FIRST_NAMES.has(lastWord.lower)) out.push(ev('ORG', 2, CUE.squad));
      // "Acme Airways chief executive Jane Doe": a name that qualifies a role is where the person works.
      else if (ROLE_WORDS.has(n1.lower) && !FIRST_NAMES.has(words[c.first].lower) && !ORG_MEMBER_NOUNS.has(n1.lower)) out.push(ev('ORG', 0.8, CUE.members));
      let k = c.last + 1;
      let fillers = 0;
      while (words[k] && plainGap(words[k].gap) && VERB_FILLERS.has(words[k].lower) && fillers < 2) {
        k++;
        fillers++;
      }
      const verb = words[k];
      if (verb && plainGap(verb.gap) && SPEECH_VERBS.has(verb.lower)) out.push(theBefore ? ev('ORG', 1.5, CUE.speech) : ev('PERSON', 1, CUE.speech));
      else if (theBefore && verb && plainGap(verb.gap) && (verb.pos === 'VERB' || verb.pos === 'AUX')) out.push(ev('ORG', 1, CUE.agentThe));
    }
  } else {
    const n1 = after(words, c.last);
    const n2 = n1 ? after(words, c.last + 1) : undefined;
    // "X's chief executive", "X's shareholders", "X's fleet": posts and property of an organisation.
    const orgPost = n1 && !n1.cap && (ORG_PROPERTY_NOUNS.has(n1.lower) || (n2 !== undefined && ORG_POSTS_TWO_WORDS.has(`${n1.lower} ${n2.lower}`)));
    if (orgPost) out.push(ev('ORG', 1, CUE.orgProperty));
    else if (n1 && !n1.cap && ROLE_WORDS.has(n1.lower)) out.push(ev('PERSON', 1, CUE.possessiveRole));
  }
  const appo = appositionCue(words, c.last);
  // "the president of Sabesp, the engineer Fábio Mori": the apposition names the president, not
  // the body the role is of.
  const roleOf = prev?.lower === 'of' && prev2 !== undefined && !prev2.cap && ROLE_WORDS.has(prev2.lower);
  if (appo && !(roleOf && appo.type === 'PERSON')) out.push(appo);
  if (isBracketGloss(words, c)) out.push(ev('ORG', 1.5, CUE.orgNoun));
  if (glossedBody(words, c)) out.push(ev('ORG', 2, CUE.orgNoun));
  if (prev && !prev.cap && LEANINGS.has(prev.lower)) out.push(ev('ORG', 2, CUE.orgNoun));
  if (sideOfFixture(words, c)) out.push(ev('ORG', 2.5, CUE.orgNoun));
  // "neighbouring Nyakora", "Downstream Nyakora, which ...", "its neighbour Nyakora": a country beside another.
  if (prev && PLACE_DESCRIBERS.has(prev.lower)) out.push(ev('GPE', 2, CUE.placeNoun));
  if (prev && NEIGHBOURS.has(prev.lower) && prev2?.lower === 'its') out.push(ev('GPE', 3.5, CUE.placeNoun));
  // "President Rose-Marie Atangana-Ebo of Bélimé": the country a head of state named before it leads.
  if (prev?.lower === 'of' && headOfStateBefore(words, c.first - 1)) out.push(ev('GPE', 2, CUE.placeNoun));
  // "Nyakora's Deputy Foreign Minister", "Daroum's Defence Ministry": only a country has ministers.
  if (lastWord.possessive && ministerAfter(words, c.last)) out.push(ev('GPE', 2, CUE.placeNoun));
  return out;
}

const NEIGHBOURS = new Set(['neighbour', 'neighbor']);

/** True when a head of state's title and name end right before words[of] ("President Rose-Marie Atangana-Ebo of"). */
function headOfStateBefore(words: readonly Word[], of: number): boolean {
  let j = of - 1;
  let names = 0;
  while (j >= 0 && words[j].cap && plainGap(words[j + 1].gap) && names < 4 && !HEADS_OF_STATE.has(words[j].lower)) {
    j--;
    names++;
  }
  return names > 0 && j >= 0 && HEADS_OF_STATE.has(words[j].lower) && words[j].cap;
}

const HEADS_OF_STATE = new Set(['president', 'king', 'queen', 'emir', 'sultan', 'premier']);

/** True when a government's office follows the possessive name at words[k]: "X's (Deputy) (Foreign) Minister", "X's Ministry of ...". */
function ministerAfter(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j <= k + 4 && words[j] && words[j].cap && plainGap(words[j].gap); j++) {
    if (/^(?:minister|ministry|ambassador|embassy|parliament)$/u.test(words[j].lower)) return true;
  }
  return false;
}

/** True when words[k] is a lower-case noun for a vessel ("tanker", "bulk carrier"; not an airline's "carrier"). */
function isVesselNoun(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.cap) return false;
  if (VESSEL_NOUNS.has(w.lower)) return true;
  return w.lower === 'carrier' && k > 0 && CARRIER_KINDS.has(words[k - 1].lower);
}

/** Nouns for a sporting fixture between two sides. */
const FIXTURE_NOUNS = new Set(['match', 'game', 'final', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal', 'derby', 'fixture', 'clash', 'tie', 'friendly', 'play-off', 'playoff']);
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/**
 * True when the name is a side of a fixture: "a match between Unirea Târgu Albești and Progresul
 * Brăila", "the match of X with Y", "X's cup quarter-final against Y", "X v Y". (A player's given
 * name outweighs this: "the final between Ana Ruiz and Mia Holt" names two players.)
 */
function sideOfFixture(words: readonly Word[], c: Candidate): boolean {
  const lower = (k: number) => (k >= 0 && k < words.length && !words[k].cap ? words[k].lower : '');
  const prev = lower(c.first - 1);
  if (VERSUS.has(words[c.first - 1]?.lower ?? '') || VERSUS.has(words[c.last + 1]?.lower ?? '')) return true;
  if ((prev === 'between' || prev === 'of') && FIXTURE_NOUNS.has(lower(c.first - 2))) return true;
  if (prev === 'and' || prev === 'with' || prev === 'against') {
    // Back over the other side's name to the fixture word: "match between X and", "quarter-final against".
    let k = c.first - 2;
    while (k >= 0 && words[k].cap) k--;
    if (k < c.first - 2 && (lower(k) === 'between' || lower(k) === 'of') && FIXTURE_NOUNS.has(lower(k - 1))) return true;
    if (prev === 'against' && FIXTURE_NOUNS.has(lower(c.first - 2))) return true;
  }
  return false;
}

/** Nouns for groups that name themselves ("a group calling itself X"). */
const GROUP_NOUNS = new Set(['group', 'groups', 'gang', 'gangs', 'organisation', 'organization', 'network', 'movement', 'militia', 'outfit', 'collective', 'crew', 'cartel', 'faction', 'cell']);

/** True when "group calling itself", "gang known as", "a militia named" comes right before words[first]. */
function groupNamedBefore(words: readonly Word[], first: number): boolean {
  const w = (k: number) => (k >= 0 && !words[k].cap ? words[k].lower : '');
  const a = w(first - 1);
  const b = w(first - 2);
  const c = w(first - 3);
  if ((a === 'itself' || a === 'themselves') && b === 'calling') return GROUP_NOUNS.has(c);
  if (a === 'as' && b === 'known') return GROUP_NOUNS.has(c);
  if (a === 'named' || a === 'called' || a === 'dubbed') return GROUP_NOUNS.has(b);
  return false;
}

/** "X, a veteran diplomat", "X, a logistics hub", "X, the state firm", "X, who". */
function appositionCue(words: readonly Word[], last: number): TypeEvidence | undefined {
  const comma = words[last + 1];
  if (!comma || !/^\s*,\s*$/u.test(comma.gap) || words[last].possessive) return undefined;
  if (comma.lower === 'who') return ev('PERSON', 1.5, CUE.apposition);
  for (let k = last + 1; k < Math.min(words.length, last + 7); k++) {
    const w = words[k];
    if (k > last + 1 && !plainGap(w.gap)) return undefined;
    // "X, the foreign ministry's special representative": the head comes after the possessive.
    if (w.possessive && !w.cap) continue;
    if (w.cap && !w.possessive) {
      if (k === last + 1) return undefined; // a list: "Britain, Germany"
      continue; // "Doe’s special envoy", "the Irish Times"
    }
    if (isVesselNoun(words, k)) return ev('PRODUCT', 2, CUE.apposition);
    if (ROLE_WORDS.has(w.lower)) return ev('PERSON', 1.5, CUE.apposition);
    // "X, the district chief medical officer", "X, the state firm": a noun before another noun
    // only describes the head that follows.
    // (An adjective after the noun may also follow it: "a resort popular with", so an adjective
    // continues the phrase only when a noun or another adjective comes after it.)
    const next = words[k + 1];
    const nounLike = (x: Word | undefined) => x !== undefined && plainGap(x.gap) && !x.cap && (x.pos === 'NOUN' || x.pos === 'ADJ');
    if (nounLike(next) && (next!.pos === 'NOUN' || nounLike(words[k + 2]))) continue;
    if (PLACE_APPOSITION_NOUNS.has(w.lower)) return ev('GPE', 2, CUE.apposition);
    if (ORG_NOUNS.has(w.lower)) return ev('ORG', 2, CUE.apposition);
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADP' || w.pos === 'PRON' || w.pos === 'CCONJ' || w.pos === 'SCONJ') return undefined;
  }
  return undefined;
}
