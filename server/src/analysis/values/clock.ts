/**
 * Times of day as written in news text: clock times ("9:15 p.m.", "16:30", "1330 GMT"), time
 * zones ("Lisbon time", "GMT", "ET", "local time") and parts of the day ("in the evening",
 * "after midnight") as intervals of minutes after the midnight that starts the day in question
 * (values past 1440 are on the next day). Pure functions.
 */
import { canonicalCountry, countryCapitals, demonymCountry, demonymWords } from '../lexicon/places';

/** A time zone as written, with its offset from UTC when known. */
export interface Zone {
  /** As written ("Lisbon time", "GMT"). */
  name: string;
  /** Minutes east of UTC, when the zone has a known offset. */
  offset?: number;
  /** True when daylight saving makes the offset uncertain by an hour. */
  dstUncertain?: boolean;
  /** The zone's name in the time-zone database, when known: with a date it settles daylight saving (see `offsetOn`). */
  tz?: string;
  /**
   * True when the zone is the local time of a place ("local time", "Lisbon time"): a time with
   * no zone in a report about that place is most likely in the same zone.
   */
  local: boolean;
}

/** A clock time found in text. */
export interface ClockTime {
  start: number;
  end: number;
  text: string;
  /** Minutes after local midnight (0..1439; midnight itself is 1440 when written "midnight"). */
  minutes: number;
  zone?: Zone;
  /** True when preceded by a hedge ("around 9:15 a.m."). */
  approximate: boolean;
}

/** A part of the day ("in the evening", "after midnight"), as an interval of local minutes. */
export interface DayPart {
  start: number;
  end: number;
  text: string;
  /** Earliest and latest minute after the day's midnight (may exceed 1440: the next day). */
  lo: number;
  hi: number;
  /** When a weekday is part of the phrase ("Tuesday night"), its name in lower case. */
  weekday?: string;
}

interface ZoneInfo {
  offset?: number;
  dst?: boolean;
  local?: boolean;
  tz?: string;
}

/** Zones written as abbreviations or names. General knowledge of the world's time zones. */
const ZONES: Record<string, ZoneInfo> = {
  gmt: { offset: 0 }, utc: { offset: 0 }, z: { offset: 0 }, 'greenwich mean time': { offset: 0 }, 'universal time': { offset: 0 },
  bst: { offset: 60 }, 'british summer time': { offset: 60 },
  cet: { offset: 60 }, 'central european time': { offset: 60, dst: true, tz: 'Europe/Paris' }, cest: { offset: 120 },
  eet: { offset: 120 }, 'eastern european time': { offset: 120, dst: true, tz: 'Europe/Athens' }, eest: { offset: 180 },
  msk: { offset: 180 },
  et: { offset: -300, dst: true, tz: 'America/New_York' }, est: { offset: -300 }, edt: { offset: -240 }, 'eastern time': { offset: -300, dst: true, tz: 'America/New_York' },
  // "5:20 p.m. Eastern", "9 a.m. Pacific": North American papers drop "time".
  eastern: { offset: -300, dst: true, tz: 'America/New_York' }, pacific: { offset: -480, dst: true, tz: 'America/Los_Angeles' },
  ct: { offset: -360, dst: true, tz: 'America/Chicago' }, cst: { offset: -360 }, cdt: { offset: -300 }, 'central time': { offset: -360, dst: true, tz: 'America/Chicago' },
  mt: { offset: -420, dst: true, tz: 'America/Denver' }, mst: { offset: -420 }, mdt: { offset: -360 }, 'mountain time': { offset: -420, dst: true, tz: 'America/Denver' },
  pt: { offset: -480, dst: true, tz: 'America/Los_Angeles' }, pst: { offset: -480 }, pdt: { offset: -420 }, 'pacific time': { offset: -480, dst: true, tz: 'America/Los_Angeles' },
  jst: { offset: 540 }, kst: { offset: 540 }, hkt: { offset: 480 }, sgt: { offset: 480 }, aest: { offset: 600 }, aedt: { offset: 660 },
  // Indonesia's three zones: western (Java, Sumatra), central (Bali, Lombok, Sulawesi), eastern (Papua).
  wib: { offset: 420 }, wita: { offset: 480 }, wit: { offset: 540 },
  // Africa's, South and East Asia's and South America's zones that have one offset the year round.
  sast: { offset: 120 }, cat: { offset: 120 }, eat: { offset: 180 }, wat: { offset: 60 }, ist: { offset: 330 }, pkt: { offset: 300 },
  ict: { offset: 420 }, pht: { offset: 480 }, pet: { offset: -300 }, cot: { offset: -300 }, art: { offset: -180 }, brt: { offset: -180 },
  awst: { offset: 480 }, acst: { offset: 570 }, nzst: { offset: 720 }, nzdt: { offset: 780 }, wet: { offset: 0 }, west: { offset: 60 },
  // Zones written out in words, as papers of the region write them ("6 a.m. West Africa Time (WAT)").
  'west africa time': { offset: 60 }, 'central africa time': { offset: 120 }, 'east africa time': { offset: 180 },
  'south africa standard time': { offset: 120 }, 'india standard time': { offset: 330 }, 'pakistan standard time': { offset: 300 },
  'china standard time': { offset: 480 }, 'japan standard time': { offset: 540 }, 'korea standard time': { offset: 540 },
  'indochina time': { offset: 420 }, 'gulf standard time': { offset: 240 }, 'arabia standard time': { offset: 180 },
  'central european summer time': { offset: 120 }, 'eastern european summer time': { offset: 180 },
  'western european time': { offset: 0, dst: true, tz: 'Europe/Lisbon' }, 'western european summer time': { offset: 60 }, 'coordinated universal time': { offset: 0 },
  'australian eastern standard time': { offset: 600 }, 'australian eastern daylight time': { offset: 660 },
  'new zealand standard time': { offset: 720 }, 'new zealand daylight time': { offset: 780 },
  'local time': { local: true },
};

/**
 * Cities whose name is used for their time zone ("Lisbon time"). Offsets in standard time. The
 * time-zone database adds the rest (addDatabaseCities); these are the capitals and spellings it
 * does not use as zone names ("Kyiv" beside "Kiev", "Washington", "Delhi").
 */
const CITY_ZONES: Record<string, ZoneInfo> = {
  moscow: { offset: 180 }, kyiv: { offset: 120, dst: true }, kiev: { offset: 120, dst: true }, minsk: { offset: 180 },
  istanbul: { offset: 180 }, ankara: { offset: 180 }, london: { offset: 0, dst: true }, paris: { offset: 60, dst: true },
  berlin: { offset: 60, dst: true }, brussels: { offset: 60, dst: true }, rome: { offset: 60, dst: true }, madrid: { offset: 60, dst: true },
  warsaw: { offset: 60, dst: true }, athens: { offset: 120, dst: true }, cairo: { offset: 120, dst: true }, jerusalem: { offset: 120, dst: true },
  tehran: { offset: 210 }, dubai: { offset: 240 }, riyadh: { offset: 180 }, delhi: { offset: 330 }, 'new delhi': { offset: 330 }, india: { offset: 330 },
  beijing: { offset: 480 }, 'hong kong': { offset: 480 }, singapore: { offset: 480 }, tokyo: { offset: 540 }, seoul: { offset: 540 },
  sydney: { offset: 600, dst: true }, 'new york': { offset: -300, dst: true }, washington: { offset: -300, dst: true },
  chicago: { offset: -360, dst: true }, 'los angeles': { offset: -480, dst: true }, 'mexico city': { offset: -360 },
  'sao paulo': { offset: -180 }, 'são paulo': { offset: -180 }, 'buenos aires': { offset: -180 }, nairobi: { offset: 180 },
  lagos: { offset: 60 }, johannesburg: { offset: 120 }, lisbon: { offset: 0, dst: true }, dublin: { offset: 0, dst: true },
  amsterdam: { offset: 60, dst: true }, vienna: { offset: 60, dst: true }, prague: { offset: 60, dst: true },
  stockholm: { offset: 60, dst: true }, oslo: { offset: 60, dst: true }, helsinki: { offset: 120, dst: true },
  bucharest: { offset: 120, dst: true }, baghdad: { offset: 180 }, karachi: { offset: 300 }, bangkok: { offset: 420 },
  jakarta: { offset: 420 }, manila: { offset: 480 }, taipei: { offset: 480 }, 'tel aviv': { offset: 120, dst: true },
  beirut: { offset: 120, dst: true }, damascus: { offset: 180 }, kabul: { offset: 270 }, dhaka: { offset: 360 },
};

/**
 * Cities whose zone the time-zone database files under another city or an older spelling:
 * "Astana time" is the time of Asia/Almaty.
 */
const CITY_ALIASES: Record<string, string> = {
  astana: 'Asia/Almaty', 'nur-sultan': 'Asia/Almaty', 'abu dhabi': 'Asia/Dubai', hanoi: 'Asia/Saigon', 'ho chi minh city': 'Asia/Saigon',
  // The runtime's database may list these under their older names (Asia/Katmandu, Asia/Calcutta, Asia/Rangoon).
  kathmandu: 'Asia/Katmandu', kolkata: 'Asia/Calcutta', mumbai: 'Asia/Calcutta', yangon: 'Asia/Rangoon',
  // Capitals of one-zone countries that the database files under another city: each country's
  // clock is read from its capital (addCountryZones), so "New Zealand" needs Wellington's.
  wellington: 'Pacific/Auckland', bern: 'Europe/Zurich', abuja: 'Africa/Lagos', islamabad: 'Asia/Karachi', rabat: 'Africa/Casablanca',
  naypyidaw: 'Asia/Rangoon', dodoma: 'Africa/Dar_es_Salaam', yamoussoukro: 'Africa/Abidjan', sucre: 'America/La_Paz',
  yaoundé: 'Africa/Douala', "n'djamena": 'Africa/Ndjamena', bogotá: 'America/Bogota', asunción: 'America/Asuncion',
  tirana: 'Europe/Tirane', chișinău: 'Europe/Chisinau', chisinau: 'Europe/Chisinau', pristina: 'Europe/Belgrade',
  lilongwe: 'Africa/Blantyre', gitega: 'Africa/Bujumbura', asmara: 'Africa/Asmera', lomé: 'Africa/Lome', "sana'a": 'Asia/Aden',
  ramallah: 'Asia/Hebron', 'vatican city': 'Europe/Rome', lobamba: 'Africa/Mbabane',
  // Capitals and large cities the database files under another city of their zone.
  brasília: 'America/Sao_Paulo', brasilia: 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo', canberra: 'Australia/Sydney',
  ottawa: 'America/Toronto', pretoria: 'Africa/Johannesburg', 'cape town': 'Africa/Johannesburg', durban: 'Africa/Johannesburg',
  'st petersburg': 'Europe/Moscow', 'saint petersburg': 'Europe/Moscow', osaka: 'Asia/Tokyo', milan: 'Europe/Rome', naples: 'Europe/Rome',
  munich: 'Europe/Berlin', frankfurt: 'Europe/Berlin', hamburg: 'Europe/Berlin', barcelona: 'Europe/Madrid', marseille: 'Europe/Paris',
  lyon: 'Europe/Paris', geneva: 'Europe/Zurich', manchester: 'Europe/London', edinburgh: 'Europe/London', kraków: 'Europe/Warsaw',
  krakow: 'Europe/Warsaw', porto: 'Europe/Lisbon', antwerp: 'Europe/Brussels', rotterdam: 'Europe/Amsterdam', gothenburg: 'Europe/Stockholm',
};
/** Database city names that are also words news text puts before "time" ("around Easter time"). */
const NOT_CITIES = new Set(['easter', 'central', 'eastern', 'pacific', 'mountain', 'indiana', 'north dakota', 'guernsey', 'jersey', 'christmas', 'center']);

/**
 * Every other city of the time-zone database that ships with the runtime (Intl, no network):
 * "Dushanbe time", "Bishkek time". Offsets are read for January and July of a fixed year; when
 * they differ, the standard (lower) one is kept and daylight saving marks it uncertain.
 */
function addDatabaseCities(into: Record<string, ZoneInfo>): void {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    return; // a runtime without time-zone data: the hand list above still holds
  }
  const byName = new Map<string, string>();
  for (const tz of zones) {
    const m = /^(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/(?:[^/]+\/)?([^/]+)$/u.exec(tz);
    if (m) byName.set(m[1].replace(/_/gu, ' ').toLowerCase(), tz);
  }
  for (const [alias, tz] of Object.entries(CITY_ALIASES)) byName.set(alias, tz);
  for (const [city, tz] of byName) {
    if (NOT_CITIES.has(city)) continue;
    // A city of the hand list keeps its offsets and learns its database name.
    if (into[city]) {
      into[city].tz ??= tz;
      continue;
    }
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    } catch {
      continue;
    }
    const winter = offsetMinutes(format, Date.UTC(2025, 0, 15));
    const summer = offsetMinutes(format, Date.UTC(2025, 6, 15));
    if (winter === undefined || summer === undefined) continue;
    into[city] = winter === summer ? { offset: winter, tz } : { offset: Math.min(winter, summer), dst: true, tz };
  }
}

/**
 * Countries whose land spans several time zones: "in Russia" or "US time" names no one clock.
 * General knowledge; a country not listed here is read as keeping its capital's time.
 */
const MULTI_ZONE_COUNTRIES = new Set([
  'united states', 'canada', 'russia', 'brazil', 'australia', 'mexico', 'indonesia', 'dr congo', 'mongolia', 'kiribati',
  'micronesia', 'kazakhstan', 'chile', 'ecuador', 'greenland', 'french polynesia', 'united states minor outlying islands',
]);

/** Every spelling of a one-zone country's name to its capital's zone ("Spain", "Kingdom of Spain"); read with the database. */
const COUNTRY_ZONES: Record<string, ZoneInfo> = {};

/** Nations of a country that keep its capital's clock but are named as countries in news ("WORCESTER, England"). */
const NATIONS_OF_COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['England', 'London'],
  ['Scotland', 'London'],
  ['Wales', 'London'],
  ['Northern Ireland', 'London'],
];

function addCountryZones(cities: Record<string, ZoneInfo>): void {
  for (const [country, capital] of [...countryCapitals(), ...NATIONS_OF_COUNTRIES]) {
    const key = country.toLowerCase();
    const common = (canonicalCountry(country) ?? country).toLowerCase();
    if (MULTI_ZONE_COUNTRIES.has(common) || MULTI_ZONE_COUNTRIES.has(key)) continue;
    const zone = cities[capital.toLowerCase()];
    if (zone?.offset !== undefined) COUNTRY_ZONES[key] = zone;
  }
}

/** Minutes east of UTC at time `at` (ms) of the zone `format` formats in; undefined if it cannot say. */
function offsetMinutes(format: Intl.DateTimeFormat, at: number): number | undefined {
  const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/u.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

/** Zones named by a bare region word ("Eastern"), which also opens other names ("Eastern European Time", "Pacific Ocean"). */
const REGION_ZONES = new Set(['eastern', 'pacific']);
const ZONE_WORDS = Object.keys(ZONES)
  .filter((z) => z !== 'z')
  .sort((a, b) => b.length - a.length)
  .map((z) => (z.length <= 4 ? z.toUpperCase() : REGION_ZONES.has(z) ? String.raw`${z}(?!\s+\p{Lu})` : z))
  .join('|');
/** Zone written after a time: "GMT", "(GMT)", "Lisbon time", "local time"; built on first use (reading the database takes ~40 ms). */
let zoneAfter: RegExp | undefined;

function zoneAfterPattern(): RegExp {
  if (zoneAfter) return zoneAfter;
  withDatabaseCities();
  const cityWords = Object.keys(CITY_ZONES)
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
  // "British time", "Spanish time": a nationality word names its country's clock.
  const demonyms = demonymWords()
    .filter((d) => zoneOfDemonym(d) !== undefined)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const countryWords = Object.keys(COUNTRY_ZONES)
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
  // "Lisbon time"; a country's time, "Spain time" or "in mainland Spain" (right after the time).
  zoneAfter = new RegExp(
    String.raw`^\s*\(?\s*(?:(` + ZONE_WORDS + String.raw`)\b|((?:` + cityWords + String.raw`)\s+time|(?:in\s+(?:mainland\s+)?)?(?:` + countryWords + String.raw`)(?:\s+time)?|(?:` + demonyms + String.raw`)\s+time)\b)\s*\)?`,
    'iu',
  );
  return zoneAfter;
}

let databaseRead = false;

function withDatabaseCities(): void {
  if (databaseRead) return;
  databaseRead = true;
  addDatabaseCities(CITY_ZONES);
  addCountryZones(CITY_ZONES);
}

/** Where a clock time as written ends, a closing bracket or space it took in left out ("0548 GMT" of "(0548 GMT)"). */
export function writtenEnd(t: ClockTime): number {
  return t.start + t.text.replace(/[\s)\]]+$/u, '').length;
}

/** Looks up a zone by its written name ("Lisbon time", "EDT"); undefined when unknown. */
export function lookupZone(written: string): Zone | undefined {
  const name = written.replace(/\s+/gu, ' ').trim();
  const key = name.toLowerCase();
  const direct = ZONES[key];
  if (direct) {
    // Abbreviations must be written in capitals: "et" or "est" in lower case are words; so must a
    // region that names a zone ("Eastern", not "eastern Ukraine").
    if (key.length <= 4 && name !== name.toUpperCase()) return undefined;
    if (REGION_ZONES.has(key) && !/^\p{Lu}/u.test(name)) return undefined;
    return { name, offset: direct.offset, dstUncertain: direct.dst, local: direct.local ?? false, tz: direct.tz };
  }
  const city = /^(.+?)\s+time$/u.exec(key);
  if (city) withDatabaseCities();
  if (city && CITY_ZONES[city[1]]) {
    const info = CITY_ZONES[city[1]];
    return { name, offset: info.offset, dstUncertain: info.dst, local: true, tz: info.tz };
  }
  withDatabaseCities();
  const place = key.replace(/^in\s+(?:mainland\s+)?/u, '').replace(/\s+time$/u, '');
  const country = COUNTRY_ZONES[place] ?? (city ? zoneOfDemonym(place) : undefined);
  if (country) return { name, offset: country.offset, dstUncertain: country.dst, local: true, tz: country.tz };
  return undefined;
}

/** The zone of the country a nationality word names ("british" -> London's), when it has one zone. */
function zoneOfDemonym(word: string): ZoneInfo | undefined {
  withDatabaseCities();
  const country = demonymCountry(word);
  return country ? COUNTRY_ZONES[country.toLowerCase()] : undefined;
}

/**
 * The zone's offset from UTC on `isoDay` ("2025-11-23"), with the doubt left in minutes: a zone
 * whose database name is known has one offset on a given day, so "09:14 in Spain" in November is
 * UTC+1 and not UTC+2. Undefined when the zone has no known offset.
 */
export function offsetOn(zone: Zone, isoDay?: string): { offset: number; doubt: number } | undefined {
  if (zone.offset === undefined) return undefined;
  const day = isoDay && /^(\d{4})-(\d\d)-(\d\d)/u.exec(isoDay);
  if (zone.tz && zone.dstUncertain && day) {
    try {
      const format = new Intl.DateTimeFormat('en-US', { timeZone: zone.tz, timeZoneName: 'longOffset' });
      const offset = offsetMinutes(format, Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12));
      if (offset !== undefined) return { offset, doubt: 0 };
    } catch {
      // an unknown database name: fall back to the doubt below
    }
  }
  return { offset: zone.offset, doubt: zone.dstUncertain ? 60 : 0 };
}

const HEDGE_BEFORE = /(?:about|around|roughly|approximately|at about|at around|shortly (?:before|after)|just (?:before|after))\s+$/iu;
/**
 * Clock times: "9:15 p.m.", "19:30", "1330 GMT" or "13.30 CET" (digits without a colon need a zone
 * written in capitals after them), "noon", and "13 o'clock" (the 24-hour clock only: "7 o'clock"
 * may be morning or evening). Groups: 1-3 twelve-hour, 4-5 colon, 6-7 zoned, 8 noon words, 9 o'clock.
 */
const CLOCK =
  /\b(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)|([01]?\d|2[0-3]):([0-5]\d)(?!\d)|(2[0-3]|[01]?\d)(?:[.]|(?<=\b\d\d))([0-5]\d)(?=\s*(?:GMT|UTC|CES?T|EES?T|WES?T|BST|MSK|hrs|hours\s+(?:GMT|UTC))\b)|(noon|midday|midnight)|(1[3-9]|2[0-3])\s+o[’']clock\b)/giu;

/** Words after a time that put it in the afternoon or the evening ("3:45 in the afternoon", "8.30 at night"). */
const LATER_HALF_AFTER = /^\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night|tonight|this\s+(?:afternoon|evening))\b/iu;

/** True for a zone written as plain "local time" (or "local hour"), not a named place's time ("Lisbon time"). */
export function isPlainLocalTime(zoneName: string): boolean {
  return /^local\b/iu.test(zoneName);
}

/**
 * The hour (from midnight, with minutes as a fraction) of the first clock time `text` gives in
 * local time (no zone, or "local time"); undefined when it gives none, or any in another zone,
 * including one the zone table does not know ("7:15 a.m. Eastern", "9 a.m. Kyiv").
 */
export function localClockHour(text: string): number | undefined {
  const times = findClockTimes(text);
  if (times.length === 0 || times.some((t) => t.zone && !isPlainLocalTime(t.zone.name))) return undefined;
  if (times.some((t) => /^\s*\p{Lu}/u.test(text.slice(t.end, t.end + 3)))) return undefined;
  return (times[0].minutes / 60) % 24;
}

/** Every clock time in `text`, with the zone written after it when there is one. */
export function findClockTimes(text: string): ClockTime[] {
  const out: ClockTime[] = localLanguageTimes(text);
  const local = out.slice();
  for (const m of text.matchAll(CLOCK)) {
    const start = m.index ?? 0;
    if (local.some((t) => t.start <= start && start < t.end)) continue;
    let minutes: number;
    if (m[3]) {
      let h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      if (h < 1 || h > 12 || min > 59) continue;
      const pm = /^p/iu.test(m[3]);
      if (h === 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
      minutes = h * 60 + min;
    } else if (m[4]) {
      // "19:30"; reject scores and ratios written with a colon by requiring a plausible context.
      if (/\d[:.]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      // "2:04:41" is a race time (hours, minutes, seconds), not a time of day.
      if (/^:\d\d/u.test(text.slice(start + m[0].length))) continue;
      minutes = Number(m[4]) * 60 + Number(m[5]);
      // "at 3:45 in the afternoon": a twelve-hour time with its half of the day in words.
      if (Number(m[4]) < 12 && LATER_HALF_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 24))) minutes += 720;
    } else if (m[6]) {
      minutes = Number(m[6]) * 60 + Number(m[7]);
    } else if (m[9]) {
      minutes = Number(m[9]) * 60;
    } else {
      const word = m[8].toLowerCase();
      // "midnight" and "noon" alone are times only when they are the object of a time word.
      if (!/(?:at|by|until|till|after|past|before|around|about|near|from|to|since)\s+$/iu.test(text.slice(Math.max(0, start - 14), start))) continue;
      minutes = word === 'midnight' ? 1440 : 720;
    }
    let end = start + m[0].length;
    // "at 9:30 in the morning by our time": the reader's own clock, of no place the text names.
    if (READERS_CLOCK_AFTER.test(text.slice(end, end + 50))) continue;
    const zoned = zoneAfterTime(text, end);
    end = zoned.end;
    const approximate = HEDGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    out.push({ start, end, text: text.slice(start, end), minutes, zone: zoned.zone, approximate });
  }
  // "at 03.47 Norwegian time": a time with a full stop, told by the zone after it.
  for (const m of text.matchAll(DOTTED_BEFORE_TIME)) {
    const start = m.index ?? 0;
    const zoned = zoneAfterTime(text, start + m[0].length);
    if (!zoned.zone || out.some((t) => t.start < zoned.end && start < t.end)) continue;
    const approximate = HEDGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    out.push({ start, end: zoned.end, text: text.slice(start, zoned.end), minutes: Number(m[1]) * 60 + Number(m[2]), zone: zoned.zone, approximate });
  }
  // "at 5h40", "from 23h40", "às 10h": the 24-hour clock as Portuguese, French and Spanish pages
  // write it, after a word of time (a bare "2h05" may be a race time or a duration).
  for (const m of text.matchAll(HOUR_H)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const zoned = zoneAfterTime(text, end);
    const approximate = HEDGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    out.push({ start, end: zoned.end, text: text.slice(start, zoned.end), minutes: Number(m[2]) * 60 + Number(m[3] ?? 0), zone: zoned.zone, approximate });
  }
  // "at 8.30 on Tuesday morning", "9.15 in the evening": a time with a full stop, told by its part of the day.
  for (const m of text.matchAll(DOTTED_WITH_PART)) {
    const start = m.index ?? 0;
    const end = start + m[1].length + 1 + m[2].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    let h = Number(m[1]);
    if (h < 1 || h > 12) continue;
    if (/^(?:afternoon|evening|night)$/iu.test(m[3]) && h < 12) h += 12;
    else if (/^morning$/iu.test(m[3]) && h === 12) h = 0;
    const approximate = HEDGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    out.push({ start, end, text: text.slice(start, end), minutes: h * 60 + Number(m[2]), approximate });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Times written with a part of the day in the local language, as English pages of local outlets
 * keep them: Swahili "saa 10:30 alfajiri" (Swahili hours count from 6 a.m.: saa 10 at dawn is
 * 4 a.m.), Malay and Indonesian "3.00 petang" (afternoon), "8.30 pagi" (morning).
 */
const SWAHILI_TIME = /\bsaa\s+(\d{1,2})(?:[:.]([0-5]\d))?\s+(asubuhi|alfajiri|mchana|jioni|usiku)\b/giu;
const MALAY_TIME = /\b(\d{1,2})[:.]([0-5]\d)\s+(pagi|petang|sore|siang|malam)\b/giu;

function localLanguageTimes(text: string): ClockTime[] {
  const out: ClockTime[] = [];
  const add = (m: RegExpMatchArray, hour: number) => {
    const start = m.index ?? 0;
    const approximate = HEDGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    out.push({ start, end: start + m[0].length, text: m[0], minutes: hour * 60 + Number(m[2] ?? 0), approximate });
  };
  for (const m of text.matchAll(SWAHILI_TIME)) {
    const h = Number(m[1]);
    if (h < 1 || h > 12) continue;
    const western = (h + 6) % 12;
    const part = m[3].toLowerCase();
    // Daytime ("mchana") runs from late morning into the afternoon; night ("usiku") from evening past midnight.
    const pm = part === 'jioni' || (part === 'mchana' && western < 6) || (part === 'usiku' && western >= 6);
    add(m, western + (pm ? 12 : 0));
  }
  for (const m of text.matchAll(MALAY_TIME)) {
    const h = Number(m[1]);
    if (h > 12) continue;
    const part = m[3].toLowerCase();
    const pm = (part === 'petang' || part === 'sore' || (part === 'siang' && h < 11) || (part === 'malam' && h >= 6)) && h < 12;
    // "12.30 malam" is half past midnight.
    add(m, part === 'malam' && h === 12 ? 0 : pm ? h + 12 : h);
  }
  return out;
}

/**
 * A time told in the reader's clock ("9:30 in the morning by our time", "at 14:00 our time"): the
 * zone of wherever the paper is read, which the text does not name, so the time is left out.
 */
const READERS_CLOCK_AFTER = /^\s+(?:(?:in\s+the\s+)?(?:morning|afternoon|evening|night)\s+)?(?:(?:by|in|on|at|according\s+to)\s+)?our\s+(?:time|clocks?)\b/iu;

/** "8.30 on Tuesday morning", "9.15 in the evening": hours and minutes with a full stop, then a part of the day. */
/** A time with a full stop before a zone's name and "time" ("03.47 Norwegian time", "14.00 local time"). */
const DOTTED_BEFORE_TIME = /\b(2[0-3]|[01]?\d)\.([0-5]\d)(?=\s+(?:[\p{L}-]+\s+){1,2}time\b)/giu;

/** A weekday between a time and its zone: "at 11:47 a.m. Tuesday, Manila time". */
const WEEKDAY_BEFORE_ZONE = /^\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?(?=\s)/iu;

/** The zone written after a time ending at `end` (perhaps after a weekday), and where the time with it ends. */
function zoneAfterTime(text: string, end: number): { zone?: Zone; end: number } {
  const weekday = WEEKDAY_BEFORE_ZONE.exec(text.slice(end, end + 14));
  for (const skip of weekday ? [0, weekday[0].length] : [0]) {
    const after = zoneAfterPattern().exec(text.slice(end + skip, end + skip + 40));
    const zone = after ? lookupZone(after[1] ?? after[2]) : undefined;
    if (after && zone) return { zone, end: end + skip + after[0].replace(/\s+$/u, '').length };
  }
  return { end };
}

/** "at 5h40", "until 23h40", "at about 10h": hours, "h" and minutes, after a word of time. */
const HOUR_H = /\b(?:at|from|until|till|since|around|about|by|before|after|to|às|as|à|a\s+las)\s+(?:(?:about|around)\s+)?(([01]?\d|2[0-3])h([0-5]\d)?)(?![\p{L}\p{N}])/giu;

const DOTTED_WITH_PART = /\b(\d{1,2})\.([0-5]\d)(?=\s+(?:on\s+\p{L}+day\s+|(?:on\s+)?(?:that|this)\s+)?(?:in\s+the\s+)?(morning|afternoon|evening|night)\b)/giu;

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** Parts of the day with their intervals in local minutes. Order matters: longer phrases first. */
const DAY_PART_HINT = /midnight|hours|night|evening|afternoon|morning|dawn|daybreak|sunrise/iu;
const DAY_PARTS: Array<[RegExp, number, number]> = [
  [/\b(?:well |long |shortly |just |sometime |some time )?(?:past|after) midnight\b/iu, 1440, 1440 + 240],
  [/\b(?:into|in) the (?:early|small|wee) hours(?: of the (?:next |following )?morning)?\b/iu, 1440, 1440 + 360],
  [/\b(?:around|about|near|at|towards?) midnight\b/iu, 1380, 1500],
  [/\b(?:late|deep) (?:(?:on |in |into )?(?:the )?)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?night\b/iu, 1260, 1440 + 180],
  [/\b(?:late in the|in the late) evening\b|\blate (?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?evening\b/iu, 1200, 1440],
  [/\b(?:early in the|in the early) evening\b|\bearly (?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?evening\b/iu, 1020, 1200],
  [/\b(?:in the|that|this|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) evening\b/iu, 1020, 1380],
  [/\b(?:in the|that|this|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) afternoon\b/iu, 720, 1080],
  [/\b(?:late in the|in the late) afternoon\b/iu, 900, 1110],
  [/\b(?:early in the|in the early) morning\b/iu, 0, 480],
  [/\b(?:in the|that|this|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) morning\b/iu, 300, 720],
  [/\bovernight\b/iu, 1260, 1440 + 420],
  [/\b(?:at|by) (?:dawn|daybreak|sunrise)\b/iu, 240, 480],
];

const DAY_PARTS_GLOBAL: Array<[RegExp, number, number]> = DAY_PARTS.map(([re, lo, hi]) => [new RegExp(re.source, 'giu'), lo, hi]);
const WEEKDAY_RE = new RegExp(WEEKDAYS, 'iu');

/** Every part-of-day phrase in `text` ("in the evening", "after midnight", "late Tuesday night"). */
export function findDayParts(text: string): DayPart[] {
  const out: DayPart[] = [];
  if (!DAY_PART_HINT.test(text)) return out;
  for (const [global, lo, hi] of DAY_PARTS_GLOBAL) {
    for (const m of text.matchAll(global)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((d) => d.start < end && start < d.end)) continue;
      const weekday = WEEKDAY_RE.exec(m[0])?.[0].toLowerCase();
      out.push({ start, end, text: m[0], lo, hi, weekday });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Formats minutes after midnight as "21:30" (next-day times as "00:30 next day"). */
export function formatMinutes(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${hh}:${mm}${day >= 1 ? ' next day' : day < 0 ? ' previous day' : ''}`;
}

/** A part of a named day ("early Saturday", "on Sunday afternoon", "in the early hours of 14 June"). */
export interface DayTime {
  start: number;
  end: number;
  text: string;
  /** Earliest and latest minute after the named day's midnight (past 1440: the small hours after it). */
  lo: number;
  hi: number;
  /** Where the day itself is written, inside the phrase ("Saturday", "14 June"). */
  dayStart: number;
  dayEnd: number;
}

const MONTH_WORDS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A day as written: a weekday, a date ("14 June", "June 14"), or both ("Saturday, June 14"). */
const NAMED_DAY = String.raw`(?:(?:${WEEKDAYS})(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_WORDS})\b\.?|(?:${MONTH_WORDS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b))?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_WORDS})\b\.?|(?:${MONTH_WORDS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)`;
/** Parts of a day by name, in minutes after its midnight; a night runs into the small hours of the next day. */
const PART_OF_DAY: Record<string, [number, number]> = { morning: [300, 720], afternoon: [720, 1080], evening: [1020, 1380], night: [1080, 1440 + 300] };
/** Phrases that place a time inside a named day; the day is the named group. Longer phrases first. */
const DAY_TIMES: Array<[RegExp, number, number]> = [
  [new RegExp(String.raw`\b(?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+of\s+(?<day>${NAMED_DAY})`, 'giud'), 0, 420],
  [new RegExp(String.raw`\bearly\s+(?:on\s+)?(?<day>${NAMED_DAY})(?:\s+morning\b)?`, 'giud'), 0, 600],
  [new RegExp(String.raw`\blate\s+(?:on\s+)?(?<day>${NAMED_DAY})(?:\s+(?:night|evening)\b)?`, 'giud'), 1080, 1440 + 240],
];
const PART_OF_NAMED_DAY = [
  new RegExp(String.raw`\b(?:on\s+)?(?<day>${NAMED_DAY})\s+(?<part>morning|afternoon|evening|night)\b`, 'giud'),
  new RegExp(String.raw`\b(?:on\s+)?the\s+(?<part>morning|afternoon|evening|night)\s+of\s+(?<day>${NAMED_DAY})`, 'giud'),
];
const NAMED_DAY_HINT = new RegExp(String.raw`\b(?:${WEEKDAYS}|${MONTH_WORDS})\b`, 'iu');

/**
 * Every phrase placing a time in a named day ("early Saturday", "late on Friday", "on Sunday
 * afternoon", "in the early hours of 14 June"), as a window of minutes after that day's midnight.
 * Unlike `findDayParts`, whose windows count from the midnight that starts an event's day, these
 * count from the day the phrase names: "the early hours of Sunday" are 0:00 to 7:00 on Sunday.
 */
export function findDayTimes(text: string): DayTime[] {
  const out: DayTime[] = [];
  if (!NAMED_DAY_HINT.test(text)) return out;
  const add = (m: RegExpMatchArray, lo: number, hi: number) => {
    const start = m.index ?? 0;
    const end = start + m[0].replace(/[\s,.]+$/u, '').length;
    if (out.some((d) => d.start < end && start < d.end)) return;
    const [dayStart, dayEnd] = m.indices!.groups!.day;
    out.push({ start, end, text: text.slice(start, end), lo, hi, dayStart, dayEnd });
  };
  for (const [re, lo, hi] of DAY_TIMES) for (const m of text.matchAll(re)) add(m, lo, hi);
  for (const re of PART_OF_NAMED_DAY) {
    for (const m of text.matchAll(re)) {
      const [lo, hi] = PART_OF_DAY[m.groups!.part.toLowerCase()];
      add(m, lo, hi);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
