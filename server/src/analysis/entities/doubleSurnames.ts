/**
 * Names with two surnames, as Spanish-speaking countries give them ("Ana Ruiz Vidal": given name,
 * father's surname, mother's surname). Short forms keep the first surname, not the last: "Ana
 * Ruiz" and, alone, "Ruiz". A name reads so when it has three or more words and its second-last
 * word is neither a given name ("Mary Ann Smith", "José Ricardo Alves") nor a lower-case particle;
 * a particle between the two surnames is allowed ("Rosângela Tavares de Moura" is "Rosângela Tavares").
 */
import { FIRST_NAMES } from '../lexicon/firstNames';
import { foldName } from '../lexicon/fold';
import { nameWords } from './nameKeys';

/** Particles that may join a father's and a mother's surname (Portuguese "de", "da", "dos"; Spanish "y"). */
const SURNAME_JOINERS = new Set(['de', 'da', 'do', 'dos', 'das', 'y', 'e']);

/** Index (in the name's words) of the first of two surnames, or undefined when the name has no such pair. */
export function firstSurnameIndex(name: string): number | undefined {
  const words = nameWords(name);
  if (words.length < 3) return undefined;
  // "Rosângela Tavares de Moura", "Juan Pérez y Gómez": a particle may join the two surnames.
  const joined = words.length >= 4 && SURNAME_JOINERS.has(words[words.length - 2]);
  const at = words.length - (joined ? 3 : 2);
  const w = words[at];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || FIRST_NAMES.has(foldName(w))) return undefined;
  // The given name must read as one: "Ana Ruiz Vidal", not "Banco Santander Brasil".
  if (!/^\p{Lu}/u.test(words[0])) return undefined;
  return at;
}
