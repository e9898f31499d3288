/**
 * Korean family names in their common romanizations, each to one spelling: "Suh" and "Seo",
 * "Paik" and "Baek", "Rhee", "Yi" and "Lee" are one name written by different systems (McCune–
 * Reischauer, Revised Romanization, personal choice), as papers and wires spell them differently.
 */
const VARIANTS: ReadonlyArray<readonly string[]> = [
  ['lee', 'yi', 'rhee', 'ri'], ['park', 'pak', 'bak'], ['choi', 'choe', 'chey'], ['kim', 'gim'], ['jung', 'chung', 'jeong', 'cheong'],
  ['kang', 'gang'], ['cho', 'jo'], ['yoon', 'yun'], ['jang', 'chang'], ['lim', 'im', 'rim'], ['shin', 'sin'], ['kwon', 'gwon'],
  ['ahn', 'an'], ['ryu', 'yoo', 'yu'], ['jeon', 'jun', 'chun', 'chon'], ['ko', 'go'], ['moon', 'mun'], ['son', 'sohn'], ['bae', 'pae'],
  ['baek', 'paik', 'baik', 'paek'], ['heo', 'huh', 'hur'], ['noh', 'roh', 'no', 'ro'], ['sung', 'seong'], ['joo', 'ju', 'chu'],
  ['seo', 'suh', 'so'], ['oh', 'o'], ['kwak', 'gwak'], ['woo', 'u'], ['hwang'], ['song'], ['hong'], ['yang'], ['han'], ['nam'], ['ha'], ['cha'],
];

const CANONICAL = new Map(VARIANTS.flatMap((list) => list.map((v) => [v, list[0]] as const)));

/** One spelling for a Korean family name's romanizations ("suh" -> "seo"); undefined for other words (lower case in). */
export function koreanSurname(word: string): string | undefined {
  return CANONICAL.get(word);
}
