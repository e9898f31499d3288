/**
 * Whether a given name of the lexicon (firstNames.ts) is most often a woman's or a man's, for "she"
 * and "he" to refer back to the right person. Only clear cases are told: names ending in -a are
 * women's in most of the languages the lexicon covers, less a list of men's names that end so
 * ("Luca", "Nikita", "Mustafa"); the lexicon's other names are men's, less a list of women's names
 * ("Ingrid", "Carmen", "Zeynep") and names given to both ("Jean", "Kim", "Robin"); names ending in
 * -e, -i or -y, and names the lexicon does not have, are not told.
 */
import { FIRST_NAMES } from './firstNames';
import { foldName } from './fold';

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean));

/** Men's names that end in -a. */
const MEN_IN_A = words(`
ilya joshua luca gianluca narendra nikita mykola mustafa akira nebojsa sasa luka attila csaba horia mircea ola juha jukka pekka
lasha hamza morteza reza emeka kwabena moussa themba ibrahima aditya hendra musa isa zakaria kuba
`);

/** Women's names that do not end in -a (nor -e, -i, -y, which are not told). */
const WOMEN_NOT_IN_A = words(`
abigail agnes alison ann carmen carol deborah doris elizabeth elisabeth ellen esther hannah helen ines ingrid isabel janet jennifer
joan judith karen karin kathleen lauren liz margaret rachel ruth sarah sharon susan yasmin zeynep siobhan niamh katrin heather
astrid dagmar nives marit liis eszter judit katalin ildiko erzsebet birgit sigrid solveig elin gudrun kerstin anouk margaux
marisol mercedes dolores soledad pilar consuelo milagros leonor lurdes raquel conceicao asel elif nino tamar gohar amal mariam
zainab fatou aissatou mpho wanjiru nasrin yoshiko yuko naoko beatriz iwon njeri achieng
`);

/** Names given to both. */
const EITHER = words(`andrea nicola sasha jean jan kim robin lin min jun seo lee li alexis dominique camille`);

/** "f" or "m" for a given name whose usual gender is clear, else undefined. */
export function givenNameGender(name: string): 'f' | 'm' | undefined {
  const key = foldName(name);
  if (!FIRST_NAMES.has(key) || EITHER.has(key)) return undefined;
  if (WOMEN_NOT_IN_A.has(key)) return 'f';
  if (key.endsWith('a')) return MEN_IN_A.has(key) ? 'm' : 'f';
  if (/[eiy]$/u.test(key)) return undefined;
  return 'm';
}
