/**
 * Name mentions (PERSON, ORG, GPE, LOC, FAC, and NORP for nationalities) of one document, typed by
 * local evidence. The workspace step (resolveEntities) then pools evidence across documents.
 *
 * Capitalisation is the main signal, so positions where every word is capitalised need care: a
 * word that opens a sentence is taken as a name only with support (the same name elsewhere in the
 * document, a lexicon entry, a given name before another capitalised word...), and a Title Case
 * headline contributes only names that the document uses elsewhere.
 */
import { isBrand } from '../lexicon/brands';
import { FUNCTION_WORDS, LABEL_WORDS } from '../lexicon/commonWords';
import { STOPWORDS } from '../corroboration/stopwords';
import { FIRST_NAMES } from '../lexicon/firstNames';
import { foldName } from '../lexicon/fold';
import { CLUB_PREFIXES, FOREIGN_ORG_HEADS, GENERIC_ORG_NOUNS, LEGAL_SUFFIXES, NEWS_OUTLETS, ORG_NOUNS, ORG_SUFFIXES } from '../lexicon/organisations';
import { ADMIN_NOUNS_AFTER, FACILITY_SUFFIXES, isDemonym, LANDFORM_HEADS, NAMED_PLACE_HEADS, PLACE_NOUNS_AFTER, placeKind } from '../lexicon/places';
import { SPEECH_VERBS } from '../lexicon/speechVerbs';
import { isPluralPeopleNoun, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import type { TokenizedText } from '../text/nlp';
import type { Mention, Sentence, TypeEvidence } from '../types';
import { capitalisedRuns, isFunctionWord, isNeverName, segmentPiece, segmentRun, type Candidate } from './candidates';
import { CUE, contextCues, isBracketGloss, isOrgSuffixWord, lexiconCues, titleBefore } from './cues';
import { chooseType, typeGroup } from './evidence';
import { nicknameOf } from './nameKeys';
import { plainGap, sentenceWords, splitCompound, type Word } from './words';
import { findDateline } from '../dates/dateline';

interface SentenceWords {
  sentence: Sentence;
  words: Word[];
  titleCase: boolean;
}

interface Accepted {
  sw: SentenceWords;
  c: Candidate;
  fromHeading: boolean;
  /** Kept only if the workspace knows the name from elsewhere (see resolveEntities). */
  tentative?: boolean;
  /** An organisation's name in another language, lower-case words included ("Autorité de sûreté"). */
  foreign?: boolean;
}

/** Lower-case connectors inside names in other languages, elided forms included ("d'", "l'"). */
const FOREIGN_CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'pour', 'et', 'di', 'del', 'della', 'dei', 'degli', 'delle', 'per', 'e', 'do', 'da', 'dos', 'das', 'y', 'van', 'von', 'der', 'für', 'fur']);
const ELIDED_WORD = /^(?:l|d|dell|dall|all|nell|sull|degl)'(?=\p{L})/u;

/** True for a lower-case word that cannot be English: accented letters ("sûreté", "régionale"). */
const foreignLooking = (w: Word) => /[^\x00-\x7f]/u.test(w.text);

/**
 * Organisations named in French, Italian, Spanish or Portuguese keep their lower-case words and
 * elided articles: "Bureau d'enquête sur les risques industriels (BERI)" (the bracketed acronym
 * after it says where the name starts and ends), "Autorité de sûreté des installations",
 * "l'Agence régionale de santé" (after a foreign head word, connectors and words that cannot be
 * English). Replaces the shorter candidates inside.
 */
function widenForeignNames(sw: SentenceWords, accepted: Accepted[], text: string): void {
  const words = sw.words;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "(BERI)" after lower-case words: the name is the words whose initials spell it.
    if (w.acronym && /\(\s*$/u.test(w.gap) && /^\s*\)/u.test(text.slice(w.end, w.end + 2)) && i > 0) {
      const letters = w.text.replace(/[^\p{L}]/gu, '').toLowerCase();
      for (let s = i - 1; s >= Math.max(0, i - 12); s--) {
        if (s < i - 1 && !plainGap(words[s + 1].gap) && !ELIDED_WORD.test(words[s + 1].lower)) break;
        if (!words[s].cap) continue;
        const content = words.slice(s, i).filter((x) => !FOREIGN_CONNECTORS.has(x.lower));
        const initials = content.map((x) => x.lower.replace(ELIDED_WORD, '')[0]).join('');
        if (initials === letters && words.slice(s, i).some((x) => !x.cap)) spans.push([s, i - 1]);
        if (initials.length >= letters.length) break;
      }
      continue;
    }
    if (!w.cap || !FOREIGN_ORG_HEADS.has(w.lower)) continue;
    let last = i;
    while (words[last + 1] && words[last + 1].cap && plainGap(words[last + 1].gap)) last++;
    for (let k = last + 1; k < words.length; k++) {
      const x = words[k];
      if (!plainGap(x.gap) && !/^[ \t\u00a0]+(?:d|l)['’]$/u.test(x.gap)) break;
      const next = words[k + 1];
      const nextJoins = next && plainGap(next.gap) && (next.cap || foreignLooking(next) || ELIDED_WORD.test(next.lower));
      if (FOREIGN_CONNECTORS.has(x.lower) && nextJoins) continue;
      if (x.cap || foreignLooking(x) || ELIDED_WORD.test(x.lower)) {
        last = k;
        continue;
      }
      break;
    }
    if (words.slice(i, last + 1).some((x) => !x.cap)) spans.push([i, last]);
  }
  for (const [first, last] of spans) {
    const start = words[first].start;
    const end = words[last].end;
    for (let k = accepted.length - 1; k >= 0; k--) {
      const a = accepted[k];
      if (a.sw === sw && a.c.start < end && start < a.c.end) accepted.splice(k, 1);
    }
    accepted.push({ sw, c: { first, last, start, end, text: text.slice(start, end), norp: false, theDropped: false }, fromHeading: false, foreign: true });
  }
}

/** Lower-case words that may stand inside a body's description before its acronym ("disaster management"). */
const DESCRIPTION_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);

/**
 * "the West Nusa Tenggara disaster management agency (BPBD)", "the Kaldor city council (KCC)": a
 * name, lower-case words that end in a noun for a body, and the body's acronym in brackets. The
 * name, description included, is the body's; it replaces the shorter candidate (a province, a city).
 */
function widenBodiesBeforeAcronyms(sw: SentenceWords, accepted: Accepted[], text: string): void {
  const words = sw.words;
  for (let i = 2; i < words.length; i++) {
    const w = words[i];
    if (!w.acronym || !/\(\s*$/u.test(w.gap) || !/^\s*\)/u.test(text.slice(w.end, w.end + 2))) continue;
    const head = words[i - 1];
    // One body ("agency", "council"), not a service of a place ("the Prahova emergency services").
    if (head.cap || !GENERIC_ORG_NOUNS.has(head.lower)) continue;
    let k = i - 1;
    while (k > 0 && i - k <= 4 && !words[k - 1].cap && plainGap(words[k].gap) && !FUNCTION_WORDS.has(words[k - 1].lower) && DESCRIPTION_POS.has(words[k - 1].pos)) k--;
    const nameEnd = words[k - 1];
    if (!nameEnd || !nameEnd.cap || nameEnd.possessive || !plainGap(words[k].gap) || FUNCTION_WORDS.has(words[k].lower)) continue;
    const at = accepted.findIndex((a) => a.sw === sw && a.c.last === k - 1 && !a.c.norp);
    if (at < 0) continue;
    const { first, start } = accepted[at].c;
    const end = head.end;
    accepted[at] = { sw, c: { first, last: i - 1, start, end, text: text.slice(start, end), norp: false, theDropped: false }, fromHeading: false, foreign: true };
  }
}

/** Finds the name mentions of a document in its sentences (never in page furniture). */
export function extractNameMentions(text: string, tokenized: TokenizedText, sentences: readonly Sentence[]): Mention[] {
  const raw = sentences.map((sentence) => ({ sentence, words: sentenceWords(text, sentence, tokenized.tokens) }));

  // Document-wide facts about words: which appear in lower case, which stand alone capitalised.
  const lowerWords = new Set<string>();
  const standalone = new Set<string>();
  for (const { words } of raw) {
    for (const w of words) {
      if (!w.cap) lowerWords.add(w.lower);
      else if (!w.parts && !w.initial) standalone.add(w.lower);
    }
  }
  const all: SentenceWords[] = raw.map(({ sentence, words }) => {
    // "Paris-Berlin" is two names when the article writes a part alone or every part is a known
    // name; "Agence France-Presse" (after a capitalised word), "Jean-Pierre" and a place whose first
    // part only happens to be another place's name ("Kara-Tash", with a town "Kara" elsewhere) stay whole.
    const split: Word[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w.parts) {
        split.push(w);
        continue;
      }
      const prev = words[i - 1];
      const insideName = prev && prev.cap && plainGap(w.gap) && !prev.possessive;
      const next = words[i + 1];
      const modifier = next !== undefined && !next.cap && plainGap(next.gap) && next.pos === 'NOUN';
      if (!insideName && splitsIntoNames(text, w.parts, standalone, modifier)) split.push(...splitCompound(text, w));
      else split.push(w);
    }
    for (let i = 0; i < split.length; i++) split[i].index = i;
    return { sentence, words: split, titleCase: isTitleCase(sentence, split) };
  });

  // Pass 1: names in ordinary positions; they support the same names in doubtful positions.
  const accepted: Accepted[] = [];
  const doubtful: Accepted[] = [];
  const support = new Set<string>();
  for (const sw of all) {
    if (sw.titleCase) continue;
    for (const [first, last] of capitalisedRuns(sw.words)) {
      for (const c of segmentRun(sw.words, text, first, last)) {
        if (c.first === c.last && LABEL_WORDS.has(sw.words[c.first].lower)) continue;
        if (houseStyleReference(sw.words, c) || namesAnIllness(sw.words, c)) continue;
        const item = { sw, c, fromHeading: false };
        if ((sw.words[c.first].initial || c.openerDropped) && c.titleFirst === undefined) doubtful.push(item);
        else {
          accepted.push(item);
          addSupport(support, sw.words, c);
        }
      }
    }
  }
  // Pass 2: sentence-initial candidates.
  for (const item of doubtful) {
    const kept = acceptInitial(item.sw.words, item.c, support, lowerWords, text);
    for (const c of kept) {
      accepted.push({ ...item, c });
      addSupport(support, item.sw.words, c);
    }
    if (kept.length === 0 && mayBeName(item.sw.words, item.c, lowerWords)) accepted.push({ ...item, tentative: true });
  }
  // Pass 3: Title Case headings contribute only names the document supports; other capitalised
  // words there are tentative.
  for (const sw of all) {
    if (!sw.titleCase) continue;
    const found = headingNames(sw.words, text, support);
    accepted.push(...found.map((c) => ({ sw, c, fromHeading: true })));
    for (const w of sw.words) {
      if (found.some((c) => c.first <= w.index && w.index <= c.last)) continue;
      const single: Candidate = { first: w.index, last: w.index, start: w.start, end: w.end, text: w.text, norp: false, theDropped: false };
      if (mayBeName(sw.words, single, lowerWords) && !w.parts) accepted.push({ sw, c: single, fromHeading: true, tentative: true });
    }
  }

  for (const sw of all) {
    if (sw.titleCase) continue;
    widenForeignNames(sw, accepted, text);
    widenBodiesBeforeAcronyms(sw, accepted, text);
  }

  accepted.sort((a, b) => a.c.start - b.c.start);
  const mentions = accepted.map((a) => toMention(a, text));
  accepted.forEach((a, i) => a.tentative && mentions[i].evidence.push({ type: 'PERSON', weight: 0, cue: CUE.tentative }));
  propagateInLists(accepted, mentions);
  countriesByTheirAdjectives(text, mentions);
  for (const m of mentions) if (m.type !== 'NORP') m.type = chooseType(m.evidence);
  datelinePlace(text, mentions, (at) => all.find((sw) => sw.sentence.start <= at && at < sw.sentence.end)?.sentence.index);
  return mentions;
}

/**
 * A country the lexicon does not know, told by its adjective too: "Valdesia" beside "the Valdesian
 * coast guard", "Carvelia" beside "two Carvelian diplomats". A name one capitalised word long that
 * the article also writes with "n" or "an" after it, that form before a lower-case word, is a place,
 * and that form is its nationality.
 */
function countriesByTheirAdjectives(text: string, mentions: Mention[]): void {
  const single = mentions.filter((m) => !/\s/u.test(m.text) && m.type !== 'NORP');
  if (single.length === 0) return;
  const names = new Set(single.map((m) => m.text));
  const adjectiveOf = new Map<string, string>();
  for (const m of text.matchAll(NATIONAL_ADJECTIVE_BEFORE_NOUN)) {
    const adjective = m[1];
    const stem = [adjective.slice(0, -1), adjective.slice(0, -2)].find((x) => x.length >= 4 && names.has(x));
    if (stem) adjectiveOf.set(adjective, stem);
  }
  peoplesByTheirAdjectives(text, single, adjectiveOf);
  if (adjectiveOf.size === 0) return;
  const countries = new Set([...adjectiveOf.values()].filter(Boolean));
  for (const m of mentions) {
    if (adjectiveOf.has(m.text)) {
      m.type = 'NORP';
      m.evidence = [{ type: 'NORP', weight: 5, cue: CUE.nationality }];
    } else if (countries.has(m.text)) m.evidence.push({ type: 'GPE', weight: 3, cue: CUE.placeNoun });
  }
}

/**
 * A people's or a region's adjective the lexicon does not know: "the Sumatran tiger", "Javanese
 * villages". A word of one capitalised word ending in "-an" or "-ese" that the article only ever
 * writes before a lower-case word, and that nothing else marks as a name (a lexicon, a title, a
 * speech verb), is an adjective, not an organisation.
 */
function peoplesByTheirAdjectives(text: string, single: readonly Mention[], adjectiveOf: Map<string, string>): void {
  for (const m of single) {
    if (!PEOPLE_ADJECTIVE.test(m.text) || adjectiveOf.has(m.text) || m.evidence.some((e) => e.weight >= 1.5)) continue;
    const all = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${m.text}(?![\\p{L}\\p{N}-])(?:\\s+(\\p{Ll}+))?`, 'gu'))];
    if (all.length > 0 && all.every((x) => x[1] !== undefined && isNounAfterAdjective(x[1]))) adjectiveOf.set(m.text, '');
  }
}

/**
 * A lower-case word that may be the noun an adjective qualifies: not a function word or a verb of
 * the few kinds that follow a place's name ("Ugljan will", "Teleorman county" names a place).
 */
function isNounAfterAdjective(word: string): boolean {
  return !STOPWORDS.has(word) && !PLACE_NOUNS_AFTER.has(word) && !ADMIN_NOUNS_AFTER.has(word) && !/(?:ed|ly)$/u.test(word) && !VERBS_AFTER_NAMES.has(word);
}

const VERBS_AFTER_NAMES = new Set(['said', 'says', 'told', 'stay', 'stays', 'remain', 'remains', 'lies', 'sits', 'won', 'lost', 'beat', 'took', 'made', 'saw', 'got', 'went', 'came']);

const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|an|ese)$/u;

/** A capitalised word ending in "-ian", "-ean" or "-an" before a lower-case word ("Carvelian diplomats"). */
const NATIONAL_ADJECTIVE_BEFORE_NOUN = /\b(\p{Lu}\p{Ll}+(?:ian|ean|an))\s+\p{Ll}/gu;

/**
 * "TARGU ALBESTI, Romania, Oct 19 (MPA) -", "ST. CATHARINES, Ontario, Jan 18 -": the date line's
 * place is where the story was filed, one place however its capitals were cut into names.
 */
function datelinePlace(text: string, mentions: Mention[], sentenceAt: (offset: number) => number | undefined): void {
  const dateline = findDateline(text);
  if (!dateline) return;
  const start = text.indexOf(dateline.place, dateline.start);
  if (start < 0) return;
  const end = start + dateline.place.length;
  const inside = mentions.filter((m) => m.start >= start && m.end <= end && m.type !== 'NORP');
  // "BOROVNIK, Nov 4 (MPA) -": a place in capitals that no other cue made a name is still the place.
  // (Only a line that dates the story: a masthead in capitals before a dash is no date line.)
  if (inside.length === 0 && !dateline.monthDay && !AGENCY_AFTER_PLACE.test(text.slice(end, end + 60))) return;
  const sentence = inside[0]?.sentence ?? sentenceAt(start);
  if (sentence === undefined || !/\p{L}/u.test(dateline.place)) return;
  const evidence: TypeEvidence[] = [...(inside[0]?.evidence ?? []), { type: 'GPE', weight: 3, cue: CUE.placeNoun }];
  const place: Mention = { ...(inside[0] ?? {}), start, end, text: dateline.place, sentence, evidence, type: chooseType(evidence) };
  for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
  mentions.splice(mentions.findIndex((m) => m.start > start) < 0 ? mentions.length : mentions.findIndex((m) => m.start > start), 0, place);
}

/** "CZERWIONKA-LESZCZYNY, Poland (TEP) -": an agency's credit in brackets after the place. */
const AGENCY_AFTER_PLACE = /^(?:,[^(—–\n-]{0,40})?\s*\(\p{Lu}{2,}[^)]{0,20}\)\s*[-—–]/u;

/** Nouns of illnesses named after a place or a person ("Lyme disease", "Zika virus", "Lassa fever"). */
const ILLNESS_NOUNS = new Set(['disease', 'diseases', 'syndrome', 'virus', 'fever', 'flu', 'disorder']);

/** "Lyme disease", "Crohn's disease": the name is part of an illness's, not a place or a person in the story. */
function namesAnIllness(words: readonly Word[], c: Candidate): boolean {
  const next = words[c.last + 1];
  return c.last - c.first < 2 && next !== undefined && !next.cap && plainGap(next.gap) && ILLNESS_NOUNS.has(next.lower);
}

/** Determiners before a capitalised common noun that refers back to a name ("the Club", "our Company"). */
const REFERRING_DETERMINERS = new Set(['the', 'this', 'that', 'our', 'its', 'their']);

/**
 * "The Board said", "the Company", "the Ministry asked": a house style that capitalises the common
 * noun for an organisation already named. A reference, not a new name.
 */
function houseStyleReference(words: readonly Word[], c: Candidate): boolean {
  if (c.first !== c.last || c.norp) return false;
  const w = words[c.first];
  if (w.acronym || !GENERIC_ORG_NOUNS.has(w.lower)) return false;
  const prev = words[c.first - 1];
  return c.theDropped || (prev !== undefined && plainGap(w.gap) && REFERRING_DETERMINERS.has(prev.lower));
}

/**
 * True when a capitalised compound ("Paris-Berlin", "Meghapura-Hubballi") is several names: the
 * article writes every part alone, or one part alone that is a known place ("Soccer-Norway",
 * "Brno-Líšeň") or while the compound qualifies a noun ("the Meghapura-Hubballi highway"), or every
 * part is a known place or nationality. One part that the lexicon knows is not enough: its
 * thousands of towns name the first halves of many places' names. Nor is one part written alone: a
 * town is often called by the first half of its name ("Czerwionka" for "Czerwionka-Leszczyny").
 */
function splitsIntoNames(text: string, parts: ReadonlyArray<{ start: number; end: number }>, standalone: ReadonlySet<string>, modifier: boolean): boolean {
  const words = parts.map((p) => text.slice(p.start, p.end));
  const alone = words.filter((w) => standalone.has(foldName(w)));
  const known = (w: string) => placeKind(w) !== undefined || isDemonym(w);
  return alone.length === words.length || (alone.length > 0 && (modifier || alone.some(known))) || words.every(known);
}

/**
 * A line in Title Case, where capitals say nothing about names: a heading whose content words are
 * mostly capitalised, or any line whose content words all are.
 */
function isTitleCase(sentence: Sentence, words: readonly Word[]): boolean {
  let content = 0;
  let caps = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.lower) || !HAS_LETTER.test(w.text)) continue;
    content++;
    if (w.cap) caps++;
  }
  if (content < 2) return false;
  if (caps === content) return true;
  return sentence.heading && content >= 3 && caps / content >= 0.6;
}

const HAS_LETTER = /\p{L}/u;
const SPACES = /\s+/gu;

const keyOf = (s: string) => foldName(s).replace(SPACES, ' ');

/** Records a name, and the surname of a person's full name, as supported in this document. */
function addSupport(support: Set<string>, words: readonly Word[], c: Candidate): void {
  if (c.norp) return;
  support.add(keyOf(c.text));
  const nickname = nicknameOf(c.text);
  if (nickname) support.add(keyOf(nickname));
  // "Westbury Athletic" supports "Westbury" opening a sentence later, "FC Lindholm" supports "Lindholm".
  // The local type costs a pass over the cues: compute it once, and only when needed.
  let type: string | undefined;
  const typeOf = () => (type ??= localType(words, c));
  const own = words.slice(c.first, c.last + 1);
  if (own.length >= 2 && own.every((w) => w.cap) && typeOf() === 'ORG') {
    const p = own.findIndex((w) => !CLUB_PREFIXES.has(w.lower));
    if (p === 0) support.add(own[0].lower);
    else if (p > 0) support.add(keyOf(own.slice(p).map((w) => w.text).join(' ')));
    // "The nationalist Ostrian Renewal ... Renewal leader X": a body after its national adjective
    // is named without it too.
    if (own.length === 2 && /\p{Ll}(?:ian|an|ish|ese|ic)$/u.test(own[0].text)) support.add(own[1].lower);
  }
  const caps = words.slice(c.first, c.last + 1).filter((w) => w.cap);
  if (caps.length >= 2 && typeOf() === 'PERSON') support.add(caps[caps.length - 1].lower);
}

/**
 * Decides on a candidate that opens its sentence, where a common word is capitalised too. Returns
 * the candidate, or what is left of it without its first word, or nothing.
 */
function acceptInitial(words: readonly Word[], c: Candidate, support: ReadonlySet<string>, lowerWords: ReadonlySet<string>, text: string): Candidate[] {
  // A bracket opens no sentence: a gloss there keeps its first word ("(Movement for Truth)").
  if (c.norp || support.has(keyOf(c.text)) || isBracketGloss(words, c)) return [c];
  const first = words[c.first];
  const capsCount = words.slice(c.first, c.last + 1).filter((w) => w.cap).length;
  if (capsCount === 1) {
    const kind = placeKind(first.text);
    if (LABEL_WORDS.has(first.lower)) return [];
    if (first.acronym && !isNeverName(first)) return [c];
    if (NEWS_OUTLETS.has(first.lower) || isBrand([first.lower])) return [c];
    if (kind && kind !== 'city' && kind !== 'province') return [c];
    if (lowerWords.has(first.lower) || isFunctionWord(first)) return [];
    if (kind === 'city' || kind === 'province') return [c];
    const next = words[c.last + 1];
    // "Doe said" opening a sentence; "Survivors said", "Engineers said" are people, not a name.
    if (first.pos === 'PROPN' && next && plainGap(next.gap) && SPEECH_VERBS.has(next.lower) && !isPluralPeopleNoun(first.lower)) return [c];
    // "Gavi, the vaccine alliance, ...": an apposition or a noun that types the name.
    // "Packaging group Acme ...": the word qualifies the noun that introduces the next name.
    const after = words[c.last + 1];
    if (after && !after.cap && ORG_NOUNS.has(after.lower) && words[c.last + 2]?.cap) return [];
    // "Evacuated residents were staying...": a participle opening the sentence, not a place.
    if (first.pos === 'VERB' && /(?:ed|ing)$/u.test(first.lower)) return [];
    const strongCue = contextCues(words, c).some((e) => e.weight >= 1.5 && (e.cue === CUE.apposition || e.cue === CUE.orgNoun || e.cue === CUE.placeNoun));
    return strongCue ? [c] : [];
  }
  if ((!lowerWords.has(first.lower) && !isFunctionWord(first) && !commonOpener(words, c)) || fieldOfBody(words, c)) return [c];
  // Drop the common first word and cut the rest anew ("Terrified Brits" leaves a nationality);
  // it no longer opens the sentence.
  let k = c.first + 1;
  while (k <= c.last && !words[k].cap) k++;
  if (k > c.last) return [];
  return segmentPiece(words, text, k, c.last).filter((rest) => !isFunctionWord(words[rest.first]) || rest.first < rest.last);
}

/**
 * True when the first word of a sentence-opening run is a common word even though the document
 * never writes it in lower case: a title modifier ("Former Porto mayor ..."), or a verb or adverb
 * by its part of speech ("Terrified Brits ...", "Buy Now"). Given names and runs that end as an
 * organisation ("United Airlines") keep their first word.
 */
function commonOpener(words: readonly Word[], c: Candidate): boolean {
  const first = words[c.first];
  if (FIRST_NAMES.has(first.lower) || first.acronym || LANDFORM_HEADS.has(first.lower.replace(/\.$/u, ''))) return false;
  if (TITLE_MODIFIERS.has(first.lower) && !TITLE_HEADS.has(words[c.first + 1]?.lower ?? '')) return !fieldOfBody(words, c);
  if (first.pos !== 'VERB' && first.pos !== 'AUX' && first.pos !== 'ADV') return false;
  return !endsAsBody(words, c);
}

/** True when the candidate's last word makes it a body or a facility ("... Ministry", "... Airport"). */
function endsAsBody(words: readonly Word[], c: Candidate): boolean {
  const lastWord = words[c.last].lower.replace(/\.$/u, '');
  return ORG_SUFFIXES.has(lastWord) || FACILITY_SUFFIXES.has(lastWord);
}

/**
 * "Interior Ministry spokeswoman ...", "Foreign Office spokesman ...": a sentence-opening field
 * (a word the article also writes in lower case) names the body it opens ("Former Army chief ..."
 * stays cut: "former" is no field).
 */
function fieldOfBody(words: readonly Word[], c: Candidate): boolean {
  return c.last > c.first && PORTFOLIO_WORDS.has(words[c.first].lower) && endsAsBody(words, c);
}

/**
 * A single capitalised word in a doubtful position that could still be a name known from other
 * documents ("Hale will sentence...", where only another article gives "Judge Rebecca Hale").
 */
function mayBeName(words: readonly Word[], c: Candidate, lowerWords: ReadonlySet<string>): boolean {
  if (c.first !== c.last || c.norp) return false;
  const w = words[c.first];
  if (TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || LABEL_WORDS.has(w.lower) || w.code) return false;
  return w.cap && !w.acronym && w.text.length > 1 && !lowerWords.has(w.lower) && !isFunctionWord(w) && !isNeverName(w) && !isDemonym(w.text) && /^\p{Lu}\p{Ll}/u.test(w.text);
}

/** Lower-case words that may sit inside a name in a Title Case line. */
const HEADING_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'du', 'des', 'la', 'le', 'y']);

/** Names in a Title Case line: the longest word sequences the document supports, and countries. */
function headingNames(words: readonly Word[], text: string, support: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i].cap || isNeverName(words[i])) {
      i++;
      continue;
    }
    let found = 0;
    for (let len = 5; len >= 1 && !found; len--) {
      const last = i + len - 1;
      if (last >= words.length) continue;
      let ok = true;
      for (let k = i; k <= last; k++) {
        // Lower-case connectors inside a supported name: "Assembly of the Republic", "Labour and Progress Party".
        const connector = k > i && k < last && HEADING_CONNECTORS.has(words[k].lower);
        if ((!words[k].cap && !connector) || (k > i && (!plainGap(words[k].gap) || words[k - 1].possessive))) ok = false;
      }
      if (!words[last].cap) ok = false;
      if (!ok) continue;
      const t = text.slice(words[i].start, words[last].end);
      const kind = len === 1 ? placeKind(t) : undefined;
      if (support.has(keyOf(t)) || (kind && kind !== 'city')) found = len;
    }
    if (found) {
      const last = i + found - 1;
      out.push({ first: i, last, start: words[i].start, end: words[last].end, text: text.slice(words[i].start, words[last].end), norp: false, theDropped: false });
      i += found;
    } else i++;
  }
  return out;
}

/** The type local evidence gives a candidate, title included. */
function localType(words: readonly Word[], c: Candidate): string {
  const evidence = [...lexiconCues(words, c), ...contextCues(words, c)];
  const placeNamed = c.last > c.first && NAMED_PLACE_HEADS.has(words[c.last].lower);
  if (!placeNamed && (c.titleFirst !== undefined || titleBefore(words, c.first, c.first))) evidence.push({ type: 'PERSON', weight: 3, cue: CUE.title });
  return chooseType(evidence);
}

function toMention(a: Accepted, text: string): Mention {
  const { sw, c } = a;
  const sentence = sw.sentence.index;
  if (c.norp) return { start: c.start, end: c.end, text: c.text, sentence, type: 'NORP', evidence: [{ type: 'NORP', weight: 5, cue: CUE.nationality }] };
  const evidence: TypeEvidence[] = [...lexiconCues(sw.words, c)];
  if (!a.fromHeading) evidence.push(...contextCues(sw.words, c));
  // A company's or a body's name ("its Dutch rival Kelvane N.V.", "Vice Director of Hai Phong
  // Customs Department") takes no personal title.
  const lastWord = sw.words[c.last].lower.replace(/\.$/u, '');
  // (Nor does a place named after a person: "King George Island", "Prince Edward Island".)
  const company = (isOrgSuffixWord(sw.words[c.last]) || NAMED_PLACE_HEADS.has(lastWord)) && c.last > c.first;
  const title = a.fromHeading || company ? undefined : titleBefore(sw.words, c.titleFirst ?? c.first, c.first);
  if (a.foreign) evidence.push({ type: 'ORG', weight: 3.5, cue: CUE.orgSuffix });
  const mention: Mention = { start: c.start, end: c.end, text: c.text, sentence, type: 'PERSON', evidence };
  if (title) {
    const t = text.slice(title.start, title.end);
    evidence.push({ type: 'PERSON', weight: 3, cue: `${CUE.title} '${t}'` });
    mention.title = t;
  }
  mention.type = chooseType(evidence);
  return mention;
}

/**
 * Names in a list ("in Tarragona and Girona", "Britain, Germany and Italy") share their type:
 * a member with strong evidence lends a weak cue to members without any, and a place preposition
 * before the list applies to every member.
 */
function propagateInLists(accepted: readonly Accepted[], mentions: Mention[]): void {
  let i = 0;
  while (i < accepted.length) {
    let j = i;
    let conjunction = false;
    while (j + 1 < accepted.length && coordinated(accepted[j], accepted[j + 1])) {
      conjunction ||= accepted[j + 1].sw.words.slice(accepted[j].c.last + 1, accepted[j + 1].c.first).length > 0;
      j++;
    }
    // "A, B" alone may be an apposition or an introductory phrase ("In Frankfurt, the Bank...").
    if (j > i && conjunction) {
      const members = mentions.slice(i, j + 1).filter((m) => m.type !== 'NORP');
      const strong = (m: Mention) => m.evidence.some((e) => e.weight >= 2.5 && e.type !== 'NORP');
      const groups = new Set(members.filter(strong).map((m) => typeGroup(chooseType(m.evidence.filter((e) => e.weight >= 2.5)))));
      const lead = members.find(strong);
      const preposition = mentions[i].evidence.find((e) => e.cue === CUE.preposition);
      for (const m of members) {
        if (groups.size === 1 && lead && !strong(m)) {
          const type = chooseType(lead.evidence.filter((e) => e.weight >= 2.5));
          m.evidence.push({ type, weight: 1, cue: `${CUE.coordination} '${lead.text}'` });
        }
        if (preposition && m !== mentions[i]) m.evidence.push({ ...preposition });
      }
    }
    i = j + 1;
  }
}

/** True when `b` follows `a` in the same sentence with only commas, "and" or "or" between them. */
function coordinated(a: Accepted, b: Accepted): boolean {
  if (a.sw !== b.sw || a.c.norp || b.c.norp) return false;
  const words = a.sw.words;
  if (words[a.c.last].possessive) return false;
  const between = words.slice(a.c.last + 1, b.c.first);
  if (between.length > 1 || between.some((w) => w.lower !== 'and' && w.lower !== 'or')) return false;
  const gaps = [...between, words[b.c.first]].map((w) => w.gap).join('');
  // "Acme Inc. and Doe Ltd": the period of an abbreviation does not end the list.
  const abbreviation = /^\.\s/u.test(gaps) && LEGAL_SUFFIXES.has(words[a.c.last].lower);
  return (/^[\s,]*$/u.test(gaps) || (abbreviation && /^\.[\s,]*$/u.test(gaps))) && (between.length === 1 || /,/u.test(gaps));
}
