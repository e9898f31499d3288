/**
 * A body's name with its words in another order: "Health Ministry" / "Ministry of Health",
 * "Peruvian Geophysical Institute" / "Geophysical Institute of Peru", "National Civil Defence
 * Institute" / "National Institute of Civil Defence". English puts a body's words before its head
 * or after it with "of", and a nationality word stands for its country; the bag of content words
 * is the same either way.
 */
import { canonicalCountry, demonymCountry } from '../lexicon/places';
import { nameWords, transliterationKey } from './nameKeys';

/** Portfolios named with "Affairs", as the short name of their ministry writes them. */
const PORTFOLIO_AFFAIRS: Readonly<Record<string, string>> = { foreign: 'foreign', internal: 'interior', home: 'interior', interior: 'interior' };

/** Words that only connect a name's content words. */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', '&']);

/**
 * The name's content words, sorted, nationalities and other names of a country read as the country;
 * undefined for names of fewer than two content words (too little to tell bodies apart).
 */
export function bodyWordBag(name: string): string | undefined {
  const words: string[] = [];
  const all = nameWords(name);
  for (let i = 0; i < all.length; i++) {
    const raw = all[i];
    if (CONNECTORS.has(raw.toLowerCase())) continue;
    // "Ministry of Foreign Affairs" is the "Foreign Ministry", "Ministry of Internal Affairs" the "Interior Ministry".
    const portfolio = PORTFOLIO_AFFAIRS[raw.toLowerCase()];
    if (portfolio && all[i + 1]?.toLowerCase() === 'affairs') {
      words.push(transliterationKey(portfolio));
      i++;
      continue;
    }
    const country = canonicalCountry(raw) ?? demonymCountry(raw);
    words.push(transliterationKey(country ?? raw));
  }
  if (words.length < 2) return undefined;
  return words.sort().join(' ');
}
