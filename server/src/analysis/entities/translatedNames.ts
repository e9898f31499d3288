/**
 * A national body named in its own language and in English ("Magyar Nemzeti Bank" / "National Bank
 * of Hungary", "Narodowy Bank Polski" / "National Bank of Poland"): both names read as the same
 * set of concepts (national, bank, Hungary) when every word of each is a known concept, a country
 * or a connector. Names that leave any word unread get no key, so only such bodies meet.
 */
import { foldName } from '../lexicon/fold';
import { NATIVE_COUNTRY_ADJECTIVES, ORG_CONCEPTS } from '../lexicon/orgTranslations';
import { canonicalCountry, demonymCountry, placeKind } from '../lexicon/places';
import { nameWords } from './nameKeys';

/** Connectors between the words of bodies' and places' names, in the languages of ORG_CONCEPTS (translatedPlaces.ts reads them too). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'de', 'del', 'della', 'dei', 'degli', 'delle', 'di', 'du', 'des', 'la', 'le', 'a', 'al', 'van', 'der', 'i', 'y', 'e', 'and', 'do', 'da', 'dos', 'das']);

/** The concept key of a body's name, or undefined when a word is not a known concept or country. */
export function translatedNameKey(name: string): string | undefined {
  const found = new Set<string>();
  let country: string | undefined;
  for (const raw of nameWords(name)) {
    const w = foldName(raw);
    if (CONNECTORS.has(w)) continue;
    const concept = ORG_CONCEPTS.get(w);
    if (concept) {
      found.add(concept);
      continue;
    }
    const c = NATIVE_COUNTRY_ADJECTIVES.get(w) ?? (placeKind(raw) === 'country' ? canonicalCountry(raw) ?? raw : undefined) ?? canonicalCountry(raw) ?? demonymCountry(raw);
    if (!c || (country && country !== c)) return undefined;
    country = c;
  }
  if (!country || found.size < 2) return undefined;
  return `${foldName(country)}:${[...found].sort().join(' ')}`;
}

/** Concepts that open a body's name in many languages and close it in English ("Fundación X" / "X Foundation"). */
const HEAD_CONCEPTS = new Set(['foundation', 'association', 'ministry', 'agency', 'commission', 'party', 'institute', 'council', 'bank', 'office']);

/**
 * The key of a body named by a head word and its own name, in either order: "Yayasan Jejak Rimba"
 * and "Jejak Rimba Foundation" are both the foundation "jejak rimba". Only a name with exactly one
 * head word, at its start or its end, gets a key; the rest is kept as written (folded).
 */
export function headTranslatedKey(name: string): string | undefined {
  const words = nameWords(name).map((w) => foldName(w));
  if (words.length < 2) return undefined;
  const heads = words.map((w) => ORG_CONCEPTS.get(w)).map((c) => (c && HEAD_CONCEPTS.has(c) ? c : undefined));
  if (heads.filter(Boolean).length !== 1) return undefined;
  const at = heads[0] ? 0 : heads[words.length - 1] ? words.length - 1 : -1;
  if (at < 0) return undefined;
  const rest = words.filter((w, i) => i !== at && !CONNECTORS.has(w));
  return rest.length > 0 ? `${heads[at]}:${rest.join(' ')}` : undefined;
}

/**
 * The key of a body's name read as a bag of concepts and the proper names in it, in any language
 * and any order: "Corte de Apelaciones de Santiago" and "Santiago Court of Appeals" are both
 * {appeals, court, santiago}; "Polícia Judiciária" and "Judiciary Police" {judiciary, police};
 * "Frente de Defensa del Río Puchka" and "Puchka River Defence Front" {defence, front, puchka,
 * river}; "Deutsche Marine" and "German Navy" {germany, navy}. Needs two concepts or more, or one
 * and a country; every other word must be capitalised (a name of its own).
 */
export function conceptBagKey(name: string): string | undefined {
  const found: string[] = [];
  const names: string[] = [];
  let countries = 0;
  for (const raw of nameWords(name)) {
    const w = foldName(raw);
    if (CONNECTORS.has(w)) continue;
    const concept = ORG_CONCEPTS.get(w);
    if (concept) {
      found.push(concept);
      continue;
    }
    if (!/^\p{Lu}/u.test(raw)) return undefined;
    const country = NATIVE_COUNTRY_ADJECTIVES.get(w) ?? canonicalCountry(raw) ?? demonymCountry(raw);
    if (country) countries++;
    names.push(country ? foldName(country) : w);
  }
  if (found.length < 2 && !(found.length === 1 && names.length === 1 && countries === 1)) return undefined;
  return `bag:${[...found, ...names].sort().join(' ')}`;
}
