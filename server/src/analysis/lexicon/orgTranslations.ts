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
