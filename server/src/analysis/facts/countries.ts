/**
 * Nationality words and country names mapped to one key per country ("Kenyan", "Kenya",
 * "Kenya's" -> "kenya"), from the generated place lexicon. A demonym is mapped only when one
 * country name clearly matches it; otherwise the word stays unknown, so that a doubtful mapping
 * leads to silence rather than to a false contradiction.
 */
import places from '../lexicon/generated/places.json';

/** Abbreviations and names that the data package lists under other spellings. */
const SPECIAL: Array<[RegExp, string]> = [
  [/^(?:u\.?s\.?a?\.?|american|america|united states(?: of america)?|washington)$/u, 'united-states'],
  [/^(?:u\.?k\.?|british|britain|great britain|united kingdom)$/u, 'united-kingdom'],
  [/^(?:e\.?u\.?|european union)$/u, 'european-union'],
];

let countryByLower: Map<string, string> | undefined;
let demonymKey: Map<string, string | null> | undefined;

function slugOf(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '');
}

function tables(): { countries: Map<string, string>; demonyms: Map<string, string | null> } {
  if (!countryByLower || !demonymKey) {
    const data = places as { countries?: string[]; demonyms?: string[]; countryOf?: Record<string, string>; demonymOf?: Record<string, string> };
    countryByLower = new Map();
    for (const c of data.countries ?? []) if (!c.includes(' of ') && c.split(' ').length <= 3) countryByLower.set(c.toLowerCase(), slugOf(c));
    // Official names and abbreviations point at the common name when the lexicon says so.
    for (const [name, common] of Object.entries(data.countryOf ?? {})) countryByLower.set(name.toLowerCase(), slugOf(common));
    demonymKey = new Map();
    const names = [...countryByLower.keys()];
    for (const d of data.demonyms ?? []) {
      const lower = d.toLowerCase();
      if (lower.includes(' ') || lower.includes(',') || demonymKey.has(lower)) continue;
      // The country whose name shares the longest prefix with the demonym (at least 4 letters).
      let best: string | undefined;
      let bestLen = 0;
      let tie = false;
      for (const n of names) {
        if (n.includes(' ')) continue;
        let k = 0;
        while (k < n.length && k < lower.length && n[k] === lower[k]) k++;
        if (k > bestLen) {
          best = n;
          bestLen = k;
          tie = false;
        } else if (k === bestLen && k > 0) tie = true;
      }
      let key = best && bestLen >= 4 && !tie ? countryByLower.get(best) ?? null : null;
      // Otherwise the lexicon's own mapping, unless it names a territory after the nation
      // ("French" -> "French Southern and Antarctic Lands"), which would mislead.
      const listed = data.demonymOf?.[d];
      if (!key && listed && !listed.toLowerCase().startsWith(`${lower} `) && !/^(?:caribbean|northern mariana)/iu.test(listed)) key = slugOf(listed);
      demonymKey.set(lower, key);
    }
  }
  return { countries: countryByLower, demonyms: demonymKey };
}

/**
 * The country key of a nationality word or country name ("Peruvian", "Peru's", "U.S."), or
 * undefined when the word is not one or its country is not certain.
 */
export function countryKey(word: string): string | undefined {
  const lower = word.trim().toLowerCase().replace(/[’']s$/u, '');
  if (!lower) return undefined;
  for (const [re, key] of SPECIAL) if (re.test(lower)) return key;
  const { countries, demonyms } = tables();
  const c = countries.get(lower);
  if (c) return c;
  const d = demonyms.get(lower);
  return d ?? undefined;
}
