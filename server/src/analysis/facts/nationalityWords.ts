/**
 * Nationality words as the nationality facts read them: "French" -> "france", "Swiss" ->
 * "switzerland". A word counts only when it surely names one country's nationals: words of
 * peoples and regions within or across countries ("Basque", "Catalan", "Kurdish", "Scottish",
 * "Welsh", "Tamil") and words several countries share ("Congolese", "Dominican", "Korean") give
 * none, and neither do the names of countries ("Jordan", "Niger", also first names).
 */
import { foldName } from '../lexicon/fold';
import { demonymCountry, placeKind } from '../lexicon/places';
import { countryKey } from './countries';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/**
 * Peoples, regions and nations within a state or across states: a Scot is British, a Basque may
 * be Spanish or French, a Kurd Turkish, Iraqi, Syrian or Iranian. Folded, lower case.
 */
const PEOPLES_AND_REGIONS = words(`
scottish scots scot welsh english cornish manx basque catalan galician andalusian corsican breton alsatian
bavarian sicilian sardinian flemish walloon frisian kurdish kurd tibetan uyghur uighur tamil sikh punjabi
bengali kashmiri sindhi baloch pashtun hazara chechen tatar dagestani ossetian abkhaz quebecois quebecker
acadian greenlandic faroese palestinian druze bedouin berber amazigh tuareg roma romani sami maori aboriginal
zulu xhosa yoruba igbo hausa fulani amhara oromo tigrayan somali hmong rohingya karen kachin shan macedonian
kosovar catalonian creole hispanic latino latina arab persian jewish
`);

/** Words that several countries' nationals share. Folded, lower case. */
const SHARED_WORDS = words(`congolese dominican guinean korean samoan sudanese`);

/** The country key of a nationality word ("French" -> "france"), or undefined when it surely names none (see the file comment). */
export function nationalityOf(word: string): string | undefined {
  const w = word.replace(/['’]s$/u, '');
  if (!/^\p{Lu}\p{Ll}/u.test(w)) return undefined;
  const folded = foldName(w);
  if (PEOPLES_AND_REGIONS.has(folded) || SHARED_WORDS.has(folded)) return undefined;
  if (placeKind(w) !== undefined) return undefined;
  const key = countryKey(w);
  if (!key) return undefined;
  // Two readings of the data that disagree ("Nigerien": Niger or Nigeria?) leave the word unread.
  const listed = demonymCountry(w);
  if (listed && countryKey(listed) !== key) return undefined;
  return key;
}

/** True for a word that names a people, a region's people or several countries' nationals: no nationality, but no other word either. */
export function isPeopleWord(word: string): boolean {
  const folded = foldName(word.replace(/['’]s$/u, ''));
  return PEOPLES_AND_REGIONS.has(folded) || SHARED_WORDS.has(folded);
}

/**
 * Pairs of nationalities one person is often given at once, by law or by custom: the Irish of
 * Northern Ireland are British too, and Taiwan's nationals are called Chinese by some.
 */
const KINDRED: ReadonlyArray<readonly [string, string]> = [
  ['ireland', 'united-kingdom'],
  ['china', 'taiwan'],
];

/** True when two country keys may both be one person's nationality by custom (see KINDRED). */
export function kindredNationalities(a: string, b: string): boolean {
  return KINDRED.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}
