/**
 * Titles and roles of people as written before their names ("former U.S. President Harold Benson",
 * "Harbour Authority aide Lena Marsh", "Foreign Minister Ana Costa"), normalised so that synonyms agree
 * ("aide" = "adviser" = "senior advisor"; "special envoy" = "Special Presidential Envoy") and
 * the status ("former", "acting") is kept apart from the role.
 */
import { FIRST_NAMES } from '../lexicon/firstNames';
import { foldName } from '../lexicon/fold';
import { koreanSurname } from '../lexicon/koreanSurnames';
import { countryKey } from './countries';

/** A title found before a person's name. Offsets are relative to the text searched. */
export interface PersonTitle {
  /** Span of the whole phrase, title and name ("former U.S. President Harold Benson"). */
  start: number;
  end: number;
  /** The title words as written ("former U.S. President"). */
  title: string;
  /** The name as written ("Harold Benson"). */
  name: string;
  nameStart: number;
  /** Canonical role ("president", "adviser", "minister"). */
  role: string;
  /**
   * Portfolio of a minister or secretary ("foreign", "defense"), when written; several joined by
   * "+" in alphabetical order when the title names several ("Minister of Foreign Affairs and
   * Trade" -> "foreign+trade").
   */
  portfolio?: string;
  /** "former" for former/ex-/onetime, "historical" for then-/late, otherwise "current". */
  status: 'current' | 'former' | 'historical';
  /** The country the title names ("U.S. President" -> "united-states"), when one does. */
  country?: string;
  /**
   * The body the title names, as written: "Minerals Commission" ("chief executive of the Minerals
   * Commission"), "union" ("the union's president"), "Thalassa Air" ("Thalassa Air chief executive").
   * Roles of different bodies may be held together.
   */
  organisation?: string;
  /**
   * The body whose department the title heads, when it names one before the role: "Möllring's
   * head of quality assurance" heads the department "quality assurance" (the organisation) of
   * "Möllring"; "the company's director of operations" one of "company".
   */
  body?: string;
}

/** Role words (lower case, singular) and their canonical role. Longer phrases first when matching. */
const ROLES: Record<string, string> = {
  president: 'president', 'vice president': 'vice-president', 'vice-president': 'vice-president', 'president-elect': 'president-elect',
  'prime minister': 'prime-minister', premier: 'prime-minister', chancellor: 'chancellor', king: 'king', queen: 'queen', prince: 'prince',
  minister: 'minister', secretary: 'secretary', 'secretary of state': 'secretary', 'secretary-general': 'secretary-general',
  // A ministry's principal or permanent secretary is its senior civil servant, under the secretary
  // or minister who heads it (Kenya's "Principal Secretary for Health" under the "Health Cabinet
  // Secretary"; Britain's permanent secretaries): a junior post of the ministry, as a deputy's is.
  'principal secretary': 'deputy-secretary', 'permanent secretary': 'deputy-secretary',
  'secretary general': 'secretary-general', 'chief of staff': 'chief-of-staff', envoy: 'envoy', emissary: 'envoy', 'special representative': 'envoy',
  ambassador: 'ambassador', aide: 'adviser', adviser: 'adviser', advisor: 'adviser', counselor: 'adviser', counsellor: 'adviser',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson', 'press secretary': 'spokesperson', 'press officer': 'spokesperson',
  senator: 'senator', sen: 'senator', representative: 'representative', rep: 'representative', congressman: 'representative',
  congresswoman: 'representative', governor: 'governor', gov: 'governor', mayor: 'mayor', judge: 'judge', justice: 'judge',
  general: 'general', gen: 'general', colonel: 'colonel', major: 'major', admiral: 'admiral', commander: 'commander', brigadier: 'brigadier',
  // Officers are addressed by the rank's last word ("Colonel" for a lieutenant colonel, "General" for a major general).
  'brigadier general': 'general', 'major general': 'general', 'lieutenant general': 'general', 'lieutenant colonel': 'colonel',
  'rear admiral': 'admiral', 'vice admiral': 'admiral', 'chief executive': 'ceo', ceo: 'ceo',
  chairman: 'chair', chairwoman: 'chair', chair: 'chair', chairperson: 'chair', director: 'director', 'director-general': 'director',
  head: 'head', 'director general': 'director', leader: 'leader', speaker: 'speaker', prosecutor: 'prosecutor', 'attorney general': 'attorney-general',
  'police chief': 'police-chief', 'fire chief': 'fire-chief', coach: 'coach', captain: 'captain', pope: 'pope', archbishop: 'archbishop',
  manager: 'manager', 'head coach': 'coach', 'managing director': 'ceo', 'chief executive officer': 'ceo',
  'chief financial officer': 'cfo', cfo: 'cfo', 'finance chief': 'cfo', 'chief operating officer': 'coo', coo: 'coo',
  'chief scientific officer': 'cso', 'chief science officer': 'cso', 'chief commercial officer': 'chief-commercial-officer',
  'chief legal officer': 'chief-legal-officer',
  // A ship's officers.
  'chief engineer': 'chief-engineer', 'first officer': 'first-officer', 'first mate': 'first-officer',
  // Who runs a company's operations is its chief operating officer, whatever the title's words.
  // ("Director of operations" is read as the head of a department, with its body: isDepartment.)
  'operations director': 'coo', 'operations chief': 'coo',
  'chief technology officer': 'cto', cto: 'cto', 'chief medical officer': 'chief-medical-officer', 'chief information officer': 'cio', cio: 'cio',
  'chief information security officer': 'ciso', ciso: 'ciso', 'chief marketing officer': 'chief-marketing-officer', prefect: 'prefect', 'defence lawyer': 'defence-lawyer', 'defense lawyer': 'defence-lawyer',
  'defence attorney': 'defence-lawyer', 'defense attorney': 'defence-lawyer', 'defence counsel': 'defence-lawyer', 'defense counsel': 'defence-lawyer',
  'superintendent of police': 'police-superintendent', 'police superintendent': 'police-superintendent', 'deputy commissioner': 'deputy-commissioner',
  // India's district collector is its district magistrate: one officer, two names of the post.
  'district collector': 'district-magistrate', 'district magistrate': 'district-magistrate',
  'chief inspector': 'chief-inspector',
  // The civil servant who runs a district (South Asia, East Africa): one district at a time.
  'chief district officer': 'chief-district-officer', 'district commissioner': 'district-commissioner',
  // Kenya's national government in a county is its commissioner, not its elected governor.
  'county commissioner': 'county-commissioner', 'regional commissioner': 'regional-commissioner',
  // Diplomatic posts: the head of an embassy, of a consulate (a consul general heads a consulate
  // general, and news calls him "consul" too) and the head of an embassy without an ambassador.
  // Heads of a university, a faculty or a school.
  dean: 'dean', rector: 'rector', provost: 'provost', 'vice-chancellor': 'vice-chancellor', principal: 'principal', headmaster: 'principal',
  headmistress: 'principal', headteacher: 'principal', 'head teacher': 'principal',
  consul: 'consul', 'consul general': 'consul', 'consul-general': 'consul', "chargé d'affaires": 'charge-d-affaires',
  "charge d'affaires": 'charge-d-affaires', 'chargé d’affaires': 'charge-d-affaires', 'charge d’affaires': 'charge-d-affaires',
};

/** Diplomatic posts, whose title names the place of the post after "in" ("consul general in Madrid"). */
const POSTED_ROLES = new Set(['ambassador', 'consul', 'charge-d-affaires']);
/** The words that join a role to the body it names: "of", "for", "at", "to", and "in" after a diplomatic post. */
function joinsBody(word: Token | undefined, role: string): boolean {
  if (!word) return false;
  return /^(?:of|for|at|to)$/u.test(word.lower) || (word.lower === 'in' && POSTED_ROLES.has(role));
}

/** Words of a minister's or secretary's portfolio, with synonyms folded. */
const PORTFOLIOS: Record<string, string> = {
  foreign: 'foreign', 'foreign affairs': 'foreign', defense: 'defense', defence: 'defense', interior: 'interior', 'home': 'interior',
  finance: 'finance', finances: 'finance', treasury: 'finance', economy: 'economy', economic: 'economy', justice: 'justice', health: 'health',
  education: 'education', energy: 'energy', trade: 'trade', transport: 'transport', transports: 'transport', agriculture: 'agriculture', culture: 'culture',
  labour: 'labour', labor: 'labour', environment: 'environment', state: 'foreign', security: 'security',
  // A ministry of commerce is its country's trade ministry; "Labour and Employment" is one portfolio.
  commerce: 'trade', employment: 'labour', 'internal affairs': 'interior', 'home affairs': 'interior',
  industry: 'industry', tourism: 'tourism', sport: 'sport', sports: 'sport', 'regional development': 'regional-development',
  housing: 'housing', infrastructure: 'infrastructure', science: 'science', fisheries: 'fisheries', mining: 'mining', mines: 'mining',
  'public works': 'public-works', 'local government': 'local-government', 'social affairs': 'social-affairs', immigration: 'immigration',
  'state-owned enterprises': 'state-enterprises', 'state enterprises': 'state-enterprises', 'public enterprises': 'state-enterprises',
  investment: 'investment', planning: 'planning', communications: 'communications', water: 'water', forestry: 'forestry',
  oil: 'oil', petroleum: 'oil',
  // A ministry's executive secretary runs its administration: a post of its own beside the secretaries of its fields.
  executive: 'executive',
};
/**
 * The portfolio words as whole-word patterns, compiled once ("state" not in "State-Owned
 * Enterprises", which is a portfolio of its own).
 */
const PORTFOLIO_PATTERNS = Object.entries(PORTFOLIOS).map(([word, key]) => ({ pattern: new RegExp(String.raw`\b${word}\b${word === 'state' ? '(?![-\\s]owned)' : ''}`, 'iu'), key }));

/** Each word of the portfolios ("public" and "works" of "public works"). */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(Object.keys(PORTFOLIOS).flatMap((k) => k.split(/[\s-]+/u)));

/** True for a word that names a portfolio ("Foreign", "security", "Defence"). */
function isPortfolioWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(PORTFOLIOS, word.toLowerCase());
}

/** Modifiers that may stand inside a title without changing the role. */
const TITLE_FILLERS = new Set([
  'special', 'senior', 'chief', 'top', 'deputy', 'assistant', 'presidential', 'national', 'security', 'policy', 'foreign',
  'defense', 'defence', 'interior', 'finance', 'economic', 'economy', 'health', 'justice', 'trade', 'energy', 'education',
  'home', 'state', 'affairs', 'longtime', 'veteran', 'key', 'close', 'personal', 'political', 'military', 'press', 'lead',
  'acting', 'interim', 'incoming', 'outgoing', 'then', 'former', 'ex', 'onetime', 'erstwhile', 'late', 'u.s.', 'us', 'the',
  'transport', 'labour', 'labor', 'environment', 'agriculture', 'culture', 'executive', 'general',
  // Adjectives of whom an adviser serves: "former ministerial adviser" is still a former adviser.
  'ministerial', 'government', 'parliamentary', 'party', 'campaign', 'legal', 'media', 'communications', 'technical',
  'scientific', 'regional', 'municipal',
  // Kinds of post that are no career office ("honorary consul", "goodwill ambassador"): kept in
  // the title, so that the rules can tell them from the office itself.
  'honorary', 'goodwill',
]);

const ROLE_WORDS = Object.keys(ROLES).sort((a, b) => b.length - a.length);
const ROLE_RE = new RegExp(String.raw`\b(` + ROLE_WORDS.join('|') + String.raw`)\.?(?=\s)`, 'giu');
/** True for the roles that hold a ministry's portfolio: a minister, a secretary, and their juniors. */
function holdsPortfolio(role: string | undefined): boolean {
  return role !== undefined && /^(?:deputy-)?(?:minister|secretary)$/u.test(role);
}

/** A personal name after the role: one to three capitalised words, possibly with particles. */
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:de|da|van|von|der|al|bin|le|la)\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;
/** Words that look like names but are not ("President Benson's Return", "Minister of ..."). */
const NOT_NAMES = new Set(['of', 'The', 'And', 'For', 'On', 'In', 'At', 'Of', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * Every "title + name" phrase in `text`. The title is read backwards from the role word over
 * capitalised words ("U.S.", "Palace") and title modifiers ("senior", "special", "former"),
 * stopping at any other word, so "representatives of former U.S. President Harold Benson" gives
 * the title "former U.S. President".
 */
/**
 * True when the role word at `at` follows "of": "the promoter of justice Fábio Cordeiro", "Minister
 * of Justice Ana Ruiz" — it completes another title and is not one of its own.
 */
export function completesAnotherTitle(text: string, at: number): boolean {
  return /\bof\s+$/iu.test(text.slice(Math.max(0, at - 4), at));
}

export function findPersonTitles(text: string): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (const m of text.matchAll(ROLE_RE)) {
    const roleStart = m.index ?? 0;
    const roleEnd = roleStart + m[0].length;
    const roleWord = m[1].toLowerCase();
    const role = ROLES[roleWord.replace(/\.$/u, '')];
    if (completesAnotherTitle(text, roleStart)) continue;
    // "Minister for Regional Development Tomáš Vrbenský": the portfolio written after the role, then the name.
    const written = holdsPortfolio(role) ? portfolioAfterRole(text, roleEnd) : undefined;
    const nameFrom = written?.titleEnd ?? roleEnd;
    // Plural roles ("representatives of") and roles followed by "of" are not titles of one name.
    // "the minister for sport Mrs. Margaret Ellery": a courtesy title before the name is no part of it.
    const courtesy = courtesyLength(text.slice(nameFrom, nameFrom + 16));
    const name = NAME_AFTER.exec(text.slice(nameFrom + courtesy, nameFrom + courtesy + 80));
    if (!name) continue;
    let nameText = name[1].replace(/[’']s$/u, '').replace(/[.]$/u, '');
    const firstWord = nameText.split(/\s+/u)[0];
    if (NOT_NAMES.has(firstWord) || /^(?:U\.S\.|US|UK|EU)$/u.test(firstWord)) continue;
    // Drop trailing words that are clearly not part of a name.
    const words = nameText.split(/\s+/u);
    while (words.length > 1 && NOT_NAMES.has(words[words.length - 1])) words.pop();
    nameText = words.join(' ');
    const nameStart = nameFrom + courtesy + name[0].indexOf(name[1]);
    // Read the title backwards.
    let titleStart = roleStart;
    const before = text.slice(Math.max(0, roleStart - 80), roleStart);
    const tokens = [...before.matchAll(/[\p{L}\p{N}.’'-]+/gu)];
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i];
      const abs = Math.max(0, roleStart - 80) + (t.index ?? 0);
      const gap = text.slice(abs + t[0].length, titleStart);
      if (!/^\s*$/u.test(gap)) break;
      const w = t[0].replace(/[’']s$/u, '');
      const lower = w.toLowerCase().replace(/-$/u, '');
      const possessive = /[’']s$/u.test(t[0]);
      // "former public works minister": the words of a minister's portfolio, in lower case too.
      const portfolioWord = holdsPortfolio(role) && PORTFOLIO_WORDS.has(lower);
      if (TITLE_FILLERS.has(lower) || portfolioWord || (/^\p{Lu}/u.test(w) && !possessive && !/^(?:The|A|An|But|And|As|In|On|At|Of|For|With|By)$/u.test(w)) || /^(?:ex|vice|deputy)-$/u.test(t[0])) {
        if (lower === 'the') break;
        titleStart = abs;
        continue;
      }
      // "Foreign and Security Minister": "and" between two portfolios belongs to the title.
      if (lower === 'and' && i > 0 && isPortfolioWord(tokens[i - 1][0]) && isPortfolioWord(text.slice(titleStart).split(/\s+/u)[0])) {
        titleStart = abs;
        continue;
      }
      break;
    }
    const titleText = text.slice(titleStart, written?.titleEnd ?? roleEnd);
    const lowerTitle = titleText.toLowerCase();
    const status = statusOf(lowerTitle);
    let portfolio: string | undefined;
    if (holdsPortfolio(role)) {
      const beforeRole = text.slice(titleStart, roleStart);
      // "State" is a portfolio only in "Secretary of State": a "State Minister" (Japan) or a
      // "Minister of State" (Britain, India) is a junior minister of the ministry named after it.
      const patterns = role === 'minister' ? WRITTEN_PORTFOLIOS : PORTFOLIO_PATTERNS;
      // A bare "Secretary of State" (the United States') is foreign affairs; "Secretary of State
      // for Energy" (Britain, Portugal) is the portfolio after it.
      const named = portfoliosIn(patterns, `${beforeRole} ${written?.words ?? ''}`);
      portfolio = roleWord === 'secretary of state' ? (written?.words ? named : undefined) ?? 'foreign' : named;
    }
    let country: string | undefined;
    for (const w of titleText.split(/\s+/u)) {
      const key = countryKey(w);
      if (key) country = key;
    }
    const { organisation, deputy } = qualifiersOf(tokenize(text.slice(titleStart, roleStart), titleStart));
    out.push({
      start: titleStart,
      end: nameStart + nameText.length,
      title: titleText,
      name: nameText,
      nameStart,
      // "NZM vice-chairman Grzegorz Małecki": a deputy's role is kept apart from the role itself.
      role: deputy && role && !role.startsWith('deputy-') && !role.startsWith('vice-') ? deputyOf(role) : role,
      portfolio,
      status,
      country,
      organisation,
    });
  }
  return out;
}

/**
 * Words that may stand in a portfolio written after "Minister of/for" besides the portfolio words
 * themselves ("Foreign Affairs", "Public Works", "Regional Development").
 */
const PORTFOLIO_PHRASE_WORDS = new Set([
  'affairs', 'development', 'regional', 'internal', 'external', 'public', 'works', 'national', 'social', 'local', 'government',
  'planning', 'natural', 'resources', 'and', '&', 'the', 'international', 'cooperation', 'relations', 'protection', 'policy',
]);

/**
 * A minister's portfolio written between the role and the name: "Minister for Regional
 * Development Tomáš Vrbenský", "Minister of Foreign Affairs and Trade Ana Ruiz", "the minister for
 * sport Mrs. Ellery". The words after "of"/"for" are the portfolio while they are portfolio words
 * (or words of one), and at least one must name a portfolio; the name must follow (the caller
 * reads it from `titleEnd`). Returns where the title ends and its portfolio words.
 */
function portfolioAfterRole(text: string, roleEnd: number): { titleEnd: number; words: string } | undefined {
  const m = /^\s+(?:of|for)\s+(?:the\s+)?/u.exec(text.slice(roleEnd, roleEnd + 12));
  if (!m) return undefined;
  let at = roleEnd + m[0].length;
  let titleEnd = at;
  let named = false;
  for (const w of text.slice(at, at + 80).matchAll(/[\p{L}&-]+|\s+|[^\p{L}\s&-]+/gu)) {
    const word = w[0];
    if (/^\s+$/u.test(word)) {
      at += word.length;
      continue;
    }
    const lower = word.toLowerCase();
    const known = isPortfolioWord(lower) || PORTFOLIO_PHRASE_WORDS.has(lower);
    if (!known) break;
    named ||= isPortfolioWord(lower) || WRITTEN_PORTFOLIOS.some(({ pattern }) => pattern.test(text.slice(roleEnd + m[0].length, at + word.length)));
    at += word.length;
    if (lower !== 'and' && lower !== '&' && lower !== 'the') titleEnd = at;
  }
  if (!named || titleEnd === roleEnd + m[0].length) return undefined;
  return { titleEnd, words: text.slice(roleEnd + m[0].length, titleEnd) };
}

/**
 * The status a title's words give. "then-manager" speaks of the past; "outgoing", "acting",
 * "interim" and "caretaker" of someone in office but not as its plain holder: none of them is
 * set against "former" or the bare title, so they are "historical" (not compared).
 */
function statusOf(lowerTitle: string): PersonTitle['status'] {
  if (/\b(?:then-?|late|outgoing|incoming|acting|interim|caretaker)\b/u.test(lowerTitle)) return 'historical';
  if (/\b(?:former|ex[-\s]|onetime|erstwhile)/u.test(lowerTitle)) return 'former';
  return 'current';
}

/** A word of text with its offset, as the readers of titles written around a comma see it. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Words and punctuation: "U.S." and "K.R." keep their dots, "union's" its possessive, "ex-",
 * "then-", "vice-" and "deputy-" stand apart from the word they qualify ("ex-governor" is "ex-" and
 * "governor", "vice-chairman" a deputy's "chairman").
 */
const TOKEN_RE = /(?:ex|then|vice|deputy)-(?=\p{L})|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:['’]s?)?|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length }));
}

/** Lower-case words for a kind of body that may stand before a role ("union spokeswoman", "the county fire commander"). */
const BODY_WORDS = new Set([
  'union', 'police', 'fire', 'company', 'club', 'party', 'ministry', 'army', 'navy', 'border', 'county', 'city', 'town', 'team',
  'board', 'group', 'hospital', 'school', 'university', 'airline', 'court', 'rescue', 'emergency', 'service', 'services', 'mine',
  'museum', 'plant', 'campaign', 'league', 'bank', 'government', 'opposition', 'council', 'agency', 'federation', 'association',
  'network', 'station', 'port', 'church', 'coast', 'guard',
]);
/** Words that may stand before a role without naming a body ("the regional commander", "currently Donghae's chief executive"). */
const ROLE_QUALIFIERS = new Set(['regional', 'municipal', 'national', 'district', 'provincial', 'federal', 'local', 'currently', 'now', 'vice']);
/** Possessive pronouns: "his defence lawyer" names no body. */
const PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Capitalised words before a name that are ranks or honorifics, not part of it and no organisation. */
const RANK_WORDS = new Set(['lieutenant', 'major', 'brigadier', 'sergeant', 'corporal', 'staff', 'inspector', 'superintendent', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'professor', 'prof']);
/** Capitalised words that open a clause rather than a title. */
const CLAUSE_WORDS = new Set(['the', 'a', 'an', 'but', 'and', 'as', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'said', 'says']);
/** Words after which a title (or the organisation it names) has ended. */
const TITLE_END_WORDS = new Set(['said', 'says', 'told', 'who', 'has', 'had', 'was', 'is', 'will', 'would', 'added', 'and', 'which', 'whose']);
const TITLE_END_PUNCT = /^[,.;:!?()"“”\u2014\u2013]$/u;
/** Subordinate openings: "After meeting the president, Carla Menezes said" names no president. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'having', 'following', 'since', 'although', 'though', 'if', 'unlike', 'like', 'despite', 'once', 'until', 'without', 'besides', 'beside']);
/** Words that end a body's name written before a comma: verbs, pronouns, days and months. */
const NOT_IN_NAMES_OF_BODIES = new RegExp(
  String.raw`^(?:(?!armed$|united$)\p{Ll}{2,}ed|met|said|says|told|is|was|were|are|has|had|have|on|after|before|when|while|with|by|from|that|this|it|he|she|they|we|` +
    String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$`,
  'u',
);
/** Verbs of "Name, who heads the ..." and the role each gives. */
const LEADING_VERBS: Record<string, string> = { heads: 'head', leads: 'head', runs: 'head', chairs: 'chair' };
/**
 * Things one leads that are no body of people with a spokesperson: "who leads the rescue effort",
 * "who leads the polls", "who runs a hardware shop" is kept (a shop is a body).
 */
const NOT_BODIES = new Set([
  'effort', 'efforts', 'operation', 'operations', 'search', 'investigation', 'inquiry', 'probe', 'campaign', 'talks', 'negotiations',
  'negotiating', 'team', 'charge', 'way', 'list', 'polls', 'race', 'field', 'table', 'standings', 'scoring', 'count', 'vote', 'ballot',
]);

/** Words of a status before a role ("former", "acting", "currently"). */
const STATUS_WORDS = /^(?:now|currently|former|ex-|onetime|erstwhile|then-|late|outgoing|incoming|acting|interim|caretaker)$/u;

/** The status the modifiers before a role give; "currently" and "now" say the role is held. */
function statusOfModifiers(mods: readonly Token[]): PersonTitle['status'] {
  if (mods.some((t) => t.lower === 'now' || t.lower === 'currently')) return 'current';
  return statusOf(mods.map((t) => t.lower).join(' '));
}

/** The role whose words begin at `tokens[i]`, longest phrase first, and the index after it. */
function roleAt(tokens: readonly Token[], i: number): { role: string; next: number } | undefined {
  for (let n = 4; n >= 1; n--) {
    if (i + n > tokens.length) continue;
    const role = ROLES[tokens.slice(i, i + n).map((t) => t.lower).join(' ')];
    if (role) return { role, next: i + n };
  }
  // "the chief of the Hellenic Fire Service" heads it; a bare "chief" is a modifier ("chief spokesman").
  if (tokens[i]?.lower === 'chief' && tokens[i + 1]?.lower === 'of') return { role: 'head', next: i + 1 };
  return undefined;
}

/** True when a role starts at `tokens[i]` and is not a modifier of the next one ("general" in "general secretary"). */
function startsRole(tokens: readonly Token[], i: number): boolean {
  if (!roleAt(tokens, i)) return false;
  return !(TITLE_FILLERS.has(tokens[i].lower) && roleAt(tokens, i + 1));
}

/** The deputy's role of `role`: a deputy president is a vice-president, as "vice-president" is read whole. */
function deputyOf(role: string): string {
  return role === 'president' ? 'vice-president' : `deputy-${role}`;
}

/** The role whose words end at `tokens[j]` (inclusive), longest phrase first, and its first index. */
function roleEndingAt(tokens: readonly Token[], j: number): { role: string; first: number } | undefined {
  for (let n = 4; n >= 1; n--) {
    const first = j - n + 1;
    if (first < 0) continue;
    const found = roleAt(tokens, first);
    if (found && found.next === j + 1) return { role: found.role, first };
  }
  return undefined;
}

/** "union's", "dockers’": a possessive, which names the body a title belongs to. */
export function isPossessive(t: Token): boolean {
  return /\p{L}['’]s?$/u.test(t.text) && !/^(?:\p{L}\.)+$/u.test(t.text) && /['’]/u.test(t.text);
}

/** True when a word opens with a capital letter. */
function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

/** True when `t` may qualify a role written after it ("union's", "former", "regional", "Hanbit"). */
function isModifier(t: Token): boolean {
  const bare = t.lower.replace(/['’]s?$/u, '');
  if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return false;
  if (isPossessive(t)) return true;
  if (/^(?:ex|then|vice|deputy)-$/u.test(t.lower)) return true;
  if (TITLE_FILLERS.has(bare) || BODY_WORDS.has(bare) || ROLE_QUALIFIERS.has(bare)) return true;
  return isCapitalised(t) && !CLAUSE_WORDS.has(t.lower);
}

/** True when the title or organisation words end before `tokens[i]`. */
function endsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !t || TITLE_END_PUNCT.test(t.text) || TITLE_END_WORDS.has(t.lower);
}

/** The organisation `organisationFrom` found, as written, or the name its description is followed by (`namedAfter`). */
function organisationText(text: string, tokens: readonly Token[], org: { first: number; next: number }): string {
  return namedAfter(text, tokens, org) ?? text.slice(tokens[org.first].start, tokens[org.next - 1].end);
}

/**
 * The name a generic description of a body is followed by: "for the tunnel operator, Tunnelgesellschaft
 * Fellital (TGF)" names the operator Tunnelgesellschaft Fellital. Undefined unless the described
 * body is all lower case and a comma and capitalised words follow it.
 */
function namedAfter(text: string, tokens: readonly Token[], org: { first: number; next: number }): string | undefined {
  if (tokens.slice(org.first, org.next).some(isCapitalised) || tokens[org.next]?.text !== ',') return undefined;
  let k = org.next + 1;
  const first = k;
  while (k < tokens.length && k - first < 6 && isCapitalised(tokens[k])) k++;
  if (k === first || (tokens[k] && !/^[(,.;:)]$/u.test(tokens[k].text))) return undefined;
  return text.slice(tokens[first].start, tokens[k - 1].end);
}

/**
 * The organisation named after a role ("of the Minerals Commission", "for the county fire
 * service"): words up to the end of the title, at most ten. "and" goes on only before a
 * capitalised word ("Ministry of Trade and Industry"). Returns the index after it.
 */
function organisationFrom(tokens: readonly Token[], i: number): { first: number; next: number } | undefined {
  let k = i;
  if (tokens[k] && /^(?:the|a|an)$/u.test(tokens[k].lower)) k++;
  const first = k;
  while (k < tokens.length && k - first < 10) {
    const t = tokens[k];
    // "Ministry of Trade and Industry"; "minister of foreign affairs and security".
    if (t.lower === 'and' && tokens[k + 1] && (isCapitalised(tokens[k + 1]) || isPortfolioWord(tokens[k + 1].text))) {
      k += 2;
      continue;
    }
    if (endsAt(tokens, k)) break;
    k++;
  }
  if (k === first || !endsAt(tokens, k)) return undefined;
  return { first, next: k };
}

/** What the modifiers before a role say: the body, the country, and whether the role is a deputy's. */
interface Qualifiers {
  organisation?: string;
  country?: string;
  deputy: boolean;
}

/** Reads the modifiers before a role ("Thalassa Air's", "Poland's culture", "deputy"). */
function qualifiersOf(mods: readonly Token[]): Qualifiers {
  const q: Qualifiers = { deputy: false };
  const names: string[] = [];
  for (const t of mods) {
    const bare = t.text.replace(/['’]s?$/u, '');
    const lower = bare.toLowerCase();
    if (/^(?:deputy|assistant|vice)-?$/u.test(lower)) q.deputy = true;
    const country = countryKey(bare);
    if (country) {
      q.country = country;
      continue;
    }
    if (PRONOUNS.has(lower) || ROLE_QUALIFIERS.has(lower)) continue;
    if (isPossessive(t) || (isCapitalised(t) && !TITLE_FILLERS.has(lower) && !RANK_WORDS.has(lower) && !ROLES[lower]) || BODY_WORDS.has(lower)) names.push(bare);
  }
  if (names.length > 0) q.organisation = names.join(' ');
  return q;
}

/** Roles that head a department of a body ("head of quality assurance", "director of operations"). */
const DEPARTMENT_HEADS = new Set(['head', 'director']);
/** Words after "head of" that name no department but a whole body or its leadership ("head of state", "head of mission"). */
const NOT_DEPARTMENTS = new Set(['state', 'government', 'mission', 'delegation', 'staff', 'household', 'department', 'division']);

/**
 * True when the words after "of" (`tokens[of]`) up to `next` name a department of a body rather
 * than a body: common words without an article ("of quality assurance", "of human resources",
 * "of operations"), none of them a kind of body ("of police") or a whole body's leadership ("of state").
 */
function isDepartment(tokens: readonly Token[], of: number, next: number): boolean {
  if (tokens[of]?.lower !== 'of' || next <= of + 1) return false;
  const words = tokens.slice(of + 1, next);
  return words.every((t) => /^\p{Ll}+$/u.test(t.text) && !BODY_WORDS.has(t.lower) && !NOT_DEPARTMENTS.has(t.lower) && !/^(?:the|a|an|and|its|their|his|her)$/u.test(t.lower));
}

/** Portfolio words as written around a role after a name; "state" there is no portfolio ("head of state"). */
const WRITTEN_PORTFOLIOS = PORTFOLIO_PATTERNS.filter(({ pattern }) => !pattern.test('state'));

/** The portfolio of a minister or secretary from the words around the role ("the interior minister", "minister of finance"). */
function portfolioOf(role: string, words: string): string | undefined {
  if (!holdsPortfolio(role)) return undefined;
  return portfoliosIn(WRITTEN_PORTFOLIOS, words);
}

/**
 * Every portfolio `words` name, joined by "+" in alphabetical order: "Foreign Affairs and Trade"
 * is both, so that it is never set against "foreign" or "trade" alone.
 */
function portfoliosIn(patterns: ReadonlyArray<{ pattern: RegExp; key: string }>, words: string): string | undefined {
  const keys = new Set<string>();
  for (const { pattern, key } of patterns) if (pattern.test(words)) keys.add(key);
  return keys.size > 0 ? [...keys].sort().join('+') : undefined;
}

/**
 * A name written as one word joined by a lower-case particle ("Harun-ur-Rashid", "Abd-al-Karim",
 * "Nasir-ud-Din"): a full name in itself, though it opens with no known first name.
 */
export const COMPOUND_NAME = /^\p{Lu}\p{Ll}+(?:-(?:ur|ul|ud|al|el|ad|ar|as|an|uz|us)-\p{Lu}\p{Ll}+)+$/u;

/** A person's full name: the capitalised words from the first one that opens a name. */
export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * The full name in a run of capitalised words (`run`, in text order): from the first word that is
 * a known first name or where the caller found a person (`isPersonAt`), so that ranks before it
 * ("Lieutenant Colonel Ionut Dragomir") and a sentence's opening words are left out. At least
 * two words, as one word is no full name.
 */
export function nameIn(text: string, run: readonly Token[], isPersonAt: (start: number) => boolean): NameSpan | undefined {
  if (run.length === 1 && COMPOUND_NAME.test(run[0].text)) return { name: run[0].text, start: run[0].start, end: run[0].end };
  for (let k = 0; k + 1 < run.length; k++) {
    const w = run[k];
    if (!isCapitalised(w)) continue;
    if (!FIRST_NAMES.has(foldName(w.text)) && !isPersonAt(w.start)) continue;
    const start = w.start;
    const end = run[run.length - 1].end;
    return { name: text.slice(start, end), start, end };
  }
  return undefined;
}

const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'al', 'bin', 'le', 'la', 'del', 'di']);

function isNameWord(t: Token): boolean {
  return isCapitalised(t) && /^\p{L}/u.test(t.text) && !isPossessive(t);
}

/** The capitalised words that end just before `tokens[j]` (exclusive), particles inside allowed. */
export function runBefore(tokens: readonly Token[], j: number): Token[] {
  let k = j - 1;
  while (k >= 0 && (isNameWord(tokens[k]) || (PARTICLES.has(tokens[k].lower) && k > 0 && isNameWord(tokens[k - 1]) && k + 1 < j))) k--;
  return tokens.slice(k + 1, j);
}

/** The capitalised words from `tokens[i]` on, particles inside allowed. */
export function runFrom(tokens: readonly Token[], i: number): Token[] {
  let k = i;
  while (k < tokens.length && (isNameWord(tokens[k]) || (PARTICLES.has(tokens[k].lower) && k > i && tokens[k + 1] && isNameWord(tokens[k + 1])))) k++;
  return tokens.slice(i, k);
}

/**
 * Titles written after a person's name and a comma:
 * - an apposition with an article: "Colm Feeney, the club's former manager,", "Ana Ruiz, a former coach";
 * - a title without article, with the body it names: "Daniel Owusu-Sekyere, chief executive of the
 *   Minerals Commission,", "Ionut Dragomir, spokesman for the county emergency services inspectorate,"
 *   (after an occupation: "Ana Ruiz, a meteorologist and spokeswoman for the agency"; a diplomatic
 *   post names its place after "in": "Norway's consul general in Lisbon");
 *   two roles joined by "and" give two titles ("Piet Jansen, spokesman and deputy leader of the party");
 * - a relative clause saying what the person leads: "Ionut Dragomir, who heads the emergency
 *   services in Prahova county" (head; "who leads", "who runs" too, "who chairs" gives chair).
 * A rank before the name ("Lieutenant Colonel Ionut Dragomir, spokesman for ...") is left to
 * findPersonTitles; the name starts at a known first name or where the caller found a person
 * (`isPersonAt`), so that "Dunmouth Rovers, the club's manager" is no title of a person. Offsets
 * as in findPersonTitles; `title` is the words after the article, up to the organisation's end.
 * A deputy's role is kept apart ("deputy-leader"), so that it is never taken for the role itself.
 */
export function findAppositiveTitles(text: string, isPersonAt: (start: number) => boolean = () => false): PersonTitle[] {
  const out: PersonTitle[] = [];
  const tokens = tokenize(text);
  for (let c = 1; c < tokens.length; c++) {
    if (tokens[c].text !== ',') continue;
    // "Maria Lopez (61), director of ...": an age in brackets between the name and its comma.
    const bracketedAge = c >= 4 && tokens[c - 1].text === ')' && isAge(tokens[c - 2]) && tokens[c - 3].text === '(';
    const name = nameIn(text, runBefore(tokens, bracketedAge ? c - 3 : c), isPersonAt);
    if (!name) continue;
    // "Maria Lopez, 61, director of ...": the age stands in its own commas before the title.
    const ageAfter = isAge(tokens[c + 1]) && tokens[c + 2]?.text === ',';
    out.push(...titlesAfterComma(text, tokens, ageAfter ? c + 3 : c + 1, name));
  }
  return out;
}

/** A person's age as written beside the name: one to three digits. */
function isAge(t: Token | undefined): boolean {
  return t !== undefined && /^\d{1,3}$/u.test(t.text);
}

/** The titles after `name` and its comma, which `tokens[i]` follows (see findAppositiveTitles). */
function titlesAfterComma(text: string, tokens: readonly Token[], i: number, name: NameSpan): PersonTitle[] {
  const base = { name: name.name, nameStart: name.start, start: name.start };
  // "..., who heads the county fire service"
  if (tokens[i]?.lower === 'who') {
    let k = i + 1;
    if (/^(?:now|currently|also)$/u.test(tokens[k]?.lower ?? '')) k++;
    const role = LEADING_VERBS[tokens[k]?.lower ?? ''];
    if (!role) return [];
    const org = organisationFrom(tokens, k + 1);
    if (!org) return [];
    const orgWords = tokens.slice(org.first, org.next);
    if (orgWords.some((t) => NOT_BODIES.has(t.lower))) return [];
    const end = tokens[org.next - 1].end;
    return [{ ...base, end, title: text.slice(tokens[i].start, end), role, status: 'current', organisation: organisationText(text, tokens, org) }];
  }
  let k = i;
  const article = tokens[k] && /^(?:the|a|an)$/u.test(tokens[k].lower);
  if (article) k++;
  const titleStart = k;
  // "Javier Ruiz, a meteorologist and spokesman for the agency": an occupation joined to the role.
  k = afterOccupation(tokens, k) ?? k;
  // One or two roles ("spokesman and deputy leader"), each after at most three modifiers.
  const roles: Array<{ role: string; mods: Token[] }> = [];
  while (roles.length < 2) {
    const mods: Token[] = [];
    while (mods.length < 3 && tokens[k] && !startsRole(tokens, k) && isModifier(tokens[k])) mods.push(tokens[k++]);
    const found = roleAt(tokens, k);
    if (!found) break;
    roles.push({ role: found.role, mods });
    k = found.next;
    if (tokens[k]?.lower !== 'and' || roles.length === 2) break;
    const save = k;
    k++;
    const probe = k;
    let m = probe;
    while (m - probe < 2 && tokens[m] && !startsRole(tokens, m) && isModifier(tokens[m])) m++;
    if (!roleAt(tokens, m)) {
      k = save;
      break;
    }
  }
  if (roles.length === 0) return [];
  let org: { first: number; next: number } | undefined;
  let department = false;
  if (joinsBody(tokens[k], roles[roles.length - 1].role)) {
    org = organisationFrom(tokens, k + 1);
    if (!org) return [];
    department = isDepartment(tokens, k, org.next);
    k = org.next;
  } else if (!endsAt(tokens, k)) return [];
  const end = tokens[k - 1].end;
  const title = text.slice(tokens[titleStart].start, end);
  const orgText = org ? organisationText(text, tokens, org) : undefined;
  // "Ernesto Valdivia, the president who preached patience": a title that a relative clause
  // defines describes the person's career, not an office held now.
  const described = article && /^(?:who|whose|that)$/u.test(tokens[k]?.lower ?? '');
  const out: PersonTitle[] = [];
  for (const [n, { role, mods }] of roles.entries()) {
    // A status written before the first role speaks for both ("the former chairman and chief executive").
    const written = n > 0 && !mods.some((t) => STATUS_WORDS.test(t.lower)) ? statusOfModifiers(roles[0].mods) : statusOfModifiers(mods);
    const status = described && written === 'current' ? 'historical' : written;
    const q = qualifiersOf(n === 0 ? mods : [...roles[0].mods, ...mods]);
    out.push({
      ...base,
      end,
      title,
      role: qualifiersOf(mods).deputy ? deputyOf(role) : role,
      status,
      portfolio: portfolioOf(role, `${mods.map((t) => t.text).join(' ')} ${orgText ?? ''}`),
      country: q.country,
      organisation: orgText ?? q.organisation,
      body: department && DEPARTMENT_HEADS.has(role) ? q.organisation : undefined,
    });
  }
  return out;
}

/**
 * Titles written before a comma and the name: "said the union's president, Carla Menezes", "the
 * Chief Inspector of Mines, Daniel Owusu-Sekyere", "Hanbit's CEO, Yoon Seo-yeon". The name must
 * open with a known first name or be a person the caller found (`isPersonAt`), and end the
 * phrase (a comma, a full stop, "said", ...). A title in a subordinate opening names someone else
 * ("After meeting the president, Carla Menezes said ...") and is not read. Offsets as in
 * findPersonTitles; `title` is the words after the article, up to the organisation's end.
 */
export function findTitlesBeforeComma(text: string, isPersonAt: (start: number) => boolean = () => false): PersonTitle[] {
  const out: PersonTitle[] = [];
  const tokens = tokenize(text);
  for (let c = 1; c + 1 < tokens.length; c++) {
    if (tokens[c].text !== ',') continue;
    // "the Deputy Minister for Tourism, Hon. Selemani Mwalongo": a courtesy title before the name is no part of it.
    let from = c + 1;
    while (COURTESY_TITLES.has(tokens[from]?.lower ?? '') && tokens[from + 1]) from += tokens[from + 1].text === '.' ? 2 : 1;
    const run = runFrom(tokens, from);
    const name = nameIn(text, run, isPersonAt);
    // ("..., Hon. Selemani Mwalongo in the statement from Dodoma has congratulated": a place or a
    // time after the name, without a comma, as local English pages write.)
    if (!name || !(endsAt(tokens, from + run.length) || AFTER_NAME.has(tokens[from + run.length]?.lower ?? ''))) continue;
    const t = titleEndingAt(text, tokens, c - 1);
    if (!t) continue;
    out.push({ ...t, end: name.end, name: name.name, nameStart: name.start });
  }
  return out;
}

/** Prepositions that may follow a name written after its title and a comma, without a comma of their own. */
const AFTER_NAME = new Set(['in', 'on', 'at']);

/** Courtesy titles written before a name ("Hon.", "Honourable", "Dr", "Mrs.", "Dra."), lower case, without the stop. */
const COURTESY_TITLES = new Set(['hon', 'honourable', 'honorable', 'rt', 'dr', 'mr', 'mrs', 'ms', 'miss', 'madam', 'sir', 'dame', 'dra', 'sra', 'srta', 'doutor', 'doutora', 'senor', 'senora']);

/** The length of a courtesy title (with the space before it) that opens `text` before a capitalised name, else 0. */
function courtesyLength(text: string): number {
  const m = /^\s+(\p{L}+)\.?(?=\s+\p{Lu})/u.exec(text);
  return m && COURTESY_TITLES.has(m[1].toLowerCase()) ? m[0].length : 0;
}

/**
 * "as was the union's president, X", "as did ...": "as" and a verb before its subject compare the
 * named person with the rest of the sentence; the title is theirs, unlike after a subordinate "as"
 * ("As president, X said").
 */
function isInvertedComparison(opening: readonly Token[]): boolean {
  return opening.length === 2 && opening[0].lower === 'as' && /^(?:was|were|is|are|did|does|do|had|has|have|will|would)$/u.test(opening[1].lower);
}

/**
 * The index of the role after an occupation and "and" at `tokens[k]` ("meteorologist and
 * spokesman", "lawyer and former minister"): a lower-case word that is neither a role nor one of
 * its modifiers, "and", then at most two modifiers and a role.
 */
function afterOccupation(tokens: readonly Token[], k: number): number | undefined {
  const word = tokens[k];
  if (!word || !/^\p{Ll}{3,}$/u.test(word.text) || tokens[k + 1]?.lower !== 'and') return undefined;
  if (roleAt(tokens, k) || isModifier(word) || CLAUSE_WORDS.has(word.lower) || TITLE_END_WORDS.has(word.lower) || PRONOUNS.has(word.lower)) return undefined;
  let m = k + 2;
  while (m - (k + 2) < 2 && tokens[m] && !startsRole(tokens, m) && isModifier(tokens[m])) m++;
  return roleAt(tokens, m) ? k + 2 : undefined;
}

/** True for "(", an acronym in capitals and ")" ending at `tokens[j]`. */
function isBracketedAcronym(tokens: readonly Token[], j: number): boolean {
  return j >= 3 && tokens[j].text === ')' && tokens[j - 2].text === '(' && /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(tokens[j - 1].text);
}

/** The title whose last word is `tokens[at]`, just before a comma and a name (see findTitlesBeforeComma). */
function titleEndingAt(text: string, tokens: readonly Token[], at: number): Omit<PersonTitle, 'end' | 'name' | 'nameStart'> | undefined {
  // "the director of the Maritime Search and Rescue Service (SAR), X": the body's acronym in
  // brackets ends the title; the title is the words before it.
  const j = isBracketedAcronym(tokens, at) ? at - 3 : at;
  // The role ends the title, or an organisation follows it ("Chief Inspector of Mines").
  let found = roleEndingAt(tokens, j);
  let orgFirst: number | undefined;
  if (!found) {
    for (let k = j - 1; k >= Math.max(1, j - 10); k--) {
      const t = tokens[k];
      // "and" inside a body's name ("Search and Rescue Service") does not end the title.
      if (t.lower === 'and' && isCapitalised(tokens[k - 1]) && isCapitalised(tokens[k + 1])) continue;
      if (TITLE_END_PUNCT.test(t.text) || TITLE_END_WORDS.has(t.lower)) return undefined;
      if (!/^(?:of|for|at|to|in)$/u.test(t.lower)) continue;
      const role = roleEndingAt(tokens, k - 1);
      if (!role || !joinsBody(t, role.role)) continue;
      found = role;
      orgFirst = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      break;
    }
    if (!found || orgFirst === undefined || orgFirst > j) return undefined;
    // Before the comma an organisation is a short name, not the rest of a clause ("the president
    // of the club met reporters on Monday, Jo Doe said").
    const org = tokens.slice(orgFirst, j + 1);
    if (org.length > 6 || org.some((t) => NOT_IN_NAMES_OF_BODIES.test(t.text))) return undefined;
  }
  // Modifiers before the role, back to an article or the start of the clause.
  let k = found.first - 1;
  const mods: Token[] = [];
  while (k >= 0 && mods.length < 4 && isModifier(tokens[k])) mods.unshift(tokens[k--]);
  // "sent its consul general, X": a possessive pronoun stands where an article would.
  const article = k >= 0 && (/^(?:the|a|an)$/u.test(tokens[k].lower) || PRONOUNS.has(tokens[k].lower));
  let clause = article ? k - 1 : k; // the last word before the title's own words
  const opening: Token[] = [];
  while (clause >= 0 && !TITLE_END_PUNCT.test(tokens[clause].text)) opening.unshift(tokens[clause--]);
  if (opening.length > 0 && SUBORDINATORS.has(opening[0].lower) && !isInvertedComparison(opening)) return undefined;
  if (opening.some((t) => /\p{L}{2,}ing$/u.test(t.lower) && t.lower !== 'according')) return undefined;
  // Without an article the title must be set off: "Hanbit's CEO, Yoon Seo-yeon" but not "teams led by coach, ...".
  if (!article && mods.length === 0 && opening.length > 0) return undefined;
  const startToken = mods[0] ?? tokens[found.first];
  const titleText = text.slice(startToken.start, tokens[j].end);
  const q = qualifiersOf(mods);
  const orgText = orgFirst !== undefined ? text.slice(tokens[orgFirst].start, tokens[j].end) : undefined;
  const department = orgFirst !== undefined && DEPARTMENT_HEADS.has(found.role) && isDepartment(tokens, orgFirst - 1, j + 1);
  return {
    start: article ? tokens[k].start : startToken.start,
    title: titleText,
    role: q.deputy ? deputyOf(found.role) : found.role,
    status: statusOfModifiers(mods),
    portfolio: portfolioOf(found.role, `${mods.map((t) => t.text).join(' ')} ${orgText ?? ''}`),
    country: q.country,
    organisation: orgText ?? q.organisation,
    body: department ? q.organisation : undefined,
  };
}

/** A regnal number or a generational suffix after a name ("VII", "III", "Jr.", "Sr.", and Portuguese "Filho", "Neto", "Júnior"). */
const NAME_SUFFIX = /^(?:[IVX]{1,5}|Jr\.?|Sr\.?|Filho|Neto|Júnior|Junior|Sobrinho)$/u;

/** The key of a person for comparisons: the surname in lower case, accents folded. */
export function personKey(name: string): string {
  const words = name
    .replace(/[’']s$/u, '')
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w));
  // A regnal or generational number is no surname ("King Afonso VII" is Afonso, "Carl Gustaf Jr." Gustaf).
  while (words.length >= 2 && NAME_SUFFIX.test(words[words.length - 1])) words.pop();
  const korean = koreanFamilyName(words);
  if (korean) return korean;
  const last = familyNameInCapitals(words) ?? words[words.length - 1] ?? name;
  // Folded like every name key ("Østby" = "Ostby", "Łukasz" = "Lukasz").
  return foldName(last).replace(/[^\p{L}]/gu, '');
}

/**
 * The key of a quote's speaker, as quotes and reported speech both key it: a hyphen parts a name
 * ("Park Min-ho" -> "ho", "Delgado-Ybañez" -> "ybanez") and an id's words are names ("lena-marsh"
 * -> "marsh"), so that a person's quoted words meet their reported words whichever form is written.
 */
export function speakerKey(name: string): string {
  return personKey(name.replace(/-/gu, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
}

/**
 * The family name of a Korean name, in one romanization (koreanSurnames.ts): first before a
 * hyphenated given name or its two syllables ("Kang Min-seo", "Kang Min Seo", "Yun Jae-hyeok"),
 * last after one ("Jae-won Suh", "Jae Won Suh"). Undefined for other names ("Lee Ann Womack").
 */
function koreanFamilyName(words: readonly string[]): string | undefined {
  if (words.length < 2 || words.length > 3) return undefined;
  const folded = words.map((w) => foldName(w));
  const syllables = (ws: readonly string[]) =>
    ws.length === 1 ? /^[a-z]+-[a-z]+$/u.test(ws[0]) && ws[0].split('-').every((p) => KOREAN_SYLLABLE.test(p)) : ws.every((w) => KOREAN_SYLLABLE.test(w));
  const first = koreanSurname(folded[0]);
  if (first && syllables(folded.slice(1))) return first;
  const last = koreanSurname(folded[folded.length - 1]);
  return last && syllables(folded.slice(0, -1)) ? last : undefined;
}

/** One syllable of a romanized Korean name: "min", "seo", "hyuk", "woong", "jae", "in". */
const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]{0,3})(?:[aeiouwy]{1,3})(?:ng|n|m|k|l|p|t|r)?$/u;

/**
 * The family name of a name that writes it in capitals and the given name in mixed case, as
 * Japanese and French papers do ("ICHIKURA Koji", "Jean DUPONT"); undefined for other names.
 */
function familyNameInCapitals(words: readonly string[]): string | undefined {
  const capitals = words.filter((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[-’']/gu, '')));
  return capitals.length === 1 && words.length >= 2 && words.some((w) => /\p{Ll}/u.test(w)) ? capitals[0] : undefined;
}

/** Ranks and honorifics that may open a name as read after a title ("spokesman Lieutenant Commander Harun-ur-Rashid"). */
const RANKS_BEFORE_NAMES = new Set([...RANK_WORDS, 'commander', 'general', 'colonel', 'captain', 'admiral', 'wing', 'squadron', 'flight', 'hon', 'rev']);

/**
 * The first name of a full name, lower case, when there is one ("Harold Benson" -> "harold");
 * ranks before it are no first name ("Lieutenant Commander Harun-ur-Rashid" has none).
 */
export function firstNameOf(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  const family = familyNameInCapitals(words);
  if (family !== undefined && words.length === 2) return words.find((w) => w !== family)!.toLowerCase();
  while (words.length > 0 && RANKS_BEFORE_NAMES.has(words[0].toLowerCase().replace(/\.$/u, ''))) words.shift();
  return words.length >= 2 ? words[0].toLowerCase() : undefined;
}

/** True when a title's name is a full name: a first name and a surname, or one compound name ("Harun-ur-Rashid"). */
export function isFullName(name: string): boolean {
  if (firstNameOf(name) !== undefined) return true;
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 0 && COMPOUND_NAME.test(words[words.length - 1]);
}
