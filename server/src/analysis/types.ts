/**
 * The data model of the analysis core. Everything here is plain data with UTF-16 offsets into the
 * article's text (JavaScript string indices, `end` exclusive), so that the language server, the CLI
 * and the tests can all consume it. Only `server/src/lsp/` converts offsets to LSP ranges.
 */

/** A half-open range of UTF-16 code units in one document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (kept so that reports read without the source). */
export interface TextSpan extends Span {
  text: string;
}

/** A span in a named document: what links, related information and report items point at. */
export interface Passage extends TextSpan {
  /** The document's identifier: a URI in the server, a path as given in the CLI. */
  uri: string;
}

/** Entity types, named as in OntoNotes so that reports read like other NER tools' output. */
export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'GPE' // countries, cities, states: places with a government
  | 'LOC' // other places: regions, rivers, seas
  | 'FAC' // buildings, airports, bridges
  | 'PRODUCT' // named vessels, vehicles and products: "the tanker Sea Wren", "MV Kestrel"
  | 'MISC' // a name whose kind nothing in the text settles (an agency, a firm or a village named by one word)
  | 'NORP' // nationalities and groups; never reported as an entity diagnostic by default
  | 'DATE'
  | 'TIME'
  | 'MONEY'
  | 'QUANTITY'
  | 'PERCENT'
  | 'CARDINAL';

/** Types that name something (as opposed to values such as dates and amounts). */
export const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'MISC']);

/** A sentence found by the sentence splitter, outside page furniture. */
export interface Sentence extends TextSpan {
  /** Index of the sentence in its document. */
  index: number;
  /** Index of the paragraph (block of lines separated by a blank line) that holds it. */
  paragraph: number;
  /** True when the sentence is a heading: a short line without final punctuation, title case. */
  heading: boolean;
}

/**
 * Evidence for an entity's type, weighed across every document of the workspace: a name seen with
 * "President" in one article is a person in all of them.
 */
export interface TypeEvidence {
  type: EntityType;
  /** Strength of the cue: a title before a name is strong, a capitalised word alone is weak. */
  weight: number;
  /** Short description of the cue, for hovers and debugging ("title 'President'"). */
  cue: string;
}

/** One occurrence of a name or value in one document, before workspace-wide resolution. */
export interface Mention extends TextSpan {
  /** The type chosen from local evidence; resolution may change it with evidence from other files. */
  type: EntityType;
  /** Local cues seen around this mention. */
  evidence: TypeEvidence[];
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** Title or role written before a person's name ("Palace aide", "former U.S. President"). */
  title?: string;
  /** The canonical id after resolution (`ana-costa`): set on the copy of the mention that the workspace step makes. */
  id?: string;
  /** For DATE/TIME/quantities: the normalised value, when one could be computed. */
  value?: NormalizedValue;
}

/** A normalised value: a number range with a unit, or a time instant/interval. */
export type NormalizedValue =
  | { kind: 'number'; min: number; max: number; unit?: string }
  | { kind: 'date'; iso: string; grain: 'day' | 'month' | 'year' }
  | { kind: 'time'; minutesUtc?: number; minutesLocal: number; zone?: string };

/** A quotation with its speaker, when one could be attributed. */
export interface Quote extends TextSpan {
  /** Text between the quotation marks. */
  inner: string;
  /** Canonical entity id (after resolution) or the speaker's surface name. */
  speaker?: string;
  /** The span of the speaker's name or pronoun that attributes the quote. */
  speakerSpan?: Span;
}

/** What makes a sentence check-worthy. */
export type ClaimCue = 'number' | 'date' | 'time' | 'quote' | 'attribution' | 'event' | 'comparison' | 'title';

/** A check-worthy assertion: usually a sentence, sometimes a clause of a long one. */
export interface Claim extends TextSpan {
  /** Stable key within the document ("c12"), used to address the claim in requests. */
  key: string;
  /** Sentence index. */
  sentence: number;
  /** Check-worthiness between 0 and 1. */
  score: number;
  cues: ClaimCue[];
}

/** Why a file was not analysed, in words a user understands. */
export interface SkipReason {
  code: 'empty' | 'binary' | 'too-large' | 'invalid-encoding' | 'not-an-article';
  message: string;
}

/** Per-document analysis: depends on this document's text only, so it is cached per version. */
export interface DocumentAnalysis {
  uri: string;
  text: string;
  /** The headline: the first heading-like line that is not furniture. */
  headline?: TextSpan;
  /** The article's own date (dateline or byline), ISO yyyy-mm-dd, used to resolve "on Tuesday". */
  published?: string;
  /** When its date line gives a clock time with a zone, the moment it was published or updated (ms since the epoch, UTC). */
  publishedAt?: number;
  /** Page furniture: menus, related links, newsletter boxes, footers. Nothing inside is reported. */
  furniture: Span[];
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  claims: Claim[];
  /** Facts extracted from claims, for corroboration and contradiction checks. */
  facts: Fact[];
  /** Notes for the user (a truncated file, for example). */
  notes: string[];
}

/** A structured fact: subject, attribute and value, taken from one claim. */
export interface Fact {
  /** The claim this fact comes from (`Claim.key`). */
  claim: string;
  /** The span that states the fact (inside the claim). */
  span: TextSpan;
  kind: ContradictionKind;
  /** What the fact is about: an entity id, or an event key built from actors and place. */
  subject: string;
  /** The attribute: "duration", "start-time", "end-time", "title", "count:points", "speaker"... */
  attribute: string;
  /** The value, normalised where possible. */
  value: NormalizedValue | { kind: 'text'; text: string } | { kind: 'set'; items: string[] };
  /** Words that describe the value as written ("more than six hours"), for explanations. */
  display: string;
}

export type ContradictionKind = 'count' | 'time' | 'date' | 'title' | 'quote' | 'attribution' | 'participants' | 'injury' | 'nationality' | 'place' | 'substance' | 'placing';

/** A link from a claim to a passage in another document that reports the same fact. */
export interface Corroboration extends Passage {
  score: number;
  /** Set when the passage's document is a copy (syndicated or near-duplicate) of another source. */
  copyOf?: string;
  /**
   * True when the passage's document and the claim's own document are copies of one source:
   * shown as a copy, never counted as another source.
   */
  sameOrigin?: boolean;
  /** The headline of the passage's document, for display. */
  headline?: string;
}

/** Two or more passages that cannot all be true, and why. */
export interface Contradiction {
  kind: ContradictionKind;
  /** What differs, the two values, and why they cannot both hold. */
  explanation: string;
  /** A short label grouping contradictions about one fact ("talks' end time"). */
  fact: string;
  items: Passage[];
}

/** A workspace entity after alias resolution. */
export interface ResolvedEntity {
  id: string;
  canonical: string;
  type: EntityType;
  aliases: string[];
  /** Mentions per document URI. */
  mentions: Passage[];
}

/** Documents whose text is mostly the same (syndicated wire copy, republished pages). */
export interface CopyGroup {
  /** The document treated as the original (earliest, or first by URI). */
  original: string;
  members: string[];
  /** Wire credit found in the text ("Reuters"), when one was. */
  credit?: string;
}

/** Results that depend on the whole workspace. */
export interface CorpusAnalysis {
  documents: Map<string, DocumentAnalysis>;
  entities: Map<string, ResolvedEntity>;
  /** Corroborations per document URI, then per claim key. */
  corroborations: Map<string, Map<string, Corroboration[]>>;
  contradictions: Contradiction[];
  copyGroups: CopyGroup[];
  /** Documents that were not analysed, and why. */
  skipped: Map<string, SkipReason>;
}

/** Options that shape the analysis. */
export interface AnalysisOptions {
  /** Texts longer than this (in UTF-16 units) are analysed up to the cap only. */
  maxDocumentLength: number;
  /** Minimum claim score for a sentence to be reported as a claim. */
  claimThreshold: number;
  /** Minimum match score for a corroboration. */
  corroborationThreshold: number;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  maxDocumentLength: 500_000,
  claimThreshold: 0.5,
  corroborationThreshold: 0.43,
};

/** Checked between stages of long computations; the LSP passes one tied to its request. */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationSignal = { isCancellationRequested: false };
