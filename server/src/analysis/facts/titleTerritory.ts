/**
 * The place a title's body names, for offices that run one territory ("chief district officer of
 * Sarlahi", "Rautahat's chief district officer", "the governor of Varna province"): the
 * capitalised words of the body without their admin noun, when the place lexicon knows them as a
 * town or region or the entities stage found a place (GPE, LOC) of that name in the sentence. A
 * country is no territory here: the offices compared run a town, a district or a province.
 */
import { foldName } from '../lexicon/fold';
import { ADMIN_NOUNS_AFTER, placeOrCountryKind } from '../lexicon/places';
import type { DocumentAnalysis, Sentence } from '../types';
import { sentenceMentions } from './documentIndex';

export interface Territory {
  /** The place's name, folded ("sarlahi"). */
  name: string;
  /** The place lexicon's kind, when it knows the place. */
  kind?: string;
}

/** The territory `organisation` names in sentence `s`, if it names one. */
export function territoryOf(doc: DocumentAnalysis, s: Sentence, organisation: string | undefined): Territory | undefined {
  if (!organisation) return undefined;
  const words = organisation
    .replace(/['’]s?$/u, '')
    .split(/\s+/u)
    .map((w) => w.replace(/['’]s?$/u, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !ADMIN_NOUNS_AFTER.has(w.toLowerCase()));
  if (words.length === 0 || words.length > 3) return undefined;
  const core = words.join(' ');
  const kind = placeOrCountryKind(core);
  if (kind === 'country') return undefined;
  if (kind) return { name: foldName(core), kind };
  const place = sentenceMentions(doc, s.index).some((m) => (m.type === 'GPE' || m.type === 'LOC') && foldName(m.text) === foldName(core));
  return place ? { name: foldName(core) } : undefined;
}

/** The verb right after a name ("apologised" of "Jo Doe apologised to ..."; "also resigned"), folded, when one follows. */
export function actAfter(text: string): string | undefined {
  const m = /^\s+(?:(?:also|then|later|again|publicly|personally|formally)\s+|\p{Ll}+ly\s+)?(\p{Ll}{3,}(?:ed|d))\b/u.exec(text);
  return m ? foldName(m[1]) : undefined;
}
