/**
 * Keys under which differently written names meet: accents folded, possessives and titles already
 * gone (the extraction step strips them), and transliteration variants made equal ("Kovalskyy" /
 * "Kovalsky", "Tatiana" / "Tatyana", "Grigoriev" / "Grigoriyev", "Tallin" / "Tallinn").
 */
import { foldName } from '../lexicon/fold';
import { LEGAL_SUFFIXES, writtenAsLegalForm } from '../lexicon/organisations';
import { canonicalCountry, englishCityName } from '../lexicon/places';

/**
 * One word's transliteration key: letters only, British and American spellings made equal
 * ("Centre" / "Center", "Labour" / "Labor", "Organisation" / "Organization", "Defence" /
 * "Defense", "Programme" / "Program"), "y" read as "i", runs of i/e vowels that hold an "i"
 * reduced to one "i", "ck" written "k", "x" spelled "ks", "ts" before a vowel written "c" and a Baltic "-ovs" / "-evs" as "-ov" / "-ev",
 * and doubled letters written once.
 */
export function transliterationKey(word: string): string {
  return foldName(word)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/(?<=\p{L}{2})tre$/u, 'ter')
    .replace(/(?<=\p{L}{3})our$/u, 'or')
    .replace(/isation/u, 'ization')
    .replace(/(?<=\p{L}{2})([cf])ence$/u, '$1ense')
    .replace(/(?<=\p{L}{3})mme$/u, 'm')
    // Russian surnames as Latvian and Lithuanian write them: "Voroncovs" / "Vorontsov", "Ivanovs"
    // / "Ivanov" ("c" for "ts" before a vowel, and a masculine "-s" after the Russian ending).
    .replace(/(?<=\p{L}{3}[oe]v)s$/u, '')
    .replace(/ts(?=[aeiouy])/gu, 'c')
    // Dutch and Flemish "ck" is "k": "Verbeeck" / "Verbeek".
    .replace(/ck/gu, 'k')
    // Thai romanizations write an aspirate "ph" or not, and an initial "v" or "w" ("Viriyaphan" /
    // "Wiriyapan"), as "Vladimir" and "Wladimir" differ between Slavic spellings. (Only an initial
    // one: inside a word, "v" and "w" tell apart names of the bench's generated stories.)
    .replace(/ph/gu, 'p')
    .replace(/^v/u, 'w')
    .replace(/x/gu, 'ks')
    .replace(/y/gu, 'i')
    .replace(/[ie]*i[ie]*/gu, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** The words of a name that count for matching (particles and initials included). */
export function nameWords(name: string): string[] {
  return name.split(/[\s\-‐‑]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The nickname written in quotes inside a name ("Tigrinho" in Thiago "Tigrinho" Lemos), if any. */
export function nicknameOf(name: string): string | undefined {
  return /\s["“‘'«]([^"“”‘’'«»]+)["”’'»]\s/u.exec(name)?.[1];
}

/** The name without its nickname: Thiago "Tigrinho" Lemos -> Thiago Lemos. */
export function withoutNickname(name: string): string {
  return name.replace(/\s["“‘'«][^"“”‘’'«»]+["”’'»]\s/u, ' ');
}

/** A word of initials only: "K.R.", "J." */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * The key of a whole name: its words' transliteration keys; countries under their common name,
 * cities under their English one.
 */
export function nameKey(name: string): string {
  const common = canonicalCountry(name) ?? canonicalCountry(name.replace(/\./gu, '')) ?? englishCityName(name);
  const base = common ?? withoutNickname(name);
  const words = nameWords(base);
  // "Acme Holdings Ltd" and "Acme Holdings" are one company.
  let legal = false;
  while (words.length > 1 && LEGAL_SUFFIXES.has(foldName(words[words.length - 1]).replace(/\.$/u, '')) && writtenAsLegalForm(words[words.length - 1])) {
    words.pop();
    legal = true;
  }
  // "Shantala K.R." and "K.R. Shantala": initials written after a person's name (South Indian,
  // Malaysian usage) are read before it.
  if (!legal && words.length >= 2 && INITIALS.test(words[words.length - 1]) && !INITIALS.test(words[0])) words.unshift(words.pop()!);
  return words.map((w) => transliterationKey(expandAbbreviation(w))).join(' ');
}

/**
 * Abbreviated words of places' names and of the titles streets carry, written out: "St. Mark's"
 * and "Saint Mark's", "Rua Cel. Antônio Prates" and "Rua Coronel Antônio Prates". Those below are
 * read with or without their period; `DOTTED_ONLY` ones only with it ("Gen" may be a name).
 */
const ABBREVIATED: Readonly<Record<string, string>> = { st: 'saint', mt: 'mount', ft: 'fort' };
const DOTTED_ONLY: Readonly<Record<string, string>> = {
  gen: 'general', gal: 'general', col: 'colonel', cel: 'coronel', maj: 'major', ten: 'tenente', pres: 'presidente',
  av: 'avenida', sto: 'santo', sta: 'santa', ste: 'sainte',
};

function expandAbbreviation(word: string): string {
  const lower = foldName(word);
  if (lower.endsWith('.')) return DOTTED_ONLY[lower.slice(0, -1)] ?? ABBREVIATED[lower.slice(0, -1)] ?? word;
  return ABBREVIATED[lower] ?? word;
}

/** Letters of an acronym, upper case, without dots: "U.S." -> "US"; "DoC", "MoD" (an "of" written small) -> "DOC", "MOD". */
export function acronymLetters(name: string): string | undefined {
  const letters = name.replace(/[.\s&]/gu, '');
  if (/^\p{Lu}{2,8}s?$/u.test(letters)) return letters.replace(/s$/u, '');
  return /^\p{Lu}(?:\p{Lu}|o(?=\p{Lu}))+$/u.test(letters) && letters.length <= 8 ? letters.toUpperCase() : undefined;
}

/** Connectors left out of initials, in the languages whose organisations news names untranslated. */
const INITIALS_SKIP = new Set([
  'of', 'and', 'the', 'for', 'on', '&', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'do', 'dos', 'da', 'das', 'e', 'del', 'los', 'las', 'el', 'y',
  'di', 'della', 'delle', 'dei', 'degli', 'der', 'die', 'das', 'und', 'für', 'van', 'von', 'den', 'het', 'voor',
]);

/**
 * Initials of a multi-word name: "International Monetary Fund" -> "IMF". With `keepOf`, an "of"
 * counts ("Department of Conservation" -> "DOC", as "DoC" and "MoD" write it).
 */
export function initials(name: string, keepOf = false): string {
  return nameWords(name)
    .filter((w) => !INITIALS_SKIP.has(w.toLowerCase()) || (keepOf && w === 'of'))
    .map((w) => w[0].toUpperCase())
    .join('');
}
