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
    String.raw`\b(?:record|unprecedented(?:ly)?|the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|last|most|least))\b`,
  'i',
);
const TITLE =
  /\b(?:president|prime minister|minister|secretary|chancellor|envoy|adviser|advisor|aide|spokes(?:man|woman|person)|chief|ceo|director|chairman|chairwoman|chair|governor|mayor|senator|judge|general|commander|ambassador|king|queen|prince|pope|head|leader|negotiator|officials?|prosecutor|police|investigators?)\b/i;

/** Modal and hedging language: predictions and opinions rather than reported facts. */
const SPECULATION = new RegExp(
  String.raw`\b(?:could|might|may|would|should|ought|perhaps|possibly|probably|likely|unlikely|presumably|arguably|seems?|seemed|appears? to|is seen (?:by \w+ )?as|are seen (?:by \w+ )?as|remains? to be seen|it is (?:clear|possible|likely|unclear|hard to say)|in (?:my|our) (?:view|opinion)|we believe|i think|we think|` +
  // Evaluative frames: "it is hard to think of...", "... is another matter".
  String.raw`it (?:is|was|would be) (?:hard|difficult|impossible|easy|tempting|fair|safe|fair to say|no exaggeration) to|(?:is|remains) (?:another|a different) (?:matter|question|story)|is anyone's guess|(?:is|remains) an open question|only time will tell)\b`,
  'gi',
);
/** A conditional clause up to its comma: "(even) if ...,", "unless ...,". */
const CONDITION = /\b(?:even if|if|unless|whether)\b[^,;:]*,/giu;
/** A trailing participle clause drawing an inference from the main clause. */
const INFERENCE_TAIL = /,\s*(?:meaning|suggesting|signalling|signaling|indicating|implying)\b[^;]*$/iu;
/** Opening words of teasers and calls to action. */
const TEASER = /^(?:click|read|watch|listen|subscribe|sign up|find out|discover|learn|see|don'?t miss|here'?s|this is why|what (?:you|we) (?:need|know))\b/iu;
const FIRST_OR_SECOND_PERSON = /\b(?:I|we|our|us|you|your)\b/u;
/** Verbs that state opinion or attitude rather than an event. */
const ATTITUDE_LEMMAS = new Set(
  ('be seem appear feel hope believe think wish want like love hate deserve matter fear worry wonder doubt suppose guess ' +
    'look sound need').split(' '),
);

/** Verbs of becoming and staying: a change of state ("has grown tired"), not an event. */
const COPULAR_LEMMAS = new Set('become grow get turn remain stay keep go come'.split(' '));
/** Auxiliaries that put the next verb in the past ("did not need", "was pushed"). */
const PAST_AUXILIARY = /^(?:did|was|were|had)$/iu;
const NEGATION = /^(?:not|n't|never|neither|nor|no|nobody|none|nothing)$/iu;
/** Future and obligation: predictions and prescriptions, not reports ("will not be the last"). */
const FUTURE_OR_OBLIGATION = /\b(?:will|won't|shall|(?:is|are) going to|cannot|can't|can no longer|must|ought to|needs? to)\b/iu;
/** Auxiliaries that keep a speech verb from reporting anything said ("will be asking"). */
const UNREALISED_SPEECH = /\b(?:will|would|shall|might|may|could|can|should|must|to)(?:\s+(?:be|have|not))?\s*$/iu;
/** A refusal or failure to respond: checkable like a statement ("declined to comment"). */
const NO_COMMENT =
  /\b(?:declined|declines|refused|refuses|did not|didn't|would not|wouldn't|could not|couldn't)\s+(?:immediately\s+)?(?:to\s+)?(?:comment|respond|confirm|deny|say|discuss|elaborate|answer|reply)\b|\b(?:could not|couldn't) be reached\b|\bdid not (?:immediately )?respond\b|\bwas not available for comment\b/iu;
/** "There were 168 people on board": an existential count. */
const EXISTENTIAL_COUNT = new RegExp(String.raw`\bthere (?:were|was|are|is|have been|has been|had been)\s+(?:(?:about|around|some|nearly|almost|more than|at least|only|just)\s+)?(?:\d|${NUMBER_WORDS.source.slice(5, -3)}\b)`, 'iu');
/** A question put as a subject ("Whether she can keep one together is another matter"). */
const OPEN_QUESTION = /^(?:whether|how (?:long|much|many|far|safe)|what (?:happens|comes) next)\b/iu;
/**
 * Set phrases that open a sentence in a columnist's own voice and turn whatever it holds into comment:
 * an appeal to the reader's experience ("Anyone who has waited at a border will know..."), an
 * exhortation ("Surely it is time..."), questions to come ("Questions will now be asked about..."),
 * a warning against reading ("It would be a mistake to read too much into..."), an exclamation
 * ("What a season it has been"), a shrug ("Nobody in town is holding their breath"), an
 * imperative forecast ("Expect the defence to...") and a generic maxim ("Few jobs are as lonely as...").
 */
const COMMENTARY = new RegExp(
  [
    String.raw`^(?:but\s+|and\s+)?(?:anyone|everyone|nobody|no one) who (?:has|have|had|was|is|ever)\b.*\b(?:will|would|can|could) (?:know|understand|recognise|recognize|tell you|remember|attest)\b`,
    String.raw`^(?:but\s+|and\s+)?surely\b`,
    String.raw`^(?:but\s+|and\s+)?(?:serious\s+|hard\s+|many\s+)?questions (?:must|will|should|need to|have to|are bound to|are being|are now being)(?: now)?(?: be)? (?:asked|raised)\b`,
    String.raw`^(?:but\s+)?it would be (?:a mistake|wrong|foolish|naive|premature|unwise) to\b`,
    String.raw`^what an? (?!\w+ (?:is|was|were|are)\b)\w+(?: \w+)? (?:it|that|this) (?:has been|was|is|had been)\b`,
    String.raw`^(?:nobody|no one)\b.{0,40}\b(?:is|are|was|were) (?:holding (?:their|his|her|its) breath|betting on|counting on|banking on)\b`,
    String.raw`^expect\s+(?!\w+ed\b)\w+`,
    String.raw`^few \w+(?: \w+)? (?:are|is|were|was) as \w+ as\b`,
  ].join('|'),
  'iu',
);

/** List marks, emphasis and quotation marks before a sentence's first word. */
const LEADING_MARKUP = /^[^\p{L}\p{N}]+/u;

/** Labels of opinion pieces and commentary before a sentence ("Analysis: ..."). */
const OPINION_LABEL = /^(?:analysis|opinion|comment|commentary|editorial|our view|view|perspective|column|editor'?s note)\s*:/iu;

/** Finds the cues of one clause and scores its check-worthiness between 0 and 1. */
export function findCues(view: ClauseView): CueFindings {
  const cues = new Set<ClaimCue>();
  const { text, tokens, mentions, quotes } = view;
  const outside = textOutsideQuotes(view);
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && t.pos !== 'SYM');
  let score = 0;
  // A hedge inside a condition ("Even if X could ..., Y remains ...") qualifies the condition only,
  // and one in a trailing inference (", meaning talks are likely") leaves the main clause a report.
  const hedges = outside.replace(CONDITION, ' ').replace(INFERENCE_TAIL, ' ').match(SPECULATION)?.length ?? 0;

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
  // A speech verb in the future or after a modal ("will be asking") reports nothing said yet.
  const speech = tokens.some(
    (t) =>
      /^\p{Ll}/u.test(t.text) &&
      (isSpeechVerb(t.text) || isDescribeVerb(t.text)) &&
      !insideQuotes(t, quotes) &&
      !/[-‐]/u.test(view.text[t.start - view.start - 1] ?? '') &&
      !UNREALISED_SPEECH.test(view.text.slice(Math.max(0, t.start - view.start - 24), t.start - view.start)),
  );
  ACCORDING_TO.lastIndex = 0;
  if (speech || attributed || ACCORDING_TO.test(outside) || NO_COMMENT.test(outside)) {
    cues.add('attribution');
    score += 0.2;
  }

  if (verbs.some((v) => !ATTITUDE_LEMMAS.has(v.lemma) && !insideQuotes(v, quotes))) {
    cues.add('event');
    score += 0.15;
    // A completed action ("evacuated", "has been charged", "did not need") is a reported event,
    // checkable even without names or numbers; denying one ("have not been recovered") is too.
    // A hedged sentence ("could", "appears") reports no completed action, whatever its verbs.
    const done = hedges === 0 ? completedEvents(tokens, quotes) : [];
    if (done.length > 0) score += 0.15;
    if (done.some((i) => negatedBefore(tokens, i))) score += 0.1;
  }
  if (EXISTENTIAL_COUNT.test(outside)) score += 0.1;
  if (COMPARISON.test(outside) || tokens.some(isSuperlative)) {
    cues.add('comparison');
    score += 0.1;
  }
  if (mentions.some((m) => m.title) || (TITLE.test(outside) && names.size > 0)) {
    cues.add('title');
    score += 0.1;
  }

  // Penalties: speculation and opinion, teasers, questions, fragments.
  score -= Math.min(0.3, 0.15 * hedges);
  if (FIRST_OR_SECOND_PERSON.test(outside)) score -= 0.15;
  const trimmed = text.trim();
  // A prediction or prescription without a value or a source is the writer's own view.
  if (FUTURE_OR_OBLIGATION.test(outside) && !cues.has('number') && !cues.has('date') && !cues.has('time') && !cues.has('attribution')) score -= 0.2;
  if (OPEN_QUESTION.test(trimmed)) score -= 0.3;
  if (/\?["”’)]*$/u.test(trimmed)) score -= 0.4;
  if (/!["”’)]*$/u.test(trimmed) || TEASER.test(trimmed)) score -= 0.4;
  // A fragment is no claim; a short but whole sentence that reports a completed action ("Four
  // people were injured.", "No shots were fired.") is, so it pays less.
  if (words.length < 5) score -= reportsWholeAction(tokens, quotes, trimmed, hedges) ? 0.1 : 0.3;

  // A sentence labelled as the writer's analysis or opinion is not reported as fact, whatever it
  // holds, and neither is one framed in the writer's own voice.
  if (OPINION_LABEL.test(trimmed) || COMMENTARY.test(outside.trim().replace(LEADING_MARKUP, ''))) score = Math.min(score, 0.2);

  return { cues: [...cues], score: Math.max(0, Math.min(1, score)) };
}

/** A whole sentence (ending in a full stop) that reports a completed action, with nothing hedged. */
function reportsWholeAction(tokens: readonly Token[], quotes: readonly Quote[], trimmed: string, hedges: number): boolean {
  return hedges === 0 && /\.["”’)]*$/u.test(trimmed) && completedEvents(tokens, quotes).length > 0;
}

/**
 * Indices of verbs (outside quotations) that report a completed action: a past form ("left",
 * "charged") or a verb right after a past auxiliary ("did not need"), excluding verbs of attitude
 * and of becoming.
 */
function completedEvents(tokens: readonly Token[], quotes: readonly Quote[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || ATTITUDE_LEMMAS.has(t.lemma) || COPULAR_LEMMAS.has(t.lemma) || insideQuotes(t, quotes)) continue;
    if (presentAuxiliaryBefore(tokens, i)) continue;
    if (isPastForm(t) || pastAuxiliaryBefore(tokens, i)) out.push(i);
  }
  return out;
}

/** A form that differs from the lemma and is neither -ing nor third person -s ("took", "charged"). */
function isPastForm(t: Token): boolean {
  const w = t.text.toLowerCase();
  const lemma = t.lemma;
  if (w === lemma || w.endsWith('ing')) return false;
  if (w === lemma + 's' || w === lemma + 'es' || (lemma.endsWith('y') && w === lemma.slice(0, -1) + 'ies')) return false;
  return /^\p{L}+$/u.test(w);
}

/** "did not need", "was quickly put": a past auxiliary up to two tokens before the verb. */
function pastAuxiliaryBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j];
    if (t.pos === 'AUX' && PAST_AUXILIARY.test(t.text)) return true;
    if (!(t.pos === 'ADV' || t.pos === 'PART' || NEGATION.test(t.text))) return false;
  }
  return false;
}

/** "is known", "are prepared": a participle after a present "is/are/am" describes a state. */
function presentAuxiliaryBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j];
    if (t.pos === 'AUX') return /^(?:is|are|am|'s|'re)$/iu.test(t.text);
    if (!(t.pos === 'ADV' || t.pos === 'PART')) return false;
  }
  return false;
}

/** A negation among the few tokens before verb `i` ("have not been recovered", "Neither has been charged"). */
function negatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const t = tokens[j];
    if (NEGATION.test(t.text)) return true;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'DET' || t.pos === 'NOUN')) return false;
  }
  return false;
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
