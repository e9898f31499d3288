/**
 * The words of national bodies' names in the languages news leaves untranslated ("Magyar Nemzeti
 * Bank", "Narodowy Bank Polski", "Banca Naţională a României"), each mapped to one concept, and the
 * countries' own adjectives for themselves ("magyar", "polski"). With them a body's name in its own
 * language meets the English one ("National Bank of Hungary"). Lower case, accents folded.
 */

const concepts = (concept: string, forms: string): Array<[string, string]> => forms.split(/\s+/u).filter(Boolean).map((f) => [f, concept]);

/** Word -> concept. */
export const ORG_CONCEPTS: ReadonlyMap<string, string> = new Map([
  ...concepts('national', 'national nationale nacional nazionale nationaal narodowy narodowa narodni narodna narodnaya nationala nationale nemzeti ulusal nasional kansallinen ethniki'),
  ...concepts('central', 'central centrale zentral centraal centralny centralna centralni kozponti merkez sentral keskus'),
  ...concepts('bank', 'bank banque banco banca banka bankas banken pankki banki'),
  ...concepts('reserve', 'reserve reserva riserva'),
  ...concepts('statistics', 'statistics statistical statistique estadistica statistica statistik statisztikai statystyczny'),
  ...concepts('office', 'office bureau oficina ufficio urzad hivatal amt'),
  ...concepts('institute', 'institute institut instituto istituto instytut intezet'),
  ...concepts('assembly', 'assembly assemblee asamblea assemblea'),
  ...concepts('council', 'council conseil consejo consiglio rada tanacs baraza majlis majelis'),
  ...concepts('foundation', 'foundation fondation fundacion fondazione fundacao stiftung stichting fundacja nadace fundatia yayasan'),
  ...concepts('association', 'association asociacion associazione associacao verband vereniging stowarzyszenie asociatia persatuan perhimpunan'),
  ...concepts('ministry', 'ministry ministere ministerio ministero ministerium ministerie ministerstwo ministerstvo ministerul kementerian wizara'),
  ...concepts('agency', 'agency agence agencia agenzia agentia badan'),
  ...concepts('commission', 'commission comision commissione comissao kommission komisi tume'),
  ...concepts('party', 'party parti partido partito partei partidul partai chama'),
  // Bodies that news names in their own language as often as in English ("Polícia Judiciária",
  // "Corte de Apelaciones de Santiago", "Museu Nacional de Arte Antiga", "Deutsche Marine").
  ...concepts('museum', 'museum museums museu museo musee muzeum muzej muzeul'),
  ...concepts('art', 'art arts arte artes kunst sztuki umeni'),
  ...concepts('ancient', 'ancient antiga antigo antigua antiguo antica antico ancien ancienne'),
  ...concepts('modern', 'modern moderna moderno moderne'),
  ...concepts('history', 'history historical historia storia histoire geschichte historico historica'),
  ...concepts('police', 'police policia polizia polizei policie politie policja politia polis'),
  ...concepts('judiciary', 'judiciary judicial judiciaria judiciario judicaire judiciaire giudiziaria'),
  ...concepts('court', 'court corte cour tribunal tribunale gericht audiencia'),
  ...concepts('appeals', 'appeal appeals apelaciones apelacao appello appel'),
  ...concepts('supreme', 'supreme suprema supremo supreme oberste'),
  ...concepts('justice', 'justice justicia justica giustizia justiz'),
  ...concepts('labour', 'labour labor trabajo trabalho travail lavoro arbeit'),
  ...concepts('directorate', 'directorate direccion direcao direction direzione direktion'),
  ...concepts('front', 'front frente fronte'),
  ...concepts('defence', 'defence defense defensa defesa difesa verteidigung'),
  ...concepts('river', 'river rio fleuve fiume fluss rzeka'),
  ...concepts('union', 'union sindicato syndicat sindacato gewerkschaft'),
  ...concepts('workers', 'workers trabajadores trabalhadores travailleurs lavoratori arbeiter'),
  ...concepts('employees', 'employees empleados empregados employes impiegati angestellte'),
  ...concepts('postal', 'postal postais postales postaux postali'),
  ...concepts('navy', 'navy marine marina armada'),
  ...concepts('army', 'army armee ejercito exercito esercito heer'),
  ...concepts('federal', 'federal federale bundes'),
  ...concepts('health', 'health salud saude sante sanita gesundheit'),
  ...concepts('education', 'education educacion educacao istruzione bildung'),
  ...concepts('civil', 'civil civile'),
  ...concepts('protection', 'protection proteccion protecao protezione schutz'),
  ...concepts('prosecutor', 'prosecutor prosecutors fiscalia procura parquet staatsanwaltschaft'),
  ...concepts('electoral', 'electoral elettorale electorale'),
  ...concepts('university', 'university universidad universidade universite universita universitat'),
  ...concepts('hospital', 'hospital hopital ospedale krankenhaus'),
  // Seats of government named in their own language ("Palácio do Planalto" / "Planalto Palace").
  ...concepts('palace', 'palace palacio palais palazzo palast palac palatul saray istana'),
  ...concepts('regional', 'regional regionale'),
  ...concepts('municipal', 'municipal municipale comunale'),
]);

/** Countries' adjectives for themselves, as they open or close their bodies' names. */
export const NATIVE_COUNTRY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['magyar', 'Hungary'], ['polski', 'Poland'], ['polska', 'Poland'], ['polskiego', 'Poland'], ['ceska', 'Czech Republic'], ['ceske', 'Czech Republic'],
  ['slovenska', 'Slovakia'], ['hrvatska', 'Croatia'], ['hrvatske', 'Croatia'], ['slovenije', 'Slovenia'], ['srbije', 'Serbia'], ['romaniei', 'Romania'],
  ['bulgarska', 'Bulgaria'], ['balgarska', 'Bulgaria'], ['deutsche', 'Germany'], ['osterreichische', 'Austria'], ['oesterreichische', 'Austria'],
  ['danmarks', 'Denmark'], ['norges', 'Norway'], ['sveriges', 'Sweden'], ['suomen', 'Finland'], ['eesti', 'Estonia'], ['latvijas', 'Latvia'],
  ['lietuvos', 'Lithuania'], ['nederlandsche', 'Netherlands'], ['nederlandse', 'Netherlands'], ['espana', 'Spain'], ['italia', 'Italy'],
  ['portugal', 'Portugal'], ['turkiye', 'Turkey'], ['ukrainy', 'Ukraine'], ['rossii', 'Russia'], ['indonesia', 'Indonesia'],
]);
