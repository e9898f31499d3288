/**
 * Who a title fact is about, for the rules that compare the titles of one person (two offices
 * one person does not hold at once) or of two people (one office only one person holds).
 *
 * A person is known by a full name only (a first name and a surname, or one compound name such as
 * "Harun-ur-Rashid"): "President Benson" alone may be any Benson. The entities stage joins the
 * spellings of one name ("Valchev" / "Vulchev", "Giorgos" / "Yiorgos"), so its resolved id is used
 * when it found the name; otherwise the surname key and the first name.
 */
import type { DetailedFact } from '../facts/detail';
import { foldName } from '../lexicon/fold';
import { transliterationKey } from '../entities/nameKeys';
import { isFullName } from '../facts/roles';

/** The identity of the person a title fact names, or undefined when it gives no full name. */
export function personIdOf(f: DetailedFact): string | undefined {
  const p = f.kind === 'title' ? f.detail.person : undefined;
  if (!p || !isFullName(p.name)) return undefined;
  if (p.entity) return `entity:${p.entity}`;
  return p.firstName ? `${f.subject}|${foldName(p.firstName)}` : f.subject;
}

/**
 * True when two title facts surely name two different people: both give full names, the names
 * resolve apart, and their surnames are not spellings of one name (two letters or more apart
 * after transliteration), so that a name the entities stage failed to join is never taken for
 * a second person.
 */
export function differentPeople(a: DetailedFact, b: DetailedFact): boolean {
  const ia = personIdOf(a);
  const ib = personIdOf(b);
  if (!ia || !ib || ia === ib) return false;
  const ka = transliterationKey(a.detail.person!.key);
  const kb = transliterationKey(b.detail.person!.key);
  return editDistance(ka, kb) >= 2 + Math.floor(Math.min(ka.length, kb.length) / 6);
}

/** Levenshtein distance between two short strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}
