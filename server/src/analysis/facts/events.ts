/**
 * Events named in a sentence ("the talks", "a six-hour meeting", "the blaze"), grouped into
 * classes so that "talks", "negotiations" and "meeting" in different articles are the same kind
 * of event, and marked when the words say it is another occurrence ("weekend talks", "the next
 * meeting"), which must not be compared with the main one.
 */

/** An event noun found in a sentence (offsets relative to the sentence). */
export interface EventNoun {
  start: number;
  end: number;
  text: string;
  /** The class of the event: "meeting", "fire", "war", "trial"... */
  cls: string;
  /** A word that marks a different occurrence ("weekend", "previous", "next"), when present. */
  instance?: string;
  /** A place or party named with the noun ("Calloway" in "the strike in Calloway"), lower case. */
  qualifier?: string;
}

/** Event nouns and their classes. General news vocabulary. */
const EVENT_CLASSES: Record<string, string> = {
  meeting: 'meeting', meetings: 'meeting', talks: 'meeting', negotiations: 'meeting', session: 'meeting', sessions: 'meeting',
  discussion: 'meeting', discussions: 'meeting', summit: 'meeting', consultations: 'meeting', conference: 'meeting',
  encounter: 'meeting', 'sit-down': 'meeting', dialogue: 'meeting', audience: 'meeting',
  hearing: 'hearing', trial: 'trial', deliberations: 'deliberations',
  fire: 'fire', blaze: 'fire', inferno: 'fire', wildfire: 'fire',
  strike: 'strike', walkout: 'strike', stoppage: 'strike', protest: 'protest', protests: 'protest', rally: 'protest', march: 'protest',
  war: 'war', conflict: 'war', invasion: 'war', occupation: 'occupation', siege: 'siege', blockade: 'blockade',
  standoff: 'standoff', search: 'search', rescue: 'rescue', operation: 'operation', evacuation: 'evacuation',
  flight: 'flight', voyage: 'voyage', descent: 'descent', ascent: 'ascent', match: 'match', game: 'match', final: 'match', race: 'race',
  ceremony: 'ceremony', concert: 'concert', festival: 'festival', debate: 'debate', interview: 'interview',
  vote: 'vote', voting: 'vote', ballot: 'vote', election: 'election', referendum: 'election', outage: 'outage', blackout: 'outage', shutdown: 'shutdown',
  storm: 'storm', hailstorm: 'storm', thunderstorm: 'storm', rainstorm: 'storm', snowstorm: 'storm', hurricane: 'storm', cyclone: 'storm', typhoon: 'storm', tornado: 'storm', earthquake: 'earthquake', quake: 'earthquake', flood: 'flood', flooding: 'flood',
  avalanche: 'avalanche', landslide: 'landslide', mudslide: 'landslide', landslip: 'landslide', eruption: 'eruption', tsunami: 'tsunami',
  crisis: 'crisis', lockdown: 'lockdown', ceasefire: 'ceasefire', truce: 'ceasefire', visit: 'visit', tour: 'tour',
  crash: 'crash', derailment: 'crash', collision: 'crash', collapse: 'collapse', explosion: 'explosion', blast: 'explosion', detonation: 'explosion',
  theft: 'theft', robbery: 'theft', heist: 'theft', burglary: 'theft', shooting: 'shooting', spill: 'spill',
  accident: 'crash', exchange: 'exchange', swap: 'exchange', handover: 'exchange', 'hand-over': 'exchange', transfer: 'exchange',
};

/** Words before an event noun that make it a different occurrence from the story's main one. */
const OTHER_INSTANCE = new Set([
  'weekend', 'previous', 'earlier', 'prior', 'last', 'next', 'future', 'further', 'follow-up', 'upcoming', 'another', 'other',
  'past', 'second', 'third', 'first', 'preliminary', 'separate', 'later', 'subsequent', 'planned', 'proposed', 'possible',
  'potential', 'parallel', 'new', 'fresh', 'earliest', 'recent', 'similar', 'such', 'former', 'direct', 'bilateral', 'trilateral',
  'stalled', 'any', 'no', 'these', 'those', 'more', 'technical', 'morning', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'yesterday', 'tomorrow',
]);

const EVENT_RE = new RegExp(String.raw`\b(` + Object.keys(EVENT_CLASSES).sort((a, b) => b.length - a.length).join('|') + String.raw`)\b`, 'giu');

let cachedText: string | undefined;
let cachedNouns: EventNoun[] = [];

/** The event nouns of `sentence`, in order. Several fact readers ask for one sentence in a row: the last answer is kept. */
export function findEventNouns(sentence: string): EventNoun[] {
  if (sentence === cachedText) return cachedNouns;
  const out = readEventNouns(sentence);
  cachedText = sentence;
  cachedNouns = out;
  return out;
}

function readEventNouns(sentence: string): EventNoun[] {
  const out: EventNoun[] = [];
  for (const m of sentence.matchAll(EVENT_RE)) {
    const start = m.index ?? 0;
    const word = m[1];
    const lower = word.toLowerCase();
    // "Fire" and "strike" are verbs as often as nouns; "march" is a month.
    if (/^(?:fire|strike|march|search|match|race|final|tour|visit|vote|game)$/u.test(lower)) {
      const before = sentence.slice(Math.max(0, start - 20), start).toLowerCase();
      // "The national fire service", "the fire chief": a service named after fires, not a fire.
      if (lower === 'fire' && FIRE_SERVICE_AFTER.test(sentence.slice(start + word.length, start + word.length + 16))) continue;
      // "the final round of voting", "the final, third ballot": the last of something, not a final.
      if (lower === 'final' && LAST_OF_AFTER.test(sentence.slice(start + word.length, start + word.length + 30))) continue;
      const fireNoun = lower === 'fire' && isFireNoun(sentence, start, start + word.length);
      if (!fireNoun && !/\b(?:the|a|an|its|their|his|her|this|that|[a-z\d]+-(?:hour|day|week|month|year))\s+(?:[\p{L}\p{N}-]+\s+)?$/u.test(before)) continue;
      if (word === 'March') continue;
    }
    // "was flooding", "were burning": a verb in the progressive tells what happened to a thing, not an event.
    if (lower.endsWith('ing') && /\b(?:is|was|were|are|been|be|kept|started|began)\s+$/iu.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const words = before.split(/[\s—–-]+/u).filter(Boolean).slice(-3).map((w) => w.toLowerCase().replace(/[’']s$|[^\p{L}-]/gu, ''));
    const instance = words.find((w) => OTHER_INSTANCE.has(w)) ?? (REQUESTED_BEFORE.test(before) ? 'requested' : FEARED_BEFORE.test(before) ? 'feared' : undefined);
    out.push({ start, end: start + word.length, text: word, cls: EVENT_CLASSES[lower], instance, qualifier: qualifierOf(sentence, start, start + word.length) });
  }
  return out;
}

/**
 * Words before an event noun that ask for it ("prompting calls for an emergency meeting", "requested
 * talks", "sought a hearing"): an occurrence still to come, a response to the story, not the story.
 */
const REQUESTED_BEFORE =
  /\b(?:calls?|called|calling)\s+for\s+(?:an?\s+|the\s+|fresh\s+)?(?:[\p{L}-]+\s+){0,2}$|\b(?:request(?:s|ed|ing)?|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Words before an event noun that only fear or avert it ("had long feared could end in conflict",
 * "to avert a war", "the risk of a strike"): an occurrence that may never come, not the story.
 */
const FEARED_BEFORE =
  /\b(?:could|might|may|would)\s+(?:(?:have\s+)?(?:end(?:ed)?|lead|led|result(?:ed)?|escalate[ds]?|spiral(?:led)?|descend(?:ed)?|turn(?:ed)?)\s+(?:in|into|to)\s+)(?:an?\s+|open\s+|armed\s+)?$|\b(?:avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|risk\s+of|threat\s+of|fears?\s+of)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** Words before "fire" that make it a fire, not shooting or dismissal: "caught fire", "set fire to", "a lorry fire". */
const FIRE_BEFORE =
  /\b(?:caught|catches|catch|catching|set|sets|setting|on|lorry|truck|car|bus|coach|house|forest|bush|brush|wild|factory|warehouse|tunnel|building|hotel|kitchen|engine|electrical|apartment|tower|grass|train|ship|vessel|ferry|hangar|market|club|nightclub|hospital|school|church|mine|refinery|plant|chemical|garage|barn|major|huge|deadly|massive|fatal)\s+$/iu;
/** Words after "fire" that make it the name of a service or a thing, not a fire ("fire service", "fire brigade"). */
const FIRE_SERVICE_AFTER = /^[\s-]+(?:service|services|brigade|brigades|department|chief|chiefs|crews?|station|stations|officials?|officers?|engines?|trucks?|corps|authorit(?:y|ies)|safety|alarms?|hydrants?|exits?|doors?|escapes?|fighters?|commander|marshal|inspectors?)\b/iu;

/** Words after "final" that make it an adjective: "the final round", "the final, third ballot", "the final whistle". */
const LAST_OF_AFTER =
  /^,?\s+(?:[\p{L}-]+\s+)?(?:rounds?|ballots?|vot(?:e|es|ing)|stages?|phases?|days?|results?|decision|whistle|count|tally|score|leg|report|version|text|draft|deal|offer|word|step|approval|session|sitting|hearing|verdict|minutes|seconds|hours|weeks|months|years|lap|straight|hurdle)\b/iu;

/** Words after a headline's or sentence's opening "Fire" that make it a noun: "Fire in Swiss tunnel", "Fire kills three". */
const FIRE_OPENING_AFTER = /^\s+(?:in|at|on|near|breaks|broke|rips|ripped|destroys|destroyed|kills|killed|guts|gutted|hits|closes|closed|engulfs)\b/iu;

/** True when "fire" at `start` is the event, by the words around it. */
function isFireNoun(sentence: string, start: number, end: number): boolean {
  if (FIRE_BEFORE.test(sentence.slice(Math.max(0, start - 20), start))) return !/\bopen(?:ed|s|ing)?\s+$/iu.test(sentence.slice(Math.max(0, start - 12), start));
  return !/[\p{L}\p{N}]/u.test(sentence.slice(0, start)) && FIRE_OPENING_AFTER.test(sentence.slice(end, end + 20));
}

/** "Calloway" in "the Calloway strike", "the strike in Calloway", "Calloway's strike". */
function qualifierOf(sentence: string, start: number, end: number): string | undefined {
  const after = /^\s+(?:in|on|over|with|against)\s+(\p{Lu}[\p{L}-]+)/u.exec(sentence.slice(end, end + 40));
  if (after) return after[1].toLowerCase();
  const before = /(\p{Lu}[\p{L}-]+)(?:[’']s)?\s+$/u.exec(sentence.slice(Math.max(0, start - 30), start));
  if (before && !/^(?:The|A|An|This|That|Its|His|Her|Their)$/u.test(before[1])) return before[1].toLowerCase();
  return undefined;
}

/** The class of an event word ("negotiations" -> "meeting"), or undefined. */
export function eventClassOf(word: string): string | undefined {
  return EVENT_CLASSES[word.toLowerCase()];
}

/**
 * Verbs that tell an event of a class without its noun ("a lorry burned", "the stand collapsed"),
 * by class: a lede may give the day with the verb alone.
 */
const EVENT_VERBS: Readonly<Record<string, RegExp>> = {
  fire: /\b(?:burn(?:s|ed|t|ing)|caught fire|went up in flames|ablaze)\b/iu,
  collapse: /\b(?:collapsed|gave way|caved in)\b/iu,
  crash: /\b(?:crashed|derailed|collided)\b/iu,
  explosion: /\b(?:exploded|blew up)\b/iu,
  eruption: /\berupted\b/iu,
  earthquake: /\b(?:struck|shook|jolted)\b/iu,
  flood: /\bflooded\b/iu,
  avalanche: /\b(?:swept|came down|buried)\b/iu,
  landslide: /\b(?:swept|buried|slid)\b/iu,
};

/** True when `text` tells an event of class `cls` by its verb. */
export function tellsEventByVerb(text: string, cls: string): boolean {
  return EVENT_VERBS[cls]?.test(text) ?? false;
}

/** Classes whose verbs name no other kind of event ("burned", "derailed"), for telling a story's kind from its headline and lede. */
const UNAMBIGUOUS_VERB_CLASSES = ['fire', 'collapse', 'crash', 'explosion', 'eruption'];

/** The event classes `text` tells by an unambiguous verb ("lorry burns" -> fire). */
export function eventClassesByVerb(text: string): string[] {
  return UNAMBIGUOUS_VERB_CLASSES.filter((cls) => tellsEventByVerb(text, cls));
}

/** Nouns that name any incident ("the accident"): they say nothing of which kind of event a sentence tells. */
export const GENERIC_EVENT_NOUNS: ReadonlySet<string> = new Set(['accident']);
