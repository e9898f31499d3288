/**
 * Words that mark a named vessel: "the tanker Sea Wren", "MV Kestrel", "the Liberian-flagged
 * Sea Wren". Ships are named like people and companies, so without these words their names
 * read as either; news gives them as the PRODUCT type (named vessels, vehicles, products).
 */

/** Lower-case nouns for a kind of vessel, written right before its name. */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'tanker', 'supertanker', 'freighter', 'ferry', 'trawler', 'yacht', 'superyacht', 'liner', 'barge',
  'tug', 'tugboat', 'dredger', 'bulker', 'icebreaker', 'schooner', 'catamaran', 'frigate', 'destroyer', 'corvette',
  'submarine', 'cruiser', 'warship', 'boxship', 'containership', 'steamer', 'sailboat', 'lifeboat', 'hovercraft',
]);

/** Words that make "carrier" a ship ("bulk carrier", "aircraft carrier"), not an airline. */
export const CARRIER_KINDS: ReadonlySet<string> = new Set(['bulk', 'aircraft', 'car', 'vehicle', 'gas', 'lng', 'lpg', 'ore', 'helicopter', 'oil', 'chemical']);

/** Prefixes written before a ship's name: "MV", "MT", "HMS", "USS". */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['mv', 'mt', 'ss', 'hms', 'uss', 'rms', 'fv', 'hmas', 'hmcs']);

/** Tails of a hyphenated flag ("Maltese-flagged", "Panama-registered"): the name after it is a vessel's. */
export const FLAG_TAILS: ReadonlySet<string> = new Set(['flagged', 'registered', 'flag']);

/** Tails of a hyphenated seat ("Piraeus-based"): the name after it is an organisation's. */
export const SEAT_TAILS: ReadonlySet<string> = new Set(['based', 'headquartered']);
