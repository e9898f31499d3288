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
  ...regular('add'), ...regular('note'), ...regular('stress', 'es'), ...regular('post'), ...regular('state'),
  ...regular('explain'), ...regular('declare'), ...regular('insist'), ...regular('emphasise', 's', 'd'),
  ...regular('emphasize', 's', 'd'), ...regular('warn'), ...regular('claim'), ...regular('argue', 's', 'd'),
  ...regular('ask'), ...regular('remark'), ...regular('announce', 's', 'd'), ...regular('confirm'),
  ...regular('acknowledge', 's', 'd'), ...regular('recall'), ...regular('conclude', 's', 'd'),
  ...regular('tweet'), ...regular('comment'), ...regular('underline', 's', 'd'), ...regular('reiterate', 's', 'd'),
  ...regular('assert'), ...regular('observe', 's', 'd'), ...regular('suggest'), ...regular('urge', 's', 'd'),
  ...regular('vow'), ...regular('promise', 's', 'd'), ...regular('pledge', 's', 'd'), ...regular('insist'),
  ...regular('predict'), ...regular('maintain'), ...regular('contend'), ...regular('allege', 's', 'd'),
  ...regular('testify'), 'testified', 'testifies', ...regular('report'), ...regular('announce', 's', 'd'),
  ...regular('deny'), 'denied', 'denies', ...regular('reply'), 'replied', 'replies',
  'admit', 'admits', 'admitted', 'admitting', 'quipped', 'quips', 'shouted', 'cautioned', 'continued',
  'recounted', 'conceded', 'concedes', 'countered', 'counters', 'responded', 'responds', 'boasted',
  'complained', 'complains', 'lamented', 'laments', 'stated', 'states', 'wrote', 'posted',
];

/** The verbs that describe words rather than report them ("called the talks 'useful'"). */
const DESCRIBE = [
  ...regular('describe', 's', 'd'), ...regular('call'), ...regular('label'), 'labelled', 'labelling',
  ...regular('term'), ...regular('dub'), 'dubbed', 'dubbing', ...regular('brand'),
  ...regular('characterise', 's', 'd'), ...regular('characterize', 's', 'd'), ...regular('praise', 's', 'd'),
  ...regular('hail'), ...regular('decry', 'ies', 'ied'),
];

function regular(base: string, s = 's', ed = 'ed'): string[] {
  const ing = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : base + 'ing';
  const edForm = base.endsWith('y') && ed === 'ied' ? base.slice(0, -1) + 'ied' : base + ed;
  const sForm = base.endsWith('y') && s === 'ies' ? base.slice(0, -1) + 'ies' : base + s;
  return [base, sForm, edForm, ing];
}

const SPEECH_SET: ReadonlySet<string> = new Set(STEMS.filter((w) => w.length > 0));
const DESCRIBE_SET: ReadonlySet<string> = new Set(DESCRIBE);

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

/** Personal pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUN = /^(?:he|she|they|it|we|i)$/iu;
