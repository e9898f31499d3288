/**
 * Custom messages between the Crosscheck client and server, declared once and imported by both
 * sides (as vscode-eslint does in `$shared/customMessages.ts`). Plain types only: no imports of
 * vscode or vscode-languageserver here, so the client and tests can use this file too.
 */

/** The language id of article files. Files become articles through `files.associations`. */
export const ARTICLE_LANGUAGE_ID = 'news-article';

/** Diagnostic `source` of everything Crosscheck reports. */
export const DIAGNOSTIC_SOURCE = 'crosscheck';

/** Diagnostic codes, so that users can filter and tests can assert. */
export const DiagnosticCodes = {
  entity: 'entity',
  claimCorroborated: 'claim-corroborated',
  claimUnsupported: 'claim-unsupported',
  claimContradicted: 'claim-contradicted',
  fileSkipped: 'file-skipped',
  note: 'note',
} as const;

/** A position as LSP has it: zero-based line and UTF-16 character. */
export interface WirePosition {
  line: number;
  character: number;
}

/** A passage in a document, with its range and text. */
export interface WirePassage {
  uri: string;
  range: { start: WirePosition; end: WirePosition };
  text: string;
  /** The headline of the passage's document, or undefined if none was found. */
  headline?: string;
}

/**
 * `crosscheck/checkConsistency`: sent by the client; the server analyses every article of the
 * workspace (reporting progress through the work-done token) and answers with the contradictions,
 * grouped by fact.
 */
export const CheckConsistencyRequest = 'crosscheck/checkConsistency';

export interface CheckConsistencyParams {
  workDoneToken?: string | number;
}

export interface ConsistencyItem {
  kind: string;
  fact: string;
  explanation: string;
  passages: WirePassage[];
}

export interface CheckConsistencyResult {
  /** Number of article documents analysed. */
  documents: number;
  /** Documents that could not be analysed, and why. */
  skipped: Array<{ uri: string; message: string }>;
  contradictions: ConsistencyItem[];
}

/** `crosscheck/entities`: sent by the client; the workspace's entities with their mentions. */
export const EntitiesRequest = 'crosscheck/entities';

export interface WireEntity {
  id: string;
  canonical: string;
  type: string;
  aliases: string[];
  mentions: WirePassage[];
}

export interface EntitiesResult {
  entities: WireEntity[];
}

/**
 * `crosscheck/claimAt`: sent by the client (annotations use it); the claim under a position, if
 * any, with its corroborations count. Returns null when there is no claim there.
 */
export const ClaimAtRequest = 'crosscheck/claimAt';

export interface ClaimAtParams {
  uri: string;
  position: WirePosition;
}

export interface ClaimAtResult {
  range: { start: WirePosition; end: WirePosition };
  text: string;
  corroborations: WirePassage[];
  contradictions: Array<WirePassage & { explanation: string; kind: string }>;
}

/** `crosscheck/scanStatus`: sent by the server when a workspace scan starts or ends. */
export const ScanStatusNotification = 'crosscheck/scanStatus';

export interface ScanStatusParams {
  state: 'scanning' | 'idle';
  documents: number;
  skipped: number;
}
