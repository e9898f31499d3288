/**
 * Titles and roles that precede or describe a person ("President", "spokesman", "aide"), and the
 * modifiers that go with them ("former", "special", "foreign policy"). All lower case.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/**
 * Head words of a title or role: the word that sits right before a person's name ("envoy" in
 * "special envoy Jane Doe") or after it in an apposition ("Jane Doe, a veteran diplomat").
 */
export const ROLE_WORDS = words(`
president president-elect vice-president premier minister secretary secretary-general envoy aide aides
adviser advisers advisor advisors spokesman spokeswoman spokesperson spokesmen leader leaders chief head
director director-general chairman chairwoman chair ceo cfo coo founder co-founder owner governor mayor
senator congressman congresswoman lawmaker legislator representative deputy mp mep judge justice magistrate
prosecutor lawyer attorney counsel barrister solicitor officer commander general colonel captain major
brigadier lieutenant sergeant corporal private admiral marshal pilot co-pilot copilot inspector detective constable
superintendent sheriff commissioner professor prof doctor dr surgeon nurse curator historian analyst
economist expert researcher scientist author writer novelist journalist reporter correspondent editor
columnist anchor presenter host negotiator negotiators diplomat ambassador consul official chancellor king
queen prince princess emperor empress pope cardinal bishop archbishop priest pastor rabbi imam cleric
sheikh coach manager player striker goalkeeper captain athlete investor billionaire millionaire tycoon
businessman businesswoman entrepreneur executive banker developer activist campaigner witness victim
suspect defendant accused plaintiff claimant son daughter wife husband son-in-law daughter-in-law
father-in-law brother sister mother father widow widower partner colleague counterpart successor
predecessor ally rival opponent challenger incumbent candidate nominee speaker member chairperson
secretary-of-state dean principal teacher student actor actress singer artist musician director producer
designer architect engineer mechanic driver guard guide owner resident neighbour neighbor veteran
survivor firefighter paramedic spokesperson staffer strategist pollster organiser organizer
mr mrs ms miss mx sir dame lord lady mister madam monsieur madame herr frau
`);

/** Mayors' titles in German, Dutch, Polish and Czech, written before a name ("Bürgermeisterin Ursula Büchel", "Burmistrz of Giżycko"). */
const LOCAL_MAYORS =
  'bürgermeister bürgermeisterin burgermeister burgermeisterin oberbürgermeister oberbürgermeisterin burgemeester burmistrz primátor primator';

/**
 * Titles, ranks and honorifics written abbreviated before a name ("Dr. Ana Lima", "Supt. Rodrigo
 * Figueiredo", "Cel. Antônio", "Mons. Václav"), and "Av." before a street's name: their full stop
 * ends no sentence, and a speaker's name may follow them.
 */
export const ABBREVIATED_TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Dra', 'Prof', 'Rev', 'Revd', 'Fr', 'Mons', 'Msgr', 'Mgr', 'Hon', 'Sen', 'Gov', 'Pres', 'Dep',
  'Gen', 'Col', 'Capt', 'Maj', 'Lt', 'Sgt', 'Cpl', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Supt', 'Insp', 'Det',
  'Cel', 'Gal', 'Ten', 'Sr', 'Sra', 'Srta', 'Eng', 'Engr', 'Barr', 'Sto', 'Sta', 'Av',
];

/** Title heads as written with a capital before a name: "President Jane Doe", "Judge Ann Lee". */
const TITLE_HEAD_WORDS = words(`
president president-elect premier minister secretary secretary-general envoy chancellor governor mayor
senator sen congressman congresswoman representative rep judge justice magistrate prosecutor commissioner
general gen colonel col captain capt major lieutenant lt sergeant sgt corporal cpl admiral adm marshal
brigadier brig commander cmdr cdr inspector insp detective det constable superintendent supt sheriff officer professor prof doctor dr
king queen prince princess emperor empress pope cardinal bishop archbishop rev reverend rabbi imam
sheikh ambassador spokesman spokeswoman spokesperson aide adviser advisor chairman chairwoman chair
director ceo leader chief coach pilot mr mrs ms miss mx sir dame lord lady mister madam monsieur madame
herr frau mp mep deputy director-general attorney-general vice-president president-elect prime-minister cfo coo cto cio ciso cmo
hon honourable honorable monsignor msgr mons
mgr mudr judr rndr phdr engr barr comrade alhaji alhaja
mayoress councillor councilor alderman comisario subcomisario commissario janab shri smt pak bapak ibu
dra doutor doutora sra srta senor senora coronel cel tenente capitao capitan
datuk dato datin tun yb
${LOCAL_MAYORS} regierungschef regierungschefin bundeskanzler bundeskanzlerin bundespräsident bundespräsidentin
ministerpräsident ministerpräsidentin landrat landrätin staatssekretär staatssekretärin kanzler kanzlerin wethouder wojewoda starosta
hejtman
`);

/** Prefixes that make a title head a lesser or second one: "Sub-commissioner", "Vice-Governor", "Co-chair". */
const RANK_PREFIX = /^(?:sub|vice|deputy|assistant|co|under|acting|chief|senior|junior)-/u;

/**
 * Title heads written in the plural before two names ("Professors Jang Hyeon-u and Seo Mi-ran",
 * "Senators X and Y"). Only these: other heads' plurals name teams and places ("Kings", "Chiefs").
 */
const PLURAL_TITLE_HEADS = words(`professors profs drs senators judges generals councillors councilors commissioners inspectors detectives`);

/** Title heads, the same heads with a rank prefix ("sub-commissioner", "vice-mayor"), and a few in the plural. */
export const TITLE_HEADS: { has(word: string): boolean } = {
  has: (word: string) =>
    TITLE_HEAD_WORDS.has(word) || PLURAL_TITLE_HEADS.has(word) || (RANK_PREFIX.test(word) && TITLE_HEAD_WORDS.has(word.replace(RANK_PREFIX, ''))),
};

/**
 * Words that modify a title without being one ("former U.S. President", "Foreign Minister",
 * "Special Presidential Envoy"). Capitalised inside a run they belong to the title, not the name.
 */
export const TITLE_MODIFIERS = words(`
former ex then late current outgoing incoming acting interim deputy vice prime chief senior junior top rear seri paduka
special presidential personal foreign defence defense interior home finance economy economic trade
justice health education energy culture transport environment security national state federal regional
executive managing general principal lead assistant associate attorney first second grand high supreme
royal crown policy press communications political military intelligence police fire district county city
public international domestic veteran long-time longtime chief-of-staff staff financial operating
technology information marketing commercial legal medical
`);

/**
 * Fields of a ministry or office, written before its title head ("Climate Crisis and Civil
 * Protection Minister", "Health and Social Care Secretary"): part of the title, never a name.
 */
export const PORTFOLIO_WORDS = words(`
foreign interior home defence defense finance finances economy economic economics trade industry justice
health education energy culture transport transportation environment environmental climate change crisis civil
protection security national agriculture agricultural food rural fisheries fishing forestry forests
labour labor employment work works pensions welfare social care family families children youth women
equality equalities sport sports tourism heritage arts media digital communications telecommunications
information science technology innovation research higher infrastructure housing planning spatial urban local
regional development cooperation affairs relations integration migration immigration asylum citizenship
emergency emergencies disaster disasters management water resources natural mining mines oil gas
petroleum power electricity maritime shipping aviation veterans treasury budget revenue customs taxation
public administration government reform transition growth enterprise business commerce investment
consumer competition land lands territory territories overseas commonwealth diaspora solidarity
humanitarian sustainable sustainability biodiversity ecology ecological green climate-change internal external
international community communities industries plantation plantations commodities entrepreneur entrepreneurship cooperatives
religious religion unity human rights livestock wildlife gender manpower minerals sanitation irrigation roads highways railways
ports multimedia broadcasting statistics legal constitutional parliamentary law
`);

/** Titles of a town's head: "the mayor of X" names a town, whatever the lexicon knows of it. */
export const MAYOR_TITLES = words(`mayor mayors mayoress burgomaster ${LOCAL_MAYORS}`);

/**
 * Occupations written with a capital at the start of a sentence before a name ("Striker Jane Doe
 * scored", "Spokesperson Ann Lee said"): a title there, not the first word of the name.
 */
export const OCCUPATIONS = words(`
striker goalkeeper keeper midfielder defender winger forward playmaker full-back fullback centre-back substitute
center-back captain coach manager boss referee umpire player athlete sprinter cyclist driver rider jockey
ceo cfo coo cto chairman chairwoman chairperson director executive founder co-founder investor banker
spokesperson spokesman spokeswoman analyst economist strategist pollster consultant commentator
engineer technician mechanic architect designer scientist researcher professor teacher lecturer student
doctor surgeon nurse midwife paramedic pharmacist firefighter lifeguard soldier sergeant officer
detective inspector constable lawyer attorney barrister solicitor prosecutor judge magistrate witness
reporter correspondent journalist editor photographer author novelist historian curator archivist
activist campaigner organiser organizer farmer fisherman miner builder worker chef pilot co-pilot
diplomat negotiator ambassador envoy minister mayor councillor councilor senator governor deputy
resident neighbour neighbor survivor victim suspect defendant veteran harbourmaster harbormaster
`);

/** Nouns for people in the news that are neither roles nor occupations: "passengers", "villagers". */
const PEOPLE_NOUNS = words(`
passenger villager rescuer protester protestor demonstrator tourist holidaymaker traveller traveler commuter
relative parent child pupil patient evacuee refugee migrant worker employee official investigator onlooker
bystander fan supporter voter shopper customer local islander spectator hostage prisoner inmate crew
critic opponent mourner admirer observer analyst
`);

/**
 * True for the plural of a noun for people ("survivors", "passengers", "engineers", "witnesses"):
 * opening a sentence before "said", a group of people, not a surname.
 */
export function isPluralPeopleNoun(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false;
  const singulars = [lower.slice(0, -1), ...(lower.endsWith('es') ? [lower.slice(0, -2)] : [])];
  return singulars.some((s) => OCCUPATIONS.has(s) || ROLE_WORDS.has(s) || PEOPLE_NOUNS.has(s));
}

/** Nouns of who someone is abroad or where they come from: "a Swiss national", "the French citizen". */
const STANDING_NOUNS = words(`
national citizen expatriate expat emigrant immigrant exile dissident aid volunteer climber mountaineer hiker
skier sailor backpacker cyclist runner swimmer diver surfer logistician coordinator photojournalist filmmaker
missionary scholar academic businessman businesswoman doctor
`);
/**
 * Roles whose nationality word names the side or country served, not the person's own: "the
 * Moroccan coach" may be a Frenchman who coaches Morocco.
 */
const SIDE_ROLES = words(`coach manager boss selector trainer`);

/**
 * True for a singular noun for a person ("engineer", "hostage", "national", "nurse") that a
 * nationality word before it describes: "the French water engineer", "a Swiss national". Team
 * roles (coach, manager) are left out: "the Moroccan coach" is the coach of Morocco.
 */
export function isPersonNoun(lower: string): boolean {
  if (SIDE_ROLES.has(lower)) return false;
  return OCCUPATIONS.has(lower) || ROLE_WORDS.has(lower) || PEOPLE_NOUNS.has(lower) || STANDING_NOUNS.has(lower);
}
