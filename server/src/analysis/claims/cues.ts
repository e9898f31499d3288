/**
 * What makes a stretch of text check-worthy, and what makes it opinion or a teaser. Every cue
 * works on one sentence or clause: its text, its tokens (wink-nlp POS and lemmas), its mentions and
 * the quotations it holds.
 */
import type { Token } from '../text/nlp';
import { NAME_TYPES, type ClaimCue, type Mention, type Quote, type Span } from '../types';
import { ACCORDING_TO, isDescribeVerb, isSpeechVerb } from '../quotes/speechVerbs';

/** The material one cue check looks at. */
export interface ClauseView extends Span {
  text: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  quotes: readonly Quote[];
}

/** The cues found, with the weights they add and the penalties that apply. */
export interface CueFindings {
  cues: ClaimCue[];
  score: number;
}

const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter|twice|thrice|double|triple|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|several|multiple)\b/i;
const NUMBER_DIGITS = /\d/u;
const DATE_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|tomorrow|tonight|weekend|last (?:week|month|year|night)|next (?:week|month|year)|earlier this (?:week|month|year)|this (?:week|month|year)|days? (?:before|after|ago|earlier|later)|weeks? (?:before|after|ago|earlier|later)|(?:19|20)\d\d|decades?|centur(?:y|ies)|on the eve)\b/i;
const TIME_WORDS = /\b(?:midnight|noon|midday|dawn|dusk|morning|afternoon|evening|overnight|late (?:on|at) \w+ night|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d{2}|hours?|minutes?|(?:gmt|utc|local time|moscow time))\b/i;
const SMALL_NUMBER = String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a (?:dozen|hundred|thousand|million|billion|third|quarter|half))`;
const COMPARISON = new RegExp(
  String.raw`\b(?:more|less|fewer|greater|smaller|higher|lower|larger|bigger|longer|shorter|better|worse|faster|slower) than\b|\bthan ever\b|` +
    String.raw`\b(?:at least|at most|up to|as many as|as much as|nearly|almost|roughly|about|around|over|under|exceed\w*|some)\s+${SMALL_NUMBER}|` +
    String.raw`\b(?:record|unprecedented(?:ly)?|the (?:first|only|last|most|least))\b`,
  'i',
);
const TITLE =
  /\b(?:president|prime minister|minister|secretary|chancellor|envoy|adviser|advisor|aide|spokes(?:man|woman|person)|chief|ceo|director|chairman|chairwoman|chair|governor|mayor|senator|judge|general|commander|ambassador|king|queen|prince|pope|head|leader|negotiator|officials?|prosecutor|police|investigators?)\b/i;

/** Modal and hedging language: predictions and opinions rather than reported facts. */
const SPECULATION =
  /\b(?:could|might|may|would|should|ought|perhaps|possibly|probably|likely|unlikely|presumably|arguably|seems?|seemed|appears? to|is seen (?:by \w+ )?as|are seen (?:by \w+ )?as|remains? to be seen|it is (?:clear|possible|likely|unclear|hard to say)|in (?:my|our) (?:view|opinion)|we believe|i think|we think)\b/gi;
/** A conditional clause up to its comma: "(even) if ...,", "unless ...,". */
const CONDITION = /\b(?:even if|if|unless|whether)\b[^,;:]*,/giu;
/** Opening words of teasers and calls to action. */
const TEASER = /^(?:click|read|watch|listen|subscribe|sign up|find out|discover|learn|see|don'?t miss|here'?s|this is why|what (?:you|we) (?:need|know))\b/iu;
const FIRST_OR_SECOND_PERSON = /\b(?:I|we|our|us|you|your)\b/u;
/** Verbs that state opinion or attitude rather than an event. */
const ATTITUDE_LEMMAS = new Set(
  ('be seem appear feel hope believe think wish want like love hate deserve matter fear worry wonder doubt suppose guess ' +
    'look sound need').split(' '),
);

/** Finds the cues of one clause and scores its check-worthiness between 0 and 1. */
export function findCues(view: ClauseView): CueFindings {
  const cues = new Set<ClaimCue>();
  const { text, tokens, mentions, quotes } = view;
  const outside = textOutsideQuotes(view);
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && t.pos !== 'SYM');
  let score = 0;

  const verbs = tokens.filter((t) => t.pos === 'VERB');
  const finite = verbs.length > 0 || tokens.some((t) => t.pos === 'AUX');
  if (finite) score += 0.2;

  // Actors: named mentions, or capitalised words inside the clause (names the extractor missed).
  const names = new Set(mentions.filter((m) => NAME_TYPES.has(m.type) || m.type === 'NORP').map((m) => m.text));
  for (const t of tokens.slice(1)) if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !DATE_WORDS.test(t.text)) names.add(t.text);
  if (names.size >= 3) score += 0.3;
  else if (names.size > 0) score += 0.2;

  const valueTypes = new Set(mentions.map((m) => m.type));
  if (['CARDINAL', 'QUANTITY', 'MONEY', 'PERCENT'].some((t) => valueTypes.has(t as Mention['type'])) || NUMBER_DIGITS.test(outside) || NUMBER_WORDS.test(outside) || tokens.some((t) => t.pos === 'NUM')) {
    cues.add('number');
    score += 0.25;
  }
  if (valueTypes.has('DATE') || DATE_WORDS.test(outside)) {
    cues.add('date');
    score += 0.2;
  }
  if (valueTypes.has('TIME') || TIME_WORDS.test(outside)) {
    cues.add('time');
    score += 0.15;
  }

  const attributed = quotes.some((q) => q.speaker !== undefined && q.inner.split(/\s+/u).length > 2);
  if (attributed) {
    cues.add('quote');
    score += 0.25;
  } else if (quotes.length > 0) score += 0.05;
  // Speech verbs outside quotations ("so-called" is not "called"); a quotation whose speaker is
  // known is attributed even when the verb sits in another sentence.
  const speech = tokens.some(
    (t) => /^\p{Ll}/u.test(t.text) && (isSpeechVerb(t.text) || isDescribeVerb(t.text)) && !insideQuotes(t, quotes) && !/[-‐]/u.test(view.text[t.start - view.start - 1] ?? ''),
  );
  ACCORDING_TO.lastIndex = 0;
  if (speech || attributed || ACCORDING_TO.test(outside)) {
    cues.add('attribution');
    score += 0.2;
  }

  if (verbs.some((v) => !ATTITUDE_LEMMAS.has(v.lemma) && !insideQuotes(v, quotes))) {
    cues.add('event');
    score += 0.15;
  }
  if (COMPARISON.test(outside) || tokens.some(isSuperlative)) {
    cues.add('comparison');
    score += 0.1;
  }
  if (mentions.some((m) => m.title) || (TITLE.test(outside) && names.size > 0)) {
    cues.add('title');
    score += 0.1;
  }

  // Penalties: speculation and opinion, teasers, questions, fragments.
  // A hedge inside a condition ("Even if X could ..., Y remains ...") qualifies the condition only.
  const hedges = outside.replace(CONDITION, ' ').match(SPECULATION)?.length ?? 0;
  score -= Math.min(0.3, 0.15 * hedges);
  if (FIRST_OR_SECOND_PERSON.test(outside)) score -= 0.15;
  const trimmed = text.trim();
  if (/\?["”’)]*$/u.test(trimmed)) score -= 0.4;
  if (/!["”’)]*$/u.test(trimmed) || TEASER.test(trimmed)) score -= 0.4;
  if (words.length < 5) score -= 0.3;

  return { cues: [...cues], score: Math.max(0, Math.min(1, score)) };
}

/** A superlative adjective or adverb ("largest", "longest"): -est with a shorter lemma. */
function isSuperlative(t: Token): boolean {
  return (t.pos === 'ADJ' || t.pos === 'ADV') && /est$/iu.test(t.text) && t.lemma.length < t.text.length - 1;
}

function insideQuotes(span: Span, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => span.start > q.start && span.end < q.end);
}

/** The clause's text with quoted passages blanked out: hedges inside a quotation are the speaker's. */
function textOutsideQuotes(view: ClauseView): string {
  let out = view.text;
  for (const q of view.quotes) {
    const s = Math.max(0, q.start - view.start);
    const e = Math.min(out.length, q.end - view.start);
    if (e > s) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  }
  return out;
}
