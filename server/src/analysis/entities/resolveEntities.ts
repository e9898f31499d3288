/**
 * Alias resolution across the workspace: one id per real-world entity in every document.
 *
 * Mentions meet first under a normalised key (accents, transliteration variants and country
 * abbreviations made equal), which pools their type evidence across documents. Keys are then
 * joined where evidence says they name one entity: a person's full names with compatible given
 * names ("Tatiana Orlova" / "Tatyana Orlova"), an acronym and its expansion, and a bare surname and
 * the full name it stands for. A bare surname shared by two different people goes to the one
 * named most recently in the same document, or stays apart when the document names neither.
 * Everything is indexed by key, so the cost grows with the number of mentions, not with pairs.
 */
import { foldName } from '../lexicon/fold';
import { CLUB_PREFIXES, NEWS_OUTLETS, PARTY_GLOSS_HEADS } from '../lexicon/organisations';
import { canonicalCountry, isDemonym, LANDFORM_HEADS, placeKind } from '../lexicon/places';
import { FIRST_NAMES } from '../lexicon/firstNames';
import { koreanSurname } from '../lexicon/koreanSurnames';
import { PORTFOLIO_WORDS } from '../lexicon/titles';
import { runSteps, type Steps } from '../steps';
import type { DocumentAnalysis, EntityType, Mention, ResolvedEntity, TypeEvidence } from '../types';
import { CUE } from './cues';
import { chooseType, groupTotals, totals } from './evidence';
import { conceptBagKey, headTranslatedKey, translatedNameKey } from './translatedNames';
import { placeNameParts, sameTranslatedPlace } from './translatedPlaces';
import { bodyWordBag } from './bodyWordBags';
import { digraphSpellings } from './digraphSpellings';
import { firstSurnameIndex } from './doubleSurnames';
import { givenNameForms } from './givenNameVariants';
import { acronymLetters, initials, nameKey, nameWords, nicknameOf, transliterationKey, withoutNickname } from './nameKeys';

/** Turns a name into an id: lower case, accents folded, dashes for spaces. */
export function slug(name: string): string {
  return foldName(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

const NAME_TYPES_AND_NORP: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'MISC', 'NORP']);

interface Item {
  doc: DocumentAnalysis;
  m: Mention;
  key: string;
  words: string[];
  /** The evidence that counts for the entity's type (the mention's, less cues that linking discounts). */
  evidence: readonly TypeEvidence[];
  /** The entity id and the type resolution gives the mention (set by `buildEntities`). */
  id: string | undefined;
  type: EntityType | undefined;
  /** True for a tentative name that nothing in the workspace confirms: it is left out. */
  dropped: boolean;
}

interface Group {
  key: string;
  items: Item[];
  type: EntityType;
  norp: boolean;
}

/** Union-find over group keys. */
class Sets {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key becomes the root, so the result does not depend on the order of unions.
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
}

const isTentative = (m: Mention) => m.evidence.some((e) => e.cue === CUE.tentative);

/** What alias resolution gives: the workspace's entities, and each document's resolved mentions. */
export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  /**
   * Per document, in the order given, its mentions as the workspace sees them: ids and types set,
   * and the tentative names (capitalised words in headlines and at the start of sentences) that no
   * other mention confirms left out. A name mention is a copy of the document's own: resolution
   * never modifies its input, so an earlier result keeps its ids while a later one is computed.
   * An array (and each copy in it) is the previous run's object again when nothing in it changed.
   */
  mentions: Mention[][];
}

/**
 * Resolves the name mentions of all documents to entities, in one go. Returns the entities and
 * the documents with their resolved mentions: new objects, the given ones are left as they are.
 */
export function resolveEntities(docs: readonly DocumentAnalysis[]): { entities: Map<string, ResolvedEntity>; docs: DocumentAnalysis[] } {
  const { entities, mentions } = runSteps(resolveEntitiesSteps(docs));
  return { entities, docs: docs.map((doc, i) => ({ ...doc, mentions: mentions[i] })) };
}

/** Documents whose mentions are grouped between two yields of `resolveEntitiesSteps`. */
const DOCS_PER_STEP = 16;
/** Groups of mentions (name keys) handled between two yields. */
const GROUPS_PER_STEP = 256;

/** `resolveEntities`, yielding between documents and between passes (see steps.ts). */
export function* resolveEntitiesSteps(docs: readonly DocumentAnalysis[]): Steps<Resolution> {
  const groups = new Map<string, Group>();
  /** Per document, per mention (same index), the mention's item when it is a name. */
  const itemsOf: Array<Array<Item | undefined>> = [];
  /** [nickname key, full name key] for names written with a nickname in quotes. */
  const nicknames: Array<[string, string]> = [];
  for (const doc of docs) {
    const items: Array<Item | undefined> = [];
    itemsOf.push(items);
    for (const m of doc.mentions) {
      if (!NAME_TYPES_AND_NORP.has(m.type)) {
        items.push(undefined);
        continue;
      }
      const { key, words, norp, nicknameKey } = keysOf(m);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, items: [], type: 'PERSON', norp }));
      // Every field is set here, so that all items share one shape (the hot loops below read them).
      const item: Item = { doc, m, key, words, evidence: m.evidence, id: undefined, type: undefined, dropped: false };
      items.push(item);
      g.items.push(item);
      if (nicknameKey !== undefined) nicknames.push([nicknameKey, key]);
    }
    if (itemsOf.length % DOCS_PER_STEP === 0) yield;
  }
  mergeDigraphSpellings(groups);
  yield;
  let typed = 0;
  const demonyms = demonymWords(groups);
  for (const g of groups.values()) {
    // (Once per name, on its first item, which the entity's type is pooled from too.)
    if (!g.norp && hasDemonym(g, demonyms)) g.items[0].evidence = [...g.items[0].evidence, DEMONYM_EVIDENCE];
    g.type = g.norp ? 'NORP' : chooseType(pooled(g.items.flatMap((i) => i.evidence)));
    if (++typed % GROUPS_PER_STEP === 0) yield;
  }

  const sets = new Sets();
  // Thiago "Tigrinho" Lemos: "Tigrinho" alone is him.
  for (const [nick, full] of nicknames) if (groups.has(nick) && !groups.get(nick)!.norp) sets.union(nick, full);
  yield;
  joinAcronyms(docs, groups, sets);
  joinPartyNames(groups, sets);
  joinTranslatedNames(groups, sets);
  joinTranslatedPlaces(groups, sets);
  joinReorderedBodies(groups, sets);
  joinPortsToTheirPlaces(groups, sets);
  joinReversedNames(groups, sets);
  joinKoreanRomanizations(groups, sets);
  joinSpacedSyllables(groups, sets);
  joinBodiesWithoutTheirCountry(groups, sets);
  joinBodiesWithSpelledOutPrefixes(groups, sets);
  yield;
  const surnames = joinFullNames(groups, sets);
  joinBareGivenNames(groups, sets, surnames);
  joinBodiesToTheirShortForms(groups, sets, surnames);
  dropUnconfirmed(groups, surnames);
  yield;
  const rootOf = yield* assignBareSurnames(groups, sets, surnames);
  const untyped = untypeBareGuesses(groups, sets, surnames, rootOf);
  yield;
  const entities = yield* buildEntities(groups, rootOf, untyped);
  const mentions: Mention[][] = [];
  for (let d = 0; d < docs.length; d++) {
    mentions.push(resolvedMentions(docs[d], itemsOf[d]));
    if (d % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
  }
  return { entities, mentions };
}

/**
 * A name whose people have a word of their own is a place: "neighbouring Nyakora" beside
 * "Nyakoran Foreign Minister", "Kourandi" beside "every Kourandian". A country the lexicon does not
 * know (a small one, or one spelled as its own language does) is typed by the workspace's own
 * words, as a reader would. A given name is left alone ("Christian" is no demonym of anyone).
 */
const DEMONYM_EVIDENCE: TypeEvidence = { type: 'GPE', weight: 2, cue: 'demonym in the workspace' };

/** The single capitalised words of the workspace's names that may be demonyms, folded ("nyakoran", "kourandian"). */
function demonymWords(groups: ReadonlyMap<string, Group>): Set<string> {
  const out = new Set<string>();
  for (const g of groups.values()) {
    const text = g.items[0].m.text;
    if (g.items[0].words.length === 1 && /(?:an|ese|i)$/u.test(text)) out.add(foldName(text));
  }
  return out;
}

/** True when a one-word name's demonym is among `demonyms`: the name with "-n", "-an", "-ian", "-ese" or "-i", or its final vowel so replaced. */
function hasDemonym(g: Group, demonyms: ReadonlySet<string>): boolean {
  if (demonyms.size === 0 || g.items[0].words.length !== 1) return false;
  const name = foldName(g.items[0].m.text);
  if (name.length < 4 || FIRST_NAMES.has(name)) return false;
  const stem = name.replace(/[aeiouy]$/u, '');
  return [`${name}n`, `${name}an`, `${name}ian`, `${name}ese`, `${stem}an`, `${stem}ian`, `${stem}ese`, `${stem}i`].some((d) => d !== name && demonyms.has(d));
}

/** A document's resolved mentions, and the index in `doc.mentions` that each one comes from. */
interface ResolvedList {
  mentions: Mention[];
  from: number[];
}

/**
 * The last resolved mentions of each document: reused while resolution says the same of them, so
 * that the documents an edit does not touch keep their objects (later stages cache per object)
 * and no time or memory goes on equal copies.
 */
const lastResolved = new WeakMap<DocumentAnalysis, ResolvedList>();

/** `doc`'s mentions with the ids and types of their items, dropped ones left out (see `Resolution`). */
function resolvedMentions(doc: DocumentAnalysis, items: ReadonlyArray<Item | undefined>): Mention[] {
  const previous = lastResolved.get(doc);
  if (previous && resolvedAlike(previous, items)) return previous.mentions;
  // Copies the previous list made are kept where they still hold.
  const before = new Map<number, Mention>();
  if (previous) previous.from.forEach((i, k) => before.set(i, previous.mentions[k]));
  const list: ResolvedList = { mentions: [], from: [] };
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    const item = items[i];
    if (item?.dropped) continue;
    const old = before.get(i);
    if (!item) list.mentions.push(m);
    else if (old && old.id === item.id && old.type === item.type) list.mentions.push(old);
    else list.mentions.push({ ...m, id: item.id, type: item.type! });
    list.from.push(i);
  }
  lastResolved.set(doc, list);
  return list.mentions;
}

/** True when `items` resolve a document's mentions as they were in `previous` (no allocation). */
function resolvedAlike(previous: ResolvedList, items: ReadonlyArray<Item | undefined>): boolean {
  let k = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item?.dropped) continue;
    if (previous.from[k] !== i) return false;
    if (item && (previous.mentions[k].id !== item.id || previous.mentions[k].type !== item.type)) return false;
    k++;
  }
  return k === previous.mentions.length;
}

/** What resolution reads of a mention's own text and cues. */
interface MentionKeys {
  /** The group key: the normalised name, prefixed for nationalities and groups. */
  key: string;
  words: string[];
  norp: boolean;
  /** The key of the nickname written in the name ("Tigrinho"), if any. */
  nicknameKey?: string;
}

/**
 * Keys per mention object. They depend on the mention's text and evidence only, which resolution
 * never changes, and mentions live as long as their document's cached analysis, so a workspace
 * re-resolved after an edit computes the keys of the edited document only.
 */
const mentionKeys = new WeakMap<Mention, MentionKeys>();

function keysOf(m: Mention): MentionKeys {
  let k = mentionKeys.get(m);
  if (!k) {
    const norp = m.evidence.some((e) => e.type === 'NORP');
    const base = nameKey(m.text);
    const nickname = norp ? undefined : nicknameOf(m.text);
    k = { key: norp ? `norp:${base}` : base, words: base.split(' '), norp, ...(nickname ? { nicknameKey: nameKey(nickname) } : {}) };
    mentionKeys.set(m, k);
  }
  return k;
}

/**
 * Tentative mentions stay only when their name is confirmed: the same key in a non-tentative
 * mention anywhere in the workspace, or the surname of a person's full name. Marks the others
 * dropped and removes them from their groups.
 */
function dropUnconfirmed(groups: Map<string, Group>, bySurname: ReadonlyMap<string, Group[]>): void {
  const placeShortForms = new Set<string>();
  for (const g of groups.values()) for (const short of placeShortKeys(g)) placeShortForms.add(short);
  for (const [key, g] of groups) {
    const tentative = g.items.filter((i) => isTentative(i.m));
    if (tentative.length === 0) continue;
    if (tentative.length < g.items.length || bySurname.has(key) || placeShortForms.has(key)) continue;
    for (const i of tentative) i.dropped = true;
    groups.delete(key);
  }
}

/**
 * A single capitalised word that nothing types ("Interpol", "Luftfartstilsynet", a village), only
 * the default cue of capitalised words, would be called a person for want of anything better. In
 * news a person is introduced by full name, title or role; a lone word that is no one's surname,
 * no given name and joined to no other name is as likely an agency, a company or a place. Such
 * names are typed MISC: still names (they tie articles about one event), but no wrong guess.
 */
const PERSON_NOUN_BEFORE =
  /\b(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|grandfather|grandmother|grandson|granddaughter|partner|fiancée?|friend|boyfriend|girlfriend|coach|agent|manager|neighbou?r|colleague|widow|widower)\s*,?\s*$/iu;

function untypeBareGuesses(groups: ReadonlyMap<string, Group>, sets: Sets, bySurname: ReadonlyMap<string, Group[]>, rootOf: ReadonlyMap<Item, string>): Set<string> {
  const untyped = new Set<string>();
  const joined = new Map<string, number>();
  for (const g of groups.values()) {
    for (const item of g.items) {
      const root = rootOf.get(item) ?? sets.find(g.key);
      joined.set(root, (joined.get(root) ?? 0) + 1);
    }
  }
  for (const [key, g] of groups) {
    if (g.norp || g.type !== 'PERSON' || bySurname.has(key)) continue;
    // Joined to another name (a club's, a mountain's or a given name's short form) it is typed by that name.
    const root = sets.find(key);
    if (g.items.some((i) => (rootOf.get(i) ?? root) !== root) || (joined.get(root) ?? 0) > g.items.length) continue;
    if (!g.items.every((i) => i.words.length === 1 && i.m.evidence.every((e) => e.cue === CUE.default || e.cue === CUE.tentative))) continue;
    // "his father, Edson": a relative or a role named by one word is a person.
    if (g.items.some((i) => PERSON_NOUN_BEFORE.test(i.doc.text.slice(Math.max(0, i.m.start - 40), i.m.start)))) continue;
    untyped.add(root);
  }
  return untyped;
}

/**
 * "Möllring" and "Moellring", "Elçin Məmmədov" and "Elchin Mammadov": a name written with a marked
 * letter and the same name with that letter as its digraph are one group (see digraphSpellings.ts).
 * The digraph spelling's mentions move into the marked one's group, before types are chosen, so
 * that everything after sees one name. Only names the workspace writes both ways meet.
 */
function mergeDigraphSpellings(groups: Map<string, Group>): void {
  const moves: Array<[from: string, to: string]> = [];
  const surnameMoves: Array<[from: string, to: string, word: string]> = [];
  for (const g of groups.values()) {
    const seen = new Set<string>();
    for (const item of g.items) {
      const text = item.m.text;
      if (seen.has(text)) continue;
      seen.add(text);
      for (const spelled of digraphSpellings(text)) {
        const key = g.norp ? `norp:${nameKey(spelled)}` : nameKey(spelled);
        if (key !== g.key && groups.get(key)?.norp === g.norp) moves.push([key, g.key]);
      }
      // "Marta Castañeda" in one article, "Marta Castanheda ... According to Castanheda" in
      // another: the bare digraph surname goes with the marked one, so that it finds the full names.
      if (g.norp || item.words.length < 2) continue;
      const surname = text.trim().split(/\s+/u).pop()!;
      for (const spelled of digraphSpellings(surname)) {
        const key = nameKey(spelled);
        const bare = groups.get(key);
        if (bare && !bare.norp && bare.items[0].words.length === 1 && key !== nameKey(surname)) surnameMoves.push([key, nameKey(surname), item.words[item.words.length - 1]]);
      }
    }
  }
  for (const [from, to] of moves) {
    const source = groups.get(from);
    const target = groups.get(to);
    if (!source || !target) continue;
    moveItems(source, target);
    groups.delete(from);
  }
  for (const [from, to, word] of surnameMoves) {
    const source = groups.get(from);
    if (!source) continue;
    const target = groups.get(to);
    if (target) moveItems(source, target);
    else {
      // No article writes the marked surname alone: the bare group takes its key.
      source.key = to;
      for (const item of source.items) {
        item.key = to;
        item.words = [word];
      }
      groups.set(to, source);
    }
    groups.delete(from);
  }
}

/** Moves the items of `source` into `target`, as mentions of the target's name. */
function moveItems(source: Group, target: Group): void {
  for (const item of source.items) {
    item.key = target.key;
    item.words = target.items[0].words;
    target.items.push(item);
  }
}

/**
 * "Health Ministry" and "Ministry of Health", "Peruvian Geophysical Institute" and "Geophysical
 * Institute of Peru": organisations whose names have the same content words in another order are
 * one (see bodyWordBags.ts). Two countries' ministries keep their countries in the bag, so stay apart.
 */
function joinReorderedBodies(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byBag = new Map<string, string>();
  /**
   * Bags of a body's shorter names -> the bodies: its name up to "and" ("Ministry of Justice" in
   * "... and Public Security"), and its name without a rank ("Ministry of the Interior" in "Federal ...").
   */
  const byShortName = new Map<string, Set<string>>();
  /** Bags of shorter names -> keys of those names. */
  const shortKeys = new Map<string, Set<string>>();
  const byEnding = bodiesByEnding(groups);
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'ORG' || acronymLetters(g.items[0].m.text)) continue;
    const text = g.items[0].m.text;
    const bag = bodyWordBag(text);
    if (!bag) continue;
    const other = byBag.get(bag);
    if (other) sets.union(other, g.key);
    else byBag.set(bag, g.key);
    const and = / (?:and|&) /u.exec(text);
    const firstField = and && / (?:of|for) /u.test(text.slice(0, and.index)) ? text.slice(0, and.index) : undefined;
    const unqualified = text.replace(RANK_OF_BODY, '');
    for (const shorter of [firstField, unqualified !== text ? unqualified : undefined, firstField?.replace(RANK_OF_BODY, '')]) {
      const short = shorter && bodyWordBag(shorter);
      if (!short || short === bag) continue;
      const bodies = byShortName.get(short) ?? new Set<string>();
      byShortName.set(short, bodies.add(g.key));
      shortKeys.set(short, (shortKeys.get(short) ?? new Set<string>()).add(nameKey(shorter)));
    }
  }
  // "the Justice Ministry" for "the Ministry of Justice and Public Security", "the Interior
  // Ministry" for "the Federal Ministry of the Interior": the one body of the workspace whose
  // first field it names, or that it names without its rank.
  // ("Security Council" is not the "National Security Council" of a workspace that also names the
  // "United Nations Security Council": another body's name ends with it.)
  for (const [bag, longer] of byShortName) {
    const short = byBag.get(bag);
    const roots = new Set([...longer].map((k) => sets.find(k)));
    const endsAnother = [...(shortKeys.get(bag) ?? [])].some((key) => (byEnding.get(key) ?? []).some((o) => !longer.has(o.key)));
    if (short && roots.size === 1 && !endsAnother) sets.union(short, [...longer][0]);
  }
}

/** Words that rank a body within a state ("Federal Ministry of the Interior", "State Bank of Vietnam"), left out of its short name. */
const RANK_WORDS = ['Federal', 'National', 'State', 'International', 'Royal'];
const RANK_OF_BODY = new RegExp(String.raw`\b(?:${RANK_WORDS.join('|')})\s+`, 'gu');
/** The same words as name keys. */
const RANK_KEYS: ReadonlySet<string> = new Set(RANK_WORDS.map(transliterationKey));

/**
 * "the Port of Halden" is the town of Halden as the news names its port: one entity. Not for a
 * country ("Port of Spain" is a city of its own).
 */
function joinPortsToTheirPlaces(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  for (const g of groups.values()) {
    if (g.norp || g.type === 'PERSON' || g.type === 'ORG') continue;
    const words = g.items[0].words;
    if (words.length < 3 || words[0] !== 'port' || words[1] !== 'of') continue;
    const place = groups.get(words.slice(2).join(' '));
    if (!place || place.norp || place.type === 'PERSON' || place.type === 'ORG') continue;
    if (canonicalCountry(place.items[0].m.text)) continue;
    sets.union(g.key, place.key);
  }
}

/**
 * "the Constitutional Democratic Party" is "the Constitutional Democratic Party of Japan" written
 * without the country that every reader of the story knows: an organisation's name with " of
 * <country>" at its end joins the same name without it, unless the workspace names that body of
 * two countries ("Communist Party of China", "Communist Party of Vietnam").
 */
function joinBodiesWithoutTheirCountry(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byShort = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'ORG') continue;
    const words = g.items[0].words;
    if (words.length < 4 || words[words.length - 2] !== 'of') continue;
    if (!canonicalCountry(nameWords(g.items[0].m.text).pop() ?? '')) continue;
    const short = words.slice(0, -2).join(' ');
    byShort.set(short, [...(byShort.get(short) ?? []), g]);
  }
  for (const [short, full] of byShort) {
    const g = groups.get(short);
    if (full.length === 1 && g && !g.norp && g.type === 'ORG') sets.union(g.key, full[0].key);
  }
}

/**
 * "UN Security Council" and "United Nations Security Council", "U.S. Indo-Pacific Command" and
 * "Indo-Pacific Command": a body's name that opens with an acronym is the same name with the
 * acronym spelled out, and one that opens with a country's letters ("U.S.", "UK") is also the name
 * without them, when exactly one body of the workspace is named so. (At least two words must
 * follow the prefix, so that "US Navy" does not take every "Navy", and a name without the prefix
 * must not read as a ministry or a government body of any country: "Foreign Ministry".)
 */
function joinBodiesWithSpelledOutPrefixes(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byTail = bodiesByEnding(groups);
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'ORG') continue;
    const words = nameWords(g.items[0].m.text);
    if (words.length < 3) continue;
    const letters = acronymLetters(words[0]);
    if (!letters) continue;
    const tailLength = g.items[0].words.length - 1;
    const tail = g.items[0].words.slice(1).join(' ');
    const others = (byTail.get(tail) ?? []).filter((o) => o !== g);
    const spelled = others.filter((o) => abbreviatesExactly(letters, o.items[0].m.text, o.items[0].words.length - tailLength));
    if (spelled.length === 1) sets.union(g.key, spelled[0].key);
    const bare = groups.get(tail);
    if (bare && !bare.norp && bare.type === 'ORG' && canonicalCountry(words[0]) && !governmentBody(tail) && others.length === 0) sets.union(g.key, bare.key);
  }
}

/** The organisations by each ending of their name keys of two words or more, the whole name left out ("security council" for "united nations security council"). */
function bodiesByEnding(groups: ReadonlyMap<string, Group>): Map<string, Group[]> {
  const out = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'ORG') continue;
    const words = g.items[0].words;
    for (let k = 1; k + 2 <= words.length; k++) {
      const ending = words.slice(k).join(' ');
      const list = out.get(ending);
      if (list) list.push(g);
      else out.set(ending, [g]);
    }
  }
  return out;
}

/** True when `letters` are exactly the initials of the first `count` words of `name` ("UN", "United Nations Security Council", 2). */
function abbreviatesExactly(letters: string, name: string, count: number): boolean {
  const words = nameWords(name).slice(0, count);
  return count >= 2 && words.length === count && words.map((w) => w[0].toUpperCase()).join('') === letters;
}

/** A name that any country's government has: a portfolio, or a ministry, embassy or armed service. */
function governmentBody(key: string): boolean {
  return key.split(' ').some((w) => GOVERNMENT_BODY_KEYS.has(w));
}

/** Name keys (transliterationKey) of portfolios and of bodies every government has. */
const GOVERNMENT_BODY_KEYS: ReadonlySet<string> = new Set(
  [...PORTFOLIO_WORDS, 'ministry', 'embassy', 'consulate', 'army', 'navy', 'force', 'forces', 'police', 'parliament', 'cabinet', 'presidency', 'office', 'department', 'guard'].map(transliterationKey),
);

/**
 * "Suh Jae-won" and "Seo Jae-won", "Min-jun Bae" and "Min-jun Pae": a Korean family name in two
 * romanizations (koreanSurnames.ts) beside the same hyphenated given name (its syllables read
 * alike, koreanGivenKey: "Han Ji-woong" and "Han Ji-ung"), in either order, is one person across
 * articles (one article keeps one spelling).
 */
function joinKoreanRomanizations(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byKey = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'PERSON') continue;
    const parts = g.items[0].m.text.trim().split(/\s+/u).map(foldName);
    if (parts.length !== 2) continue;
    const given = parts.find((p) => p.includes('-'));
    const family = parts.find((p) => !p.includes('-'));
    const canonical = given && family ? koreanSurname(family) : undefined;
    if (!canonical) continue;
    const key = `${canonical}|${koreanGivenKey(given!)}`;
    const list = byKey.get(key);
    if (list) list.push(g);
    else byKey.set(key, [g]);
  }
  for (const list of byKey.values()) {
    for (let i = 1; i < list.length; i++) if (!sameDocument(list[0], list[i])) sets.union(list[0].key, list[i].key);
  }
}

/**
 * One spelling for the syllables of a Korean given name, which papers romanize differently
 * ("Ji-woong" / "Ji-ung", "Min-joon" / "Min-jun", "Hee" / "Hi", "Seong" / "Sung", "Hyeok" / "Hyuk"):
 * long vowels written with one letter, the Revised Romanization's "eo" as the "u" of the older
 * spellings, "eu" as "u", and a "w" before "u" dropped ("Dong-wook" / "Dong-uk").
 */
function koreanGivenKey(given: string): string {
  return given
    .split('-')
    .map((syllable) => syllable.replace(/oo/gu, 'u').replace(/ee/gu, 'i').replace(/eo/gu, 'u').replace(/eu/gu, 'u').replace(/^wu/u, 'u'))
    .join('-');
}

/**
 * "Ohashi Daisuke" is "Daisuke Ohashi": Japanese, Korean, Chinese and Hungarian papers write the
 * family name first, and English-language wires mostly do not, so one person's two words come in
 * either order. Two people's names that are each other's reverse are rare enough to join.
 */
function joinReversedNames(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'PERSON') continue;
    const words = g.items[0].words;
    // Two words, or two parts of which one is a hyphenated given name ("Suh Jae-won", "Jae-won Suh").
    const parts = g.items[0].m.text.trim().split(/\s+/u);
    if (parts.length !== 2 || parts[0] === parts[1]) continue;
    const reversed = groups.get(words.length === 2 ? `${words[1]} ${words[0]}` : nameKey(`${parts[1]} ${parts[0]}`));
    if (reversed && !reversed.norp && reversed.type === 'PERSON') sets.union(g.key, reversed.key);
  }
}

/**
 * "Zhou Peng-fei" is "Zhou Pengfei", "Xiao-Yan L." is "Xiaoyan L.": Chinese and Korean given names
 * are romanised with a hyphen, a space or neither, so names whose letters are the same once the
 * breaks between words are gone are one name (of one type: "Abu Dhabi" and "Abudhabi" too).
 */
function joinSpacedSyllables(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byLetters = new Map<string, Group>();
  for (const g of groups.values()) {
    if (g.norp || g.items[0].words.length < 2) continue;
    const letters = g.key.replace(/ /gu, '');
    const seen = byLetters.get(letters);
    if (!seen) byLetters.set(letters, g);
    else if (seen.type === g.type) sets.union(seen.key, g.key);
  }
}

/**
 * "the Border Service" for "the Kyrgyz Border Service": a body's name without its first words
 * (two words or more left, not starting with a connector: "the Red Cross" in "International
 * Committee of the Red Cross" may be a body of its own, as "the European Union" is in "Council of
 * the European Union") is that body when exactly one organisation of the workspace ends so and
 * every article that writes the short form also writes the full one: an article that names one
 * country's ministry in full and another's by its head alone keeps them apart.
 */
function joinBodiesToTheirShortForms(groups: ReadonlyMap<string, Group>, sets: Sets, bySurname: ReadonlyMap<string, Group[]>): void {
  const byEnding = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const words = g.items[0].words;
    if (g.norp || g.type !== 'ORG' || words.length < 3 || describedBody(g.items[0].m.text)) continue;
    for (let k = 1; k + 2 <= words.length; k++) {
      if (NAME_CONNECTORS.has(words[k]) || NAME_CONNECTORS.has(words[k - 1])) continue;
      // The name without its rank ("Security Council" in "National Security Council") is left to
      // joinReorderedBodies, which gives it to the ranked body only when no other body ends so.
      if (words.slice(0, k).every((w) => RANK_KEYS.has(w))) continue;
      const ending = words.slice(k).join(' ');
      const list = byEnding.get(ending) ?? [];
      list.push(g);
      byEnding.set(ending, list);
    }
  }
  for (const [ending, longer] of byEnding) {
    const short = groups.get(ending);
    if (!short || short.norp || short.type !== 'ORG' || bySurname.has(ending)) continue;
    const roots = new Set(longer.map((g) => sets.find(g.key)));
    if (roots.size !== 1) continue;
    const docsOfLonger = new Set(longer.flatMap((g) => g.items.map((i) => i.doc)));
    if (short.items.every((i) => docsOfLonger.has(i.doc))) sets.union(short.key, longer[0].key);
  }
}

/** Acronyms meet their expansion: "Long Name (LN)" in one document, or unique initials anywhere. */
function joinAcronyms(docs: readonly DocumentAnalysis[], groups: ReadonlyMap<string, Group>, sets: Sets): void {
  for (const doc of docs) {
    const names = doc.mentions.filter((m) => NAME_TYPES_AND_NORP.has(m.type) && m.type !== 'NORP');
    for (let i = 0; i + 1 < names.length; i++) {
      const a = names[i];
      const b = names[i + 1];
      if (!/^\s*\(\s*$/u.test(doc.text.slice(a.end, b.start)) || !/^\s*\)/u.test(doc.text.slice(b.end, b.end + 3))) continue;
      if (glossesName(a, b, groups) || namesInOwnLanguage(a, b, groups)) {
        sets.union(nameKey(a.text), nameKey(b.text));
        continue;
      }
      if (definesWordAcronym(a, b, groups)) {
        sets.union(nameKey(a.text), nameKey(b.text));
        continue;
      }
      const [long, short] = acronymLetters(b.text) ? [a, b] : acronymLetters(a.text) ? [b, a] : [undefined, undefined];
      if (!long || !short || !(abbreviates(acronymLetters(short.text)!, long.text) || definesAcronym(long, short, groups))) continue;
      sets.union(nameKey(long.text), nameKey(short.text));
    }
  }
  const byInitials = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'ORG' || g.items[0].words.length < 2) continue;
    for (const ini of new Set([initials(g.items[0].m.text), initials(g.items[0].m.text, true)])) {
      if (ini.length < 2) continue;
      const list = byInitials.get(ini) ?? [];
      list.push(g);
      byInitials.set(ini, list);
    }
  }
  for (const g of groups.values()) {
    if (g.norp || g.items[0].words.length !== 1) continue;
    const letters = acronymLetters(g.items[0].m.text);
    if (!letters || canonicalCountry(g.items[0].m.text)) continue;
    const matches = byInitials.get(letters);
    if (matches && matches.length === 1) sets.union(g.key, matches[0].key);
  }
}

/**
 * "Uniți pentru Demnitate (United for Dignity)": an English name in brackets right after a body's
 * name in another language (one with letters English does not write) translates it.
 */
function glossesName(name: Mention, gloss: Mention, groups: ReadonlyMap<string, Group>): boolean {
  const glossWords = nameWords(gloss.text);
  if (/[^\x00-\x7f]/u.test(gloss.text) || glossWords.length < 2 || acronymLetters(gloss.text)) return false;
  if (groups.get(nameKey(name.text))?.type !== 'ORG') return false;
  if (/[^\x00-\x7f]/u.test(name.text)) return true;
  // A name in plain letters ("Sojusz Odnowy (Renewal Alliance)"): a gloss that names a party or a
  // movement and shares no word with the name, as a translation does.
  const own = new Set(nameWords(name.text).map(foldName));
  return PARTY_GLOSS_HEADS.has(foldName(glossWords[glossWords.length - 1])) && !glossWords.some((w) => own.has(foldName(w)));
}

/**
 * "the National Assembly (Veča)", "Movement for Stability (Gibanje za stabilnost)": a body's own
 * name in its language (with letters English does not write), in brackets after its English name.
 */
function namesInOwnLanguage(english: Mention, own: Mention, groups: ReadonlyMap<string, Group>): boolean {
  if (/[^\x00-\x7f]/u.test(english.text) || !/[^\x00-\x7f]/u.test(own.text) || nameWords(english.text).length < 2) return false;
  const ownType = groups.get(nameKey(own.text))?.type;
  return groups.get(nameKey(english.text))?.type === 'ORG' && ownType !== 'PERSON' && ownType !== 'GPE' && !acronymLetters(own.text);
}

/**
 * "Civic Alliance (AC)", "National Electoral Commission (CNE)": an acronym in brackets right after
 * an organisation's name defines it even when its letters follow another language's word order or
 * words. Not for people ("Jane Doe (SNP)" gives a party) or places ("LISBON (AFP)" a news agency).
 */
function definesAcronym(long: Mention, short: Mention, groups: ReadonlyMap<string, Group>): boolean {
  if (long.end > short.start || nameWords(long.text).length < 2) return false;
  if (NEWS_OUTLETS.has(foldName(short.text)) || canonicalCountry(short.text)) return false;
  return groups.get(nameKey(long.text))?.type === 'ORG';
}

/**
 * "the Indonesian Chamber of Commerce and Industry (Kadin)", "the Ministry of Health (Minsa)": an
 * acronym of the body's name in its own language, written as a word, in brackets right after its
 * English name. One capitalised word that is a body's name and no country, place, person or outlet.
 */
function definesWordAcronym(long: Mention, short: Mention, groups: ReadonlyMap<string, Group>): boolean {
  if (!/^\p{Lu}\p{Ll}{2,7}$/u.test(short.text) || nameWords(long.text).length < 2) return false;
  if (NEWS_OUTLETS.has(foldName(short.text)) || canonicalCountry(short.text)) return false;
  // (A lone capitalised word may have been taken for a surname: "(Mincetur)" in brackets after a body is not a person.)
  const shortType = groups.get(nameKey(short.text))?.type;
  return groups.get(nameKey(long.text))?.type === 'ORG' && (shortType === 'ORG' || shortType === 'PERSON');
}

/**
 * "the Labour and Progress party" and "the Labour and Progress Party": a party's name written
 * without its "Party" is the same party.
 */
function joinPartyNames(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'ORG' || !g.key.endsWith(' parti')) continue;
    const name = g.key.slice(0, -' parti'.length);
    // "the Social Democratic Party" and "the Social Democrats", "the Green Party" and "the Greens":
    // the party and its members named as a group.
    for (const key of [name, membersOf(name)]) {
      const short = key && groups.get(key);
      if (short && !short.norp && (short.type === 'ORG' || key !== name)) sets.union(g.key, short.key);
    }
  }
}

/** The key of a party's members named as a group: "social democratic" -> "social democrats", "gren" -> "grens". */
function membersOf(name: string): string | undefined {
  const words = name.split(' ');
  const last = words[words.length - 1];
  const plural = last.endsWith('ic') ? `${last.slice(0, -2)}s` : /(?:an|al|ist|ive|gren)$/u.test(last) ? `${last}s` : undefined;
  return plural ? [...words.slice(0, -1), plural].join(' ') : undefined;
}

/**
 * A national body's name in its own language and in English are one body, and so is a body whose
 * head word one name puts first in its own language and the other last in English, and one whose
 * two names read as the same concepts and names in any order (see translatedNames.ts).
 */
function joinTranslatedNames(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byKey = new Map<string, string>();
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'ORG') continue;
    for (const key of [translatedNameKey(g.items[0].m.text), headTranslatedKey(g.items[0].m.text), conceptBagKey(g.items[0].m.text)]) {
      if (!key) continue;
      const other = byKey.get(key);
      if (other) sets.union(other, g.key);
      else byKey.set(key, g.key);
    }
  }
}

/** A square or palace named in its own language and in English is one place (see translatedPlaces.ts). */
function joinTranslatedPlaces(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byKind = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.norp || g.type === 'PERSON' || g.type === 'ORG') continue;
    const parts = placeNameParts(g.items[0].m.text);
    if (!parts) continue;
    const list = byKind.get(parts.kind) ?? [];
    for (const other of list) if (sameTranslatedPlace(other.items[0].m.text, g.items[0].m.text)) sets.union(other.key, g.key);
    list.push(g);
    byKind.set(parts.kind, list);
  }
}

/**
 * True when `letters` can abbreviate `name`: the name has two or more words and the letters are,
 * in order, initials of its words ("EASA" for "European Union Aviation Safety Agency").
 */
function abbreviates(letters: string, name: string): boolean {
  const words = nameWords(name);
  if (words.length < 2) return false;
  const ini = words.map((w) => w[0].toUpperCase()).join('');
  let k = 0;
  for (const ch of ini) if (ch === letters[k]) k++;
  return k === letters.length && letters[0] === ini[0];
}

/** Full names of one person with compatible given names are joined; returns full names by surname. */
function joinFullNames(groups: ReadonlyMap<string, Group>, sets: Sets): Map<string, Group[]> {
  const bySurname = new Map<string, Group[]>();
  const afterDemonym: Group[] = [];
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'PERSON' || g.items[0].words.length < 2) continue;
    if (demonymAndSurname(g)) {
      afterDemonym.push(g);
      continue;
    }
    // Only names with some real sign of a person (a given name, a title, a speech verb...) lend
    // their surname: "Inter Miami" must not swallow "Miami".
    const personWeight = totals(g.items.flatMap((i) => i.m.evidence.filter((e) => e.cue !== CUE.default))).get('PERSON') ?? 0;
    const lastWord = nameWords(g.items[0].m.text).pop() ?? '';
    if (personWeight < 1 && placeKind(lastWord)) continue;
    const w = g.items[0].words;
    const surname = w[w.length - 1];
    const list = bySurname.get(surname) ?? [];
    list.push(g);
    bySurname.set(surname, list);
  }
  for (const list of bySurname.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i].items[0].words[0], list[j].items[0].words[0]];
        // Spelling variants ("Mohammed" / "Muhammad") are one person only when no article names
        // both: one article writing both spellings is telling two people apart.
        // A pet form may stand beside the full given name in one article ("Wilfredo Mamani ... declared Willy Mamani").
        if (compatibleGiven(a, b) || isPetForm(a, b) || isPetForm(b, a) || ((spellingVariants(a, b) || shortGivenName(a, b) || givenNameForms(a, b)) && !sameDocument(list[i], list[j]))) sets.union(list[i].key, list[j].key);
      }
    }
  }
  // "Italian Bertolini" (a sports page's way of naming a rider) is the one Bertolini of the workspace.
  for (const g of afterDemonym) {
    const roots = new Set((bySurname.get(g.items[0].words[1]) ?? []).map((f) => sets.find(f.key)));
    if (roots.size === 1) sets.union([...roots][0], g.key);
  }
  joinSurnameVariants(bySurname, sets);
  joinSurnamesAfterSameGivenNames(bySurname, sets);
  joinShorterFullNames(bySurname, sets);
  joinSurnameInitials(bySurname, sets);
  joinDoubleSurnames(groups, bySurname, sets);
  joinNamePrefixes(groups, sets);
  return bySurname;
}

/**
 * "Jeffrey Lim" for "Jeffrey Lim Kok Seng", "Maria Lopez" for "Maria Lopez Garcia", "César Llontop"
 * for "César Augusto Llontop Ríos": a given name and a surname that open exactly one longer full
 * name of the workspace (past a second given name) are that person (Malaysian
 * and Singaporean Chinese names put the English given name and the surname first; Spanish ones
 * drop the second surname).
 */
function joinNamePrefixes(groups: ReadonlyMap<string, Group>, sets: Sets): void {
  const byOpening = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const words = g.items[0].words;
    if (g.norp || g.type !== 'PERSON' || words.length < 3) continue;
    // ("César Llontop" for "César Augusto Llontop Ríos": a second given name may be left out too.)
    const openings = [words.slice(0, 2).join(' '), ...(words.length >= 4 && FIRST_NAMES.has(words[1]) ? [`${words[0]} ${words[2]}`] : [])];
    for (const opening of openings) {
      const list = byOpening.get(opening);
      if (list) list.push(g);
      else byOpening.set(opening, [g]);
    }
  }
  // Two-word names by their second word, for openings written with a pet form of the given name.
  const pairsBySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const words = g.items[0].words;
    if (g.norp || g.type !== 'PERSON' || words.length !== 2) continue;
    const list = pairsBySurname.get(words[1]);
    if (list) list.push(g);
    else pairsBySurname.set(words[1], [g]);
  }
  for (const [opening, longer] of byOpening) {
    const roots = new Set(longer.map((g) => sets.find(g.key)));
    if (roots.size !== 1) continue;
    const exact = groups.get(opening);
    if (exact && !exact.norp && exact.type === 'PERSON') sets.union(exact.key, longer[0].key);
    // "Willy Mamani" for "Wilfredo Mamani Condori".
    const [given, surname] = opening.split(' ');
    for (const short of pairsBySurname.get(surname) ?? []) if (isPetForm(short.items[0].words[0], given)) sets.union(short.key, longer[0].key);
  }
}

/** A name of two words whose first is a nationality: "Italian Bertolini", "Briton Hale". */
function demonymAndSurname(g: Group): boolean {
  const words = nameWords(g.items[0].m.text);
  return words.length === 2 && isDemonym(words[0]) && !FIRST_NAMES.has(words[0].toLowerCase());
}

/**
 * A person called by the given name alone, as Indonesian, Ethiopian and Icelandic news do
 * ("According to Bambang" after "Bambang Hariyanto"; "Bereket" after "Bereket Alemayehu"): a lone
 * word typed a person, that is no one's surname, joins the one full name of its article that it
 * opens (after a rank written in capitals, "AKBP Bambang Hariyanto"). Two full names with that
 * given name in the article leave it alone.
 */
function joinBareGivenNames(groups: ReadonlyMap<string, Group>, sets: Sets, bySurname: ReadonlyMap<string, Group[]>): void {
  const byGiven = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'PERSON' || g.items[0].words.length < 2) continue;
    const w = g.items[0].words;
    // (A rank in capitals may or may not be among the name's words.)
    const givens = w.length > 2 && /^\p{Lu}{2,}$/u.test(nameWords(g.items[0].m.text)[0] ?? '') ? [w[0], w[1]] : [w[0]];
    for (const given of givens) {
      const list = byGiven.get(given) ?? [];
      list.push(g);
      byGiven.set(given, list);
    }
  }
  for (const [key, g] of groups) {
    if (g.norp || g.type !== 'PERSON' || g.items[0].words.length !== 1 || bySurname.has(key)) continue;
    // Full names already joined as one person ("Bambang Hariyanto", "AKBP Bambang Hariyanto") count once.
    const full = new Set((byGiven.get(g.items[0].words[0]) ?? []).filter((f) => sameDocument(f, g)).map((f) => sets.find(f.key)));
    if (full.size === 1) sets.union([...full][0], g.key);
  }
}

/**
 * "Rodrigo Salas" and "Salas" for "Rodrigo Salas Ortiz" (see doubleSurnames.ts): a name of given
 * name and first surname joins the one full name of the workspace it starts, and the first surname
 * alone is listed as that person's surname, beside the people whose last word it is (a bare surname
 * shared by several people goes to the one its article names, see nearestInDocument).
 */
function joinDoubleSurnames(groups: ReadonlyMap<string, Group>, bySurname: Map<string, Group[]>, sets: Sets): void {
  const byShortForm = new Map<string, Group[]>();
  const firstSurnames: Array<[string, Group]> = [];
  // Every full name typed a person: one whose last surname is also a town's name ("Cortés") is not
  // listed by surname, but its given name and first surname still say person.
  for (const g of groups.values()) {
    if (g.norp || g.type !== 'PERSON') continue;
    const words = g.items[0].words;
    const at = firstSurnameIndex(g.items[0].m.text);
    if (at === undefined || nameWords(g.items[0].m.text).length !== words.length) continue;
    firstSurnames.push([words[at], g]);
    const short = words.slice(0, at + 1).join(' ');
    const longer = byShortForm.get(short) ?? [];
    longer.push(g);
    byShortForm.set(short, longer);
  }
  // Any two-word name typed a person: "Ana Ibarra" may lack the cues of a full name (Ibarra is
  // also a town), the longer name it starts has them.
  for (const [key, longer] of byShortForm) {
    const g = groups.get(key);
    if (!g || g.norp || g.type !== 'PERSON') continue;
    const roots = new Set(longer.map((l) => sets.find(l.key)));
    if (roots.size === 1) sets.union(g.key, longer[0].key);
  }
  for (const [surname, g] of firstSurnames) {
    const list = bySurname.get(surname) ?? [];
    if (!list.includes(g)) list.push(g);
    bySurname.set(surname, list);
  }
}

/**
 * "Ayu Pramesti" for "Ni Made Ayu Pramesti", "Mario Vargas" for "Jorge Mario Vargas": a full name
 * that drops leading parts of a longer one is the same person when exactly one longer name of the
 * workspace ends with it. So is a given name and surname that drop a middle name ("Jacinta Mbugua"
 * for "Jacinta Wanjiru Mbugua"), when exactly one longer name opens and ends with them.
 */
function joinShorterFullNames(bySurname: ReadonlyMap<string, Group[]>, sets: Sets): void {
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    for (const short of list) {
      const w = short.items[0].words;
      if (w.length < 2) continue;
      const longerOf = (fits: (words: readonly string[]) => boolean) => list.filter((g) => g.items[0].words.length > w.length && fits(g.items[0].words));
      for (const longer of [
        longerOf((l) => l.slice(-w.length).join(' ') === w.join(' ')),
        w.length === 2 ? longerOf((l) => l[0] === w[0] && l[l.length - 1] === w[1]) : [],
      ]) {
        const roots = new Set(longer.map((g) => sets.find(g.key)));
        if (roots.size !== 1) continue;
        sets.union(short.key, longer[0].key);
        break;
      }
    }
  }
}

/**
 * "Samuel O." for "Samuel Otieno": a name whose surname is cut to its initial (as German and
 * Kenyan papers write suspects' names) is the one full name of the workspace with that given name
 * and a surname of that initial.
 */
function joinSurnameInitials(bySurname: ReadonlyMap<string, Group[]>, sets: Sets): void {
  for (const [initial, cut] of bySurname) {
    if (initial.length !== 1) continue;
    for (const short of cut) {
      const given = short.items[0].words[0];
      if (short.items[0].words.length !== 2 || given.length < 2) continue;
      const full = [...bySurname].filter(([surname]) => surname.length > 1 && surname.startsWith(initial)).flatMap(([, list]) => list.filter((g) => g.items[0].words[0] === given));
      const roots = new Set(full.map((g) => sets.find(g.key)));
      if (roots.size === 1) sets.union(short.key, full[0].key);
    }
  }
}

/**
 * Surnames transliterated two ways ("Valchev" / "Vulchev", "Hristov" / "Khristov", "Venkataraman" /
 * "Venkatraman") with the same given name are one person, unless one article names both (then it
 * is telling two people apart). Surnames meet through their skeleton, so the cost stays linear.
 */
function joinSurnameVariants(bySurname: ReadonlyMap<string, Group[]>, sets: Sets): void {
  const bySkeleton = new Map<string, string[]>();
  for (const surname of bySurname.keys()) {
    const key = surnameSkeleton(surname);
    if (!key) continue;
    const list = bySkeleton.get(key) ?? [];
    list.push(surname);
    bySkeleton.set(key, list);
  }
  for (const surnames of bySkeleton.values()) {
    if (surnames.length < 2) continue;
    const groups = surnames.flatMap((n) => bySurname.get(n)!);
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const [a, b] = [groups[i].items[0].words, groups[j].items[0].words];
        if (a[a.length - 1] === b[b.length - 1] || sameDocument(groups[i], groups[j])) continue;
        if (compatibleGiven(a[0], b[0]) || spellingVariants(a[0], b[0])) sets.union(groups[i].key, groups[j].key);
      }
    }
  }
}

/**
 * "Nasir Ali Jadoon" and "Nasir Ali Jadun": after two or more given names written alike, a surname
 * of four letters or more spelled with other vowels is the same person's, where surnameSkeleton
 * asks for six (across articles only, as in `joinSurnameVariants`). Two given names alike leave
 * little room for two people.
 */
function joinSurnamesAfterSameGivenNames(bySurname: ReadonlyMap<string, Group[]>, sets: Sets): void {
  const byGiven = new Map<string, Group[]>();
  for (const list of bySurname.values()) {
    for (const g of list) {
      const words = g.items[0].words;
      if (words.length < 3 || words.slice(0, -1).some((w) => w.length < 2)) continue;
      const given = words.slice(0, -1).join(' ');
      const same = byGiven.get(given);
      if (same) same.push(g);
      else byGiven.set(given, [g]);
    }
  }
  const consonants = (surname: string) => surname[0] + surname.slice(1).replace(/[aeiouhw]/gu, '');
  for (const list of byGiven.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i].items[0].words, list[j].items[0].words];
        const [sa, sb] = [a[a.length - 1], b[b.length - 1]];
        if (sa !== sb && sa.length >= 4 && sb.length >= 4 && consonants(sa) === consonants(sb) && !sameDocument(list[i], list[j])) sets.union(list[i].key, list[j].key);
      }
    }
  }
}

/**
 * The skeleton of a surname key for `joinSurnameVariants`: "kh", "th" and "ph" read as one letter,
 * "dzh", "dj" and "zh" as "j" ("Dzhusupov" / "Jusupov", "Zhaksylykov" / "Jaksylykov"), "z" as "s"
 * ("Benavídez" / "Benavides", "Beridze" / "Beridse"), "h", "g" and "q" as "k", doubled letters as one,
 * vowels after the first letter dropped, the last letter kept. Undefined for surnames shorter than
 * six letters, where a vowel is too much of the name ("Mills" / "Mells").
 */
export function surnameSkeleton(key: string): string | undefined {
  if (key.length < 6) return undefined;
  const k = key
    .replace(/dzh|dj|zh/gu, 'j')
    .replace(/kh/gu, 'h')
    .replace(/th/gu, 't')
    .replace(/ph/gu, 'f')
    .replace(/z/gu, 's')
    // Ukrainian "h" is Russian "g" ("Hrytsenko" / "Gritsenko"); Armenian and Nordic names are
    // written with "g" or "k" and "q" or "k" ("Sargsyan" / "Sarkissian", "Lindqvist" / "Lindkvist").
    .replace(/[hgq]/gu, 'k')
    .replace(/(.)\1/gu, '$1');
  return `${k[0]}${k.slice(1, -1).replace(/[aeiou]/gu, '')}${k[k.length - 1]}`;
}

/** True when some document has mentions of both groups. */
function sameDocument(a: Group, b: Group): boolean {
  const docs = new Set(a.items.map((i) => i.doc));
  return b.items.some((i) => docs.has(i.doc));
}

/**
 * Given names that are transliterations of one name (keys from nameKey, where "y" is already "i"):
 * a "g" before "i" at the start may be dropped ("Giorgos" / "Yiorgos"), a "g" before "e" may be
 * a "j" ("Geoffrey" / "Jeffrey"), and vowels may differ
 * after the first letter ("Mohammed" / "Muhammad" / "Mohamed", "Youssef" / "Yusuf"), as long as
 * the consonants and the last letter agree, and an opening "o" or "u" may differ ("Omer" / "Umar").
 * Other names shorter than five letters are too short to tell a variant from another name ("Jan" / "Jon").
 */
export function spellingVariants(a: string, b: string): boolean {
  // An Arabic "u" is written "o" or "u" first ("Omer" / "Umar", "Osman" / "Usman"): such names may be four letters.
  const roundOpening = /^[ou]/u.test(a) && /^[ou]/u.test(b);
  const shortest = roundOpening ? 4 : 5;
  if (a.length < shortest || b.length < shortest) return false;
  // A soft "g" is written "j" ("Geoffrey" / "Jeffrey"): the skeleton's first letter reads both alike.
  const skeleton = (k: string) => {
    const s = k.replace(/^g(?=i)/u, '').replace(/^g(?=e)/u, 'j').replace(/^[ou]/u, (c) => (roundOpening ? 'u' : c));
    return s[0] + s.slice(1).replace(/[aeiou]/gu, '');
  };
  return a[a.length - 1] === b[b.length - 1] && skeleton(a) === skeleton(b);
}

/** Given names that can be the same person's: equal keys, or an initial and a name it starts. */
function compatibleGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/**
 * A short form of a given name and the full one: the first four letters agree ("Nikos" /
 * "Nikolaos", "Alex" / "Alexander"), the short one is the full one without some of its letters
 * ("Mohd" / "Mohamad", see `abbreviatedGiven`), or its end ("Femi" / "Olufemi", see `givenTail`). Like spelling variants, only across articles (see joinFullNames).
 */
export function shortGivenName(a: string, b: string): boolean {
  return (a !== b && a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4)) || abbreviatedGiven(a, b) || abbreviatedGiven(b, a) || givenTail(a, b) || givenTail(b, a);
}

/**
 * A pet form of a given name and the full one: the full name's opening with "-y" or "-ie" (a key's
 * "i") added, its last consonant doubled or not ("Willy" / "Wilfredo", "Danny" / "Daniel", "Freddie"
 * / "Frederick"). The opening must be three letters or more. Unlike other short forms, one article
 * may write both: "declared Willy Mamani" after "Wilfredo Mamani Condori" is the same man.
 */
function isPetForm(short: string, full: string): boolean {
  const m = /^(\p{L}{2,}?)(\p{L})\2?(?:ie|i)$/u.exec(short);
  if (!m) return false;
  const stem = m[1] + m[2];
  return stem.length >= 3 && full.length >= stem.length + 2 && full.startsWith(stem);
}

/**
 * A given name shortened to its end, as Yoruba names drop a prefix ("Femi" / "Olufemi", "Seun" /
 * "Oluwaseun") and English ones their start ("Tina" / "Christina"): four letters or more.
 */
function givenTail(short: string, full: string): boolean {
  return short.length >= 4 && full.length > short.length && full.endsWith(short);
}

/**
 * A given name written short without its vowels ("Mohd" / "Mohamad", "Thos" / "Thomas", "Chas" /
 * "Charles"): three letters or more, the first and the last the full name's, the rest in its order.
 */
function abbreviatedGiven(short: string, full: string): boolean {
  if (short.length < 3 || short.length >= full.length || short[0] !== full[0] || short[short.length - 1] !== full[full.length - 1]) return false;
  let k = 0;
  for (const ch of full) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * Decides, mention by mention, which person a bare surname stands for. Returns the entity root of
 * every item.
 */
function* assignBareSurnames(groups: ReadonlyMap<string, Group>, sets: Sets, bySurname: ReadonlyMap<string, Group[]>): Steps<Map<Item, string>> {
  const rootOf = new Map<Item, string>();
  const givenNames = new GivenNames(groups, sets, bySurname);
  const shortForms = new OrganisationShortForms(groups, sets, bySurname);
  const link = (item: Item, root: string) => {
    rootOf.set(item, root);
    // A surname that is also a town ("Lund") says nothing about places once linked to a person.
    item.evidence = item.m.evidence.filter((e) => e.cue !== CUE.lexiconPlace && e.cue !== CUE.lexiconProvince);
  };
  let done = 0;
  for (const g of groups.values()) {
    if (++done % GROUPS_PER_STEP === 0) yield;
    const bare = !g.norp && g.items[0].words.length === 1;
    const fullNames = bare ? bySurname.get(g.key) : undefined;
    if (!fullNames) {
      const organisation = shortForms.of(g, sets);
      const place = organisation ? shortForms.placeBeside(g, organisation) : undefined;
      for (const item of g.items) {
        const given = bare ? givenNames.of(item, sets) : undefined;
        if (given) link(item, given);
        else if (place && shortForms.localPlaceOrPerson(item, organisation!)) rootOf.set(item, place);
        else if (organisation && !shortForms.localPlaceOrPerson(item, organisation)) {
          rootOf.set(item, organisation);
          // "at Lindholm" says nothing about places once "Lindholm" is known to be "FC Lindholm";
          // a named place's short form keeps its place cues.
          const place = shortForms.isPlace(organisation);
          item.evidence = item.m.evidence.filter((e) => (place || (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC')) && e.cue !== CUE.default);
        } else rootOf.set(item, sets.find(g.key));
      }
      continue;
    }
    const roots = [...new Set(fullNames.map((f) => sets.find(f.key)))].sort();
    for (const item of g.items) {
      if (localNonPerson(item.m.evidence)) {
        rootOf.set(item, sets.find(g.key));
        continue;
      }
      if (roots.length === 1) {
        link(item, roots[0]);
        continue;
      }
      const chosen = nearestInDocument(item, fullNames, sets);
      if (chosen) link(item, chosen);
      else rootOf.set(item, sets.find(g.key));
    }
  }
  return rootOf;
}

/**
 * Given names written alone ("Thiago said") that stand for the one person of the same document whose
 * full name starts with them.
 */
class GivenNames {
  /** Per document, per given-name key, the entity roots of full names starting with it. */
  private readonly byDoc = new Map<DocumentAnalysis, Map<string, Set<string>>>();
  constructor(groups: ReadonlyMap<string, Group>, sets: Sets, bySurname: ReadonlyMap<string, Group[]>) {
    for (const list of bySurname.values()) {
      for (const g of list) {
        for (const item of g.items) {
          const map = this.byDoc.get(item.doc) ?? new Map<string, Set<string>>();
          this.byDoc.set(item.doc, map);
          const roots = map.get(item.words[0]) ?? new Set<string>();
          map.set(item.words[0], roots);
          roots.add(sets.find(g.key));
        }
      }
    }
    void groups;
  }
  /** The root of the one person of the item's document whose given name the item is, if any. */
  of(item: Item, sets: Sets): string | undefined {
    if (item.words.length !== 1 || item.words[0].length < 2 || localNonPerson(item.m.evidence)) return undefined;
    if (sets.find(item.key) !== item.key) return undefined;
    const roots = this.byDoc.get(item.doc)?.get(item.words[0]);
    return roots && roots.size === 1 ? [...roots][0] : undefined;
  }
}

const CLUB_PREFIX_KEYS = new Set([...CLUB_PREFIXES].map(transliterationKey));
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'di', 'del', 'della', 'da', 'do', 'dos', 'das', 'y', 'e', 'van', 'von', 'der', 'nad', 'pod', 'ob']);

/** Last words of clubs' names that are no nickname ("FC", "United", "City"). */
const CLUB_SUFFIXES = new Set(['fc', 'sc', 'cf', 'afc', 'united', 'city', 'club']);

/**
 * A club's nickname: the last word of an organisation's name of two words or more (a club suffix
 * left out), when the name ends in a club suffix ("Incheon Tigers FC") or its mentions are followed
 * by a squad's noun ("Busan Phoenix players").
 */
function clubNickname(g: Group, words: readonly string[]): string | undefined {
  let end = words.length;
  while (end > 1 && CLUB_SUFFIXES.has(words[end - 1])) end--;
  const suffixed = end < words.length;
  if (end < 2) return undefined;
  if (!suffixed && !g.items.some((i) => i.m.evidence.some((e) => e.cue === CUE.squad))) return undefined;
  const last = words[end - 1];
  return last.length >= 3 && !NAME_CONNECTORS.has(last) && !CLUB_KINDS.has(last) ? last : undefined;
}

/** A cue of a mention's own words that it is a place (not the lexicon's: a town's name may be a firm's). */
const isPlaceCue = (e: TypeEvidence) => (e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC') && e.cue !== CUE.lexiconPlace && e.cue !== CUE.lexiconProvince;
/** A cue that a mention acts as a body: it speaks, or its words say organisation. */
const isBodyCue = (e: TypeEvidence) => e.cue === CUE.speech || (e.type === 'ORG' && e.cue !== CUE.the && e.cue !== CUE.default);

/** Marks a civic body's root among the organisations a short form may stand for (see OrganisationShortForms). */
const CIVIC_MARK = 'civic:';

/** Last words of bodies named after the place they serve ("Fishermen's Association", "City Council"). */
const CIVIC_BODY_KEYS = new Set(
  ['association', 'council', 'union', 'federation', 'cooperative', 'co-operative', 'chamber', 'society', 'committee', 'commission', 'authority', 'board', 'assembly', 'brigade', 'police']
    .map(transliterationKey),
);

/** Words before "Club" or "FC" that say what kind of club it is, not what it is called ("Fan Club", "Football Club"). */
const CLUB_KINDS = new Set(['fan', 'fans', 'supporters', 'football', 'soccer', 'sport', 'sports', 'youth', 'golf', 'tennis', 'rugby', 'cricket', 'basketball', 'hockey', 'sailing', 'rowing', 'press', 'country']);

/**
 * Short forms of organisations: "Westbury" for "Westbury Athletic", "Lindholm" for "FC Lindholm".
 * A name is a short form when it is the first words of exactly one organisation of the workspace
 * (or its name without a club's prefix), is nobody's surname and is not a known place.
 */
class OrganisationShortForms {
  /** Short key -> roots of the organisations it can stand for. */
  private readonly index = new Map<string, Set<string>>();
  /** Short key -> roots of the named places it can stand for (see placeShortKeys). */
  private readonly placeIndex = new Map<string, Set<string>>();
  /** Short keys of natural features named with their kind last ("Tarn" for "Tarn River"). */
  private readonly featureTailKeys = new Set<string>();
  /** Roots of named places in the index: their short forms may read as places where they stand. */
  private readonly placeRoots = new Set<string>();
  /** Clubs' nicknames ("phoenix") -> the roots of the clubs: a known place's name may be one. */
  private readonly nicknames = new Map<string, Set<string>>();
  constructor(groups: ReadonlyMap<string, Group>, sets: Sets, private readonly bySurname: ReadonlyMap<string, Group[]>) {
    for (const g of groups.values()) {
      for (const short of placeShortKeys(g)) {
        const root = sets.find(g.key);
        this.placeRoots.add(root);
        const roots = this.placeIndex.get(short) ?? new Set<string>();
        roots.add(root);
        this.placeIndex.set(short, roots);
        if (featureTail(g)) this.featureTailKeys.add(short);
      }
      const words = g.items[0].words;
      if (g.norp || g.type !== 'ORG' || words.length < 2 || describedBody(g.items[0].m.text)) continue;
      const root = sets.find(g.key);
      // ("Figueira da Foz" in "Figueira da Foz Fishermen's Association" and "Manchester" in
      // "Manchester City Council" name the place a civic body is of, not the body: their short
      // forms are indexed under a mark that `of` never resolves to.)
      const civic = words.length >= 3 && CIVIC_BODY_KEYS.has(words[words.length - 1]);
      const add = (short: string[]) => {
        if (short.length === 0 || NAME_CONNECTORS.has(short[short.length - 1]) || CLUB_PREFIX_KEYS.has(short[0])) return;
        const key = short.join(' ');
        const roots = this.index.get(key) ?? new Set<string>();
        roots.add(civic ? `${CIVIC_MARK}${root}` : root);
        this.index.set(key, roots);
      };
      // ("Karikari" and "Karikari Beach" in "Karikari Beach Store" name the place the shop is named after.)
      for (let k = 1; k < words.length; k++) if (!PLACE_KIND_KEYS.has(words[k]) && !PLACE_KIND_KEYS.has(words[k - 1])) add(words.slice(0, k));
      // "Phoenix" for "Quang Ninh Phoenix", "Mekong" for "Can Tho Mekong FC": a club's nickname, its
      // last word before a club suffix, when something in the workspace says the name is a club's.
      const nickname = clubNickname(g, words);
      if (nickname) this.nicknames.set(nickname, new Set([...(this.nicknames.get(nickname) ?? []), root]));
      // "Lestavian Renewal" is "Renewal" at home: a national adjective opening a party's or a body's name.
      if (words.length >= 2 && NATIONAL_ADJECTIVE.test(g.items[0].m.text.split(/\s+/u)[0])) add(words.slice(1));
      let p = 0;
      while (p < words.length - 1 && CLUB_PREFIX_KEYS.has(words[p])) p++;
      if (p > 0) add(words.slice(p));
    }
  }
  /**
   * The root of the one organisation `g` is a short form of, if any, else of the one named place
   * (a river's name without "River" only when the name reads as neither an organisation nor a
   * place with a government: "Orange" the company is not the Orange River, and "Tarn province"
   * is not the Tarn River).
   */
  of(g: Group, sets: Sets): string | undefined {
    if (g.norp || sets.find(g.key) !== g.key || this.bySurname.has(g.key)) return undefined;
    const otherKind = this.featureTailKeys.has(g.key) && (g.type === 'GPE' || orgCues(g) >= 1);
    const clubs = this.nicknames.get(g.key);
    const roots = (clubs?.size === 1 ? clubs : undefined) ?? this.index.get(g.key) ?? (otherKind ? undefined : this.placeIndex.get(g.key));
    if (!roots || roots.size !== 1 || [...roots][0].startsWith(CIVIC_MARK)) return undefined;
    const text = g.items[0].m.text;
    // A club's nickname that is also a city's name ("Phoenix") is the club where no mention's own
    // words say place ("in Phoenix").
    const nickname = clubs?.size === 1 && !g.items.some((i) => i.m.evidence.some((e) => e.cue === CUE.preposition && e.weight >= 1));
    // A known city keeps its name ("Aden" is not "the Gulf of Aden"); a known region or province is
    // the place of its own name with its kind after it ("Vysočina" and "the Vysočina Region").
    const known = placeKind(text);
    const knownArea = (known === 'region' || known === 'province') && !this.index.has(g.key);
    // A town's name that no mention tells as a place ("Ventura" for "Ventura Linhas Aéreas": "Ventura
    // said", "Ventura passengers") is the body's short form.
    // (And some mention must act as a body does: "Ventura said", "Ventura's fleet".)
    const knownTown = known === 'city' && !g.items.some((i) => i.m.evidence.some(isPlaceCue)) && g.items.some((i) => i.m.evidence.some(isBodyCue));
    if (!nickname && ((known && !knownArea && !knownTown) || canonicalCountry(text) || acronymLetters(text))) return undefined;
    const personCues = g.items.some((i) => i.m.title || i.m.evidence.some((e) => e.type === 'PERSON' && e.weight >= 2));
    return personCues ? undefined : [...roots][0];
  }
  /**
   * The one named place `g` is also the short form of, beside the organisation `of` gave ("Tarn"
   * for "Tarn Energy" and for "Tarn River"): where a mention's own words say place, it is the place.
   */
  placeBeside(g: Group, organisation: string): string | undefined {
    if (this.placeRoots.has(organisation)) return undefined;
    const roots = this.placeIndex.get(g.key);
    return roots && roots.size === 1 ? [...roots][0] : undefined;
  }
  /** True when the mention's own words make it a place or a person ("the town of Westbury"). */
  localPlaceOrPerson(item: Item, root: string): boolean {
    // A state or province named like the organisation ("Atlântico" for "Clube Desportivo
    // Atlântico") is the organisation unless the words around it say place; so is a city or a
    // region named like a club's nickname ("Phoenix", "Mekong").
    const nickname = this.nicknames.has(item.key);
    const g = groupTotals(totals(item.m.evidence.filter((e) => e.cue !== CUE.lexiconProvince && !(nickname && e.cue === CUE.lexiconPlace))));
    // "Ngurah Rai airport" for a named airport: place words agree with a place.
    const place = this.placeRoots.has(root) ? 0 : g.get('PLACE') ?? 0;
    return place >= 2.5 || (g.get('PERSON') ?? 0) >= 2.5;
  }
  /** True when `root` is a named place's (a mountain, an airport), not an organisation's. */
  isPlace(root: string): boolean {
    return this.placeRoots.has(root);
  }
}

/**
 * True for a body named by a place and a description ("West Nusa Tenggara disaster management
 * agency"): lower-case words other than connectors. Its first words are the place's name, not a
 * short form of the body's.
 */
function describedBody(text: string): boolean {
  return nameWords(text).some((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w));
}

const tailKeys = (list: string) => new Set(list.split(' ').map(transliterationKey));

/** Words after a facility's core name: "International Airport", "Central Station", and in German and Scandinavian names "Stadion", "Flughafen", "Bahnhof". */
const FACILITY_TAIL_KEYS = new Set(
  [
    'international', 'national', 'regional', 'municipal', 'domestic', 'central', 'main', 'airport', 'airfield', 'station', 'terminal', 'stadium', 'stadion',
    'flughafen', 'bahnhof', 'arena', 'bridge', 'dam', 'harbour', 'harbor', 'port', 'hospital', 'hotel', 'street', 'road', 'avenue', 'boulevard', 'square', 'mall', 'plaza',
  ].map(transliterationKey),
);

/**
 * The short forms of a named place: "Tambelu" for "Mount Tambelu" (a natural feature without its
 * head word), and "Ngurah Rai" or "Heathrow" for "I Gusti Ngurah Rai International Airport" and
 * "London Heathrow Airport" (a facility's name without its facility words, and the last words of
 * that core: the person or place it is named after).
 */
function placeShortKeys(g: Group): string[] {
  const words = g.items[0].words;
  if (g.norp || words.length < 2) return [];
  // "Czerwionka-Leszczyny" is "Czerwionka" to its people (a known place of that name stays apart: see `of`).
  if (g.type === 'GPE' && words.length === 2 && /^\p{L}{3,}-\p{L}{3,}$/u.test(g.items[0].m.text)) return [words[0]];
  const text = g.items[0].m.text;
  if (g.type === 'LOC' || g.type === 'GPE') {
    const head = foldName(nameWords(text)[0]).replace(/\.$/u, '');
    if (LANDFORM_HEADS.has(head)) return [words.slice(1).join(' ')];
    // "the Strait of Hormuz" is "Hormuz" ("the Gulf of Aden" is not "Aden": a known place stays apart, see `of`).
    if (words.length >= 3 && WATER_OF_HEADS.has(words[0]) && words[1] === 'of' && words.slice(2).join('').length >= 4) return [words.slice(2).join(' ')];
    // "Lhotka nad Oslavou" is "Lhotka" to its neighbours; "Vysočina Region" is "Vysočina".
    const particle = words.findIndex((w, k) => k > 0 && RIVER_TOWN_PARTICLES.has(w));
    if (particle > 0) return [words.slice(0, particle).join(' ')];
    const tail = areaTailLength(words);
    return featureTail(g) || tail > 0 ? [words.slice(0, -Math.max(tail, 1)).join(' ')] : [];
  }
  if (g.type !== 'FAC') return [];
  let end = words.length;
  while (end > 0 && FACILITY_TAIL_KEYS.has(words[end - 1])) end--;
  if (end === words.length || end === 0) return [];
  const out: string[] = [];
  for (let k = 0; k < end; k++) out.push(words.slice(k, end).join(' '));
  return out;
}

/**
 * The weight of a group's own cues for an organisation (the default for capitalised words left
 * out, and "the" before the name, which rivers have as often as bodies: "the Puchka").
 */
function orgCues(g: Group): number {
  return totals(g.items.flatMap((i) => i.m.evidence.filter((e) => e.cue !== CUE.default && e.cue !== CUE.the))).get('ORG') ?? 0;
}

/** A capitalised word that reads as a national adjective ("Lestavian", "Polish", "Maltese", "Kenyan"). */
const NATIONAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ish|ese)$/u;

/** Particles of towns named by their river ("Lhotka nad Oslavou", "Frankfurt am Main"): the town's short name comes before. */
const RIVER_TOWN_PARTICLES = new Set(['nad', 'pod', 'ob', 'am', 'an', 'upon', 'sur']);

/**
 * Kinds of division or area written after the name ("Vysočina Region", "Kherson Oblast", "Baybayon
 * City", "Tokerau Beach", "the Adriatic Sea", "Telašćica Nature Park"): the short form is the name
 * alone. Keys, as in a group's words ("city" is "citi").
 */
const ADMIN_TAILS = tailKeys('region province district county oblast governorate prefecture municipality voivodeship canton city');
const AREA_TAILS = tailKeys('sea beach bay lagoon peninsula island islands archipelago');
/** Two-word area kinds: "Nature Park", "National Park". */
const AREA_TAIL_PAIRS = new Set(['nature park', 'national park', 'natural park', 'marine park', 'nature reserve'].map((p) => p.split(' ').map(transliterationKey).join(' ')));

/** How many last words of a place's key name its kind of division or area (0 when none do). */
function areaTailLength(words: readonly string[]): number {
  if (words.length >= 3 && AREA_TAIL_PAIRS.has(words.slice(-2).join(' '))) return 2;
  const last = words[words.length - 1];
  return ADMIN_TAILS.has(last) || AREA_TAILS.has(last) ? 1 : 0;
}

/** Heads of waters named with "of": "the Strait of Hormuz", "the Gulf of Thailand", "the Sea of Azov". */
const WATER_OF_HEADS = tailKeys('strait straits gulf bay sea');

/** Kinds of natural feature written after the name: "Tarn River", "Ossa Volcano", "Vatna Glacier". */
const FEATURE_TAILS = tailKeys('river volcano glacier creek');

/**
 * Kinds of place that a body's next word may be: the words before it name a place, not the body.
 * Not "City": "Leicester" is Leicester City on a sports page.
 */
const PLACE_KIND_KEYS = new Set([...ADMIN_TAILS, ...AREA_TAILS, ...FEATURE_TAILS].filter((k) => k !== transliterationKey('city')));

/** True for a natural feature's name with its kind last ("Tarn River"): its short form is the name alone. */
function featureTail(g: Group): boolean {
  const words = g.items[0].words;
  return (g.type === 'LOC' || g.type === 'GPE') && words.length >= 2 && FEATURE_TAILS.has(words[words.length - 1]);
}

/** True when a mention's own evidence clearly says it is not a person ("in Washington"). */
function localNonPerson(evidence: readonly TypeEvidence[]): boolean {
  const g = groupTotals(totals(evidence));
  const person = g.get('PERSON') ?? 0;
  const other = Math.max(g.get('PLACE') ?? 0, g.get('ORG') ?? 0);
  return other >= 2.5 && other > person + 1;
}

/**
 * Among several people sharing a surname, the one whose full name the same document gave last
 * before the mention, else the first one it gives after; undefined when it names none.
 */
function nearestInDocument(item: Item, fullNames: readonly Group[], sets: Sets): string | undefined {
  let before: { at: number; root: string } | undefined;
  let after: { at: number; root: string } | undefined;
  const counts = new Map<string, number>();
  for (const f of fullNames) {
    const root = sets.find(f.key);
    for (const other of f.items) {
      if (other.doc !== item.doc) continue;
      counts.set(root, (counts.get(root) ?? 0) + 1);
      if (other.m.start < item.m.start && (!before || other.m.start > before.at)) before = { at: other.m.start, root };
      if (other.m.start > item.m.start && (!after || other.m.start < after.at)) after = { at: other.m.start, root };
    }
  }
  // A headline's surname is introduced by the first full name of the body.
  if (before) return before.root;
  if (after) return after.root;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return undefined;
  return ranked[0][0];
}

/** A cue at least this heavy says what a name is ("company Sabesp", "the city of X"). */
const STRONG_CUE = 2;

/**
 * The evidence of many mentions, for one type decision: the weak default cue ("capitalised words")
 * counts once, not once per mention, so a name mentioned often with few cues does not drift to
 * PERSON against the cues it has. A speech verb after the name counts less each time it recurs,
 * for companies and agencies speak as often as people do: "State water company Sabesp said ...",
 * then "Sabesp said" four times over, is still a company.
 */
function pooled(evidence: readonly TypeEvidence[]): TypeEvidence[] {
  let fallback: TypeEvidence | undefined;
  let province: TypeEvidence | undefined;
  const out: TypeEvidence[] = [];
  // (Only against a name's strong cue of another kind: a surname that many articles quote, with
  // nothing else said of it, stays a person's and finds the full name.)
  const decays = evidence.some((e) => e.cue !== CUE.speech && e.type !== 'PERSON' && e.weight >= STRONG_CUE);
  const speeches = new Map<string, number>();
  for (const e of evidence) {
    if (e.cue === CUE.default) {
      if (!fallback || e.weight > fallback.weight) fallback = e;
    } else if (e.cue === CUE.lexiconProvince) province ??= e;
    else if (e.cue === CUE.speech && decays) {
      const seen = speeches.get(e.type) ?? 0;
      speeches.set(e.type, seen + 1);
      out.push(seen === 0 ? e : { ...e, weight: e.weight / 2 ** seen });
    } else out.push(e);
  }
  // The generated list of states and provinces says the same of every mention, and its names are
  // also clubs' and companies' ("Atlântico"): it counts once, and the text around them decides.
  if (fallback) out.push(fallback);
  if (province) out.push(province);
  return out;
}

/** Builds the entities, their canonical names, types and ids, and records each item's id and type. */
function* buildEntities(groups: ReadonlyMap<string, Group>, rootOf: ReadonlyMap<Item, string>, untyped: ReadonlySet<string>): Steps<Map<string, ResolvedEntity>> {
  const members = new Map<string, Item[]>();
  for (const g of groups.values()) {
    for (const item of g.items) {
      const root = rootOf.get(item)!;
      const list = members.get(root) ?? [];
      list.push(item);
      members.set(root, list);
    }
  }
  const entities = new Map<string, ResolvedEntity>();
  const roots = [...members.keys()].sort();
  for (let r = 0; r < roots.length; r++) {
    if (r % GROUPS_PER_STEP === GROUPS_PER_STEP - 1) yield;
    const root = roots[r];
    const items = members.get(root)!;
    const norp = items.every((i) => i.m.evidence.some((e) => e.type === 'NORP'));
    const type: EntityType = norp ? 'NORP' : untyped.has(root) ? 'MISC' : chooseType(pooled(items.flatMap((i) => i.evidence)));
    const canonical = canonicalName(items);
    let id = slug(canonical) || slug(root) || 'entity';
    if (entities.has(id)) id = `${id}-${type.toLowerCase()}`;
    for (let n = 2; entities.has(id); n++) id = `${slug(canonical)}-${n}`;
    // A name written with a nickname gives both as aliases: "Thiago Lemos" and "Tigrinho".
    const aliases = [...new Set(items.flatMap((i) => [i.m.text, withoutNickname(i.m.text), nicknameOf(i.m.text) ?? i.m.text]))].sort();
    const entity: ResolvedEntity = { id, canonical, type, aliases, mentions: [] };
    for (const item of items) {
      item.id = id;
      item.type = item.m.type === 'NORP' ? 'NORP' : type;
      entity.mentions.push({ uri: item.doc.uri, start: item.m.start, end: item.m.end, text: item.m.text });
    }
    entities.set(id, entity);
  }
  return entities;
}

/**
 * The name an entity is known by: a country's common name, else the fullest form (most words,
 * then most mentions, then alphabetical, so that ids are stable).
 */
function canonicalName(items: readonly Item[]): string {
  for (const i of items) {
    const country = canonicalCountry(i.m.text) ?? canonicalCountry(i.m.text.replace(/\./gu, ''));
    if (country) return country;
  }
  const counts = new Map<string, number>();
  for (const i of items) {
    const name = withoutNickname(i.m.text);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // An acronym, or a nationality before a surname ("Italian Bertolini"), is no one's full name.
  const score = (s: string) => (acronymLetters(s) ? 0 : nameWords(s).length - (isDemonym(nameWords(s)[0] ?? '') ? 1 : 0));
  return [...counts].sort((a, b) => score(b[0]) - score(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

