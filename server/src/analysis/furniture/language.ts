/**
 * A cheap language check for single lines: is this line English, or something else?
 *
 * English news pages copied from sites abroad end with comment forms, buttons and footers in the
 * site's language ("Deja una respuesta", "Laisser un commentaire", "Başa dön tuşu", "Ikuti kami di
 * Instagram"). Those lines
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
    'nossa nosso nossas nossos todas todos pelo pela às são ' +
    // Tagalog, Cebuano and Hiligaynon
    'ang ng mga sa nga sang kag ug kada ' +
    // Italian
    'il gli di che è sono per non una della delle degli nel nella alla questo questa più anche ' +
    // German and Dutch
    'der das und ist sind nicht ein eine einen dem den des mit für auf zu von im sie wir ich het een en zijn niet op voor ' +
    'ihre ihr ihrem ihren sich bitte auch wird werden noch nur oder aber bei nach aus zum zur unser unsere jeden jede diese dieser ' +
    // Turkish
    'bir ve bu için ile da de daha çok gibi olan olarak ama ya ki mi ne ' +
    // Indonesian and Malay
    'yang dan ke dari untuk dengan ini itu kami kita juga pada akan tidak atau oleh dalam setelah selama sebagai bagi karena tetapi sudah telah masih ' +
    // Danish, Norwegian and Swedish (not words that English spells alike: "med", "dig", "till", "mig")
    'og och att ikke inte ikkje er är på til af av har jeg deg vår vårt våre vores fra från hver hvert varje eller ' +
    // Romanian
    'și şi în nostru noastră cele mai pe cu să nu este sau pentru lui ale fiecare ' +
    // Polish, Czech and Slovak
    'się jest że nie oraz dla jak są także jsou také nebo alebo'
  ).split(' '),
);

/** Letters used by other Latin-script languages but (almost) never in English words. */
const FOREIGN_LETTERS = /[ıİşŞğĞçÇöÖüÜäÄßéèêëàâãõñáíóúôûîïœæøåłŁżŻźćńśąęřšžčďťůýőűÿ]/u;

/** Anything beyond Latin, Latin-1 and Latin Extended-A/B, general punctuation and symbols. */
const BEYOND_LATIN = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u20cf\u2100-\u214f\ufe00-\ufe0f]/u;
const LETTERS = /\p{L}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

/** True when `line` is (mostly) in another script than Latin: Cyrillic, Arabic, CJK... */
function isOtherScript(line: string): boolean {
  if (!BEYOND_LATIN.test(line)) return false;
  const letters = line.match(LETTERS)?.length ?? 0;
  const latin = line.match(LATIN_LETTERS)?.length ?? 0;
  return letters >= 2 && latin / letters < 0.5;
}

/** Counts English and foreign function words and foreign-lettered lower-case words. */
function profile(words: readonly string[]): { english: number; foreign: number; foreignLower: number; accented: number; total: number } {
  let english = 0;
  let foreign = 0;
  let foreignLower = 0;
  let accented = 0;
  let total = 0;
  for (const raw of words) {
    const w = stripNonLetters(raw);
    if (!w) continue;
    total++;
    const lower = w.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (FOREIGN.has(lower)) {
      foreign++;
      if (w === lower) foreignLower++;
    }
    // Capitalised words with accents are usually names ("Micheál", "Zürich"); the first word of a
    // line is capitalised anyway, so it counts too.
    if (FOREIGN_LETTERS.test(w) && (w === lower || total === 1)) accented++;
  }
  return { english, foreign, foreignLower, accented, total };
}

/** The word without leading and trailing punctuation ("(publiée." -> "publiée"). */
function stripNonLetters(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isLetter(word.charCodeAt(start))) start++;
  while (end > start && !isLetter(word.charCodeAt(end - 1))) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

function isLetter(code: number): boolean {
  // ASCII letters, and everything above ASCII except general punctuation and quotation marks.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return !(code >= 0x2000 && code <= 0x206f) && code !== 0xab && code !== 0xbb && code !== 0xa0;
}

/** True when a Latin-script line reads as another language than English. */
function isForeignLatin(words: readonly string[]): boolean {
  const p = profile(words);
  if (p.total === 0) return false;
  if (p.foreign >= 2 && p.foreign > 2 * p.english) return true;
  if (p.english > 0 || p.total > 12) return false;
  // Short lines such as buttons: most words foreign-lettered or foreign function words...
  if (p.accented >= 1 && p.accented + p.foreign >= Math.ceil(p.total / 2)) return true;
  // ...or a lower-case foreign function word in a very short line ("Laisser un commentaire"); a
  // capitalised one is usually part of a name ("El Paso", "Los Angeles").
  return p.total <= 6 && p.foreignLower >= 1 && p.foreignLower * 3 >= p.total;
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
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  const words = sample.split(/\s+/u);
  const p = profile(words);
  return p.english >= 5 && p.english > 2 * p.foreign && !isOtherScript(sample);
}
