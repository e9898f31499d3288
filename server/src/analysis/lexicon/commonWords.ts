/**
 * Capitalised words that are not names: function words that open sentences, calendar words,
 * holidays, and acronyms that stand for things rather than organisations. All lower case.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/** Words that open sentences and headings but never start a name. */
export const FUNCTION_WORDS = words(`
a an the this that these those there here it its it's i i'm i've i'd we we're we've us our ours you your
he he's his him she she's her hers they they're their them who whom whose what which when where why how
whatever whoever whichever whether if unless until while whilst although though because since as so
yet but and or nor not no none neither either both each every all any some many much most more few
several such other another same one two three four five six seven eight nine ten first second third last
next new old after before during despite following according amid among amongst around about above
below across against along alongside beside besides at by for from in into inside near of off on onto out outside over past per
through throughout to toward towards under unlike up upon via with within without between beyond
however meanwhile moreover furthermore nevertheless nonetheless still also even only just already again
instead otherwise therefore thus then now later earlier today yesterday tomorrow tonight once twice
perhaps maybe indeed certainly clearly obviously frankly finally eventually initially ultimately
overall altogether together elsewhere nearly almost roughly about approximately some asked speaking
yes oh ah well please thanks thank dear hello hi
is are was were be been being am has have had do does did will would shall should can could may might must
let let's don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't shouldn't wouldn't
`);

/** Months, days and their abbreviations: dates belong to the value stage. */
export const CALENDAR_WORDS = words(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
spring summer autumn fall winter
`);

/** Holidays and named periods: not people, organisations or places. */
export const HOLIDAYS = words(`
christmas easter thanksgiving ramadan eid hanukkah diwali passover halloween lent advent pentecost
new-year hogmanay kwanzaa yom kippur nowruz
`);

/** Acronyms that are not organisations or places (units, time zones, common nouns). */
export const NON_ENTITY_ACRONYMS = words(`
gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt msk ist jst aest aedt wat eat cat sast et pt
am pm a.m p.m tv pc ok id ids ceo ceos cfo coo cto mp mps mep meps phd md gdp gnp cpi vat dna rna hiv
aids covid sars mers ai ui ux it faq pdf usb gps sms led lcd uk-based us-based q1 q2 q3 q4 fy ipo ipos
etf etfs aum esg vip vips dj rpg fps pov diy asap fyi tba tbc rip lol omg km kg mph kmh mw gw kw kwh mwh
bc ad bce ce no st nd rd th vs lng lpg cng ev evs suv suvs ngo ngos
`);

/**
 * Church services, capitalised by custom ("a requiem Mass", "Midnight Mass"): never names. Matched
 * without a final period, which "Mass." keeps for Massachusetts ("BOSTON, Mass.").
 */
export const SERVICE_WORDS = words(`
mass requiem vespers matins
`);

/** Capitalised words that are never names wherever they stand: currency marks (rupees, taka), temperature scales. */
export const NEVER_NAMES = words(`
rs tk celsius fahrenheit kelvin
`);

/**
 * Words that label a paragraph, a section or a picture in news pages ("Analysis:", "UPDATE, 19:30:",
 * "Updated 2 hrs ago", "Photo:"). Alone they are never names, wherever they stand.
 */
export const LABEL_WORDS = words(`
analysis update updated updates opinion comment commentary editorial explainer factbox fact-check
timeline correction corrections clarification breaking exclusive live watch listen read related
advertisement sponsored promoted published posted photo photos photograph pictured picture image
video graphic infographic credit credits source sources caption gallery podcast newsletter subscribe
`);
