/**
 * Place lexicon: countries, capitals, cities and demonyms generated at build time from data
 * packages (see server/scripts/generate-places.mjs), plus a few general lists the packages do not
 * hold (continents, world regions, first-level divisions of large federations) and the nouns that
 * mark a place ("region", "airport").
 */
import generated from './generated/places.json';
import { CITY_EXONYMS, REGION_EXONYMS } from './cityExonyms';
import { foldName } from './fold';

interface GeneratedPlaces {
  countries?: string[];
  countryOf?: Record<string, string>;
  capitals?: string[];
  capitalOf?: Record<string, string>;
  cities?: string[];
  countryCities?: Record<string, string[]>;
  demonyms?: string[];
  demonymOf?: Record<string, string>;
  divisions?: string[];
}

const words = (s: string): string[] => s.split(/\n|,/u).map((w) => w.trim()).filter(Boolean);

/** Continents and world regions (LOC). */
const REGIONS = words(`
Europe, Asia, Africa, Antarctica, Oceania, Australasia, Eurasia, Scandinavia, Siberia, Patagonia,
North America, South America, Central America, Latin America, Middle East, Near East, Far East,
Far North, Far South, Far West, Deep South, New England, Midwest, Pacific Northwest, Scottish Highlands, Lake District,
Caribbean, Mediterranean, Balkans, Baltics, Caucasus, Sahel, Sahara, Arctic, Amazon, Himalayas, Alps,
Andes, Pacific, Atlantic, Indian Ocean, Black Sea, Red Sea, Baltic Sea, North Sea, South China Sea,
Persian Gulf, Gulf of Mexico, Horn of Africa, West Bank, Gaza Strip, Kashmir, Tibet, Xinjiang, Kurdistan,
Balkan Peninsula, Iberian Peninsula, Korean Peninsula, Arabian Peninsula, Southeast Asia, Central Asia,
East Asia, South Asia, Western Europe, Eastern Europe, Central Europe, Northern Europe, Southern Europe,
Sub-Saharan Africa, North Africa, West Africa, East Africa, Southern Africa,
South Caucasus, North Caucasus, Levant, Maghreb, Anatolia, Balkan, Bosphorus, Dardanelles, Strait of Hormuz,
Suez Canal, Panama Canal, English Channel, Aegean, Aegean Sea, Adriatic, Adriatic Sea, Caspian Sea, Arabian Sea,
Gulf of Aden, Gulf of Guinea, Bay of Bengal, Rhine, Danube, Nile, Mekong, Ganges, Yangtze, Volga, Dnipro, Euphrates,
Tigris, Rockies, Rocky Mountains, Urals, Pyrenees, Apennines, Carpathians, Dolomites, Atlas Mountains, Peloponnese,
Azores, Madeira, Canary Islands, Canaries, Balearic Islands, Balearics, Faroe Islands, Galapagos, Galápagos, Hebrides,
Shetland, Orkney, Cyclades, Dodecanese, Crimea, Donbas, Donbass, Sinai, Golan Heights,
Atlantic Ocean, Pacific Ocean, Arctic Ocean, Southern Ocean, Antarctic Peninsula, Great Barrier Reef,
Weddell Sea, Ross Sea, Coral Sea, Tasman Sea, Java Sea, Barents Sea, Norwegian Sea, Bering Sea, Sea of Japan, East China Sea,
Yellow Sea, Irish Sea, Celtic Sea, Ionian Sea, Tyrrhenian Sea, Ligurian Sea, Sea of Azov, Sea of Okhotsk, Andaman Sea,
Bay of Biscay, Gulf of Bothnia, Gulf of Finland, Gulf of Thailand, Gulf of Oman, Gulf of California, Gulf of Alaska,
Drake Passage, Strait of Gibraltar, Strait of Malacca, Taiwan Strait, Bass Strait, Mozambique Channel
`);

/** First-level divisions of large federations: US states, Canadian provinces, Australian states... */
const DIVISIONS = words(`
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia,
Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts,
Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey,
New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island,
South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia,
Wisconsin, Wyoming, District of Columbia,
Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland, Nova Scotia, Ontario, Quebec,
Saskatchewan, Yukon, Nunavut,
New South Wales, Queensland, Victoria, Tasmania, Western Australia, South Australia, Northern Territory,
England, Scotland, Wales, Northern Ireland,
Bavaria, Saxony, Catalonia, Andalusia, Basque Country, Galicia, Lombardy, Tuscany, Sicily, Sardinia,
Corsica, Brittany, Normandy, Provence, Flanders, Wallonia, Silesia, Transylvania,
Punjab, Bengal, Kerala, Tamil Nadu, Maharashtra, Gujarat, Rajasthan, Bihar,
Guangdong, Sichuan, Hubei, Yunnan, Hong Kong, Macau, Taiwan,
Siberia, Chechnya, Dagestan, Tatarstan
`);

/** Nouns after a name that make it a natural or vague place (LOC): "the Sahel region". */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set(
  words(`region, regions, territory, territories, peninsula, island, islands, valley, river, coast, coastline,
  border, borders, area, basin, delta, desert, mountains, hills, lake, bay, gulf, strait, sea, front, frontline, ridge, plateau, pass,
  gorge, canyon, highlands, steppe, rivers, catchment, watershed, reservoir, reservoirs, aquifer, wetland, wetlands, massif`),
);

/** Nouns after a name that make it a place with a government (GPE): "Manchester city council". */
export const ADMIN_NOUNS_AFTER: ReadonlySet<string> = new Set(
  words(`province, provinces, oblast, oblasts, state, county, district, city, town, village, suburb, municipality,
  prefecture, governorate, department, canton, capital, council, authorities, residents, officials`),
);

/** Nouns after a name that make it a facility: "Heathrow airport", "Gare du Nord station". */
export const FACILITY_NOUNS_AFTER: ReadonlySet<string> = new Set(
  words(`airport, airfield, station, terminal, bridge, tunnel, stadium, arena, tower, palace, cathedral,
  square, street, avenue, boulevard, road, highway, motorway, dam, plant, refinery, mine, harbour, harbor,
  port, prison, jail, building, hotel, mall, park, crossing, checkpoint, monastery, monasteries, church, mosque,
  temple, shrine, convent, abbey, chapel, synagogue, basilica, complex, hut, refuge, lodge, chalet, hostel, cemetery`),
);

/**
 * Facility words that come first in other languages, by the English word that comes last
 * ("Piața Victoriei" is "Victory Square", "Palatul Victoria" "Victoria Palace"): see
 * entities/translatedPlaces.ts.
 */
export const LOCAL_FACILITY_HEADS: Readonly<Record<string, readonly string[]>> = {
  square: words(`piața, piata, plaza, piazza, piazzale, place, plac, praça, plaça, náměstí, trg, ploshchad, meydanı, largo`),
  street: words(`strada, calle, rue, rua, ulica, carrer, jalan, travessa, sokak`),
  boulevard: words(`bulevardul, bulevard, boulevard, bulvar`),
  avenue: words(`avenida, av, avenue, aleja, avinguda, prospekt, calea, viale, corso, paseo, rambla, estrada, avenija`),
  palace: words(`palatul, palacio, palazzo, palais, pałac, palácio, paço`),
  // A country house with its land: "Quinta de Santa Marta", "Hacienda San Gabriel", "Fazenda Boa Vista".
  estate: words(`quinta, hacienda, fazenda, finca, estancia`),
  sanctuary: words(`santuário, santuario, sanctuaire`),
  gate: words(`portão, portao, puerta`),
  // A concert hall: "Sala Cecília Meireles", "Salle Pleyel".
  hall: words(`sala, salle`),
  bridge: words(`podul, puente, ponte, pont`),
  station: words(`gara, gare, estación, stazione, dworzec`),
  // ("Campo Municipal da Ribeira Grande": a town's football ground.)
  stadium: words(`stadionul, estadio, estádio, stadio, stade, campo`),
  airport: words(`aeroportul, aeropuerto, aeroporto, aéroport, lotnisko`),
  cathedral: words(`catedrala, catedral, cattedrale, cathédrale`),
  cemetery: words(`cementerio, cemitério, cimetière, cimitero, cmentarz, hřbitov, cimitirul`),
};

/** Facility words that come first in other languages ("Stade de France", "Estadio Azteca", "Gare du Nord"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(
  // Folded, as the words of a name are ("praça" is read as "praca").
  [...Object.values(LOCAL_FACILITY_HEADS).flat(), ...words(`château, castello, castillo, torre`)].map(foldName),
);

export const FACILITY_SUFFIXES: ReadonlySet<string> = new Set(
  words(`airport, airfield, station, terminal, bridge, tunnel, stadium, arena, tower, towers, palace, cathedral,
  basilica, abbey, castle, square, street, avenue, boulevard, road, highway, motorway, dam, harbour, harbor,
  prison, building, hotel, plaza, pier, wharf, canal, monastery, mansion, stadion, stade, estadio, estádio,
  stadio, stadyumu, flughafen, aeroporto, aeropuerto, aéroport, bahnhof, gare, ponte, puente, pont, brücke,
  spaceport, cosmodrome, launchpad, cemetery, friedhof, gate, gates, shrine, temple, chapel, mosque, fortress`),
);

/** Capitalised last words of natural features and divisions: "Silicon Valley", "Cork County". */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(
  words(`valley, river, sea, ocean, lake, mountains, mountain, hills, island, islands, peninsula, bay, gulf,
  coast, strait, canyon, desert, forest, county, province, region, oblast, district, governorate, prefecture,
  park, sanctuary, beach, beaches, lagoon, reef, archipelago, cove, quarter`),
);

/**
 * Last words of places' and buildings' names that are nobody's surname ("King George Island",
 * "John Lennon Airport"): a given name or a title before them names the place after a person.
 * ("Park", "Bay", "Lake", "Street" and the like are surnames too, and are left out.)
 */
export const NAMED_PLACE_HEADS: ReadonlySet<string> = new Set(
  words(`island, islands, peninsula, river, valley, ocean, strait, gulf, canyon, desert, archipelago, lagoon, reef,
  airport, airfield, station, bridge, tunnel, stadium, cathedral, avenue, boulevard, highway, motorway, harbour, harbor,
  canal, spaceport`),
);

/**
 * Compass words that end places' names in other languages: "Panamericana Norte", "Nusa Tenggara
 * Barat", "Jakarta Utara", "Rio Grande do Sul". Towns, regions and roads alike: a place of some kind.
 */
export const FOREIGN_COMPASS_SUFFIXES: ReadonlySet<string> = new Set(words(`norte, sur, sul, nord, sud, oeste, ouest, barat, timur, utara, selatan`));

/**
 * First words of natural features' names: "Mount Etna", "Mt. Fuji", "Lake Como", "Cape Horn", "Loch
 * Ness", and the same words in the languages of volcano and island countries ("Gunung Agung",
 * "Pulau Seribu", "Mont Blanc", "Monte Rosa", "Cerro Negro", and the peaks and lakes of Central and
 * Eastern Europe: "Vârful Lupului", "Veliki Vrh", "Jezero Bled"). Lower case, without a final period.
 */
export const LANDFORM_HEADS: ReadonlySet<string> = new Set(
  words(`mount, mt, lake, cape, loch, isle, gunung, pulau, mont, monte, lac, lago, cerro, volcan, volcán, pico, piz, puy, sierra, cabo, praia, playa, ilha, isla,
  varful, vârful, varf, vârf, vrh, vrch, szczyt, gora, hora, jezero, jezioro, ozero, lacul, bukit, jebel, djebel`),
);

/** Nouns in an apposition that describe a place: "X, a logistics hub in the east". */
export const PLACE_APPOSITION_NOUNS: ReadonlySet<string> = new Set(
  words(`city, town, village, hub, region, province, port, capital, peninsula, island, enclave, exclave, area,
  district, suburb, stronghold, outpost, settlement, territory, state, country, nation, republic, kingdom,
  municipality, county, resort, river, lake, mountain, valley, airport, base`),
);

/** Nouns that introduce a place with "of": "the city of X", "the region of X". */
export const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set(
  words(`city, town, village, region, province, state, county, district, island, islands, port, capital,
  republic, kingdom, municipality, suburb, outskirts, centre, center, streets, area, cities, towns, villages,
  regions, provinces, counties, districts, municipalities, suburbs, neighbourhoods, neighborhoods, boroughs, beach, beaches, bay, coast`),
);

/** Adjectives for groups and regions that are not countries: "European", "Western". */
const GROUP_ADJECTIVES = words(`
European, Europeans, Western, Westerners, Eastern, Northern, Southern, Asian, Asians, African, Africans,
Arab, Arabs, Latin, Latino, Latina, Hispanic, Nordic, Scandinavian, Baltic, Balkan, Caucasian, Soviet,
Middle Eastern, Transatlantic, Jewish, Jews, Muslim, Muslims,
Christian, Christians, Catholic, Catholics, Protestant, Orthodox, Hindu, Hindus, Buddhist, Sikh, Sunni,
Shia, Shiite, Kurdish, Kurds, Basque, Catalan, Flemish, Scottish, Scots, Welsh, English, British,
Britons, Brit, Brits, Irish, Québécois, Tatar, Tatars, Cossack, Roma, Pashtun, Uyghur, Tamil, Zulu, Maori,
Andean, Alpine, Amazonian, Caribbean, Himalayan, Saharan, Siberian, Arctic, Mediterranean, Iberian, Anatolian, Patagonian,
Polynesian, Melanesian, Aboriginal, Indigenous, Republican, Republicans, Democrat, Democrats, Democratic, Conservative,
Conservatives, Labour, Liberal, Liberals, Socialist, Socialists, Communist, Communists, Green, Greens
`);

/**
 * Nationality words that news English uses beside the data's own ("Kyrgyz" beside "Kirghiz",
 * "Kazakh" beside "Kazakhstani"), with their country. The data gives one form per country.
 */
const OTHER_DEMONYMS: Readonly<Record<string, string>> = {
  Kazakh: 'Kazakhstan', Kazakhs: 'Kazakhstan', Kyrgyz: 'Kyrgyzstan', Kirgiz: 'Kyrgyzstan', Tajik: 'Tajikistan', Tajiks: 'Tajikistan',
  Uzbek: 'Uzbekistan', Uzbeks: 'Uzbekistan', Azeri: 'Azerbaijan', Azeris: 'Azerbaijan', Filipina: 'Philippines', Lao: 'Laos',
  Nepali: 'Nepal', Saudi: 'Saudi Arabia', Saudis: 'Saudi Arabia', Serb: 'Serbia', Serbs: 'Serbia', Croat: 'Croatia', Croats: 'Croatia',
  Slovenian: 'Slovenia', Icelandic: 'Iceland', Korean: 'South Korea', Koreans: 'South Korea', Khmer: 'Cambodia',
  Argentinian: 'Argentina', Ecuadorian: 'Ecuador', 'Sri Lankan': 'Sri Lanka', 'Costa Rican': 'Costa Rica',
  // Nouns for a person of a nation ("the Dane", "a Spaniard"); not "Pole", "Finn" or "Turk", which are
  // also a place's, a given name's and an island group's words ("North Pole", "Turks and Caicos").
  Dane: 'Denmark', Danes: 'Denmark', Swede: 'Sweden', Swedes: 'Sweden', Briton: 'United Kingdom', Britons: 'United Kingdom',
  Spaniard: 'Spain', Spaniards: 'Spain', Frenchman: 'France', Frenchmen: 'France', Frenchwoman: 'France',
  Dutchman: 'Netherlands', Dutchmen: 'Netherlands', Dutchwoman: 'Netherlands', Englishman: 'United Kingdom', Englishmen: 'United Kingdom',
  Irishman: 'Ireland', Irishmen: 'Ireland', Irishwoman: 'Ireland', Welshman: 'United Kingdom', Scotsman: 'United Kingdom', Scotswoman: 'United Kingdom',
  Kiwi: 'New Zealand', Kiwis: 'New Zealand', Aussie: 'Australia', Aussies: 'Australia',
};

/**
 * US states as news-agency style writes them after a city ("SAN JOSE, Calif."): divisions, known by
 * the state's name. Without their full stop only the forms in DOTLESS_STATES count: "Mass", "Miss" or
 * "Wash" alone are other words. Two-letter postal codes are left out.
 */
const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas',
  'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota',
  'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nebr.': 'Nebraska', 'Nev.': 'Nevada',
  'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina',
  'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'Penn.': 'Pennsylvania', 'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia',
  'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wisc.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** Abbreviations that read as a state without their full stop: no English word or common name. */
const DOTLESS_STATES = new Set(['Calif', 'Ariz', 'Conn', 'Fla', 'Okla', 'Tenn', 'Minn', 'Wisc', 'Nebr', 'Kans', 'N.Y', 'N.J', 'N.C', 'N.H', 'N.M', 'N.D', 'S.C', 'S.D', 'R.I', 'W.Va']);

export type PlaceKind = 'country' | 'capital' | 'city' | 'region' | 'division' | 'province';

interface PlaceTables {
  kindOf: Map<string, PlaceKind>;
  canonical: Map<string, string>;
  /** A city's other name (folded) -> its English name ("lisboa" -> "Lisbon"). */
  cityName: Map<string, string>;
  demonyms: Map<string, string | undefined>;
}

let tables: PlaceTables | undefined;

/**
 * States that no longer exist, which history and background paragraphs name ("the first since the
 * Soviet Union"): countries, though the data package lists only today's.
 */
const FORMER_COUNTRIES = ['Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Ottoman Empire', 'Austria-Hungary', 'Rhodesia', 'Zaire', 'Burma'];

function build(): PlaceTables {
  const data = generated as GeneratedPlaces;
  const kindOf = new Map<string, PlaceKind>();
  const canonical = new Map<string, string>();
  const set = (name: string, kind: PlaceKind) => {
    const key = foldName(name);
    if (!kindOf.has(key)) kindOf.set(key, kind);
  };
  for (const c of data.countries ?? []) set(c, 'country');
  for (const c of FORMER_COUNTRIES) set(c, 'country');
  for (const [alias, name] of Object.entries(data.countryOf ?? {})) canonical.set(foldName(alias), name);
  for (const c of REGIONS) set(c, 'region');
  for (const c of DIVISIONS) set(c, 'division');
  // "Calif." is matched with and without its full stop (words drop a final stop).
  for (const [abbreviation, state] of Object.entries(STATE_ABBREVIATIONS)) {
    const forms = [abbreviation, abbreviation.replace(/\.$/u, '')].filter((f, k) => k === 0 || DOTLESS_STATES.has(f));
    for (const form of forms) {
      set(form, 'division');
      canonical.set(foldName(form), state);
    }
  }
  for (const c of data.capitals ?? []) set(c, 'capital');
  for (const c of data.cities ?? []) set(c, 'city');
  // States and provinces of the world, from a data package: like cities, one cue among several.
  for (const c of data.divisions ?? []) set(c, 'province');
  const cityName = new Map<string, string>();
  for (const [other, english] of Object.entries(CITY_EXONYMS)) {
    cityName.set(foldName(other), english);
    set(other, kindOf.get(foldName(english)) ?? 'city');
    // The English name is a city too, whether the data package lists it or not ("Antwerp" for "Anvers").
    if (!kindOf.has(foldName(english))) set(english, 'city');
  }
  for (const [other, english] of Object.entries(REGION_EXONYMS)) {
    cityName.set(foldName(other), english);
    set(other, kindOf.get(foldName(english)) ?? 'region');
  }
  const demonyms = new Map<string, string | undefined>();
  for (const d of data.demonyms ?? []) {
    const country = data.demonymOf?.[d];
    demonyms.set(foldName(d), country);
    // Plural nouns for peoples: "Kenyans", "Peruvians".
    if (/[nh]$/u.test(d)) demonyms.set(foldName(d + 's'), country);
  }
  for (const [d, country] of Object.entries(OTHER_DEMONYMS)) if (!demonyms.has(foldName(d))) demonyms.set(foldName(d), country);
  for (const g of GROUP_ADJECTIVES) if (!demonyms.has(foldName(g))) demonyms.set(foldName(g), undefined);
  return { kindOf, canonical, cityName, demonyms };
}

/** What kind of place `name` is in the lexicon, if any. Case and accents are ignored. */
export function placeKind(name: string): PlaceKind | undefined {
  tables ??= build();
  const key = foldName(name);
  return tables.kindOf.get(key) ?? compassRegion(key);
}

/** "South Atlantic", "Western Balkans", "Northern Sahel": a part of a world region is a region. */
function compassRegion(key: string): PlaceKind | undefined {
  const m = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-east|north-west|south-east|south-west)\s+(.+)$/u.exec(key);
  return m && tables!.kindOf.get(m[1]) === 'region' ? 'region' : undefined;
}

/** The common name of the country that `name` abbreviates or spells differently ("U.S." -> "United States"). */
export function canonicalCountry(name: string): string | undefined {
  tables ??= build();
  return tables.canonical.get(foldName(name));
}

/** The English name of a city or region named otherwise ("München" -> "Munich", "Bayern" -> "Bavaria"; see cityExonyms.ts), if any. */
export function englishCityName(name: string): string | undefined {
  tables ??= build();
  return tables.cityName.get(foldName(name));
}

/**
 * The kind of place `name` is, with other spellings of a country's name ("U.S.") counted as
 * countries: `placeKind(name) ?? (canonicalCountry(name) ? 'country' : undefined)`, folding once.
 */
export function placeOrCountryKind(name: string): PlaceKind | undefined {
  tables ??= build();
  const key = foldName(name);
  return tables.kindOf.get(key) ?? (tables.canonical.get(key) ? 'country' : compassRegion(key));
}

/**
 * Every spelling of a country's name with one capital, to that capital ("Spain" and "Kingdom of
 * Spain" -> "Madrid"): what a clock time "in Spain" is most likely set by.
 */
export function countryCapitals(): ReadonlyMap<string, string> {
  const data = generated as GeneratedPlaces;
  const out = new Map<string, string>();
  for (const c of data.countries ?? []) {
    const capital = data.capitalOf?.[data.countryOf?.[c] ?? c];
    if (capital) out.set(c, capital);
  }
  return out;
}

let countryByCity: Map<string, string> | undefined;

/**
 * The country of a city whose name no city of like size elsewhere shares ("Iğdır", "Igdir" ->
 * "Türkiye"; not "Valencia"), by the data's common country name.
 */
export function cityCountry(name: string): string | undefined {
  if (!countryByCity) {
    countryByCity = new Map();
    for (const [country, cities] of Object.entries((generated as GeneratedPlaces).countryCities ?? {})) {
      for (const city of cities) countryByCity.set(foldName(city), country);
    }
    // The city data keeps a city's own name ("Sevilla"): its English name ("Seville") is in the same country.
    for (const [own, english] of Object.entries(CITY_EXONYMS)) {
      const country = countryByCity.get(foldName(own));
      if (country && !countryByCity.has(foldName(english))) countryByCity.set(foldName(english), country);
    }
  }
  return countryByCity.get(foldName(name));
}

/** Every nationality adjective of the data ("British", "Kenyan"), for readers that look for them in text. */
export function demonymWords(): readonly string[] {
  return (generated as GeneratedPlaces).demonyms ?? [];
}

/** The country a nationality word names ("Hungarian" -> "Hungary"), if the data says. */
export function demonymCountry(word: string): string | undefined {
  tables ??= build();
  return tables.demonyms.get(foldName(word));
}

/** True for nationality and group adjectives or nouns: "Kenyan", "Peruvians", "European", "Athenians". */
export function isDemonym(word: string): boolean {
  tables ??= build();
  const key = foldName(word);
  return tables.demonyms.has(key) || isResidentsWord(key);
}

/**
 * Ways a place's name turns into the plural noun for its people, by ending: "Athenians" (Athens),
 * "Californians" (California), "Parisians" (Paris), "Texans" (Texas), "Romans" (Rome), "Londoners"
 * (London). Each ending lists the letters that may stand for it in the place's name.
 */
const RESIDENT_ENDINGS: ReadonlyArray<{ ending: string; stems: readonly string[]; cities: boolean }> = [
  { ending: 'ians', stems: ['', 's', 'a', 'ia', 'e', 'o', 'y'], cities: true },
  { ending: 'ans', stems: ['a', 'as', 'e', 'o'], cities: false },
  { ending: 'ers', stems: ['', 'e'], cities: false },
];

/**
 * True for the plural noun for the people of a known place ("Athenians", "Londoners") that the
 * data's list of nationalities does not hold. Only a plural counts (a people), and for the common
 * endings "-ans" and "-ers" only a country, capital or state (surnames such as "Sanders" or
 * "Evans" would match a small town).
 */
function isResidentsWord(key: string): boolean {
  for (const { ending, stems, cities } of RESIDENT_ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, -ending.length);
    if (stem.length < 3) return false;
    for (const s of stems) {
      const kind = tables!.kindOf.get(stem + s);
      if (kind && kind !== 'province' && (cities || kind !== 'city')) return true;
    }
    return false;
  }
  return false;
}

/** Words that describe a place by where it lies, before its name: "neighbouring Nyakora", "Downstream Nyakora". */
export const PLACE_DESCRIBERS: ReadonlySet<string> = new Set(['neighbouring', 'neighboring', 'downstream', 'upstream', 'landlocked']);
