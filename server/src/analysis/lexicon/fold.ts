/**
 * Normalisation shared by the lexicons and the entity stage: lower case, accents folded,
 * typographic apostrophes made plain, so that "Seán" meets "sean" and "O’Neill" "o'neill".
 */

/**
 * Letters that Unicode does not decompose into a base letter and a mark ("ł" is not "l" + a mark),
 * written as an English text would write them: "Gołąb" is "Golab", "Søren" "Soren", "Məmmədov" "Mammadov",
 * and the hooked letters of Hausa and other West African alphabets, "Ɗanladi" "Danladi".
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', ı: 'i',
  ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ə: 'a', Ə: 'A',
  ɓ: 'b', Ɓ: 'B', ɗ: 'd', Ɗ: 'D', ƙ: 'k', Ƙ: 'K', ƴ: 'y', Ƴ: 'Y',
};
const UNDECOMPOSED_RE = /[łŁøØđĐðÐħĦıßæÆœŒþÞəƏɓƁɗƊƙƘƴƳ]/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´]/gu;

/** True when `s` is ASCII without a backtick (which folds to an apostrophe). A loop beats a regex on short words. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) return false;
  }
  return true;
}

/** Lower case with accents folded and apostrophes unified. */
export function foldName(s: string): string {
  // Most words are plain ASCII: nothing to fold but the case (this runs for every word).
  if (isPlainAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
    .replace(APOSTROPHES, "'")
    .toLowerCase();
}
