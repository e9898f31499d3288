/**
 * Normalisation shared by the lexicons and the entity stage: lower case, accents folded,
 * typographic apostrophes made plain, so that "Seán" meets "sean" and "O’Neill" "o'neill".
 */

/** Lower case with accents folded and apostrophes unified. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .toLowerCase();
}
