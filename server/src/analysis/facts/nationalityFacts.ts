/**
 * A named person's nationality, as facts: a nationality word before the name ("the French water
 * engineer Julien Rochat", "Swiss national Anna Meier"), before a comma and the name at the
 * start of a sentence ("The Swiss hostage, Julien Rochat, 29, ..."), or in an apposition after
 * it ("Julien Rochat, a French national,", "Julien Rochat, 29, a Swiss engineer", "Julien
 * Rochat, who is French,").
 *
 * The word before the name must describe a person ("engineer", "hostage", "national"; see
 * isPersonNoun), so that "French police arrested Julien Rochat" gives nothing. Two nationalities
 * ("French-Swiss", "a French and Swiss national", "a dual national") are kept together, and a
 * place of birth or upbringing ("French-born") is kept apart as a tie: the rule takes either for
 * a sign that the person belongs to both. Words of peoples and regions ("Basque", "Scottish")
 * give no nationality (nationalityWords.ts), and a phrase that holds one is not read at all.
 */
import { isPersonNoun } from '../lexicon/titles';
import type { DocumentAnalysis, Sentence } from '../types';
import { factAt, spanOf, type DetailedFact, type FactDetail } from './detail';
import { isPeopleWord, nationalityOf } from './nationalityWords';
import { firstNameOf, isPossessive, nameIn, personKey, runBefore, runFrom, tokenize, type NameSpan, type Token } from './roles';
import { sentenceMentions } from './documentIndex';

/** What a nationality fact says of one person. */
export interface NationalityInfo {
  /** Surname key and first name, as title facts keep them (roles.ts). */
  key: string;
  name: string;
  firstName?: string;
  /** The resolved entity id of the name, when the entities stage found it. */
  entity?: string;
  /** The nationality words as written ("French", "French-Swiss"). */
  words: string;
  /** Country keys of the nationalities given ("france"); two for a dual national. */
  countries: string[];
  /** Countries the person is tied to by birth or upbringing only ("French-born"). */
  ties: string[];
  /** True when the phrase calls the person a dual national. */
  dual: boolean;
}

/** A fact carrying a nationality. */
export interface NationalityFact extends DetailedFact {
  detail: FactDetail & { nationality: NationalityInfo };
}

/** Narrows a fact to a nationality fact. */
export function isNationalityFact(f: DetailedFact): f is NationalityFact {
  return f.kind === 'nationality' && typeof (f.detail as { nationality?: unknown }).nationality === 'object';
}

/** A nationality phrase found in a sentence; offsets relative to the sentence. */
export interface NationalityMention {
  start: number;
  end: number;
  /** The phrase without the name ("the French water engineer", "a Swiss national"). */
  phrase: string;
  /** The nationality words as written ("French", "French-Swiss"). */
  words: string;
  name: NameSpan;
  countries: string[];
  ties: string[];
  dual: boolean;
}

/** Second halves of a compound that gives a tie, not a nationality: "French-born", "Swiss-based". */
const TIE_WORDS = new Set(['born', 'raised', 'bred', 'educated', 'trained', 'descended', 'speaking', 'based']);
/** Most lower-case words between a nationality word and its noun ("water engineer", "aid worker"). */
const MAX_NOUNS = 3;
/** Most adjectives before a nationality word in an apposition ("a young", "a dual"). */
const MAX_ADJECTIVES = 2;
/** Words after which an apposition has ended. */
const APPOSITION_END = /^(?:[,.;:!?)\u2014\u2013]|from|who|based|living|working)$/u;
const ARTICLES = /^(?:the|a|an)$/u;
/** Words that join a phrase to what goes before it: no adjective of the person ("the signing of Portuguese midfielder X"). */
const LINKS = /^(?:of|to|by|with|for|in|on|at|from|and|or|as|is|was|are|were|be|been|said|says|told|that|than|like|about|after|before|between|among|including)$/u;
/**
 * Bodies a nationality word may describe instead of the person: "the Swiss embassy driver X" may
 * be a local hired by the embassy, "Azerbaijani foreign ministry spokeswoman" speaks for a ministry.
 */
const BODY_NOUNS = new Set([
  'embassy', 'consulate', 'ministry', 'government', 'army', 'navy', 'police', 'military', 'company', 'firm', 'airline', 'bank', 'club',
  'team', 'charity', 'agency', 'federation', 'league', 'party', 'union', 'council', 'university', 'school', 'hospital', 'group', 'forces',
  'force', 'mission', 'delegation', 'consortium', 'association', 'church', 'media', 'press', 'state', 'national-team', 'squad',
]);

/** The nationalities a run of words gives at `tokens[i]`: "French", "French-Swiss", "French and Swiss", "French-born Swiss". */
interface Nationalities {
  countries: string[];
  /** Index of the first word that gives a nationality. */
  first: number;
  ties: string[];
  /** Index after the words. */
  next: number;
}

/**
 * Reads nationality words from `tokens[i]`; undefined when there are none, or when one of them is
 * a people's or region's word ("Basque", "Kurdish-Iranian") or unknown.
 */
function nationalitiesAt(tokens: readonly Token[], i: number): Nationalities | undefined {
  const out: Nationalities = { countries: [], first: -1, ties: [], next: i };
  let k = i;
  while (k < tokens.length) {
    const parts = tokens[k].text.split('-');
    const last = parts[parts.length - 1];
    if (parts.length > 1 && TIE_WORDS.has(last)) {
      const keys = parts.slice(0, -1).map(nationalityOf);
      if (keys.some((c) => !c)) return undefined;
      out.ties.push(...(keys as string[]));
      k++;
      continue;
    }
    if (parts.some(isPeopleWord)) return undefined;
    const keys = parts.map(nationalityOf);
    if (keys.some((c) => !c)) break;
    if (out.first < 0) out.first = k;
    out.countries.push(...(keys as string[]));
    k++;
    // "French and Swiss"
    if (tokens[k]?.lower === 'and' && tokens[k + 1] && nationalityOf(tokens[k + 1].text)) k++;
    else break;
  }
  if (out.countries.length === 0) return undefined;
  out.next = k;
  return out;
}

/** The lower-case words from `tokens[i]` whose last is a noun for a person, and the index after them; none is fine when `optional`. */
function personNounsAt(tokens: readonly Token[], i: number, optional: boolean): number | undefined {
  let k = i;
  let lastNoun = -1;
  while (k < tokens.length && k - i < MAX_NOUNS && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) && !isPossessive(tokens[k])) {
    if (BODY_NOUNS.has(tokens[k].lower)) return undefined;
    if (isPersonNoun(tokens[k].lower)) lastNoun = k;
    k++;
  }
  if (lastNoun >= 0) return lastNoun + 1;
  return optional ? i : undefined;
}

/** The full name that starts right at `tokens[i]` (no rank or title before it). */
function nameFrom(text: string, tokens: readonly Token[], i: number, isPersonAt: (start: number) => boolean): { name: NameSpan; next: number } | undefined {
  const run = runFrom(tokens, i);
  if (run.length === 0) return undefined;
  const name = nameIn(text, run, isPersonAt);
  if (!name || name.start !== run[0].start) return undefined;
  return { name, next: i + run.length };
}

/** Every nationality phrase of a sentence's `text` (see the file comment). */
export function findNationalities(text: string, isPersonAt: (start: number) => boolean = () => false): NationalityMention[] {
  const tokens = tokenize(text);
  const out: NationalityMention[] = [];
  const dualAt = (from: number, to: number) => tokens.slice(from, to).some((t) => t.lower === 'dual');
  // Before the name: "the French water engineer Julien Rochat"; "The Swiss hostage, Julien Rochat, ...".
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    // "North Korean", "South African", "Italy's": another word leads the nationality word.
    if (prev && (isPossessive(prev) || (/^\p{Lu}/u.test(prev.text) && !ARTICLES.test(prev.lower)))) continue;
    const nat = nationalitiesAt(tokens, i);
    if (!nat) continue;
    const afterNouns = personNounsAt(tokens, nat.next, true);
    if (afterNouns === undefined) continue;
    // The article the phrase opens with, over at most two adjectives ("the kidnapped Swiss engineer").
    let start = i - 1;
    while (start >= 0 && i - start <= MAX_ADJECTIVES && !ARTICLES.test(tokens[start].lower) && /^\p{Ll}+$/u.test(tokens[start].text) && !LINKS.test(tokens[start].lower)) start--;
    const withArticle = start >= 0 && ARTICLES.test(tokens[start].lower) ? start : i;
    const direct = nameFrom(text, tokens, afterNouns, isPersonAt);
    if (direct) {
      const s = tokens[withArticle].start;
      out.push({ start: s, end: direct.name.end, phrase: text.slice(s, tokens[afterNouns - 1].end), words: wordsOf(text, tokens, nat), name: direct.name, ...nat, dual: dualAt(withArticle, afterNouns) });
      continue;
    }
    // Before a comma only at the start of a sentence, so that the phrase is no one else's ("After meeting the Swiss envoy, X said").
    if (afterNouns === nat.next || tokens[afterNouns]?.text !== ',' || withArticle !== 0 || !ARTICLES.test(tokens[0].lower)) continue;
    const named = nameFrom(text, tokens, afterNouns + 1, isPersonAt);
    if (!named || !(named.next >= tokens.length || APPOSITION_END.test(tokens[named.next].lower) || /^(?:said|says|is|was|has|had)$/u.test(tokens[named.next].lower))) continue;
    out.push({ start: 0, end: named.name.end, phrase: text.slice(0, tokens[afterNouns - 1].end), words: wordsOf(text, tokens, nat), name: named.name, ...nat, dual: dualAt(0, afterNouns) });
  }
  // After the name: "Julien Rochat, a French national,"; "Julien Rochat, 29, a Swiss engineer"; "Julien Rochat, who is French".
  for (let c = 1; c < tokens.length; c++) {
    if (tokens[c].text !== ',') continue;
    const run = runBefore(tokens, c);
    const name = nameIn(text, run, (start) => isPersonAt(start));
    if (!name) continue;
    let k = c + 1;
    if (/^\d{1,3}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
    const first = k;
    let article: string | undefined;
    if (tokens[k]?.lower === 'who' && /^(?:is|was)$/u.test(tokens[k + 1]?.lower ?? '')) k += 2;
    if (ARTICLES.test(tokens[k]?.lower ?? '')) article = tokens[k++].lower;
    let adjectives = 0;
    while (adjectives < MAX_ADJECTIVES && tokens[k] && /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(tokens[k].text) && !ARTICLES.test(tokens[k].lower) && !nationalityOf(tokens[k].text)) {
      k++;
      adjectives++;
    }
    const nat = nationalitiesAt(tokens, k);
    if (!nat) continue;
    // "the Swiss engineer" needs its noun; "a Swiss" and "who is Swiss" do not.
    const end = personNounsAt(tokens, nat.next, article !== 'the');
    if (end === undefined || (end < tokens.length && !APPOSITION_END.test(tokens[end].lower))) continue;
    // "Roberto Castellani, the Swiss ambassador, Anne Roux": a list, or a title of the next name.
    if (tokens[end]?.text === ',' && nameFrom(text, tokens, end + 1, isPersonAt)) continue;
    out.push({ start: name.start, end: tokens[end - 1].end, phrase: text.slice(tokens[first].start, tokens[end - 1].end), words: wordsOf(text, tokens, nat), name, ...nat, dual: dualAt(first, end) });
  }
  return out;
}

/** The nationality words of `nat` as written ("French", "French and Swiss"). */
function wordsOf(text: string, tokens: readonly Token[], nat: Nationalities): string {
  return text.slice(tokens[nat.first].start, tokens[nat.next - 1].end);
}

/** Nationality facts of one sentence. */
export function nationalityFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  // Most sentences name no nationality: a look at their capitalised words first, before tokenizing.
  if (!(s.text.match(/\p{Lu}[\p{L}]+/gu) ?? []).some((w) => nationalityOf(w) !== undefined)) return [];
  const personAt = (start: number) => sentenceMentions(doc, s.index).some((m) => m.type === 'PERSON' && m.start === s.start + start);
  return findNationalities(s.text, personAt).map((n) => {
    const key = personKey(n.name.name);
    const nameStart = s.start + n.name.start;
    const entity = doc.mentions.find((m) => m.type === 'PERSON' && m.id && m.start < nameStart + n.name.name.length && nameStart < m.end)?.id;
    const nationality: NationalityInfo = {
      key,
      name: n.name.name,
      firstName: firstNameOf(n.name.name),
      entity,
      words: n.words,
      countries: [...new Set(n.countries)],
      ties: [...new Set(n.ties)],
      dual: n.dual || new Set(n.countries).size > 1,
    };
    return factAt<NationalityFact>(doc, spanOf(doc, s.start + n.start, s.start + n.end), {
      kind: 'nationality',
      subject: `person:${key}`,
      attribute: 'nationality',
      value: { kind: 'set', items: nationality.countries },
      display: n.phrase,
      detail: { nationality, sentence: s.index },
    });
  });
}
