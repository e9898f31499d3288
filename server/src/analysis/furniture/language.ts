/**
 * A cheap language check for single lines: is this line English, or something else?
 *
 * English news pages copied from sites abroad end with comment forms, buttons and footers in the
 * site's language ("Deja una respuesta", "Laisser un commentaire", "Başa dön tuşu"). Those lines
 * are furniture. The check uses the script of the letters, function words of common languages, and
 * letters that English does not use; names with accents ("Micheál Martin") are not enough.
 */

const ENGLISH = new Set(
  ('a an the of to in on at for from by with and or but not no is are was were be been has have had ' +
    'it its this that these those he she they we you i his her their our your who which what when where ' +
    'will would can could should may might must do does did as than then there here after before about ' +
    'into over under more most all any some if so up out new said says').split(' '),
);

/** Function words of other languages that English text does not use (shared ones such as "a" left out). */
const FOREIGN = new Set(
  (
    // French
    'le la les un une des du et est sont pas pour dans sur avec par ce cette qui que vous nous votre leur au aux ou ne été être ' +
    // Spanish and Portuguese
    'el los las y es para con por una unos del su sus tu lo se que muy más pero como está ser fue ha han não em os uma ao da do das dos seu sua você ' +
    // Italian
    'il gli di che è sono per non una della delle degli nel nella alla questo questa più anche ' +
    // German and Dutch
    'der das und ist sind nicht ein eine einen dem den des mit für auf zu von im sie wir ich het een en zijn niet op voor ' +
    // Turkish
    'bir ve bu için ile da de daha çok gibi olan olarak ama ya ki mi ne'
  ).split(' '),
);

/** Letters used by other Latin-script languages but (almost) never in English words. */
const FOREIGN_LETTERS = /[ıİşŞğĞçÇöÖüÜäÄßéèêëàâãõñáíóúôûîïœæøåłŁżŻźćńśąęřšžčďťůýőűÿ]/u;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** True when `line` is (mostly) in another script than Latin: Cyrillic, Arabic, CJK... */
export function isOtherScript(line: string): boolean {
  let letters = 0;
  let latin = 0;
  for (const ch of line) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
  }
  return letters >= 2 && latin / letters < 0.5;
}

/** Counts English and foreign function words and foreign-lettered lower-case words. */
function profile(words: readonly string[]): { english: number; foreign: number; accented: number; total: number } {
  let english = 0;
  let foreign = 0;
  let accented = 0;
  let total = 0;
  for (const raw of words) {
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!w) continue;
    total++;
    const lower = w.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (FOREIGN.has(lower)) foreign++;
    // Capitalised words with accents are usually names ("Micheál", "Zürich"); the first word of a
    // line is capitalised anyway, so it counts too.
    if (FOREIGN_LETTERS.test(w) && (w === lower || total === 1)) accented++;
  }
  return { english, foreign, accented, total };
}

/** True when a Latin-script line reads as another language than English. */
export function isForeignLatin(words: readonly string[]): boolean {
  const p = profile(words);
  if (p.total === 0) return false;
  if (p.foreign >= 2 && p.foreign > 2 * p.english) return true;
  // Short lines such as buttons: no English function word, and most words foreign-lettered or foreign.
  return p.english === 0 && p.accented >= 1 && p.accented + p.foreign >= Math.ceil(p.total / 2) && p.total <= 12;
}

/** True when the line is not English (other script, or another Latin-script language). */
export function isNotEnglish(line: string, words: readonly string[]): boolean {
  return isOtherScript(line) || isForeignLatin(words);
}

/**
 * True when the whole text reads as English: foreign lines are furniture only in English pages
 * (an article in Spanish is not furniture of itself).
 */
export function isMostlyEnglish(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const words = sample.split(/\s+/u);
  const p = profile(words);
  return p.english >= 5 && p.english > 2 * p.foreign && !isOtherScript(sample);
}
