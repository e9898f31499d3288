/**
 * Offices told with a passive verb after the body: "The Nordlicht, a rescue ship operated by a
 * charity and captained by the Norwegian Henrik Solberg", "Rapid Bucharest, coached by Ion Marin".
 * The body is the name the clause opens with (an apposition after it allowed); the person is the
 * name right after "by" (a nationality before it allowed). Only offices one person holds for the
 * body are read (a ship's or a team's captain, a team's coach, a board's chair), so that the sole
 * holder rule can set them against the same office given to another person.
 */
import type { PersonTitle } from './roles';

/** The verb of the office, with its role. */
const OFFICE_VERBS: Readonly<Record<string, string>> = { captained: 'captain', skippered: 'captain', coached: 'coach', chaired: 'chair' };

const PASSIVE = /\b(captained|skippered|coached|chaired)\s+by\s+(?:the\s+)?/gu;

/** The body a passive office is of: the name before an apposition ("X, a ship ... and"), or right before the verb ("X, captained by"). */
const BODY_BEFORE = [
  /(?:^|[.;]\s+|\bthe\s+|\bThe\s+)((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s+(?:an?|the)\s+[^,;"“”]{1,100}?\s+$/u,
  /(?:^|[.;]\s+|\bthe\s+|\bThe\s+)((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),?\s+$/u,
];

/** Titles told with a passive verb in `text` (a sentence); `personAt` says whether a person's name starts at an offset. */
export function findPassiveTitles(text: string, personAt: (start: number) => boolean): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (const m of text.matchAll(PASSIVE)) {
    const at = m.index ?? 0;
    // The name, or a nationality and then the name ("the Filipino Ramon Cruz").
    const after = at + m[0].length;
    const nationality = /^\p{Lu}[\p{L}-]+\s+/u.exec(text.slice(after));
    const nameStart = personAt(after) ? after : nationality && personAt(after + nationality[0].length) ? after + nationality[0].length : -1;
    if (nameStart < 0) continue;
    const name = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/u.exec(text.slice(nameStart))?.[0];
    if (!name) continue;
    const before = text.slice(Math.max(0, at - 160), at);
    const body = BODY_BEFORE.map((re) => re.exec(before)?.[1]).find(Boolean)?.replace(/^The\s+/u, '');
    if (!body) continue;
    const role = OFFICE_VERBS[m[1]];
    out.push({ start: at, end: nameStart + name.length, title: `${role} of ${body}`, name, nameStart, role, status: 'current', organisation: body });
  }
  return out;
}
