/**
 * A square, street, palace or station named in its own language and in English: "Piața Victoriei"
 * / "Victory Square", "Palatul Victoria" / "Victoria Palace", "Plaza Mayor" / "Mayor Square". The
 * local name puts its kind first and may inflect the name ("Victoriei" is Romanian for "of
 * Victoria"); the English name puts its kind last. Two such names meet when their kinds translate
 * one another and their names share most of a long common stem. The kinds' words are the place
 * lexicon's (LOCAL_FACILITY_HEADS); nothing here names a place.
 */
import { foldName } from '../lexicon/fold';
import { LOCAL_FACILITY_HEADS } from '../lexicon/places';
import { CONNECTORS } from './translatedNames';

/** The kind of place each local head word names, accents folded ("piata" -> "square"). */
const KIND_OF_LOCAL_HEAD = new Map<string, string>(
  Object.entries(LOCAL_FACILITY_HEADS).flatMap(([kind, heads]) => heads.map((w) => [foldName(w), kind] as const)),
);

/** Shortest stem two names must share, and the share of the shorter name it must cover. */
const MIN_STEM = 5;
const MIN_STEM_SHARE = 0.7;

/**
 * A place name as its kind, its name proper, and whether the kind comes first in the local way
 * ("Palatul Victoria", "Santuário do Bom Jesus") or is English ("Victoria Palace", "Sanctuary of
 * Bom Jesus").
 */
export function placeNameParts(name: string): { kind: string; proper: string; kindFirst: boolean } | undefined {
  const words = name.split(/\s+/u).map(foldName).filter(Boolean);
  if (words.length < 2) return undefined;
  // "Sanctuary of Bom Jesus", "Palace of Culture": the English kind first, then "of".
  if (LOCAL_FACILITY_HEADS[words[0]] && words[1] === 'of' && words.length >= 3) {
    let at = 2;
    while (at < words.length - 1 && CONNECTORS.has(words[at])) at++;
    return { kind: words[0], proper: words.slice(at).join(' '), kindFirst: false };
  }
  const first = KIND_OF_LOCAL_HEAD.get(words[0]);
  // ("Palácio do Planalto", "Place de la Concorde": the connectors after the kind are no part of the name.)
  let from = 1;
  while (from < words.length - 1 && CONNECTORS.has(words[from])) from++;
  if (first) return { kind: first, proper: words.slice(from).join(' '), kindFirst: true };
  const last = words[words.length - 1];
  if (LOCAL_FACILITY_HEADS[last]) return { kind: last, proper: words.slice(0, -1).join(' '), kindFirst: false };
  return undefined;
}

/**
 * True when two place names name one place in two languages: one puts the kind first, the other
 * last, the kinds translate one another, and the names proper share a long common stem.
 */
export function sameTranslatedPlace(a: string, b: string): boolean {
  const x = placeNameParts(a);
  const y = placeNameParts(b);
  if (!x || !y || x.kind !== y.kind || x.kindFirst === y.kindFirst) return false;
  let common = 0;
  while (common < x.proper.length && common < y.proper.length && x.proper[common] === y.proper[common]) common++;
  return x.proper === y.proper || (common >= MIN_STEM && common >= MIN_STEM_SHARE * Math.min(x.proper.length, y.proper.length));
}
