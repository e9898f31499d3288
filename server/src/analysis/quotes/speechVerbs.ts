/**
 * Verbs that attribute words to a speaker, in the forms news copy uses them ("said", "says",
 * "told", "adding", "has stressed", "wrote", "posted", "according to"). Also used by claim
 * detection as the "attribution" cue.
 */

const STEMS = [
  // say, tell, write and other irregular verbs, every form spelled out
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'write', 'writes', 'wrote', 'writing', 'written',
  'speak', 'speaks', 'spoke', 'speaking',
  // regular verbs: base, -s, -ed, -ing
  ...regular('add'), ...regular('note'), ...regular('stress'), ...regular('post'), ...regular('state'),
  ...regular('explain'), ...regular('declare'), ...regular('insist'), ...regular('emphasise'),
  ...regular('emphasize'), ...regular('warn'), ...regular('claim'), ...regular('argue'),
  ...regular('ask'), ...regular('remark'), ...regular('announce'), ...regular('confirm'),
  ...regular('acknowledge'), ...regular('recall'), ...regular('conclude'),
  ...regular('tweet'), ...regular('comment'), ...regular('underline'), ...regular('reiterate'),
  ...regular('assert'), ...regular('observe'), ...regular('suggest'), ...regular('urge'),
  ...regular('vow'), ...regular('promise'), ...regular('pledge'), ...regular('insist'),
  ...regular('predict'), ...regular('maintain'), ...regular('contend'), ...regular('allege'),
  ...regular('testify'), ...regular('report'), ...regular('announce'),
  ...regular('deny'), ...regular('reply'), ...regular('affirm'),
  'admit', 'admits', 'admitted', 'admitting', 'quipped', 'quips', 'shouted', 'cautioned', 'continued',
  'recounted', 'conceded', 'concedes', 'countered', 'counters', 'responded', 'responds', 'boasted',
  'complained', 'complains', 'lamented', 'laments',
  // "...," Mrs. Hà shared: the English of local pages, after "chia sẻ", "compartió", for "said".
  'shared',
];

/** The verbs that describe words rather than report them ("called the talks 'useful'"). */
const DESCRIBE = [
  ...regular('describe'), ...regular('call'), ...regular('label'), 'labelled', 'labelling',
  ...regular('term'), 'dub', 'dubs', 'dubbed', 'dubbing', ...regular('brand'),
  ...regular('characterise'), ...regular('characterize'), ...regular('praise'),
  ...regular('hail'), ...regular('decry'),
];

/** The base, -s, -ed and -ing forms of a regular verb (doubled consonants are listed by hand). */
function regular(base: string): string[] {
  const consonantY = /[^aeiou]y$/u.test(base);
  const sForm = consonantY ? base.slice(0, -1) + 'ies' : /(?:s|sh|ch|x)$/u.test(base) ? base + 'es' : base + 's';
  const edForm = consonantY ? base.slice(0, -1) + 'ied' : base.endsWith('e') ? base + 'd' : base + 'ed';
  const ing = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [base, sForm, edForm, ing];
}

/** Forms that are more often nouns ("the state", "a post", "his remarks"): never read as verbs. */
const NOUN_FORMS = new Set(
  ('state states post posts note report comment comments claim call calls promise pledge remark remarks tweet ' +
    'label labels term terms brand brands hail praise vow recall').split(' '),
);

const SPEECH_SET: ReadonlySet<string> = new Set(STEMS.filter((w) => !NOUN_FORMS.has(w)));
const DESCRIBE_SET: ReadonlySet<string> = new Set(DESCRIBE.filter((w) => !NOUN_FORMS.has(w)));

/** True when `word` (any case) is a form of a speech verb ("said", "told", "stressing"). */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_SET.has(word.toLowerCase());
}

/** True when `word` is a form of a verb that describes words ("described", "called"). */
export function isDescribeVerb(word: string): boolean {
  return DESCRIBE_SET.has(word.toLowerCase());
}

/** Matches every word of a text, for scanning with offsets. */
export const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** "according to" and its variants, before the source. */
export const ACCORDING_TO = /\b(?:according to|citing|quoted by|in (?:an? )?(?:interview|statement|post) (?:with|to|on|by))\s+/giu;

/** "According to" opening a sentence or a clause, before its source ("According to Castañeda, ..."). */
export const OPENS_ACCORDING_TO = /^[\s"“*_-]*according\s+to\s/iu;

/** Personal pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUN = /^(?:he|she|they|it|we|i)$/iu;
