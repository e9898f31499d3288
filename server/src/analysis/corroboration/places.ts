/**
 * One key for a country and its adjective, so that "Kenyan demands" meets "Kenya demands" and
 * "European governments" meets "Europe". Countries and demonyms come from the generated place
 * lexicon (world-countries); a demonym is paired with the single-word country it shares the longest
 * prefix with. A few common short forms the data does not pair are listed here.
 */
import places from '../lexicon/generated/places.json';

/** Short forms and adjectives whose country the prefix rule cannot find. */
const ALIASES: Readonly<Record<string, string>> = {
  american: 'united states', americans: 'united states', 'u.s.': 'united states', us: 'united states',
  usa: 'united states', 'u.s.a.': 'united states', 'united states': 'united states',
  british: 'united kingdom', briton: 'united kingdom', britain: 'united kingdom', 'u.k.': 'united kingdom',
  uk: 'united kingdom', 'great britain': 'united kingdom', 'united kingdom': 'united kingdom',
  europe: 'europe', european: 'europe', europeans: 'europe', africa: 'africa', african: 'africa',
  asia: 'asia', asian: 'asia', french: 'france', dutch: 'netherlands', swiss: 'switzerland',
};

let table: Map<string, string> | undefined;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function buildTable(): Map<string, string> {
  const t = new Map<string, string>();
  const data = places as { countries?: string[]; demonyms?: string[] };
  const singleWord = (data.countries ?? []).filter((c) => /^\p{L}+$/u.test(c)).map(fold);
  for (const c of singleWord) t.set(c, c);
  for (const d of data.demonyms ?? []) {
    if (!/^\p{L}+$/u.test(d)) continue;
    const f = fold(d);
    let best = '';
    let bestLen = 3;
    for (const c of singleWord) {
      const n = commonPrefix(f, c);
      if (n > bestLen || (n === bestLen && best && c.length < best.length)) {
        best = c;
        bestLen = n;
      }
    }
    if (best && bestLen >= 4) t.set(f, best);
  }
  for (const [k, v] of Object.entries(ALIASES)) t.set(k, v);
  return t;
}

/** The country (or continent) a word or name stands for, in lower case; undefined for other words. */
export function placeKey(word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  table ??= buildTable();
  const f = fold(word);
  return table.get(f) ?? (f.endsWith('s') ? table.get(f.slice(0, -1)) : undefined);
}
