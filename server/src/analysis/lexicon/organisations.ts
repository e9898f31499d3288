/**
 * Cues for organisations: the last word of an organisation's name ("Fund", "Council", "Inc"),
 * nouns that introduce one ("state firm X", "the X news agency"), and well-known news agencies and
 * outlets, which articles cite without any other cue ("Reuters", "AFP"). All lower case.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/** Last words that make a capitalised name an organisation: "International Monetary Fund". */
const ORG_SUFFIX_WORDS = words(`
fund council ministry department agency embassy consulate commission committee party union organisation organization
association institute institution university college academy school society federation confederation
league club group company companies corporation corp corp. incorporated inc inc. ltd ltd. llc llp plc
gmbh ag sa nv bv spa co co. holdings partners associates bank bancorp capital investments securities
insurance assurance trust foundation authority office bureau board service services police army navy treasury
marines guard coastguard forces force command court tribunal parliament congress senate assembly cabinet government
administration directorate secretariat presidency commissariat airlines airline airways motors industries
systems technologies laboratories labs pharmaceuticals media news newswire wire press times post herald tribune
journal gazette telegraph guardian broadcasting network channel television radio records studios
entertainment games publishing church mosque synagogue temple diocese brigade battalion regiment division
movement front alliance coalition network initiative project programme program centre center observatory
museum gallery library hospital clinic fc sc afc cf united rovers athletic wanderers spor esporte
futebol calcio fk sk bk sv cfc
air aviation aerospace rail railway railways telecom telecoms telecommunications energy petroleum oil
pharma biotech biologics therapeutics logistics shipping lines ferries cruises automotive steel mining chemicals electronics
semiconductor semiconductors software ventures enterprises brands foods resources solutions textiles mills
daily courier chronicle observer standard monitor express mirror dispatch inquirer examiner bulletin
holding construct construction constructions engineering contractors builders developers properties
realty consulting consultants trading manufacturing metals cement plastics packaging freight robotics
dynamics materials beverages brewery breweries agro healthcare electric renewables petrochemicals
refining drilling brokers brokerage kapital
`);

/**
 * Legal forms of companies in many languages, lower case, without dots or slashes ("S.p.A." is
 * "spa", "A/S" is "as"). A name ending in one is a company's.
 */
const LEGAL_FORMS = words(`
inc incorporated corp corporation co ltd limited llc llp lp lllp plc pty pte bhd sdn
gmbh ag kg kgaa se ev ohg ug mbh
sa sas sasu sarl sàrl sca sci snc eurl sl slu sau spa srl sapa scarl sne ltda eireli
nv bv vof cv
ab asa as aps oy oyj hf ehf
kk gk yk
sro as zrt kft nyrt doo dd ad ood eood sp zoo
`);
/** Legal forms that are also common words when written without their dots or slash ("as", "ad"). */
const LEGAL_FORMS_NEEDING_MARKS = words('as ad co sp');

/**
 * True when a name's last word, as written, can be its legal form: a two-letter form that is also
 * a surname or a word ("Vasco Pimentel de Sá", "Ana Sa") counts only in capitals ("SA", "S.A.",
 * "AG", "NV"), but for "Co" and "Oy", which are written so.
 */
export function writtenAsLegalForm(written: string): boolean {
  const plain = written.replace(/[./]/gu, '');
  return plain.length !== 2 || plain === plain.toUpperCase() || MIXED_CASE_FORMS.has(plain.toLowerCase());
}

const MIXED_CASE_FORMS = words('co oy');

export const LEGAL_SUFFIXES: WordTest = {
  has(word: string): boolean {
    const plain = word.replace(/[./]/gu, '');
    if (!LEGAL_FORMS.has(plain)) return false;
    // "as" and "ad" are words; "A/S" and "A.D." are legal forms.
    return plain !== word.replace(/\.$/u, '') || !LEGAL_FORMS_NEEDING_MARKS.has(plain) || plain === 'co';
  },
};

/** A membership test on lower-case words. */
export interface WordTest {
  has(word: string): boolean;
}

/** Last words that make a capitalised name an organisation, legal forms included. */
/**
 * Last words that type a name as an organisation without joining names around "and" as ORG_SUFFIXES
 * do: a shipping "Line" ("Stena Line", "Baltmare Line"), which "Visby and Baltmare Line" must not make one name.
 */
/** Last words that make a name of two words or more a body's: "Express Line", "Amnesty International". */
export const ORG_TYPE_SUFFIXES = words('line international');

export const ORG_SUFFIXES: WordTest = { has: (word: string) => ORG_SUFFIX_WORDS.has(word) || LEGAL_SUFFIXES.has(word) };

/**
 * First words of sports clubs' names: "FC Lindholm", "Real Castrillo", "IFK Norrby", "Clube
 * Esporte Alvarenga", "Olympique Sarlat".
 */
export const CLUB_PREFIXES = words(`
fc cf sc ac afc sv fk sk bk if ik ifk aik cd ud sd rcd ca cr ec se sl kv krc rsc vfb vfl vfr tsv tsg
nk hnk gnk gks mks lks ks mfk pfk ofk pfc cska
real dynamo dinamo dynamos olympique olympiacos sporting clube club esporte esportivo sociedade
atletico atlético athletic racing deportivo borussia lokomotiv spartak hapoel maccabi beitar
`);

/**
 * First words of organisations' names in other languages: "Ministerio de Salud", "Institut
 * Pasteur", "Agence régionale...", "Autorità portuale". Accents folded, lower case.
 */
export const FOREIGN_ORG_HEADS = words(`
bureau office agence agencia agenzia ministerio ministere ministero ministerium ministerie
instituto institut istituto institutet comision comisione commissione comissao commission autorite
autorita autoridad autoridade conseil consejo consiglio conselho direction direccion direzione
banco banque banca caisse compagnie compania companhia sociedad societe societa grupo gruppo
empresa construtora constructora incorporadora empreiteira mineradora siderurgica petrolera cooperativa concessionaria editora
loterica padaria farmacia drogaria livraria papelaria mercearia supermercado panaderia libreria ferreteria boulangerie pharmacie librairie tabacaria estanco
fundacion fondation fondazione fundacao universidad universite universita universidade partido parti
partito federacion federation federazione federacao policia polizia gendarmerie guardia servicio
servizio servico secretaria departamento corporacion associacao asociacion associazione syndicat
sindicato confederation confederacion prefecture prefettura procura parquet tribunal tribunale cour
alianza alleanza alianca movimiento movimento mouvement unidad unidade fuerza forza bloque frente fronte coalicion coligacao pacto
jornal diario correio gazeta folha corpo cuerpo
corte juzgado audiencia junta ayuntamiento mairie comune camara assemblee asamblea congreso senado
senat bundesamt bundesanstalt landesamt stiftung verband verein kommission amt jandarmeria gendarmeria politia polizei carabinieri
stichting vereniging ministerie gemeente fundacja stowarzyszenie zwiazek ministerstwo urzad instytut nadace spolek sdruzeni ustav
fundatia asociatia agentia autoritatea inspectoratul directia institutul uniunea partidul ministerul
yayasan badan dinas kementerian lembaga perusahaan persatuan perhimpunan ikatan komisi partai majelis jabatan syarikat majlis pertubuhan
universiti universitas perikatan pakatan barisan dewan suruhanjaya kesatuan angkatan polis tentera tentara mahkamah pejabat gerakan kepolisian
wizara shirika baraza tume chama
centro centrum zentrum museo museu musee escola escuela colegio hospital clinica
`);

/**
 * Prepositions and conjunctions of other languages that only join the words of a body's name, never
 * a person's ("Uniți pentru Demnitate", "Médecins pour la Paix", "Bündnis für Arbeit", "Movimiento
 * por la Vivienda"): particles of surnames ("de", "von", "da") are not among them. Accents folded.
 */
export const FOREIGN_ORG_CONNECTORS = words('pentru si para por pela pelo und voor och dla pour per fur contra sans senza ohne');

/**
 * Common nouns for an organisation that house styles capitalise when they refer back to one already
 * named ("the Club", "the Company", "the Ministry").
 */
export const GENERIC_ORG_NOUNS = words(`
club company firm group ministry department board council committee commission authority agency
office bureau government administration tribunal bank corporation society association federation union
league team institute foundation trust university college school hospital museum service
regulator watchdog operator carrier airline insurer lender charity organisation organization
`);

/** Heads that take "of" inside an organisation's or place's name: "Bank of England". */
export const OF_HEADS = words(`
bank university ministry department museum institute council court republic kingdom gulf sea bay cape
isle isles island islands strait church cathedral palace house chamber federation union commission
committee board office bureau authority agency academy college school society association league
organisation organization centre center hall statue tower port lake mount city province state states
prefecture district county region secretary minister duke duchess prince princess queen king archbishop
bishop mayor governor chancellor director head chief chiefs order party army navy federation people's peoples
friends sisters brothers daughters sons knights people house federal assembly parliament congress senate
tribunal hospital sanctuary shrine basilica temple monastery abbey chapel mosque castle fortress
`);

/** Nouns that introduce an organisation: "state nuclear firm X", "the X news outlet". */
export const ORG_NOUNS = words(`
firm company corporation conglomerate agency outlet broadcaster newspaper paper daily weekly magazine
channel network radio television tv publisher party group organisation organization association union carrier
airline manufacturer maker producer operator insurer lender bank regulator watchdog ministry department
body institute institution charity ngo foundation club team band label retailer chain brand startup
start-up utility supplier contractor consultancy fund insurer developer giant subsidiary unit alliance
coalition consortium journal planemaker carmaker automaker shipbuilder drugmaker chipmaker
`);

/**
 * Nouns that only organisations have, after a name or its possessive: "Acme shares fell",
 * "Acme's chief executive", "Acme's fleet". (A person has a spokesman or staff too, so those are
 * not here.)
 */
export const ORG_PROPERTY_NOUNS = words(`
shares stock stocks shareholders shareholder investors stake subsidiary subsidiaries fleet headquarters
ceo cfo coo chairman chairwoman chairperson board founder co-founder customers passengers
`);

/** Role pairs that are posts in an organisation when written after its possessive: "Acme's chief executive". */
export const ORG_POSTS_TWO_WORDS: ReadonlySet<string> = new Set(['chief executive', 'chief operating', 'chief financial', 'managing director', 'executive director']);

/**
 * Verbs that take an organisation as their agent after "by": "a jet operated by Acme", and nouns
 * that take one after "in"/"of": "shares in Acme", "a stake in Acme".
 */
export const ORG_AGENT_VERBS = words('operated chartered leased manufactured insured underwritten');
export const ORG_HOLDING_NOUNS = words('shares stake stakes holding holdings shareholders shareholding');

/** Words after a name that mark it as the source of people: "Pentagon sources", "ministry officials". */
export const ORG_MEMBER_NOUNS = words('sources source officials official spokesman spokeswoman spokesperson staff employees workers representatives delegates delegation volunteers members');
/** Nouns for a team's people after its name ("Westbury players", "Lindholm fans"): the name is a club's. */
export const SQUAD_NOUNS = words('players squad fans supporters ultras striker strikers goalkeeper keeper midfielder midfielders defender defenders winger forward forwards');

/**
 * News agencies and outlets that articles name without a cue. Lower case, accents folded; one
 * entry per name as written.
 */
export const NEWS_OUTLETS = words(`
reuters afp ap bloomberg tass interfax xinhua kyodo yonhap ansa efe dpa upi bbc cnn msnbc cnbc nbc cbs
abc npr pbs politico axios aljazeera al-jazeera nhk itar-tass ukrinform unian bernama antara anadolu
`);

/** Multi-word outlets, lower case: matched as whole names. */
export const NEWS_OUTLET_NAMES: ReadonlySet<string> = new Set([
    'associated press',
    'agence france-presse',
    'agence france presse',
    'al jazeera',
    'sky news',
    'fox news',
    'new york times',
    'washington post',
    'wall street journal',
    'financial times',
    'the guardian',
    'the times',
    'the economist',
    'der spiegel',
    'le monde',
    'le figaro',
    'la repubblica',
    'el pais',
    'ria novosti',
    'deutsche welle',
    'voice of america',
    'radio free europe',
    'times of india',
]);

/** Last words of a party's or a movement's English name ("Green Left", "Renewal Alliance"), lower case: a gloss in brackets ending so names a body. */
export const PARTY_GLOSS_HEADS: ReadonlySet<string> = new Set([
  'left', 'right', 'alliance', 'movement', 'front', 'union', 'party', 'coalition', 'renewal', 'community', 'democrats', 'greens', 'bloc',
  'platform', 'forum', 'league', 'rally', 'initiative', 'unity', 'solidarity',
]);
