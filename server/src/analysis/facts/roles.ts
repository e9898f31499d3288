/**
 * Titles and roles of people as written before their names ("former U.S. President Harold Benson",
 * "Harbour Authority aide Lena Marsh", "Foreign Minister Ana Costa"), normalised so that synonyms agree
 * ("aide" = "adviser" = "senior advisor"; "special envoy" = "Special Presidential Envoy") and
 * the status ("former", "acting") is kept apart from the role.
 */
import { FIRST_NAMES } from '../lexicon/firstNames';
import { foldName } from '../lexicon/fold';
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
  /** Portfolio of a minister or secretary ("foreign", "defense"), when written. */
  portfolio?: string;
  /** "former" for former/ex-/onetime, "historical" for then-/late, otherwise "current". */
  status: 'current' | 'former' | 'historical';
  /** The country the title names ("U.S. President" -> "united-states"), when one does. */
  country?: string;
}

/** Role words (lower case, singular) and their canonical role. Longer phrases first when matching. */
const ROLES: Record<string, string> = {
  president: 'president', 'vice president': 'vice-president', 'vice-president': 'vice-president', 'president-elect': 'president-elect',
  'prime minister': 'prime-minister', premier: 'prime-minister', chancellor: 'chancellor', king: 'king', queen: 'queen', prince: 'prince',
  minister: 'minister', secretary: 'secretary', 'secretary of state': 'secretary', 'secretary-general': 'secretary-general',
  'secretary general': 'secretary-general', 'chief of staff': 'chief-of-staff', envoy: 'envoy', emissary: 'envoy', 'special representative': 'envoy',
  ambassador: 'ambassador', aide: 'adviser', adviser: 'adviser', advisor: 'adviser', counselor: 'adviser', counsellor: 'adviser',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson', 'press secretary': 'spokesperson',
  senator: 'senator', sen: 'senator', representative: 'representative', rep: 'representative', congressman: 'representative',
  congresswoman: 'representative', governor: 'governor', gov: 'governor', mayor: 'mayor', judge: 'judge', justice: 'judge',
  general: 'general', gen: 'general', colonel: 'colonel', admiral: 'admiral', commander: 'commander', 'chief executive': 'ceo', ceo: 'ceo',
  chairman: 'chair', chairwoman: 'chair', chair: 'chair', chairperson: 'chair', director: 'director', 'director-general': 'director',
  head: 'head', leader: 'leader', speaker: 'speaker', prosecutor: 'prosecutor', 'attorney general': 'attorney-general',
  'police chief': 'police-chief', 'fire chief': 'fire-chief', coach: 'coach', captain: 'captain', pope: 'pope', archbishop: 'archbishop',
  manager: 'manager', 'head coach': 'coach', 'managing director': 'ceo', 'chief executive officer': 'ceo',
  'chief financial officer': 'cfo', cfo: 'cfo', 'finance chief': 'cfo', 'chief operating officer': 'coo', coo: 'coo',
  'chief technology officer': 'cto', cto: 'cto', prefect: 'prefect', 'defence lawyer': 'defence-lawyer', 'defense lawyer': 'defence-lawyer',
  'defence attorney': 'defence-lawyer', 'defense attorney': 'defence-lawyer', 'defence counsel': 'defence-lawyer', 'defense counsel': 'defence-lawyer',
  'superintendent of police': 'police-superintendent', 'police superintendent': 'police-superintendent', 'deputy commissioner': 'deputy-commissioner',
  'district collector': 'district-collector', 'district magistrate': 'district-magistrate',
};

/** Words of a minister's or secretary's portfolio, with synonyms folded. */
const PORTFOLIOS: Record<string, string> = {
  foreign: 'foreign', 'foreign affairs': 'foreign', defense: 'defense', defence: 'defense', interior: 'interior', 'home': 'interior',
  finance: 'finance', treasury: 'finance', economy: 'economy', economic: 'economy', justice: 'justice', health: 'health',
  education: 'education', energy: 'energy', trade: 'trade', transport: 'transport', agriculture: 'agriculture', culture: 'culture',
  labour: 'labour', labor: 'labour', environment: 'environment', state: 'foreign',
};
/** The portfolio words as whole-word patterns, compiled once (in PORTFOLIOS order: the last match wins). */
const PORTFOLIO_PATTERNS = Object.entries(PORTFOLIOS).map(([word, key]) => ({ pattern: new RegExp(String.raw`\b${word}\b`, 'iu'), key }));

/** Modifiers that may stand inside a title without changing the role. */
const TITLE_FILLERS = new Set([
  'special', 'senior', 'chief', 'top', 'deputy', 'assistant', 'presidential', 'national', 'security', 'policy', 'foreign',
  'defense', 'defence', 'interior', 'finance', 'economic', 'economy', 'health', 'justice', 'trade', 'energy', 'education',
  'home', 'state', 'affairs', 'longtime', 'veteran', 'key', 'close', 'personal', 'political', 'military', 'press', 'lead',
  'acting', 'interim', 'incoming', 'outgoing', 'then', 'former', 'ex', 'onetime', 'erstwhile', 'late', 'u.s.', 'us', 'the',
  'transport', 'labour', 'labor', 'environment', 'agriculture', 'culture', 'executive', 'general',
]);

const ROLE_WORDS = Object.keys(ROLES).sort((a, b) => b.length - a.length);
const ROLE_RE = new RegExp(String.raw`\b(` + ROLE_WORDS.join('|') + String.raw`)\.?(?=\s)`, 'giu');
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
export function findPersonTitles(text: string): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (const m of text.matchAll(ROLE_RE)) {
    const roleStart = m.index ?? 0;
    const roleEnd = roleStart + m[0].length;
    const roleWord = m[1].toLowerCase();
    // Plural roles ("representatives of") and roles followed by "of" are not titles of one name.
    const name = NAME_AFTER.exec(text.slice(roleEnd, roleEnd + 80));
    if (!name) continue;
    let nameText = name[1].replace(/[’']s$/u, '').replace(/[.]$/u, '');
    const firstWord = nameText.split(/\s+/u)[0];
    if (NOT_NAMES.has(firstWord) || /^(?:U\.S\.|US|UK|EU)$/u.test(firstWord)) continue;
    // Drop trailing words that are clearly not part of a name.
    const words = nameText.split(/\s+/u);
    while (words.length > 1 && NOT_NAMES.has(words[words.length - 1])) words.pop();
    nameText = words.join(' ');
    const nameStart = roleEnd + name[0].indexOf(name[1]);
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
      if (TITLE_FILLERS.has(lower) || (/^\p{Lu}/u.test(w) && !possessive && !/^(?:The|A|An|But|And|As|In|On|At|Of|For|With|By)$/u.test(w)) || /^ex-$/u.test(t[0])) {
        if (lower === 'the') break;
        titleStart = abs;
        continue;
      }
      break;
    }
    const titleText = text.slice(titleStart, roleEnd);
    const lowerTitle = titleText.toLowerCase();
    const status = statusOf(lowerTitle);
    let portfolio: string | undefined;
    const role = ROLES[roleWord.replace(/\.$/u, '')];
    if (role === 'minister' || role === 'secretary') {
      const beforeRole = titleText.slice(0, titleText.length - m[1].length);
      for (const { pattern, key } of PORTFOLIO_PATTERNS) if (pattern.test(beforeRole)) portfolio = key;
      if (roleWord === 'secretary of state') portfolio = 'foreign';
    }
    let country: string | undefined;
    for (const w of titleText.split(/\s+/u)) {
      const key = countryKey(w);
      if (key) country = key;
    }
    out.push({
      start: titleStart,
      end: nameStart + nameText.length,
      title: titleText,
      name: nameText,
      nameStart,
      role,
      portfolio,
      status,
      country,
    });
  }
  return out;
}

/**
 * The status a title's words give. "then-manager" speaks of the past; "outgoing", "acting",
 * "interim" and "caretaker" of someone in office but not as its plain holder: none of them is
 * set against "former" or the bare title, so they are "historical" (not compared).
 */
function statusOf(lowerTitle: string): PersonTitle['status'] {
  if (/\b(?:then-?|late|outgoing|incoming|acting|interim|caretaker)\b/u.test(lowerTitle)) return 'historical';
  if (/\b(?:former|ex-|onetime|erstwhile)/u.test(lowerTitle)) return 'former';
  return 'current';
}

/** A title after a full name, as an apposition: "Colm Feeney, the club's former manager,". */
const APPOSITION = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the|a|an)\s+((?:(?:[\p{Ll}]+['’]s|former|ex-|then-|acting|interim|caretaker|outgoing|incoming|longtime|veteran|deputy|assistant|senior|chief)\s+){0,2}(` +
    ROLE_WORDS.join('|') + String.raw`))(?=\s*[,.;]|\s+(?:of|at|for|said|says|told)\b|$)`,
  'gu',
);

/**
 * Titles written after the name ("Colm Feeney, the manager,", "Ana Ruiz, a former coach"). The
 * name must open with a known first name, so that "Dunmouth Rovers, the club's manager" is no
 * title of a person, or be found a person's name by the caller (`isPersonAt`). Offsets as in findPersonTitles; `title` is the words after the article.
 */
export function findAppositiveTitles(text: string, isPersonAt: (start: number) => boolean = () => false): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (const m of text.matchAll(APPOSITION)) {
    const name = m[1];
    const start = m.index ?? 0;
    if (!FIRST_NAMES.has(name.split(/\s+/u)[0].toLowerCase()) && !isPersonAt(start)) continue;
    const title = m[2];
    if (/^(?:deputy|assistant)\b/u.test(title)) continue;
    const role = ROLES[m[3].toLowerCase()];
    if (!role || role === 'minister' || role === 'secretary') continue;
    out.push({ start, end: start + m[0].length, title, name, nameStart: start, role, status: statusOf(title.toLowerCase()) });
  }
  return out;
}

/** The key of a person for comparisons: the surname in lower case, accents folded. */
export function personKey(name: string): string {
  const words = name
    .replace(/[’']s$/u, '')
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w));
  const last = words[words.length - 1] ?? name;
  // Folded like every name key ("Østby" = "Ostby", "Łukasz" = "Lukasz").
  return foldName(last).replace(/[^\p{L}]/gu, '');
}

/** The first name of a full name, lower case, when there is one ("Harold Benson" -> "harold"). */
export function firstNameOf(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words[0].toLowerCase() : undefined;
}
