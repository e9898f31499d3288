/**
 * Letters with a diacritic that English text writes in two ways: without the mark ("Moller" for
 * "Möller") or as the digraph the language itself uses when the mark is unavailable ("Moeller";
 * "Elchin" for Azerbaijani "Elçin", "Shevchuk" for "Ševčuk"). Folding (fold.ts) gives the first;
 * this gives the second, so that a name written with the mark can meet its digraph spelling.
 */

/** Each letter's digraph spelling (lower and upper case). */
const DIGRAPHS: Readonly<Record<string, string>> = {
  ä: 'ae', Ä: 'Ae', ö: 'oe', Ö: 'Oe', ü: 'ue', Ü: 'Ue',
  ç: 'ch', Ç: 'Ch', ş: 'sh', Ş: 'Sh', č: 'ch', Č: 'Ch', š: 'sh', Š: 'Sh', ž: 'zh', Ž: 'Zh', đ: 'dj', Đ: 'Dj',
};
const DIGRAPH_LETTERS = /[äÄöÖüÜçÇşŞčČšŠžŽđĐ]/gu;

/**
 * The name with its marked letters written as digraphs ("Möllring" -> "Moellring"), or undefined
 * when it has none. Letters are compared after NFC composition, so a decomposed "o" + umlaut counts.
 */
export function digraphSpelling(name: string): string | undefined {
  const composed = name.normalize('NFC');
  DIGRAPH_LETTERS.lastIndex = 0;
  if (!DIGRAPH_LETTERS.test(composed)) return undefined;
  return composed.replace(DIGRAPH_LETTERS, (c) => DIGRAPHS[c]);
}
