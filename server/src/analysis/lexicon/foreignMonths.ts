/**
 * Month names of other languages, for the date lines of pages published abroad ("Sabtu, 19
 * Agustus 2023", "15 de octubre de 2025", "2025. október 15."): an English page of a local outlet
 * keeps its site's date line in the site's language. General knowledge of the languages news is
 * most often republished from; only the date line of a page is read this way, never its text.
 */

/** Month names (nominative and genitive forms) by month, 0 = January. */
const MONTHS: string[][] = [
  ['januari', 'januar', 'jänner', 'janvier', 'enero', 'janeiro', 'gennaio', 'ianuarie', 'ocak', 'stycznia', 'styczeń', 'ledna', 'januára', 'január', 'tammikuuta'],
  ['februari', 'februar', 'février', 'febrero', 'fevereiro', 'febbraio', 'februarie', 'şubat', 'subat', 'lutego', 'luty', 'února', 'februára', 'február', 'helmikuuta'],
  ['maret', 'mac', 'märz', 'maerz', 'mars', 'marts', 'marzo', 'março', 'marco', 'martie', 'mart', 'maart', 'marca', 'marzec', 'března', 'március', 'maaliskuuta'],
  ['april', 'avril', 'abril', 'aprile', 'aprilie', 'nisan', 'kwietnia', 'kwiecień', 'dubna', 'apríla', 'április', 'huhtikuuta'],
  ['mei', 'mai', 'mayo', 'maio', 'maggio', 'mayıs', 'mayis', 'maj', 'maja', 'května', 'mája', 'május', 'toukokuuta'],
  ['juni', 'juin', 'junio', 'junho', 'giugno', 'iunie', 'haziran', 'czerwca', 'czerwiec', 'června', 'júna', 'június', 'kesäkuuta'],
  ['juli', 'juillet', 'julio', 'julho', 'luglio', 'iulie', 'temmuz', 'lipca', 'lipiec', 'července', 'júla', 'július', 'heinäkuuta'],
  ['agustus', 'ogos', 'augustus', 'augusti', 'août', 'aout', 'agosto', 'ağustos', 'agustos', 'sierpnia', 'sierpień', 'srpna', 'augusta', 'augusztus', 'elokuuta'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'septembrie', 'eylül', 'eylul', 'września', 'wrzesień', 'září', 'septembra', 'szeptember', 'syyskuuta'],
  ['oktober', 'octobre', 'octubre', 'outubro', 'ottobre', 'octombrie', 'ekim', 'października', 'październik', 'října', 'októbra', 'október', 'lokakuuta'],
  ['november', 'novembre', 'noviembre', 'novembro', 'noiembrie', 'kasım', 'kasim', 'listopada', 'listopad', 'listopadu', 'novembra', 'marraskuuta'],
  ['desember', 'disember', 'dezember', 'december', 'décembre', 'diciembre', 'dezembro', 'dicembre', 'decembrie', 'aralık', 'aralik', 'grudnia', 'grudzień', 'prosince', 'decembra', 'joulukuuta'],
];

const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH_OF = new Map<string, number>();
MONTHS.forEach((names, month) => names.forEach((n) => MONTH_OF.set(n, month)));

/** A day, a foreign month and a year ("19 Agustus 2023", "15 de octubre de 2025", "15. Oktober 2025"). */
const DAY_MONTH_YEAR = /\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?((?:19|20)\d\d)\b/gu;
/** A year, a foreign month and a day, as Hungarian and East Asian pages write it ("2025. október 15."). */
const YEAR_MONTH_DAY = /\b((?:19|20)\d\d)\.?\s+(\p{L}+)\.?\s+(\d{1,2})\b/gu;

/**
 * `line` with each date in a foreign month written as an English date ("19 August 2023"), or
 * undefined when it holds none. Offsets are not kept: use it to read a date line's value only.
 */
export function withEnglishMonths(line: string): string | undefined {
  let changed = false;
  const english = (name: string) => {
    const month = MONTH_OF.get(name.toLowerCase());
    return month === undefined ? undefined : ENGLISH[month];
  };
  let out = line.replace(DAY_MONTH_YEAR, (all, day: string, name: string, year: string) => {
    const month = english(name);
    if (!month) return all;
    changed = true;
    return `${day} ${month} ${year}`;
  });
  out = out.replace(YEAR_MONTH_DAY, (all, year: string, name: string, day: string) => {
    const month = english(name);
    if (!month) return all;
    changed = true;
    return `${day} ${month} ${year}`;
  });
  return changed ? out : undefined;
}
