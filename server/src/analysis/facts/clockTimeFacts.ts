/**
 * When something happened, as facts: "the alarm sounded at 3:40 a.m.", "the jet touched down at
 * 18:52 GMT", "came down at 6:52 p.m. local time (1652 GMT)", "conceded defeat shortly before
 * 11 p.m.". The action is the verb (with its particle and a short object: "touched down",
 * "conceded defeat") folded into a class, so that "came down" and "touched down" are one landing;
 * the subject noun, when written ("the alarm", "police officers"), tells actions of different
 * actors apart. Each time is kept in the frames it was written in: local time (zone unknown),
 * and UTC when a zone with a known offset is given, either with the time or in brackets after it.
 * The day written with the time ("at 2 a.m. on Saturday", "at 2 a.m. on 14 June") is kept too,
 * resolved against the article's date, and a part of a named day ("police opened the gates early
 * Saturday", "late on Friday") is read as a window of that day, so that rules can tell one clock
 * time on two days apart.
 *
 * Starts and ends of meetings and other events are read by timeFacts.ts; this reader leaves
 * begin/end verbs alone unless they act on a thing ("opened the gates", "closed the road"). Plans and schedules ("was expected to reopen at 10 a.m.") are not facts
 * about what happened and are skipped.
 */
import { cityCountry } from '../lexicon/places';
import type { DocumentAnalysis, Sentence } from '../types';
import { findClockTimes, findDayTimes, lookupZone, offsetOn, type ClockTime, type Zone } from '../values/clock';
import { findDates } from '../values/dates';
import { singularNoun } from './countedThings';
import { dayNear } from './days';
import { factAt, factWithGuard, spanOf, type DetailedFact, type FactWith } from './detail';
import { eventClassOf, findEventNouns } from './events';
import { datelineOf, sentenceMentions } from './documentIndex';

/** A window of minutes after midnight, in one frame. */
export interface MinuteWindow {
  lo: number;
  hi: number;
}

/** What a clock-time fact says. */
export interface ClockInfo {
  /** The action's class with its object ("land", "concede defeat", "sound"). */
  action: string;
  /** The subject noun's class when written ("alarm", "aircraft", "police"); "" when unknown. */
  actor: string;
  /** The time in the event's local frame, when written as local time or without a zone. */
  local?: MinuteWindow;
  /** The time in UTC, when a zone with a known offset is written. */
  utc?: MinuteWindow;
  /** The time as written, for explanations ("6:52 p.m. local time (1652 GMT)"). */
  written: string;
  /**
   * The day the action is said to have happened on, when written with its time ("at 2 a.m. on
   * Saturday", "early Saturday", "at 2 a.m. on 14 June"): ISO yyyy-mm-dd, weekdays resolved
   * against the article's date.
   */
  day?: string;
  /** Whether `day` is a day of local time or, for a time written in a zone with a known offset ("20:30 GMT on Saturday"), of UTC. */
  dayFrame?: 'local' | 'utc';
  /** The offset of the article's own story place (see `clockWindows`), when one stands out. */
  storyOffset?: number;
}

/** A fact carrying a clock time. */
export type ClockFact = FactWith<'clock', ClockInfo>;

/** Narrows a fact to a clock-time fact. */
export const isClockFact = factWithGuard<ClockFact>('clock');

/** Plans, schedules, habits and deadlines: the time is not when something happened. */
const NOT_AN_OCCURRENCE =
  /\b(?:expected|scheduled|due|will|would|could|should|might|planned|plans?|set to|to be|until|deadline|every|each|daily|usually|normally|typically|if|unless|not|never|before it|hoped|intends?)\b|n[’']t\b/iu;
/** "Since" after the action makes the time a start of a state ("closed since 3 a.m."); before it, it only dates the action ("since the attack was discovered early Friday"). */
const SINCE = /\bsince\b/iu;

/** Prepositions between the action and the time, with the window they make around the written minute. */
const LINKS: Array<[RegExp, number, number]> = [
  // "Before" and "after" leave out the minute itself: "shortly before midnight on Thursday" is
  // still Thursday, not the midnight that may be told as the start of Friday.
  [/\bshortly\s+before\s+$/iu, -30, -1],
  [/\bjust\s+before\s+$/iu, -15, -1],
  [/\bshortly\s+after\s+$/iu, 1, 30],
  [/\bjust\s+after\s+$/iu, 1, 15],
  [/\bat\s+(?:about|around|approximately|roughly)\s+$|\b(?:about|around|approximately|roughly)\s+$/iu, -20, 20],
  [/\bat\s+$/iu, -10, 10],
];

/**
 * A denied action up to a time: "was not raised until", "did not arrive until", "wasn't found
 * until". The action happened at the time, so it is read like "at" (with the denial left out).
 */
const NOT_UNTIL = /\b(?:not|never)\b[^,;.]{0,60}?\buntil\s+$|n[’']t\b[^,;.]{0,60}?\buntil\s+$/iu;
const UNTIL_LINK: [RegExp, number, number] = [/\buntil\s+$/iu, -10, 10];
const NOT_WORD = /\s(?:not|never)\b|n[’']t\b/giu;

/** `text` with the denial and "until" between `from` and `to` blanked (same length), for the occurrence test. */
function withoutDenial(text: string, from: number, to: number): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text.slice(0, from) + text.slice(from, to).replace(NOT_WORD, blank).replace(/\buntil\b/giu, blank) + text.slice(to);
}

/** Irregular past forms and participles, to their base. */
const IRREGULAR: Record<string, string> = {
  came: 'come', come: 'come', went: 'go', gone: 'go', took: 'take', taken: 'take', left: 'leave', rang: 'ring', rung: 'ring', broke: 'break',
  broken: 'break', fell: 'fall', fallen: 'fall', hit: 'hit', struck: 'strike', sent: 'send', made: 'make', held: 'hold', met: 'meet',
  told: 'tell', said: 'say', shot: 'shoot', fled: 'flee', flew: 'fly', flown: 'fly', blew: 'blow', blown: 'blow', caught: 'catch',
  drove: 'drive', driven: 'drive', ran: 'run', rode: 'ride', sank: 'sink', sunk: 'sink', spoke: 'speak', spoken: 'speak', stole: 'steal',
  stolen: 'steal', threw: 'throw', won: 'win', lost: 'lose', got: 'get', found: 'find', gave: 'give', given: 'give', saw: 'see', seen: 'see',
  began: 'begin', begun: 'begin', rose: 'rise', woke: 'wake', tore: 'tear', torn: 'tear', ripped: 'rip', happened: 'happen', occurred: 'occur',
  // Regular verbs whose base ends in "e" (the "-ed" rule alone would give "arriv").
  arrived: 'arrive', conceded: 'concede', exploded: 'explode', detonated: 'detonate', collapsed: 'collapse', closed: 'close',
  concluded: 'conclude', resumed: 'resume', convened: 'convene', continued: 'continue', scheduled: 'schedule', raised: 'raise',
  issued: 'issue', announced: 'announce', released: 'release', evacuated: 'evacuate', located: 'locate', declared: 'declare',
  fired: 'fire', erupted: 'erupt', restored: 'restore', brought: 'bring', derailed: 'derail', capsized: 'capsize', collided: 'collide', caved: 'cave',
  put: 'put', plunged: 'plunge',
};

/** Verbs that say one thing of any object: "published the decision at 2 p.m." is "announced the decision at 2 p.m.". */
const SAME_VERB: Record<string, string> = { publish: 'announce', unveil: 'announce', discover: 'detect', spot: 'detect', identify: 'detect' };

/** Objects written with different nouns for one thing: "detected the intrusion" and "discovered the attack" are one discovery. */
const SAME_OBJECT: Record<string, string> = {
  intrusion: 'attack', breach: 'attack', hack: 'attack', cyberattack: 'attack', 'cyber-attack': 'attack', 'break-in': 'attack',
  blaze: 'fire', flame: 'fire', inferno: 'fire',
  // What a regulator or a court publishes: "its order was published at 2.30pm", "a notice published at 10:30".
  notice: 'document', order: 'document', decision: 'document', ruling: 'document', decree: 'document', resolution: 'document', circular: 'document',
};

/** Documents that a body publishes (SAME_OBJECT folds them into one). */
const PUBLISHED_DOCUMENTS: ReadonlySet<string> = new Set(Object.keys(SAME_OBJECT).filter((k) => SAME_OBJECT[k] === 'document'));

/** Actions written with different verbs for one thing, folded to a class. */
const ACTION_CLASSES: Record<string, string> = {
  land: 'land', 'touch down': 'land', 'crash-land': 'land', 'crash land': 'land',
  'take off': 'take off', depart: 'take off',
  sound: 'alarm', 'go off': 'alarm', ring: 'alarm', trigger: 'alarm',
  arrive: 'arrive', reach: 'arrive',
  explode: 'explode', detonate: 'explode', 'blow up': 'explode',
  capsize: 'capsize', overturn: 'capsize', sink: 'capsize', 'keel over': 'capsize', 'turn over': 'capsize',
  collapse: 'collapse', 'cave in': 'collapse', 'give way': 'collapse', crash: 'crash', collide: 'crash', derail: 'crash', 'come off track': 'crash', 'come off rail': 'crash',
  'leave track': 'crash', 'leave rail': 'crash', 'jump track': 'crash', 'jump rail': 'crash', 'go off track': 'crash',
  // A road vehicle that "left the road", "came off the road", "went off the road": one crash.
  'leave road': 'crash', 'come off road': 'crash', 'go off road': 'crash', 'veer off road': 'crash', 'run off road': 'crash', 'plunge': 'crash',
  'concede defeat': 'concede', concede: 'concede', 'admit defeat': 'concede',
  // A quake or storm "hit" or "struck" at one moment.
  hit: 'strike',
  // A volcano "blew" when it erupted.
  blow: 'erupt',
  // A storm "came ashore", "made landfall", "crossed the coast": one landfall.
  'come ashore': 'landfall', 'make landfall': 'landfall', 'cross shore': 'landfall', 'cross coast': 'landfall', 'cross coastline': 'landfall',
  'hit coast': 'landfall', 'hit land': 'landfall', 'strike coast': 'landfall', 'move ashore': 'landfall', 'move inland': 'landfall',
  // A fire "extinguished", "put out" or "declared extinguished" is one end of the fire, whatever noun names it.
  extinguish: 'extinguish', 'put out': 'extinguish', 'extinguish fire': 'extinguish', 'put out fire': 'extinguish',
};

/**
 * Event classes (events.ts) that are themselves an action at one moment, to the action class of
 * their verb: "the blast at 14:40" and "the depot exploded at 12:40 GMT" time one explosion.
 */
const EVENT_ACTIONS: Record<string, string> = { explosion: 'explode', crash: 'crash', collapse: 'collapse' };
/** Verbs that say only that something occurred: the action is the event noun of their subject ("the blast happened at"). */
const OCCURRENCE_VERBS = new Set(['happen', 'occur', 'take place', 'come', 'strike', 'hit', 'go off', 'rip', 'tear']);

/** Movement verbs: who moved matters ("police arrived" and "firefighters arrived" are two facts). */
const NEEDS_ACTOR = new Set(['arrive', 'leave', 'return', 'get', 'come', 'go', 'enter', 'reach']);
/** Verbs read by timeFacts.ts (event starts and ends) or that say nothing about an occurrence. */
const SKIPPED_VERBS = new Set([
  'begin', 'start', 'open', 'end', 'finish', 'conclude', 'close', 'wrap', 'adjourn', 'resume', 'convene', 'last', 'run', 'stretch', 'continue',
  'say', 'tell', 'schedule', 'expect', 'plan', 'set', 'be', 'have', 'do',
]);
/**
 * Masses of snow, mud or rock that slide: whatever verb tells it ("the slide broke away", "the
 * snow masses came down", "the avalanche swept"), the time is the moment of the slide itself.
 */
const MASS_MOVEMENTS: Record<string, string> = {
  avalanche: 'avalanche', slide: 'avalanche', snowslide: 'avalanche', snow: 'avalanche', 'snow masses': 'avalanche', 'snow mass': 'avalanche',
  landslide: 'landslide', mudslide: 'landslide', landslip: 'landslide', mud: 'landslide', rockfall: 'landslide', 'debris flow': 'landslide',
};
/** Actor classes whose action is the actor itself (see MASS_MOVEMENTS). */
const MOVING_MASSES = new Set(Object.values(MASS_MOVEMENTS));
/** Nouns of a fire, which is put out: "the flames were out", "the blaze was extinguished". */
const FIRE_NOUNS = new Set(['fire', 'blaze', 'flames', 'inferno', 'fires']);

/** Subject nouns folded to a class. */
const ACTOR_CLASSES: Record<string, string> = {
  plane: 'aircraft', jet: 'aircraft', aircraft: 'aircraft', airliner: 'aircraft', airbus: 'aircraft', boeing: 'aircraft', flight: 'aircraft',
  police: 'police', officers: 'police', officer: 'police', policemen: 'police', detectives: 'police',
  firefighters: 'firefighters', 'fire crews': 'firefighters', crews: 'crews', paramedics: 'paramedics', ambulances: 'paramedics',
  alarm: 'alarm', alarms: 'alarm', siren: 'alarm', sirens: 'alarm', thieves: 'thieves', robbers: 'thieves', burglars: 'thieves',
  bus: 'vehicle', coach: 'vehicle', minibus: 'vehicle', van: 'vehicle', truck: 'vehicle', lorry: 'vehicle', car: 'vehicle', vehicle: 'vehicle',
  train: 'train', ship: 'ship', ferry: 'ship', boat: 'ship', vessel: 'ship', trawler: 'ship', bomb: 'bomb', device: 'bomb',
  quake: 'quake', earthquake: 'quake', tremor: 'quake', temblor: 'quake',
  stand: 'structure', grandstand: 'structure', stadium: 'structure', building: 'structure', bridge: 'structure', roof: 'structure',
  wall: 'structure', tunnel: 'structure', tower: 'structure', ceiling: 'structure', scaffolding: 'structure', block: 'structure',
  // The surface that gives way under a street: "the ground gave way", "the road collapsed".
  ground: 'ground', road: 'ground', street: 'ground', asphalt: 'ground', pavement: 'ground', tarmac: 'ground', roadway: 'ground', carriageway: 'ground',
  ...MASS_MOVEMENTS,
};

/**
 * "Went down" is a ship sinking or an aircraft crashing. The subject says which; when it is a
 * pronoun ("It went down at 8.30am"), the article's own vocabulary does, if it speaks of only
 * one kind of craft.
 */
function wentDownAs(doc: DocumentAnalysis, actor: string): string {
  if (actor === 'ship') return 'capsize';
  if (actor === 'aircraft') return 'crash';
  const vessel = VESSEL_WORDS.test(doc.text);
  const aircraft = AIRCRAFT_WORDS.test(doc.text);
  return vessel === aircraft ? 'go down' : vessel ? 'capsize' : 'crash';
}
/**
 * "Came down" is an aircraft landing or a structure collapsing ("the east stand came down at
 * 21:20"): the subject says which, or the article's vocabulary when it speaks of one kind only.
 */
function cameDownAs(doc: DocumentAnalysis, actor: string): string {
  if (actor === 'aircraft') return 'land';
  if (actor === 'structure') return 'collapse';
  const structure = STRUCTURE_WORDS.test(doc.text);
  const aircraft = AIRCRAFT_WORDS.test(doc.text);
  return structure && !aircraft ? 'collapse' : 'land';
}
const STRUCTURE_WORDS = /\b(?:collapsed?|collapsing|grandstand|stand|stadium|building|bridge|roof|tunnel|scaffolding|gave\s+way)\b/iu;
const VESSEL_WORDS = /\b(?:ferry|ferries|boat|boats|vessel|vessels|ship|ships|launch|trawler|capsi[sz]ed|sank)\b/iu;
const AIRCRAFT_WORDS = /\b(?:plane|planes|aircraft|airliner|jet|helicopter|flight)\b/iu;
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
const PARTICLES = new Set(['down', 'off', 'up', 'out', 'in']);
const AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'been', 'is', 'are', 'be']);

/**
 * How far before a time its action is looked for: far enough for a clause whose subject is the
 * event and whose object is long ("The blast ripped through the ground floor of the block on ...
 * at 6:05"); the verb itself must still be among the last words (see `actionBefore`).
 */
const BEFORE_REACH = 160;

/** Clock-time facts of one sentence, and the parts of a named day an action is placed in ("early Saturday"). */
export function clockTimeFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  const written = writtenTimes(text);
  const clocks = written.flatMap((w) => (w.restated ? [w.time, w.restated] : [w.time]));
  const out: DetailedFact[] = [];
  for (const { time: c, restated } of written) {
    const before = text.slice(Math.max(0, c.start - BEFORE_REACH), c.start);
    // "the alarm was not raised until 6 a.m.": raised at 6 a.m., told with a denial.
    const notUntil = NOT_UNTIL.exec(before);
    const link = notUntil ? UNTIL_LINK : LINKS.find(([re]) => re.test(before));
    if (!link) continue;
    const linkAt = notUntil ? notUntil.index + notUntil[0].lastIndexOf('until') : before.search(link[0]);
    const head = notUntil ? before.slice(0, linkAt).replace(NOT_WORD, ' ') : before.slice(0, linkAt);
    const action = actionBefore(head, previousSentence(doc, s)) ?? actionBefore(withoutPlace(withoutAside(head)), previousSentence(doc, s));
    if (!action) continue;
    if (action.key === 'go down') action.key = wentDownAs(doc, action.actor);
    if (action.key === 'come down') action.key = cameDownAs(doc, action.actor);
    const { local, utc, storyOffset } = clockWindows(doc, s, c, restated, link[1], link[2]);
    const from = c.start - before.length + action.start;
    if (!isOccurrence(notUntil ? withoutDenial(text, from, c.start) : text, from, (restated ?? c).end)) continue;
    const timeEnd = (restated ?? c).end + (restated && /^\s*\)/u.test(text.slice(restated.end)) ? /^\s*\)/u.exec(text.slice(restated.end))![0].length : 0);
    // The day goes with the frame of the one time written ("at 20:30 GMT on Saturday" is a day in
    // UTC); a time restated in a second zone leaves open which frame its day is in.
    const day = restated ? undefined : dayNear(doc, text, from, timeEnd);
    const dayFrame = !day ? undefined : c.zone && !c.zone.local && c.zone.offset !== undefined ? 'utc' : 'local';
    // The passage states the day too when it is written after the time ("at 2 a.m. on Saturday").
    const end = Math.max(timeEnd, day?.end ?? 0);
    out.push(clockFact(doc, s, from, end, { action: action.key, actor: action.actor, local, utc, written: text.slice(c.start, end), day: day?.iso, dayFrame, ...(storyOffset !== undefined ? { storyOffset } : {}) }));
  }
  // "Police opened the gates early Saturday": a part of a named day, in local time.
  for (const d of findDayTimes(text)) {
    if (clocks.some((c) => c.start < d.end && d.start < c.end)) continue;
    const before = text.slice(Math.max(0, d.start - BEFORE_REACH), d.start);
    if (!/\s$/u.test(before)) continue;
    const action = actionBefore(before, previousSentence(doc, s));
    if (!action) continue;
    const days = findDates(text.slice(d.dayStart, d.dayEnd), doc.published).filter((x) => x.grain === 'day' && x.iso && /^\d{4}-\d\d-\d\d$/u.test(x.iso));
    if (days.length !== 1) continue;
    const from = d.start - before.length + action.start;
    if (!isOccurrence(text, from, d.end)) continue;
    out.push(clockFact(doc, s, from, d.end, { action: action.key, actor: action.actor, local: { lo: d.lo, hi: d.hi }, written: d.text, day: days[0].iso, dayFrame: 'local' }));
  }
  return out;
}

/**
 * The local and UTC windows a clock time stands for, `lo`/`hi` minutes around it (the link's
 * hedge), with the time that restates it in another zone, if any ("6:52 p.m. local time (1652 GMT)").
 * `storyOffset` is the offset, on the article's date, of the places it names most often: the
 * rules fall back on it to set a local time against a UTC one when no conversion in the story
 * says the offset ("The alarm was raised at 2:47 p.m." in a report from Olomouc is 12:47 UTC in July).
 */
export function clockWindows(
  doc: DocumentAnalysis,
  s: Sentence,
  c: ClockTime,
  restated: ClockTime | undefined,
  lo: number,
  hi: number,
): { local?: MinuteWindow; utc?: MinuteWindow; storyOffset?: number } {
  let local: MinuteWindow | undefined;
  let utc: MinuteWindow | undefined;
  // A zone of its own ("1300 GMT") before one we convert ("2 p.m. Budapest time"): the article's
  // own conversion is what it states, even when it is wrong.
  const written = restated ? [c, restated].sort((x, y) => Number(isAbsolute(y)) - Number(isAbsolute(x))) : [c];
  for (const t of written) {
    const w = { lo: t.minutes + lo, hi: t.minutes + hi };
    if (!t.zone || (t.zone.local && t.zone.offset === undefined)) {
      local ??= w;
      // "touched down at Rome's Ciampino airport at 11:25 p.m. local time": the local time of
      // the one city (or one-zone country) the sentence names, unless the time is restated in
      // another zone (whose place may be the one named: "(09:14 in mainland Spain)").
      const place = t.zone && !restated ? placeZone(doc, s) : undefined;
      const on = place && offsetOn(place, doc.published);
      if (on) utc ??= { lo: w.lo - on.offset - on.doubt, hi: w.hi - on.offset + on.doubt };
    } else {
      // The article's date settles daylight saving for a zone the database knows.
      const { offset, doubt } = offsetOn(t.zone, doc.published)!;
      utc ??= { lo: w.lo - offset - doubt, hi: w.hi - offset + doubt };
      if (t.zone.local ? !isForeignToStory(doc, t.zone) : isStoryZone(doc, t.zone)) local ??= w;
    }
  }
  const story = storyOffsetOf(doc);
  return story === null ? { local, utc } : { local, utc, storyOffset: story };
}

/** The window a hedge before a time makes around it ("at", "about", "shortly before"); "at" when none is written. */
export function linkWindow(before: string): [number, number] {
  const link = LINKS.find(([re]) => re.test(before));
  return link ? [link[1], link[2]] : [-10, 10];
}

/** A clock time as written, with the time that restates it in another zone, if any. */
export interface WrittenTime {
  time: ClockTime;
  restated?: ClockTime;
}

/** The last sentence read by `writtenTimes`: its two readers (clock facts, timed clauses) read each sentence in turn. */
let lastWritten: { text: string; times: WrittenTime[] } | undefined;

/**
 * The clock times of a sentence, each with the time that restates it ("6:52 p.m. local time (1652
 * GMT)": the bracketed time restates the first in another zone).
 */
export function writtenTimes(text: string): WrittenTime[] {
  if (lastWritten?.text === text) return lastWritten.times;
  const clocks = /\d|noon|midday|midnight/iu.test(text) ? findClockTimes(text) : [];
  const times: WrittenTime[] = [];
  for (let i = 0; i < clocks.length; i++) {
    const c = clocks[i];
    const next = clocks[i + 1];
    const restated = next && restates(c, next, text.slice(c.end, next.start)) ? next : undefined;
    if (restated) i++;
    times.push(restated ? { time: c, restated } : { time: c });
  }
  lastWritten = { text, times };
  return times;
}

/** True for a time in a zone of its own, not a place's local time ("1300 GMT", "ET"). */
export function isAbsolute(t: ClockTime): boolean {
  return t.zone !== undefined && !t.zone.local && t.zone.offset !== undefined;
}

/**
 * True when `second` restates `first` in another zone: "6:52 p.m. local time (1652 GMT)", "5.42am
 * local time on Tuesday - 13.42 GMT", "5:42 a.m. on Tuesday (2142 GMT on Monday)", "3.40 in the
 * morning, that is 2.40 GMT". A dash or
 * slash also joins the ends of a range ("9 a.m. - 5 p.m."), so there the second time must be in
 * a zone of known offset and the first in local time.
 */
export function restates(first: ClockTime, second: ClockTime, between: string): boolean {
  const join = /^(?:\s+in\s+the\s+(?:morning|afternoon|evening|night))?(?:\s+on\s+\p{L}+day)?\s*([(\-–—/,]|,?\s*(?:that is|that's|i\.e\.|or)\s*,?)\s*$/u.exec(between);
  if (!join) return false;
  if (join[1] === '(') return true;
  // A bare comma lists times as often as it restates one ("at 9 a.m., 11 a.m. and noon"): it
  // restates only "local time" in a place's named clock ("7.15pm local time, 12.15pm UK time").
  if (join[1] === ',') return isPlainLocal(first) && isPlaceClock(second);
  return isAbsolute(second) && (!first.zone || first.zone.local);
}

/** True for a time written in "local time", with no offset of its own. */
function isPlainLocal(t: ClockTime): boolean {
  return t.zone !== undefined && t.zone.local && t.zone.offset === undefined;
}

/** True for a time in a named place's clock of known offset ("UK time", "Lisbon time"). */
export function isPlaceClock(t: ClockTime): boolean {
  return t.zone !== undefined && t.zone.local && t.zone.offset !== undefined;
}

/**
 * The zone of the one place with a known clock that sentence `s` names (a city of the time-zone
 * database or a country of one zone), or undefined when it names none or places in two zones.
 */
function placeZone(doc: DocumentAnalysis, s: Sentence): Zone | undefined {
  const zones = new Map<number, Zone>();
  for (const m of sentenceMentions(doc, s.index)) {
    if (m.type !== 'GPE' && m.type !== 'LOC') continue;
    const zone = lookupZone(`${m.text} time`);
    if (zone?.offset !== undefined) zones.set(zone.offset, zone);
  }
  return zones.size === 1 ? [...zones.values()][0] : undefined;
}

/**
 * True when a place's time ("9.30am UK time", "11 a.m. Belgrade time") is not the time where the
 * story happens: the places the article names most often are in another offset on the article's
 * day. A paper abroad gives its readers' time; that time is then an instant (UTC), not the event's
 * local time. (The most frequent offset, not every place named: a flight's destination or a
 * visitor's home is named too.)
 */
function isForeignToStory(doc: DocumentAnalysis, zone: Zone): boolean {
  const story = storyOffsetOf(doc);
  const own = offsetOn(zone, doc.published);
  return story !== null && own !== undefined && own.offset !== story;
}

/**
 * True when a zone written by its abbreviation is the story's own: "7 a.m. KST" in a story set in
 * Incheon is the local time there, as "7 a.m. local time" would be.
 */
function isStoryZone(doc: DocumentAnalysis, zone: Zone): boolean {
  const story = storyOffsetOf(doc);
  const own = offsetOn(zone, doc.published);
  return story !== null && own !== undefined && own.doubt === 0 && own.offset === story;
}

/**
 * The offset of the places a document names most often, or null when none stands out. The
 * dateline's place ("WORCESTER, England, March 11 -") settles a tie: a wire that names England
 * and the Netherlands as often is still told from England.
 */
export function storyOffsetOf(doc: DocumentAnalysis): number | null {
  let story = storyOffset.get(doc);
  if (story === undefined) {
    const counts = new Map<number, number>();
    for (const m of doc.mentions) {
      if (m.type !== 'GPE' && m.type !== 'LOC') continue;
      const on = placeOffset(doc, m.text);
      if (on !== undefined) counts.set(on, (counts.get(on) ?? 0) + 1);
    }
    const dateline = datelineOffsetOf(doc);
    if (dateline !== undefined) counts.set(dateline, (counts.get(dateline) ?? 0) + DATELINE_WEIGHT);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    story = ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
    storyOffset.set(doc, story);
  }
  return story;
}

/** What the dateline's place adds to the count of its offset: less than one mention, more than none. */
const DATELINE_WEIGHT = 0.5;

/**
 * The offset a plain local time of the document is in when the document is told from its story
 * place: its dateline's place's offset, when that is also the offset of the places it names most
 * ("began at 11 a.m." in a report datelined WORCESTER is Worcester's time); undefined otherwise.
 */
export function datelineLocalOffsetOf(doc: DocumentAnalysis): number | undefined {
  const dateline = datelineOffsetOf(doc);
  return dateline !== undefined && dateline === storyOffsetOf(doc) ? dateline : undefined;
}

/**
 * The offset on the document's date of its dateline's place, if the zone database knows it: the
 * town's, else the country's after it ("WORCESTER, England, March 11 (Meridian Press) -").
 */
function datelineOffsetOf(doc: DocumentAnalysis): number | undefined {
  const dateline = datelineOf(doc);
  if (!dateline) return undefined;
  const parts = doc.text.slice(dateline.start, dateline.end).split(/[,(]/u).slice(0, 2);
  for (const part of parts) {
    const name = part.trim().replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
    const on = /^\p{Lu}[\p{L} .'-]*$/u.test(name) ? placeOffset(doc, name) : undefined;
    if (on !== undefined) return on;
  }
  return undefined;
}

/** The offset on the document's date of a named place ("Iğdır": a town the zone database does not list tells its country's clock). */
function placeOffset(doc: DocumentAnalysis, name: string): number | undefined {
  const own = lookupZone(`${name} time`);
  const country = own ? undefined : cityCountry(name);
  const at = own ?? (country ? lookupZone(`${country} time`) : undefined);
  const on = at && offsetOn(at, doc.published);
  return on && on.doubt === 0 ? on.offset : undefined;
}

/** Per document, the offset of the places it names most often (null when none stands out). */
const storyOffset = new WeakMap<DocumentAnalysis, number | null>();

/** The fact of an action timed by `info`, written from `from` to `end` of sentence `s`. */
function clockFact(doc: DocumentAnalysis, s: Sentence, from: number, end: number, info: ClockInfo): ClockFact {
  const span = spanOf(doc, s.start + from, s.start + end);
  return factAt<ClockFact>(doc, span, {
    kind: 'time',
    subject: `clock:${info.action}`,
    attribute: `clock:${info.action}`,
    value: { kind: 'text', text: info.written },
    display: span.text,
    detail: { sentence: s.index, clock: info },
  });
}

/**
 * False for plans and habits, told in the clause of the action (from the comma before it to the
 * comma or full stop after its time): "was expected to reopen at 10 a.m.".
 */
function isOccurrence(text: string, actionStart: number, timeEnd: number): boolean {
  const clauseFrom = Math.max(text.lastIndexOf(',', actionStart), text.lastIndexOf(';', actionStart), 0);
  const clauseTo = text.slice(timeEnd).search(/[,;]|\.(?:\s|$)/u);
  const clause = text.slice(clauseFrom, clauseTo < 0 ? text.length : timeEnd + clauseTo);
  return !NOT_AN_OCCURRENCE.test(clause) && !SINCE.test(text.slice(actionStart, timeEnd));
}

/** An action found before a time: its class (with its object), its actor's class, and where it starts. */
interface Action {
  key: string;
  actor: string;
  start: number;
}

/**
 * The action written just before a time: a verb in the past (with a particle and a short object:
 * one word, or two and a phrase with "of" such as "all 16 crest gates of the dam") at the end of
 * `text`, and the subject noun right before it. A passive verb takes its subject as its object
 * ("the gates were opened" is "opened the gates"); an aside between commas just before the time
 * ("..., about 40 km upstream, at 2 a.m.") is passed over.
 */
/** Words for where an event happened ("the scene of the crash"). */
const PLACE_OF_EVENT = /^(?:place|scene|site|spot|location)$/u;

/** True when the last word (an event noun) ends "the scene of (the) <event>": a place, not the event. */
function namesPlaceOfEvent(words: ReadonlyArray<{ word: string }>): boolean {
  const n = words.length;
  const before = words[n - 2]?.word === 'the' ? n - 3 : n - 2;
  return before >= 1 && words[before].word === 'of' && PLACE_OF_EVENT.test(words[before - 1].word);
}

function actionBefore(text: string, previous = ''): Action | undefined {
  text = withoutAside(text);
  const clauseStart = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf('('), text.lastIndexOf('—')) + 1;
  const clause = text.slice(clauseStart);
  const words = [...clause.matchAll(/[\p{L}’'-]+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: clauseStart + (m.index ?? 0), raw: m[0] }));
  // An event noun right before the time: "the blast at 14:40 GMT".
  const last = words[words.length - 1];
  const lastClass = last && EVENT_ACTIONS[eventClassOf(last.word) ?? ''];
  // "came to the place of accident on Wednesday morning": the event names where someone went, and
  // the time is the going's.
  if (lastClass && !namesPlaceOfEvent(words) && !findEventNouns(clause).find((e) => clauseStart + e.start === last.start)?.instance) return { key: lastClass, actor: '', start: last.start };
  const restored = restorationAt(words, text) ?? fireOutAt(words) ?? landfallAt(words);
  if (restored) return restored;
  // An object may end with a short "of" phrase, names allowed: "the gates of the Kesari dam".
  const of = ofPhraseAt(words);
  const end = of ?? words.length;
  // The verb is among the last words: verb [particle] [determiner] [object] (a few more before an "of" phrase).
  for (let v = end - 1; v >= Math.max(0, end - (of === undefined ? 4 : 6)); v--) {
    const base = verbBase(words[v].word);
    if (!base) continue;
    // "entered the damaged unit": a participle after a determiner describes a noun.
    if (v > 0 && DETERMINERS.has(words[v - 1].word)) continue;
    let k = v + 1;
    let phrase = SAME_VERB[base] ?? base;
    if (words[k] && PARTICLES.has(words[k].word)) phrase = `${base} ${words[k++].word}`;
    else if (base === 'take' && words[k]?.word === 'place') phrase = `${base} ${words[k++].word}`;
    // "threw open", "broke open", "forced open": the verb says how something was opened.
    else if (words[k]?.word === 'open' && base !== 'open') phrase = words[k++].word;
    // "The blast at the depot happened at": the subject's event noun is the action.
    if (OCCURRENCE_VERBS.has(phrase) && k === words.length) {
      const event = findEventNouns(clause.slice(0, words[v].start - clauseStart)).find((e) => !e.instance && EVENT_ACTIONS[e.cls]);
      if (event) return { key: EVENT_ACTIONS[event.cls], actor: '', start: clauseStart + event.start };
      // "Reports of a large explosion. Witnesses say it happened at 14:40": the pronoun is the
      // event the previous sentence names (only when it names one kind of event).
      if (v > 0 && PRONOUNS.has(words[v - 1].word)) {
        const named = new Set(findEventNouns(previous).filter((e) => !e.instance && EVENT_ACTIONS[e.cls]).map((e) => EVENT_ACTIONS[e.cls]));
        if (named.size === 1) return { key: [...named][0], actor: '', start: words[v - 1].start };
      }
    }
    const objectWords = words.slice(k, end);
    const object = objectWords.map((w) => w.word).filter((w) => !DETERMINERS.has(w) && !QUANTIFIERS.has(w));
    // "opened four spillway gates", "opened 16 crest gates": a counted head noun may carry one modifier.
    const counted = objectWords.some((w) => QUANTIFIERS.has(w.word)) || (objectWords.length > 0 && /\d/u.test(text.slice(words[v].start, objectWords[0].start)));
    const objectRoom = (of === undefined ? 1 : 2) + (counted && of === undefined ? 1 : 0);
    // "struck the Lira Bridge", "hit one of the bridge's main piers": a named structure may be an impact's object.
    const lastWord = (of !== undefined ? words[words.length - 1]?.word : object[object.length - 1]) ?? '';
    const struckStructure = IMPACT_VERBS.has(base) && words.length - k <= 8 && STRUCTURE_PARTS.has(singularNoun(lastWord.replace(/['’]s$/u, '')));
    if (!struckStructure && (object.length > objectRoom || (of !== undefined && object.length === 0) || objectWords.some((w) => /^\p{Lu}/u.test(w.raw)))) return undefined;
    let s = v - 1;
    // "was completely extinguished", "were finally opened": an adverb may stand between auxiliary and verb.
    while (s >= 0 && MANNER_ADVERBS.has(words[s].word)) s--;
    const passive = s >= 0 && PASSIVE.has(words[s].word);
    while (s >= 0 && AUXILIARIES.has(words[s].word)) s--;
    const subject = s >= 0 ? words[s] : undefined;
    // "the snow masses came down": a subject of two words is looked up as a whole first.
    const pair = subject && s > 0 ? `${words[s - 1].word} ${subject.word}` : '';
    const lowerSubject = subject && /^\p{Ll}/u.test(subject.raw) && !/ly$/u.test(subject.word) ? (ACTOR_CLASSES[pair] ? pair : subject.word) : undefined;
    // "The gates were opened at 2 a.m.": the subject of a passive verb is what was acted on.
    // "in a notice published at 10:30" too: a document before a participle of publishing is what was published.
    const published = !passive && lowerSubject !== undefined && PUBLISHED_DOCUMENTS.has(singularNoun(lowerSubject)) && /ed$/u.test(words[v].word) && SAME_VERB[base] === 'announce';
    const patient = (passive || published) && object.length === 0 && lowerSubject && !DETERMINERS.has(lowerSubject) && !PERSONAL_PRONOUNS.has(lowerSubject) ? lowerSubject : undefined;
    const head = patient ?? object[object.length - 1];
    // Begin and end verbs are read by timeFacts.ts, unless they act on a thing: "opened the gates", "closed the road".
    if (SKIPPED_VERBS.has(base) && !(TRANSITIVE.has(base) && head && !eventClassOf(head))) return undefined;
    const withObject = head ? `${phrase} ${SAME_OBJECT[singularNoun(head)] ?? singularNoun(head)}` : phrase;
    // A vessel or vehicle that hit, struck or slammed into a structure: one impact, whatever part
    // of the structure each article names ("struck the bridge", "hit one of the bridge's piers").
    const impact = IMPACT_VERBS.has(base) && (!head || STRUCTURE_PARTS.has(singularNoun(head)));
    const actor = patient ? '' : lowerSubject ? ACTOR_CLASSES[lowerSubject] ?? lowerSubject : '';
    // A slide of snow or mud is timed as the slide, whichever verb moves it.
    if (MOVING_MASSES.has(actor)) return { key: actor, actor: '', start: lowerSubject === pair ? words[s - 1].start : subject!.start };
    const key = impact ? 'strike' : ACTION_CLASSES[withObject] ?? ACTION_CLASSES[phrase] ?? withObject;
    // Who put a fire out does not make it another end of the fire.
    if (key === 'extinguish') return { key, actor: '', start: patient ? subject!.start : words[v].start };
    if ((NEEDS_ACTOR.has(key) || NEEDS_ACTOR.has(base)) && phrase === base && !actor) return undefined;
    // A pronoun subject ("it left the road") names no actor of its own.
    return { key, actor: DETERMINERS.has(actor) || PERSONAL_PRONOUNS.has(actor) ? '' : actor, start: patient ? subject!.start : words[v].start };
  }
  return eventSubjectAction(clause, clauseStart, words);
}

/**
 * Things that go down and are restored: systems, power, a service. "Its systems were back up",
 * "power came back on", "systems were restored" and "the airline restored its systems" are one
 * restoration, keyed by what was restored ("restore system"). Only these nouns are read as the
 * subject, so that a person who "was back" is not a restoration.
 */
const RESTORABLE = new Set([
  'system', 'systems', 'power', 'electricity', 'service', 'services', 'network', 'networks', 'website', 'site', 'app', 'server', 'servers',
  'internet', 'connection', 'connections', 'communications', 'supply', 'supplies', 'signal', 'grid', 'platform', 'platforms',
]);
/** How a restoration is told after its subject: "were back up", "came back online", "was restored", "were brought back". */
const RESTORED_PREDICATES = [
  ['restored'], ['back', 'up'], ['back', 'online'], ['back', 'on'], ['back', 'on', 'line'],
  ['came', 'back'], ['come', 'back'], ['came', 'back', 'up'], ['came', 'back', 'online'], ['came', 'back', 'on'],
  ['brought', 'back'], ['brought', 'back', 'up'], ['brought', 'back', 'online'],
];

/**
 * A restoration told at the end of `words`: a restorable subject, auxiliaries ("were", "had
 * been"), and a predicate of RESTORED_PREDICATES. The subject may be capitalised only when it
 * opens a sentence of `text` ("Systems were restored at").
 */
function restorationAt(words: ReadonlyArray<{ word: string; start: number; raw: string }>, text: string): Action | undefined {
  for (const predicate of RESTORED_PREDICATES) {
    const p = words.length - predicate.length;
    if (p < 1 || !predicate.every((w, i) => words[p + i].word === w)) continue;
    let s = p - 1;
    while (s >= 0 && AUXILIARIES.has(words[s].word)) s--;
    // "restored" alone is a passive: it needs its auxiliary ("systems were restored").
    if (predicate[0] === 'restored' && s === p - 1) continue;
    const subject = s >= 0 ? words[s] : undefined;
    if (!subject || !RESTORABLE.has(subject.word)) continue;
    if (/^\p{Lu}/u.test(subject.raw) && !/(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, subject.start))) continue;
    return { key: `restore ${singularNoun(subject.word)}`, actor: '', start: subject.start };
  }
  return undefined;
}

/**
 * "The flames were finally out", "the fire was out": a fire noun, an auxiliary (and an adverb),
 * and "out" at the end of `words` tell that the fire was put out.
 */
function fireOutAt(words: ReadonlyArray<{ word: string; start: number }>): Action | undefined {
  let p = words.length - 1;
  if (p < 2 || words[p].word !== 'out') return undefined;
  p--;
  while (p >= 0 && MANNER_ADVERBS.has(words[p].word)) p--;
  if (p < 1 || !AUXILIARIES.has(words[p].word)) return undefined;
  while (p >= 0 && AUXILIARIES.has(words[p].word)) p--;
  if (p < 0 || !FIRE_NOUNS.has(words[p].word)) return undefined;
  return { key: 'extinguish', actor: '', start: words[p].start };
}

/** "The landfall was at 03:40 GMT", "landfall came at": the noun and a verb of being or occurring. */
function landfallAt(words: ReadonlyArray<{ word: string; start: number }>): Action | undefined {
  const n = words.length;
  if (n < 2 || words[n - 2].word !== 'landfall' || !/^(?:was|came|occurred|happened|took)$/u.test(words[n - 1].word)) return undefined;
  return { key: 'landfall', actor: '', start: words[n - 2].start };
}

/** Adverbs that may stand inside a verb group ("was finally extinguished", "were fully restored"). */
const MANNER_ADVERBS = new Set(['finally', 'completely', 'fully', 'eventually', 'officially', 'successfully', 'largely', 'entirely', 'already', 'also', 'only', 'just', 'reportedly']);

/** Verbs of an impact, and the structures and parts of them an impact is told against. */
const IMPACT_VERBS = new Set(['strike', 'hit', 'slam', 'ram', 'smash', 'plough', 'plow', 'crash']);
const STRUCTURE_PARTS = new Set(['bridge', 'pier', 'span', 'pillar', 'support', 'column', 'pylon', 'wall', 'building', 'barrier', 'dam', 'jetty', 'quay', 'dock', 'tower']);

/** Words that count an object rather than name it ("all 16 gates", "both doors"). */
const QUANTIFIERS = new Set(['all', 'both', 'some', 'several', 'many', 'most', 'each', 'every', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens']);
/** Auxiliaries that make the verb after them passive ("were opened", "had been closed"). */
const PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'be']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Begin and end verbs that may act on a thing ("opened the gates", "closed the road", "ended the search"). */
const TRANSITIVE = new Set(['open', 'close', 'begin', 'start', 'end', 'finish', 'resume']);

/**
 * Where a closing phrase with "of" begins among `words` ("of the Kesari dam": at most four words,
 * after at least one): undefined when there is none.
 */
function ofPhraseAt(words: ReadonlyArray<{ word: string }>): number | undefined {
  for (let i = words.length - 2; i >= Math.max(1, words.length - 5); i--) if (words[i].word === 'of') return i;
  return undefined;
}

/**
 * `text` without an aside between commas at its end ("the gates of the dam, about 40 km upstream, "):
 * a few words with no verb that only describe what comes before them.
 */
function withoutAside(text: string): string {
  const aside = /,\s*([^,;()—–]{1,60}?),\s*$/u.exec(text);
  if (!aside) return text;
  const words = aside[1].toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  if (words.length === 0 || words.length > 6 || ASIDE_OPENERS.has(words[0] ?? '')) return text;
  if (words.some((w) => verbBase(w) !== undefined || /ing$/u.test(w) || AUXILIARIES.has(w))) return text;
  return text.slice(0, aside.index) + ' ';
}

/**
 * `text` without a named place at its end ("touched down at Rome's Ciampino airport "): the
 * action is before it ("broke away below the 2,900-metre Kogel ", "left the road near the town of
 * Ayo ", "touched down at Mallam Aminu Kano International Airport "). Only a phrase with a
 * capitalised name of up to six words, one plain modifier (or "the town of") before it and one
 * plain noun after it at most.
 */
function withoutPlace(text: string): string {
  const place = /\s+(?:at|in|near|close\s+to|outside|off|over|on|below|beneath|above|under)\s+(?:the\s+)?(?:(?:town|city|village|port|district|region|province|municipality)\s+of\s+|[\p{Ll}\d][\p{L}\d,.-]*\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,6}(?:\p{Ll}+\s*)?$/u.exec(text);
  return place ? text.slice(0, place.index) + ' ' : text;
}

/** Words that open a clause of its own rather than an aside. */
const ASIDE_OPENERS = new Set(['and', 'but', 'or', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'as', 'then', 'so', 'if', 'although', 'though', 'because', 'since', 'until']);

/**
 * "The blast hit a solvent unit at the plant in the port at 2:40 p.m.": when the clause's subject
 * is an event of one moment and its verb only says that it occurred, the time is the event's,
 * however long the object between the verb and the time.
 */
function eventSubjectAction(clause: string, clauseStart: number, words: ReadonlyArray<{ word: string; start: number }>): { key: string; actor: string; start: number } | undefined {
  const event = findEventNouns(clause)[0];
  if (!event || event.instance || !EVENT_ACTIONS[event.cls]) return undefined;
  // The event noun opens the clause ("The blast", "A huge explosion") and an occurrence verb follows it.
  const opening = clause.slice(0, event.start).trim().split(/\s+/u).filter(Boolean);
  if (opening.length > 2 || opening.some((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()))) return undefined;
  const after = words.filter((w) => w.start >= clauseStart + event.end);
  const verb = after.slice(0, 3).find((w) => verbBase(w.word) !== undefined);
  if (!verb || !OCCURRENCE_VERBS.has(verbBase(verb.word)!)) return undefined;
  return { key: EVENT_ACTIONS[event.cls], actor: '', start: clauseStart + event.start };
}

const PRONOUNS = new Set(['it', 'this', 'that']);

/** The text of the sentence before `s`, or '' at the start of the document. */
function previousSentence(doc: DocumentAnalysis, s: Sentence): string {
  return s.index > 0 ? doc.sentences[s.index - 1]?.text ?? '' : '';
}

/** The base of a past-tense verb or participle ("sounded" -> "sound", "came" -> "come"), or undefined. */
function verbBase(word: string): string | undefined {
  if (IRREGULAR[word]) return IRREGULAR[word];
  // Words in -ed that are no past tense; "-red" alone is not one ("discovered", "ordered" are verbs).
  if (!/^\p{L}{2,}ed$/u.test(word) || /(?:need|speed|seed|breed|feed|bleed|hundred)$/u.test(word) || /^(?:red|bed|shed|shred|sacred|kindred|hatred|naked|wicked|sled)$/u.test(word)) return undefined;
  if (/ied$/u.test(word)) return word.slice(0, -3) + 'y';
  // "landed" -> "land", "stopped" -> "stop"; other "-e" verbs keep a consistent stem ("decided" -> "decid"), which is all a key needs.
  const stem = word.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/u.test(stem) && !/(?:ll|ss)$/u.test(stem)) return stem.slice(0, -1);
  return stem;
}
