/**
 * Month names of other languages, for the date lines of pages published abroad ("Sabtu, 19
 * Agustus 2023", "15 de octubre de 2025", "2025. október 15."): an English page of a local outlet
 * keeps its site's date line in the site's language. General knowledge of the languages news is
 * most often republished from (with the Western Balkans', Slovene, Baltic and Albanian forms); only
 * the date line of a page is read this way, never its text. Croatian "listopad" (October) is left out:
 * in Polish and Czech it is November.
 */

/** Month names (nominative and genitive forms) by month, 0 = January. */
const MONTHS: string[][] = [
  ['januari', 'januar', 'jänner', 'janvier', 'enero', 'janeiro', 'gennaio', 'ianuarie', 'ocak', 'stycznia', 'styczeń', 'ledna', 'januára', 'január', 'tammikuuta', 'janvāris', 'janvaris', 'janar', 'siječnja', 'sijecnja', 'siječanj', 'sausio'],
  ['februari', 'februar', 'février', 'febrero', 'fevereiro', 'febbraio', 'februarie', 'şubat', 'subat', 'lutego', 'luty', 'února', 'februára', 'február', 'helmikuuta', 'februāris', 'februaris', 'shkurt', 'veljače', 'veljace', 'veljača', 'vasario'],
  ['maret', 'mac', 'märz', 'maerz', 'mars', 'marts', 'marzo', 'março', 'marco', 'martie', 'mart', 'maart', 'marca', 'marzec', 'března', 'március', 'maaliskuuta', 'marec', 'ožujka', 'ozujka', 'ožujak', 'kovo'],
  ['april', 'avril', 'abril', 'aprile', 'aprilie', 'nisan', 'kwietnia', 'kwiecień', 'dubna', 'apríla', 'április', 'huhtikuuta', 'aprīlis', 'aprilis', 'prill', 'travnja', 'travanj', 'balandžio', 'balandzio'],
  ['mei', 'mai', 'mayo', 'maio', 'maggio', 'mayıs', 'mayis', 'maj', 'maja', 'května', 'mája', 'május', 'toukokuuta', 'maijs', 'svibnja', 'svibanj', 'gegužės', 'geguzes'],
  ['juni', 'juin', 'junio', 'junho', 'giugno', 'iunie', 'haziran', 'czerwca', 'czerwiec', 'června', 'júna', 'június', 'kesäkuuta', 'jun', 'junij', 'jūnijs', 'junijs', 'qershor', 'lipnja', 'lipanj', 'birželio', 'birzelio'],
  ['juli', 'juillet', 'julio', 'julho', 'luglio', 'iulie', 'temmuz', 'lipca', 'lipiec', 'července', 'júla', 'július', 'heinäkuuta', 'jul', 'julij', 'jūlijs', 'julijs', 'korrik', 'srpnja', 'srpanj', 'liepos'],
  ['agustus', 'ogos', 'augustus', 'augusti', 'août', 'aout', 'agosto', 'ağustos', 'agustos', 'sierpnia', 'sierpień', 'srpna', 'augusta', 'augusztus', 'elokuuta', 'avgust', 'augusts', 'gusht', 'kolovoza', 'kolovoz', 'rugpjūčio', 'rugpjucio'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'septembrie', 'eylül', 'eylul', 'września', 'wrzesień', 'září', 'septembra', 'szeptember', 'syyskuuta', 'septembar', 'septembris', 'shtator', 'rujna', 'rujan', 'rugsėjo', 'rugsejo'],
  ['oktober', 'octobre', 'octubre', 'outubro', 'ottobre', 'octombrie', 'ekim', 'października', 'październik', 'října', 'októbra', 'október', 'lokakuuta', 'oktobar', 'oktobris', 'tetor', 'spalio'],
  ['november', 'novembre', 'noviembre', 'novembro', 'noiembrie', 'kasım', 'kasim', 'listopada', 'listopad', 'listopadu', 'novembra', 'marraskuuta', 'novembar', 'novembris', 'nëntor', 'nentor', 'studenoga', 'studeni', 'lapkričio', 'lapkricio'],
  ['desember', 'disember', 'dezember', 'december', 'décembre', 'diciembre', 'dezembro', 'dicembre', 'decembrie', 'aralık', 'aralik', 'grudnia', 'grudzień', 'prosince', 'decembra', 'joulukuuta', 'decembar', 'decembris', 'dhjetor', 'prosinca', 'prosinac', 'gruodžio', 'gruodzio'],
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
