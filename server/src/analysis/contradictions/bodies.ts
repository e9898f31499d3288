/**
 * The bodies people's titles name ("the Minerals Commission", "Hanbit", "the county fire
 * service"), compared as the title rules need: may two names be one body, are they surely two,
 * and the key of a named body that only one person can lead.
 */
import { acronymLetters } from '../entities/nameKeys';
import type { DetailedFact } from '../facts/detail';
import { foldName } from '../lexicon/fold';

/** Words of organisation names that tell no body from another ("the", "county", "service"). */
const GENERIC_BODY_WORDS = new Set([
  'the', 'of', 'for', 'and', 'in', 'at', 'to', 'county', 'national', 'regional', 'state', 'city', 'service', 'services', 'department',
  'ministry', 'office', 'council', 'board', 'agency', 'authority', 'commission', 'committee', 'group', 'company', 'inc', 'ltd',
]);

/** The words of an organisation's name, lower case, accents folded, possessives dropped. */
export function bodyWords(organisation: string): string[] {
  return foldName(organisation)
    .replace(/['’]s?\b/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of a body's name that tell it from others ("hellenic", "fire" of "the Hellenic Fire Service"). */
export function distinctiveBodyWords(organisation: string): string[] {
  return bodyWords(organisation).filter((w) => !GENERIC_BODY_WORDS.has(w));
}

/**
 * True when two titles may name one body: either names none, or they share a word that tells
 * bodies apart ("Prahova emergency services inspectorate" and "emergency services in Prahova
 * county"), or one is a generic name the other carries ("the ministry" and "the Foreign Ministry"),
 * or one is an acronym and the other a generic name ("ANL" and "the agency").
 */
export function sameBodyPossible(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  const wa = bodyWords(a);
  const wb = new Set(bodyWords(b));
  const shared = wa.filter((w) => wb.has(w));
  if (shared.some((w) => !GENERIC_BODY_WORDS.has(w))) return true;
  const generic = (ws: Iterable<string>) => [...ws].every((w) => GENERIC_BODY_WORDS.has(w));
  if (shared.length > 0 && (generic(wa) || generic(wb))) return true;
  // "ANL" and "the agency": an acronym may stand for any body a generic name describes.
  const acronymOnly = (s: string) => s.trim().split(/\s+/u).length === 1 && acronymLetters(s.trim()) !== undefined;
  return (acronymOnly(a) && generic(wb)) || (acronymOnly(b) && generic(wa));
}

/**
 * True when two titles surely name two bodies: both name one with words of its own, they share
 * none of them, and neither is the other's acronym ("ISU" for "Inspectoratul pentru Situații de
 * Urgență" cannot be checked, so an acronym is never surely another body).
 */
export function differentBodies(a?: string, b?: string): boolean {
  if (!a || !b || sameBodyPossible(a, b)) return false;
  if (distinctiveBodyWords(a).length === 0 || distinctiveBodyWords(b).length === 0) return false;
  const acronym = (s: string) => s.split(/\s+/u).some((w) => acronymLetters(w) !== undefined);
  return !acronym(a) && !acronym(b);
}

/**
 * The key of the body a title names, when it names one by a proper name or a country ("Hanbit",
 * "Poland"): the country and the distinctive words of the organisation. A body written in common
 * words only ("the fire service", "the club") may be any of many, so it has no key.
 */
export function namedBodyKey(f: DetailedFact): string | undefined {
  const p = f.detail.person;
  if (!p) return undefined;
  const proper = p.organisation && /\p{Lu}/u.test(p.organisation) ? distinctiveBodyWords(p.organisation).sort().join(' ') : '';
  if (!p.country && !proper) return undefined;
  return `${p.country ?? ''}|${proper}`;
}
