/**
 * Who took part in an event, from "talks between A, B and C": "negotiations between Kenyan, Ugandan
 * and Tanzanian delegations" names three parties, "talks between Kenyan officials and Ethiopian envoys"
 * two. A party is kept only when its country is certain (a nationality word or a country name at
 * the head of the conjunct, or in the title of a named person); when any party is uncertain
 * ("two representatives of ...") the list is not a fact, since an incomplete list contradicts
 * nothing.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { countryKey } from './countries';
import { factAt, spanOf, type DetailedFact } from './detail';
import { findEventNouns } from './events';
import { findPersonTitles } from './roles';

/** How far "between" may be from its event noun ("talks took place in the State House between"). */
const MAX_DISTANCE = 60;
const WORD = /[\p{L}\p{N}.’'-]+/gu;

/** Participant facts of one sentence. */
export function participantFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const out: DetailedFact[] = [];
  const events = findEventNouns(text);
  for (const m of text.matchAll(/\bbetween\s+/giu)) {
    const at = m.index ?? 0;
    const event = [...events].reverse().find((e) => e.end <= at && at - e.end <= MAX_DISTANCE && !/[.;:!?—–]/u.test(text.slice(e.end, at)));
    if (!event || event.instance || event.cls !== 'meeting') continue;
    const listStart = at + m[0].length;
    const clauseEnd = clauseEndOf(text, listStart);
    const parsed = coordinatedAdjectives(text, listStart, clauseEnd) ?? conjuncts(text, listStart, clauseEnd);
    if (!parsed || parsed.parties.length < 2) continue;
    const span = spanOf(doc, s.start + at, s.start + parsed.end);
    const parties = [...new Set(parsed.parties)].sort();
    out.push(factAt(doc, span, {
      kind: 'participants',
      subject: event.cls,
      attribute: 'participants',
      value: { kind: 'set', items: parties },
      display: span.text,
      detail: { event: event.cls, parties, sentence: s.index },
    }));
  }
  return out;
}

function clauseEndOf(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = rest.search(/[—–;:()"“”]|,\s+(?:which|who|where|while|but|as|after|before|with)\b|\.\s|\.$/u);
  return stop < 0 ? text.length : from + stop;
}

/** "Kenyan, Ugandan, and Tanzanian delegations": nationality words sharing one noun. */
function coordinatedAdjectives(text: string, from: number, to: number): { parties: string[]; end: number } | undefined {
  const list = /^((?:[\p{L}.’'-]+)(?:\s*,\s*(?:and\s+)?[\p{L}.’'-]+)*\s*,?\s+and\s+[\p{L}.’'-]+)\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(from, to));
  if (!list) return undefined;
  const words = list[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).filter(Boolean);
  const keys = words.map((w) => countryKey(w));
  if (keys.some((k) => !k) || words.length < 2) return undefined;
  return { parties: keys as string[], end: from + list[0].length };
}

/** "Kenyan President Amos Kariuki and Ugandan representatives": one party per conjunct. */
function conjuncts(text: string, from: number, to: number): { parties: string[]; end: number } | undefined {
  const segment = text.slice(from, to);
  const parties: string[] = [];
  let end = from;
  let pos = 0;
  while (pos < segment.length) {
    const rest = segment.slice(pos);
    const party = partyAt(rest);
    if (!party) return parties.length >= 2 ? { parties, end } : undefined;
    parties.push(party.key);
    end = from + pos + party.length;
    // The next conjunct starts after ", " or " and " followed by a party; names joined by "and"
    // inside one conjunct ("envoys A and B") stay in it.
    const next = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/u.exec(segment.slice(pos + party.length));
    if (!next) break;
    const after = pos + party.length + next[0].length;
    if (!partyAt(segment.slice(after))) {
      return parties.length >= 2 && /^\s*\p{Ll}/u.test(segment.slice(after)) ? { parties, end } : undefined;
    }
    pos = after;
  }
  return parties.length >= 2 ? { parties, end } : undefined;
}

/**
 * The party at the start of `rest` and the length of its words: a nationality word with the
 * nouns and names after it ("Ethiopian envoys Dawit Alemu and Hana Girma"), or a titled person
 * whose title names a country ("Kenyan President Amos Kariuki").
 */
function partyAt(rest: string): { key: string; length: number } | undefined {
  const words = [...rest.matchAll(WORD)];
  if (words.length === 0 || (words[0].index ?? 0) > 0) return undefined;
  let i = 0;
  if (/^the$/iu.test(words[0][0])) i = 1;
  const first = words[i];
  if (!first) return undefined;
  const key = countryKey(first[0]);
  if (!key) return undefined;
  const titled = findPersonTitles(rest).find((t) => t.start === (first.index ?? 0) || t.start === 0);
  if (titled && titled.country === key) return { key, length: titled.end };
  // Nationality word, then up to two lower-case nouns, then optional names ("envoys A and B").
  let end = (first.index ?? 0) + first[0].length;
  let j = i + 1;
  let nouns = 0;
  while (j < words.length && nouns < 2 && /^\p{Ll}/u.test(words[j][0]) && !/^(?:and|or|were|was|are|is|had|have|who|which|in|at|on|to|of|for|with|by|from)$|(?:ed|ing)$/u.test(words[j][0])) {
    if (!/^\s+$/u.test(rest.slice(end, words[j].index ?? 0))) break;
    end = (words[j].index ?? 0) + words[j][0].length;
    nouns++;
    j++;
  }
  // Names after the noun, joined by "and" ("envoys Dawit Alemu and Hana Girma").
  const names = /^(?:,?\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*(?:\s+and\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)*)/u.exec(rest.slice(end));
  if (names && nouns > 0 && !countryKey(names[0].trim().split(/\s+/u)[0])) end += names[0].length;
  return { key, length: end };
}
