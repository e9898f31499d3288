/**
 * One title given to several people at once: "The two countries' interior ministers, Gohar
 * Melkonyan of Armenia and Orhan Yilmazer of Turkey, joined them", "the foreign ministers, Ana Ruiz
 * and Piet Jansen, signed". Each person gets the title in the singular, read as findTitlesBeforeComma
 * reads "the interior minister, Gohar Melkonyan" (role, portfolio, status), with the country named
 * after the person ("of Armenia") when there is one. At least two names must follow, one of them
 * where the caller found a person and the others full names, so that a plural role before a clause
 * ("the ministers, who met ...") is no title of anyone.
 */
import { countryKey } from './countries';
import { findTitlesBeforeComma, type PersonTitle } from './roles';

/** Plural roles and their singular. */
const SINGULAR: Readonly<Record<string, string>> = {
  ministers: 'minister', 'prime ministers': 'prime minister', secretaries: 'secretary', ambassadors: 'ambassador', envoys: 'envoy',
  presidents: 'president', mayors: 'mayor', governors: 'governor', spokesmen: 'spokesman', spokeswomen: 'spokeswoman',
  spokespeople: 'spokesperson', chancellors: 'chancellor',
};

/**
 * The plural title and the comma after it: an article, a count or "both", a possessive of the
 * countries, up to three modifiers (group 1), the plural role (group 2).
 */
const PLURAL_TITLE = new RegExp(
  String.raw`\b(?:[Tt]he\s+)?(?:(?:two|three|four|both)\s+)?(?:(?:countries|nations|governments|states|sides)['’]\s+)?((?:[\p{L}-]+\s+){0,3}?)(` +
    Object.keys(SINGULAR).sort((a, b) => b.length - a.length).join('|') +
    String.raw`),\s+`,
  'gu',
);
/** A name of one to four capitalised words, and the country after it ("of Armenia"). Groups: name, country. */
const NAME = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?/u;
/** Between two names of the list. */
const SEPARATOR = /^(?:,\s+(?:and\s+)?|\s+and\s+)/u;

/** Titles given to several people in `text` (a sentence); `personAt` says whether a person's name starts at an offset. */
export function findPluralTitles(text: string, personAt: (start: number) => boolean): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (const m of text.matchAll(PLURAL_TITLE)) {
    const names: Array<{ name: string; at: number; country?: string }> = [];
    let at = (m.index ?? 0) + m[0].length;
    let found = false;
    for (;;) {
      const n = NAME.exec(text.slice(at));
      // A name the entities stage missed still counts in a list with one it found, if it is a full name.
      if (!n || !(personAt(at) || /\s/u.test(n[1]))) break;
      found ||= personAt(at);
      names.push({ name: n[1], at, country: n[2] });
      at += n[0].length;
      const sep = SEPARATOR.exec(text.slice(at));
      if (!sep) break;
      at += sep[0].length;
    }
    if (names.length < 2 || !found) continue;
    const mods = m[1];
    const singular = SINGULAR[m[2]];
    const title = `${mods}${m[2]}`;
    names.forEach(({ name, at: nameStart, country }, n) => {
      // Read as one titled person would be written: "the interior minister, Gohar Melkonyan".
      const read = findTitlesBeforeComma(`the ${mods}${singular}, ${name}`, () => true)[0];
      if (!read || read.name !== name) return;
      const key = country ? countryKey(country) : undefined;
      out.push({
        // The first person's passage holds the title; the others' start at their names.
        start: n === 0 ? m.index ?? 0 : nameStart,
        end: nameStart + name.length,
        title,
        name,
        nameStart,
        role: read.role,
        status: read.status,
        ...(read.portfolio ? { portfolio: read.portfolio } : {}),
        ...((key ?? read.country) ? { country: key ?? read.country } : {}),
        ...(read.organisation ? { organisation: read.organisation } : {}),
      });
    });
  }
  return out;
}
