/**
 * Letters with a diacritic that English text writes in two ways: without the mark ("Moller" for
 * "Möller") or as the digraph the language itself uses when the mark is unavailable ("Moeller";
 * "Elchin" for Azerbaijani "Elçin", "Shevchuk" for "Ševčuk"). Folding (fold.ts) gives the first;
 * this gives the second, so that a name written with the mark can meet its digraph spelling.
 */

/**
 * Each letter's digraph spelling (lower and upper case), in families that do not mix in one
 * name: German umlauts ("Müller" / "Mueller"), the Slavic and Turkic letters ("Şahin" /
 * "Shahin", "Ševčuk" / "Shevchuk"), whose languages write "ü" as plain "u" in English, and the
 * Spanish "ñ" in its Portuguese and Catalan spellings.
 */
const FAMILIES: ReadonlyArray<{ letters: RegExp; digraphs: Readonly<Record<string, string>> }> = [
  { letters: /[äÄöÖüÜ]/gu, digraphs: { ä: 'ae', Ä: 'Ae', ö: 'oe', Ö: 'Oe', ü: 'ue', Ü: 'Ue' } },
  {
    letters: /[çÇşŞčČšŠžŽđĐ]/gu,
    digraphs: { ç: 'ch', Ç: 'Ch', ş: 'sh', Ş: 'Sh', č: 'ch', Č: 'Ch', š: 'sh', Š: 'Sh', ž: 'zh', Ž: 'Zh', đ: 'dj', Đ: 'Dj' },
  },
  // Spanish "ñ" as Portuguese and Catalan write the sound: "Castañeda" / "Castanheda", "Peña" / "Penya".
  { letters: /[ñÑ]/gu, digraphs: { ñ: 'nh', Ñ: 'Nh' } },
  { letters: /[ñÑ]/gu, digraphs: { ñ: 'ny', Ñ: 'Ny' } },
];

/**
 * The name's spellings with one family's marked letters written as digraphs ("Möllring" ->
 * "Moellring", "Şahin Rüstəmov" -> "Shahin Rüstəmov"); empty when it has none. Other marked
 * letters stay, for folding to drop their marks. Letters are compared after NFC composition.
 */
export function digraphSpellings(name: string): string[] {
  const composed = name.normalize('NFC');
  const out: string[] = [];
  for (const { letters, digraphs } of FAMILIES) {
    const spelled = composed.replace(letters, (c) => digraphs[c]);
    if (spelled !== composed) out.push(spelled);
  }
  return out;
}
