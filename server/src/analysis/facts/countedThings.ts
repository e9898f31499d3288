/**
 * What a number in news text counts, and what happened to it: a small, general lexicon of counted
 * nouns folded into classes ("paintings", "artworks", "works" are one class) and of predicates
 * ("killed", "died", "dead" are one). Two counts are about the same thing only when both the
 * class and the predicate agree: "9 paintings stolen" and "400 paintings in the collection" are
 * not two values of one quantity.
 */

/** Counted nouns (singular, lower case) folded to a class. Anything else is its own class. */
const NOUN_CLASSES: Record<string, string> = {
  people: 'people', person: 'people', persons: 'people', individual: 'people',
  painting: 'artwork', artwork: 'artwork', work: 'artwork', canvas: 'artwork', picture: 'artwork', masterpiece: 'artwork', sculpture: 'sculpture',
  jewellery: 'jewelry', jewelry: 'jewelry', jewel: 'jewelry', gem: 'jewelry',
  art: 'artwork',
  passenger: 'passenger', crew: 'crew', 'crew member': 'crew',
  // Those who work a ship or an aircraft are its crew, whatever the word.
  seafarer: 'crew', sailor: 'crew', crewman: 'crew', crewmen: 'crew', crewmember: 'crew', mariner: 'crew',
  seaman: 'crew', seamen: 'crew', deckhand: 'crew', fisherman: 'crew', fishermen: 'crew',
  suspect: 'suspect', accused: 'people', defendant: 'people', man: 'man', men: 'man', woman: 'woman', women: 'woman', child: 'child', children: 'child',
  officer: 'officer', policeman: 'officer', policemen: 'officer', policewoman: 'officer', policewomen: 'officer', gendarme: 'officer', rescuer: 'rescuer', soldier: 'soldier', troop: 'soldier', civilian: 'civilian', worker: 'worker', employee: 'worker', labourer: 'worker', laborer: 'worker',
  student: 'student', pupil: 'student', learner: 'student', schoolchild: 'student', schoolchildren: 'student', tourist: 'tourist', resident: 'resident', migrant: 'migrant', protester: 'protester', demonstrator: 'protester',
  firefighter: 'firefighter', fireman: 'firefighter', firemen: 'firefighter', miner: 'miner', hostage: 'hostage', prisoner: 'prisoner', inmate: 'prisoner', patient: 'patient',
  job: 'job', role: 'job', position: 'job', 'staff member': 'worker', staffer: 'worker',
  citizen: 'citizen', national: 'citizen', detainee: 'prisoner', captive: 'hostage',
  // A party's activists, as African English news calls them ("14 cadres were apprehended").
  cadre: 'people',
  carriage: 'carriage', coach: 'carriage', wagon: 'carriage',
  // A fire service's vehicles, by their American, British or translated names.
  'fire engine': 'engine', 'fire truck': 'engine', 'fire tender': 'engine', 'fire appliance': 'engine', 'fire vehicle': 'engine',
  // Sites an organisation runs ("a network of four hospitals including ..."): the noun ends the phrase.
  hospital: 'hospital', clinic: 'clinic', school: 'school', store: 'store', shop: 'shop', branch: 'branch', plant: 'plant', factory: 'factory',
  restaurant: 'restaurant', hotel: 'hotel', warehouse: 'warehouse', prison: 'prison',
  victim: 'victim', vehicle: 'vehicle', car: 'car', house: 'house', home: 'house', building: 'building', seat: 'seat', vote: 'vote',
  // Ammunition counted by the piece: "31 rounds of ammunition", "13 bullets", "40 cartridges".
  bullet: 'round', cartridge: 'round',
  // Finds of a dig or a haul: "42 faience ushabti figurines" and "24 ushabti statues" count one thing.
  figurine: 'figurine', statue: 'figurine', statuette: 'figurine', idol: 'figurine', coin: 'coin', coffin: 'coffin', sarcophagus: 'coffin',
  sarcophagi: 'coffin', mummy: 'mummy', mummies: 'mummy', jar: 'jar', urn: 'jar', amphora: 'jar', amphorae: 'jar', skeleton: 'skeleton',
  // People of business in a delegation: "45 business executives" / "more than 60 businessmen".
  executive: 'executive', businessman: 'executive', businessmen: 'executive', businesswoman: 'executive', businesswomen: 'executive',
  businesspeople: 'executive', entrepreneur: 'executive',
};

/** Modifiers that a class's own noun implies, so that they make no sub-group ("business executives" are executives). */
const IMPLIED_MODIFIERS: Readonly<Record<string, ReadonlySet<string>>> = {
  executive: new Set(['business', 'company', 'corporate']),
  // Brazil's and Chile's fire services are military corps: "28 military firefighters" are its firefighters.
  firefighter: new Set(['military']),
};

/** Nouns that count pieces of something named after "of" ("nine pieces of jewellery"). */
const CONTAINERS = new Set(['piece', 'item', 'object', 'artefact', 'artifact', 'work', 'bottle', 'box', 'bag', 'crate']);

/** Irregular plurals the general `singular` rule gets wrong. */
const IRREGULAR: Record<string, string> = { people: 'people', men: 'men', women: 'women', children: 'children', police: 'police', crew: 'crew', crewmen: 'crewmen', firemen: 'firemen', jewellery: 'jewellery', jewelry: 'jewelry' };

/** What happened to the counted things, folded to a class. Matched as whole words, lower case. */
export const PREDICATE_CLASSES: Record<string, string> = {
  // ("Seven persons have expired": South Asian English for died.)
  expired: 'dead',
  dead: 'dead', died: 'dead', killed: 'dead', killing: 'dead', kills: 'dead', kill: 'dead', perished: 'dead', deaths: 'dead', fatalities: 'dead',
  'lost their lives': 'dead', 'lost their life': 'dead', 'lost the life': 'dead', 'lost the lives': 'dead', 'were killed': 'dead', 'death toll of': 'dead',
  injured: 'injured', injuring: 'injured', hurt: 'injured', wounded: 'injured', wounding: 'injured', injuries: 'injured',
  missing: 'missing', unaccounted: 'missing',
  arrested: 'arrested', arresting: 'arrested', detained: 'arrested', detaining: 'arrested', apprehended: 'arrested',
  // "announced the arrest of seven persons" ("arrestation", the French word, in translated pages).
  'arrest of': 'arrested', 'arrests of': 'arrested', 'arrestation of': 'arrested',
  // "Six of the accused are being held in detention", "8 persons are ... in custody": held, as the arrested are.
  'held in detention': 'arrested', 'held in custody': 'arrested', 'being held in detention': 'arrested',
  'being held in custody': 'arrested', 'in custody': 'arrested', 'in detention': 'arrested', 'remanded in custody': 'arrested',
  'behind bars': 'arrested',
  evacuated: 'evacuated', evacuating: 'evacuated', rescued: 'rescued', rescuing: 'rescued',
  // "Only 57 survived": the survivors, counted as the rescued are (see quantityFacts.ts's GROUP_CLASSES).
  survived: 'rescued',
  stole: 'taken', stolen: 'taken', stealing: 'taken', steal: 'taken', took: 'taken', taken: 'taken', snatched: 'taken', looted: 'taken',
  grabbed: 'taken', gone: 'taken', 'made off with': 'taken', 'making off with': 'taken', 'escaped with': 'taken', 'fled with': 'taken',
  'got away with': 'taken', 'getting away with': 'taken', 'carried off': 'taken',
  recovered: 'recovered', retrieved: 'recovered',
  destroyed: 'destroyed', destroying: 'destroyed', razed: 'destroyed', flattened: 'destroyed', 'burned down': 'destroyed', 'burnt down': 'destroyed',
  collapsed: 'collapsed', 'caved in': 'collapsed',
  damaged: 'damaged', damaging: 'damaged',
  carrying: 'aboard', aboard: 'aboard', 'on board': 'aboard',
  // Prisoners and hostages: "released seven citizens", "handed over six", "were freed".
  released: 'released', releasing: 'released', freed: 'released', freeing: 'released', 'handed over': 'released',
  'handing over': 'released', 'set free': 'released', swapped: 'released', exchanged: 'released',
  derailed: 'derailed',
  // "three carriages left the rails", "came off the tracks": derailed, in other words.
  'left the rails': 'derailed', 'came off the rails': 'derailed', 'went off the rails': 'derailed', 'jumped the rails': 'derailed',
  'left the tracks': 'derailed', 'came off the tracks': 'derailed', 'left the track': 'derailed', 'came off the track': 'derailed',
  'jumped the tracks': 'derailed', 'jumped the track': 'derailed',
  hospitalised: 'hospitalised', hospitalized: 'hospitalised',
  'brought out alive': 'rescued', 'pulled out alive': 'rescued', 'out alive': 'rescued', 'brought out': 'rescued', 'pulled out': 'rescued',
  'brought to the surface': 'rescued',
  // "Six miners were brought up alive", "hauled out alive": up from a mine or a well, rescued too.
  'brought up alive': 'rescued', 'pulled up alive': 'rescued', 'hauled up alive': 'rescued', 'hauled out alive': 'rescued',
  'lifted out alive': 'rescued', 'winched up alive': 'rescued', 'up alive': 'rescued',
  // Jobs cut: "cut 3,200 jobs", "laying off 2,300 people", "will axe 400 roles".
  cut: 'cut', cuts: 'cut', cutting: 'cut', 'lay off': 'cut', 'lays off': 'cut', 'laying off': 'cut', 'laid off': 'cut', axe: 'cut', axes: 'cut',
  axed: 'cut', axing: 'cut', eliminate: 'cut', eliminates: 'cut', eliminated: 'cut', eliminating: 'cut', shed: 'cut', sheds: 'cut',
  shedding: 'cut', slash: 'cut', slashes: 'cut', slashed: 'cut', slashing: 'cut',
  // Crowds, told after the counted people ("about 62,000 people gathered along the route", "some
  // 60,000 lined the route", "90 thousand persons accompanied the cortege"); a queue that filed
  // past a coffin and a march are crowds of their own.
  gathered: 'gathered', lined: 'gathered', 'turned out': 'gathered', accompanied: 'gathered', thronged: 'gathered',
  flocked: 'gathered', massed: 'gathered', 'filed past': 'filed past', marched: 'marched', rallied: 'marched',
  // Sanctions lists: "adds 41 individuals and 17 entities to the list", "the list contains 44
  // persons", "blacklisted 12 companies". (A list that "now contains" is a count that changes.)
  adds: 'listed', added: 'listed', adding: 'listed', lists: 'listed', listed: 'listed', listing: 'listed', sanctions: 'listed',
  sanctioned: 'listed', sanctioning: 'listed', blacklists: 'listed', blacklisted: 'listed', blacklisting: 'listed', contains: 'listed',
};

/** Predicates written before the number ("killing two people", "stole 9 paintings"). */
export const PREDICATE_BEFORE =
  /\b(killing|killed|kills|injuring|injured|wounding|wounded|arrested|arresting|detained|evacuated|rescued|stole|stealing|steal|took|snatched|looted|grabbed|(?:made|making|got|getting) (?:off|away) with|escaped with|fled with|carried off|recovered|retrieved|destroyed|destroying|razed|flattened|damaged|damaging|carrying|released|releasing|freed|freeing|hand(?:ed|ing) over|swapped|exchanged|death toll of|evacuation of|arrests? of|arrestation of|cut|cuts|cutting|lay(?:s|ing)? off|laid off|ax(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?|adds|added|adding|lists|listed|listing|sanctions|sanctioned|sanctioning|blacklist(?:s|ed|ing)|contains)\s+(?:all\s+|the\s+|a\s+total\s+of\s+|some\s+|another\s+|a\s+further\s+|an\s+additional\s+)?$/iu;

/** Predicates written after the counted noun, with an optional auxiliary ("were killed", "had gone"). */
export const PREDICATE_AFTER =
  /^\s*(?:(?:were|was|are|is|had|have|has|resulted|got|became)\s+(?:been\s+)?)?(?:\p{L}+ly\s+|confirmed\s+|reported\s+)?(dead|died|expired|killed|perished|lost (?:their|the) li(?:ves|fe)|injured|hurt|wounded|missing|unaccounted|arrested|detained|apprehended|(?:(?:being\s+)?held|remanded)\s+in\s+(?:detention|custody)|in\s+(?:detention|custody)|behind\s+bars|evacuated|rescued|survived|stolen|taken|gone|recovered|retrieved|destroyed|razed|flattened|collapsed|caved in|damaged|burned down|burnt down|aboard|on board|released|freed|set free|handed over|swapped|exchanged|derailed|(?:left|came off|went off|jumped) the (?:rails|tracks?)|(?:brought|pulled|hauled|lifted|winched) (?:out|up) alive|(?:out|up) alive|(?:brought|pulled) out|brought to the surface|gathered|lined|turned out|accompanied|thronged|flocked|massed|filed past|marched|rallied)\b/iu;

/**
 * Injury told as something suffered ("three people suffered minor injuries", "two sustained
 * injuries", "were treated for minor injuries"): the people counted are the injured. Serious,
 * critical or life-threatening injuries name a part of the injured, and are left out.
 */
export const SUFFERED_INJURIES =
  /^\s*(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?(?:suffered|sustained|received|got|were\s+treated\s+for|was\s+treated\s+for)\s+(?:(?:minor|slight|light|non-life-threatening)\s+)?(?:injuries|injury)\b/iu;

/** Words of a sentence that make an injured count a part (the badly hurt among more). */
export const PART_OF_INJURED = /\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|life-threatening|grave(?:ly)?)\b/iu;

/**
 * People taken to hospital, no hospital named ("Fourteen people were taken to hospital", "17 persons
 * were brought to hospital", "were hospitalised"): a count of its own, the hospitalised, which
 * neither the injured nor one hospital's patients are.
 */
export const HOSPITALISED_AFTER =
  /^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)(?:(?:taken|brought|rushed|airlifted|flown|admitted)\s+to\s+(?:a\s+|the\s+)?(?:(?:different|several|various|nearby|local|two|three|four|five)\s+)?hospitals?|treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:(?:different|several|various|nearby|local|two|three|four|five)\s+)?hospitals?|hospitali[sz]ed)\b(?!\s+in\s+\p{Lu})/iu;

/**
 * The second of two counts joined by "and" that share the predicate after them ("Sixty-three
 * pupils and four teachers were treated in hospital"), or a count in apposition ("34 families,
 * almost 130 persons, had to leave"): its words, to be read past, so that the first count gets
 * the predicate too.
 */
export const SECOND_CONJUNCT =
  /^(?:\s+and\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of)\s+[\p{L}-]+(?:\s+members)?|,\s+(?:(?:almost|nearly|about|around|some|roughly|more\s+than|over|at\s+least)\s+)?\d[\d,.]*\s+[\p{L}-]+,)(?=\s+(?:were|was|had|have|are)\b)/iu;

/**
 * People kept in hospital ("Nine were admitted", "19 were kept in hospital overnight", "nine
 * patients stay in the hospital"): the inpatients, fewer than those taken to hospital and treated.
 * "Admitted to" a ward or to hospital is left to HOSPITALISED_AFTER and to the ward.
 */
export const KEPT_IN_HOSPITAL_AFTER =
  /^\s*(?:(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?(?:kept|remain(?:ed|s)?|stay(?:ed|s)?)\s+in\s+(?:the\s+|a\s+)?hospital|(?:were|was|had\s+been|have\s+been)\s+admitted(?!\s+to\b))\b/iu;

/**
 * People moved out of danger ("had been moved out of harm's way", "were taken to 112 accommodation
 * centres", "were relocated to shelters", "were flown ashore", "were airlifted") or out of their
 * homes ("were moved out", "had to leave their houses"): the evacuated, in other words.
 */
export const MOVED_TO_SAFETY_AFTER = new RegExp(
  String.raw`^\s*(?:` +
    String.raw`(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)(?:moved|relocated|taken|brought|transferred)\s+(?:out\s+of\s+harm[’']s\s+way|to\s+(?:safety|safer\s+(?:areas?|ground)|higher\s+ground|(?:[\d,]+\s+)?(?:[\p{L}-]+\s+)?(?:shelters?|cent(?:re|er)s?|camps?)))` +
    // "43 families were moved out", "had to leave their houses", "were forced from their homes".
    String.raw`|(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:moved|relocated)\s+out` +
    // "121 workers were flown ashore", "were airlifted", "were taken off by helicopter".
    String.raw`|(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:flown|ferried|shuttled|lifted|winched|taken)\s+(?:out|off|ashore|to\s+(?:the\s+)?(?:shore|mainland|coast|safety))|airlifted)` +
    String.raw`|(?:(?:had|have|has|were|was)\s+(?:been\s+)?(?:forced\s+|ordered\s+)?to\s+(?:leave|abandon|flee)|(?:were|was|have\s+been|had\s+been)\s+forced\s+(?:out\s+of|from)|left|fled|abandoned)\s+(?:their|his|her)\s+(?:homes?|houses?|flats?|apartments?|buildings?)` +
    String.raw`)\b`,
  'iu',
);

/**
 * A part of a whole counted before it, with what befell the part: "212 buildings were damaged, 16
 * of which collapsed", "26 of them collapsed", "16 of them so badly that they collapsed". Returns
 * the predicate class and the length of the words read.
 */
export function partitivePredicate(after: string): { predicate: string; length: number } | undefined {
  const m = /^\s+of\s+(?:which|them|these)\b((?:\s+[\p{L}’']+){0,5}?)\s+((?:were\s+|was\s+|had\s+)?(?:been\s+)?(?:collapsed|caved\s+in|destroyed|razed|flattened|killed|died|injured|hurt|missing|rescued|evacuated|arrested))\b/iu.exec(after);
  if (!m) return undefined;
  const word = m[2].replace(/^(?:were|was|had)\s+(?:been\s+)?/iu, '').toLowerCase().replace(/\s+/gu, ' ');
  const predicate = PREDICATE_CLASSES[word];
  return predicate ? { predicate, length: m[0].length } : undefined;
}

/**
 * A count taken out of a group of people named after "of", with what befell them: "Six of the
 * accused are in custody", "Six of the accused, including former dean X, 61, are being held in
 * detention". All of them who were detained (or killed, or rescued) are counted, so the count is
 * the predicate's count of people, as "8 persons are arrested" is. A group that is itself a
 * predicate ("two of the injured died"), a number ("two of the 14"), the victims (some of whom
 * died, some were hurt) or a predicate told with where or how ("were arrested in the port") make
 * a part, which is left out.
 */
export function partOfGroupPredicate(after: string): { noun: string; predicate: string; length: number } | undefined {
  const m = /^\s+of\s+(?:the|those)\s+([\p{Ll}-]+)(\s*,\s+(?:including|among\s+them)\b[^.;()]{0,80}?(?:,\s*\d{1,3})?,)?/u.exec(after);
  if (!m) return undefined;
  const noun = NOUN_CLASSES[singularNoun(m[1])];
  if (!noun || !PEOPLE_GROUPS.has(noun) || PREDICATE_CLASSES[m[1].toLowerCase()]) return undefined;
  const rest = after.slice(m[0].length);
  const post = predicateAfter(rest);
  if (!post || PART_AFTER.some((re) => re.test(rest.slice(0, 40)))) return undefined;
  // "Two of the suspects were arrested in the port", "... died at the ground": where or how makes it a part.
  if (!/^\s*(?:[,.;:!?)]|$|(?:and|while|but|whereas|pending|until)\b)/u.test(rest.slice(post.length))) return undefined;
  return { noun: 'people', predicate: post.predicate, length: m[0].length + post.length };
}

/** Classes of people a group after "of the" may name: any of them may be the whole of those detained, killed or rescued. */
const PEOPLE_GROUPS = new Set(['people', 'suspect', 'passenger', 'crew', 'worker', 'student', 'tourist', 'resident', 'migrant', 'protester', 'miner', 'hostage', 'prisoner', 'patient', 'citizen']);

/** The predicate class written after a counted noun: the PREDICATE_AFTER word folded, injured for injuries suffered, hospitalised, kept in hospital, or evacuated. */
export function predicateAfter(after: string): { predicate: string; length: number } | undefined {
  const suffered = SUFFERED_INJURIES.exec(after);
  if (suffered) return { predicate: 'injured', length: suffered[0].length };
  const moved = MOVED_TO_SAFETY_AFTER.exec(after);
  if (moved) return { predicate: 'evacuated', length: moved[0].length };
  const kept = KEPT_IN_HOSPITAL_AFTER.exec(after);
  if (kept) return { predicate: 'kept in hospital', length: kept[0].length };
  const hospital = HOSPITALISED_AFTER.exec(after);
  if (hospital) return { predicate: 'hospitalised', length: hospital[0].length };
  const post = PREDICATE_AFTER.exec(after);
  const predicate = post ? PREDICATE_CLASSES[post[1].toLowerCase().replace(/\s+/gu, ' ')] : undefined;
  if (!post || !predicate) return undefined;
  // "Nineteen people were rescued with injuries": the injured, all of them rescued.
  const hurt = predicate === 'rescued' ? RESCUED_HURT.exec(after.slice(post[0].length)) : null;
  return hurt ? { predicate: 'injured', length: post[0].length + hurt[0].length } : { predicate, length: post[0].length };
}

/** Words after "rescued" that say those rescued were hurt ("with injuries", "alive but injured"). */
const RESCUED_HURT = /^\s+(?:alive\s+)?(?:with\s+(?:\p{L}+\s+)?injur(?:y|ies)|(?:but\s+|and\s+)?(?:injured|hurt|wounded))\b/iu;

/** Adjectives before a counted noun that do not make a sub-group ("nine valuable paintings"). */
const NEUTRAL_MODIFIERS = new Set([
  'valuable', 'priceless', 'precious', 'rare', 'famous', 'important', 'major', 'historic', 'antique', 'old', 'stolen', 'small', 'large',
  'total', 'the', 'all',
  // "police officers" are officers; "mountain rescuers" in a mountain story are its rescuers.
  'police', 'mountain', 'alpine', 'cave', 'mine',
  // What finds are made of, which one article writes and another leaves out ("42 faience ushabti
  // figurines" / "24 ushabti statues from faience"). Not gold, silver or bronze: medals of those are kinds.
  'faience', 'limestone', 'pottery', 'clay', 'wooden', 'stone', 'ceramic', 'marble', 'terracotta', 'alabaster', 'granite', 'glazed', 'painted', 'carved',
]);

/** Words that end a counted noun phrase. */
const PHRASE_END = new Set([
  'was', 'were', 'is', 'are', 'had', 'have', 'has', 'be', 'been', 'being', 'will', 'would', 'could', 'may', 'might', 'can', 'did', 'do',
  'of', 'in', 'on', 'at', 'from', 'to', 'with', 'by', 'for', 'after', 'before', 'during', 'including', 'among', 'into', 'near', 'as', 'than',
  'and', 'or', 'but', 'who', 'which', 'that', 'whose', 'when', 'where', 'while', 'the', 'a', 'an', 'their', 'its', 'his', 'her',
  // Particles and prepositions of place: "taking 645 megawatts off the grid", "two cars over the barrier".
  'off', 'out', 'over', 'under', 'across', 'through', 'onto', 'up', 'down', 'away', 'back', 'per', 'each', 'apiece',
  // A pronoun opens a relative clause: "the six satellites it was carrying".
  'it', 'they', 'he', 'she', 'we', 'i', 'you', 'them',
]);

/** Words right after a number that make it part of a group other than the whole ("two others", "three more"). */
const OTHER_GROUP = new Set(['other', 'others', 'more', 'further', 'additional', 'extra', 'remaining', 'surviving', 'new', 'fewer', 'less', 'times', 'percent', 'per', 'each', 'apiece', 'a']);

/** A counted noun phrase read after a number. */
export interface CountedPhrase {
  /** Class of the counted thing ("artwork", "people"); "people" when a predicate follows the number directly ("17 injured"). */
  noun: string;
  /** Modifiers that make a sub-group ("british" in "two British tourists"), joined with spaces. */
  group: string;
  /** Predicate class when the phrase itself holds one ("17 injured", "Three Dead"). */
  predicate?: string;
  /** Offset (relative to the text given) just after the phrase. */
  end: number;
  /** True when the words say the number is a part or another group ("two of the", "three others"). */
  partial: boolean;
}

/** English singular of a counted noun (lower case). */
export function singularNoun(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/(?:ss|us|is)$/u.test(w)) return w;
  if (/ies$/u.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:sses|ches|shes|xes)$/u.test(w)) return w.slice(0, -2);
  if (/s$/u.test(w)) return w.slice(0, -1);
  return w;
}

/** The class of a counted noun (singular): the folded class, or the noun itself. */
function nounClass(noun: string): string {
  return NOUN_CLASSES[noun] ?? noun;
}

/**
 * Reads the counted noun phrase at the start of `after` (the text right after a number):
 * "paintings were taken" -> artwork; "pieces of eighteenth-century jewellery had gone" -> jewelry;
 * "injured when" -> people + injured; "of the suspects", "people were being treated", "people by
 * boat" -> partial.
 */
export function readCountedPhrase(after: string): CountedPhrase | undefined {
  const phrase = readPhrase(after);
  // "22 members of the crew", "22 persons of crew": the crew, counted by its members.
  const ofCrew = phrase && (phrase.noun === 'people' || phrase.noun === 'member') ? /^\s+of\s+(?:the\s+|its\s+|their\s+)?crew\b/iu.exec(after.slice(phrase.end)) : null;
  if (phrase && ofCrew) {
    phrase.noun = 'crew';
    phrase.end += ofCrew[0].length;
  }
  // "59 ministers and deputy ministers": one number counts the group and a kind of it, so it is no
  // count of the first alone ("30 ministers and 29 deputy ministers" gives each its own). Other
  // groups after "and" ("300 police officers and gendarmes") are read as before, with the first.
  const both = phrase && phrase.noun && !phrase.partial ? BOTH_GROUPS.exec(after.slice(phrase.end)) : null;
  const counted = phrase ? /([\p{L}-]+)\s*$/u.exec(after.slice(0, phrase.end))?.[1] : undefined;
  if (phrase && both && counted && singularNoun(both[1].toLowerCase()) === singularNoun(counted.toLowerCase())) {
    phrase.noun = `${phrase.noun}+${singularNoun(both[1].toLowerCase())}`;
    phrase.end += both[0].length;
  }
  // "more than 300 buses, lorries and vans": one number counts a list of kinds, no count of the first.
  // (Not a list of people: "80 police officers, soldiers and rangers" are the responders, counted as one force.)
  const list = phrase && phrase.noun && !phrase.partial && !both && !PEOPLE_KINDS.has(phrase.noun) ? LIST_OF_KINDS.exec(after.slice(phrase.end)) : null;
  // (The list makes a group of its own: "300 buses, lorries and vans" against "300 vehicles, lorries and vans" still meet.)
  if (phrase && list) {
    phrase.group = `${phrase.group} with others`.trim();
    phrase.end += list[0].length;
  }
  // "63 injured people were being treated", "300 people by boat": what follows makes it a part.
  // (People taken to shelters or centres are the evacuated, not those in one place of care.)
  const rest = after.slice(phrase?.end ?? 0, (phrase?.end ?? 0) + 80);
  if (phrase && !phrase.partial && !MOVED_TO_SAFETY_AFTER.test(rest) && PART_AFTER.some((re) => re.test(rest.slice(0, 40)))) phrase.partial = true;
  return phrase;
}

/** Classes of people among NOUN_CLASSES. */
const PEOPLE_KINDS = new Set([
  'people', 'passenger', 'crew', 'suspect', 'man', 'woman', 'child', 'officer', 'rescuer', 'soldier', 'civilian', 'worker', 'student',
  'tourist', 'resident', 'migrant', 'protester', 'firefighter', 'miner', 'hostage', 'prisoner', 'patient', 'citizen',
]);

/** Further kinds listed after a counted noun, none with a number of its own: ", lorries and vans". */
const LIST_OF_KINDS = /^(?:,\s+[\p{Ll}-]{3,}s)+,?\s+(?:and|or)\s+[\p{Ll}-]{3,}s\b/u;

/** A second group counted with the first: "and deputy ministers" (no number of its own, see `readCountedPhrase`). */
const BOTH_GROUPS = /^\s+(?:and|&)\s+(?:(?:their|its|other|the)\s+)?(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,}s)\b/u;

/**
 * Words after a counted phrase that make the count a part of a whole: people in one place of care
 * ("were being treated", "were taken to hospital"), people moved one way ("by boat").
 */
const PART_AFTER: readonly RegExp[] = [
  // "were treated for minor injuries" counts the injured (SUFFERED_INJURIES), not those in one place of care.
  // (Taken to hospital with no hospital named counts the hospitalised: HOSPITALISED_AFTER.)
  /^\s*(?:were|are|had been|have been|was|is)\s+(?:still\s+)?(?:being\s+)?(?:treated(?!\s+for\s+(?:(?:minor|slight|light)\s+)?injur)|admitted(?!\s+to\s+(?:a\s+|the\s+)?hospital\b(?!\s+in\s+\p{Lu}))|taken to(?!\s+(?:a\s+|the\s+)?hospital\b(?!\s+in\s+\p{Lu}))|in hospital|receiving treatment)\b/iu,
  /^\s*by\s+(?:boats?|sea|air|helicopters?|ferry|ferries|bus(?:es)?|road|rail|trains?|planes?)\b/iu,
  // People who died in one place or at one moment: "Four people died at the scene and three more overnight".
  // ("Three died during the evacuation", "three patients died during the removal": one moment of the toll.)
  /^\s*(?:died|were\s+killed|were\s+found\s+dead)\s+(?:at\s+the\s+scene|on\s+the\s+spot|instantly|on\s+impact|in\s+hospital|on\s+the\s+way\s+to\s+hospital|during\s+the\s+(?:evacuation|removal|rescue|transfer|night)|while\s+being\s+(?:evacuated|moved|transferred|rescued))\b/iu,
  // ...and after a phrase that holds its predicate: "Three died during the evacuation", "two killed on the spot".
  /^\s*(?:at\s+the\s+scene|on\s+the\s+spot|during\s+the\s+(?:evacuation|removal|rescue|transfer)|while\s+being\s+(?:evacuated|moved|transferred|rescued))\b/iu,
  // A count that others are added to in the same clause: "... and three more died" ("and 37 others
  // were injured", "and dozens more were hurt" are other groups).
  /^[^.;]{0,60}\band\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many)\s+more\b(?!\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:hurt|injured|wounded|missing|rescued|evacuated|arrested|treated|hospitali[sz]ed))/iu,
];

/** Verbs that link a bare number to what befell it ("13 resulted injured", "five got hurt"). */
const LINKING_VERBS = new Set(['resulted', 'got', 'became']);

function readPhrase(after: string): CountedPhrase | undefined {
  const words = [...after.slice(0, 90).matchAll(/[\p{L}’'-]+|[^\s\p{L}]/gu)];
  if (words.length === 0) return undefined;
  const first = words[0][0].toLowerCase();
  // "five new deputy ministers", "12 new cases": the new ones are a group of their own, counted
  // against other articles' new ones only.
  if (first === 'new') {
    const from = (words[0].index ?? 0) + words[0][0].length;
    const rest = readPhrase(after.slice(from));
    if (rest && rest.noun && !rest.partial) return { ...rest, group: rest.group ? `new ${rest.group}` : 'new', end: from + rest.end };
  }
  if (first === 'of' || OTHER_GROUP.has(first)) return { noun: '', group: '', end: 0, partial: true };
  // "17 injured", "Three Dead", "17 injured passengers"; "13 resulted injured" (a calque of Spanish "resultaron heridos").
  const linked = LINKING_VERBS.has(first) && words[1] ? PREDICATE_CLASSES[words[1][0].toLowerCase()] : undefined;
  if (linked && linked !== 'taken' && linked !== 'aboard') return { noun: 'people', group: '', predicate: linked, end: (words[1].index ?? 0) + words[1][0].length, partial: false };
  const direct = PREDICATE_CLASSES[first];
  if (direct && direct !== 'taken' && direct !== 'aboard') {
    // "three injured South Koreans": a nationality after the predicate makes a sub-group.
    if (words[1] && /^\p{Lu}/u.test(words[1][0]) && /^\s+$/u.test(after.slice((words[0].index ?? 0) + words[0][0].length, words[1].index))) return { noun: '', group: '', end: 0, partial: true };
    const next = words[1]?.[0].toLowerCase();
    const end = (words[0].index ?? 0) + words[0][0].length;
    if (next && /^\p{L}/u.test(next) && !PHRASE_END.has(next) && NOUN_CLASSES[singularNoun(next)]) {
      return { noun: nounClass(singularNoun(next)), group: '', predicate: direct, end: (words[1].index ?? 0) + words[1][0].length, partial: false };
    }
    return { noun: 'people', group: '', predicate: direct, end, partial: false };
  }
  const run: Array<{ word: string; end: number; acronym?: boolean }> = [];
  for (const w of words.slice(0, 4)) {
    const word = w[0].toLowerCase();
    if (!/^\p{L}/u.test(word) || PHRASE_END.has(word) || PREDICATE_CLASSES[word]) break;
    run.push({ word, end: (w.index ?? 0) + w[0].length, ...(/^\p{Lu}{2,}$/u.test(w[0]) ? { acronym: true } : {}) });
    if (NOUN_CLASSES[singularNoun(word)] || CONTAINERS.has(singularNoun(word))) break;
  }
  if (run.length === 0) return undefined;
  // "Seven bidders competed for", "five crews fought the blaze": a plural noun and the verb that
  // tells what its members did; the noun ends the phrase.
  const verbAt = run.findIndex((r, k) => k >= 1 && isPastVerb(r.word) && isPluralNoun(run[k - 1].word));
  if (verbAt > 0) run.length = verbAt;
  let headAt = run.findIndex((r) => NOUN_CLASSES[singularNoun(r.word)] !== undefined || CONTAINERS.has(singularNoun(r.word)));
  // An unknown noun is accepted only as a short phrase ending at a phrase boundary ("9 cars from").
  if (headAt < 0) {
    if (run.length > 2 || /(?:ed|ing|ly)$/u.test(run[run.length - 1].word)) return undefined;
    headAt = run.length - 1;
  }
  const head = singularNoun(run[headAt].word);
  const implied = IMPLIED_MODIFIERS[nounClass(head)];
  // "32 fire trucks": a noun of two words with a class of its own ("fire truck" is a fire engine).
  const compound = headAt > 0 ? NOUN_CLASSES[`${run[headAt - 1].word} ${head}`] : undefined;
  // ("eight KSA engineers": a body's acronym says whose they are, and makes no sub-group of them.)
  const group = run.slice(0, compound ? headAt - 1 : headAt).filter((r) => !r.acronym).map((r) => r.word).filter((w) => !NEUTRAL_MODIFIERS.has(w) && !implied?.has(w)).join(' ');
  let end = run[headAt].end;
  // "22 crew members": the noun is the two words.
  const member = /^\s+members?\b/iu.exec(after.slice(end, end + 12));
  if (member && head === 'crew') end += member[0].length;
  let noun = compound ?? nounClass(head);
  if (CONTAINERS.has(head)) {
    // "pieces of eighteenth-century jewellery": the class is the noun after "of", its modifiers ignored.
    const of = /^\s+of\s+/iu.exec(after.slice(end, end + 8));
    let last: { word: string; end: number } | undefined;
    if (of) {
      // The last word of up to three before a phrase boundary: "eighteenth-century jewellery had" -> jewellery.
      const rest = after.slice(end + of[0].length, end + of[0].length + 60);
      for (const w of [...rest.matchAll(/[\p{L}’'-]+|[^\s\p{L}]/gu)].slice(0, 3)) {
        const word = w[0].toLowerCase();
        if (!/^\p{L}/u.test(word) || PHRASE_END.has(word) || PREDICATE_CLASSES[word]) break;
        last = { word, end: end + of[0].length + (w.index ?? 0) + w[0].length };
      }
    }
    if (last) {
      noun = nounClass(singularNoun(last.word));
      end = last.end;
    } else if (head !== 'work') noun = 'item';
  }
  return { noun, group, end, partial: false };
}

/**
 * Irregular past forms of verbs news tells events with (regular ones end in -ed): "the storm struck",
 * "five bidders fought". clauseTerms.ts tells verbs from nouns by them.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'took', 'made', 'won', 'lost', 'hit', 'struck', 'broke', 'fell', 'rose', 'shot', 'left', 'met', 'held', 'gave', 'began', 'sank', 'went',
  'came', 'fled', 'led', 'sent', 'found', 'shut', 'set', 'cut', 'paid', 'sold', 'bought', 'caught', 'ran', 'flew', 'drew', 'threw', 'beat',
  'built', 'burnt', 'spent', 'quit', 'swept', 'tore', 'froze', 'blew', 'stole', 'seized', 'sought', 'brought', 'fought', 'kept', 'chose', 'read',
]);
/** Past tenses a counted subject also does, which clauses tell about other things too ("seven teams saw", "told"). */
const SUBJECT_PASTS = new Set(['saw', 'sat', 'stood', 'told', 'grew', 'drove', 'wrote', 'spoke', 'bid', 'swam', 'sang', 'got']);

/** True for a past tense: a regular one ("competed") or a common irregular one ("fought"). */
function isPastVerb(word: string): boolean {
  return IRREGULAR_PAST.has(word) || SUBJECT_PASTS.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** True for a word that reads as a plural noun ("bidders", "crews"; not "press" or "status"). */
function isPluralNoun(word: string): boolean {
  return word.length > 3 && singularNoun(word) !== word;
}
