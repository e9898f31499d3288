/**
 * Crosscheck's settings: one typed module with defaults and a cleaning `sanitize()`, shared by
 * the server and the client (as vscode-eslint's `$shared/settings.ts`). A test fails if the
 * `contributes.configuration` of package.json drifts from `SETTING_DEFAULTS`.
 */

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface CrosscheckSettings {
  /** Severity of entity diagnostics. Hint keeps them out of the Problems panel's way. */
  entitySeverity: SeverityName;
  /** Entity types that get a diagnostic. */
  entityTypes: string[];
  /** Severity of a claim that another source corroborates. */
  corroboratedClaimSeverity: SeverityName;
  /** Severity of a claim that no other source reports. */
  unsupportedClaimSeverity: SeverityName;
  /** Severity of a claim that a source contradicts. */
  contradictedClaimSeverity: SeverityName;
  /** Files larger than this are skipped, with a message. */
  maxFileSizeMB: number;
  /** Only this many characters of a document are analysed. */
  maxDocumentLength: number;
  /** Delay after the last keystroke before an edited article is analysed again. */
  debounceMs: number;
  /** Author name written into annotations. */
  annotationAuthor: string;
}

export const SETTING_DEFAULTS: CrosscheckSettings = {
  entitySeverity: 'hint',
  entityTypes: ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'MISC', 'DATE', 'TIME', 'MONEY', 'QUANTITY', 'PERCENT'],
  corroboratedClaimSeverity: 'information',
  unsupportedClaimSeverity: 'warning',
  contradictedClaimSeverity: 'error',
  maxFileSizeMB: 2,
  maxDocumentLength: 500_000,
  debounceMs: 300,
  annotationAuthor: '',
};

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Cleans settings as read from the editor: unknown or ill-typed values fall back to defaults. */
export function sanitize(raw: unknown): CrosscheckSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity = (v: unknown, d: SeverityName): SeverityName => (SEVERITIES.includes(v as SeverityName) ? (v as SeverityName) : d);
  const positive = (v: unknown, d: number, max = Number.MAX_SAFE_INTEGER): number => (typeof v === 'number' && v > 0 && Number.isFinite(v) ? Math.min(v, max) : d);
  const d = SETTING_DEFAULTS;
  return {
    entitySeverity: severity(r.entitySeverity, d.entitySeverity),
    entityTypes: Array.isArray(r.entityTypes) ? r.entityTypes.filter((x): x is string => typeof x === 'string').map((x) => x.toUpperCase()) : d.entityTypes,
    corroboratedClaimSeverity: severity(r.corroboratedClaimSeverity, d.corroboratedClaimSeverity),
    unsupportedClaimSeverity: severity(r.unsupportedClaimSeverity, d.unsupportedClaimSeverity),
    contradictedClaimSeverity: severity(r.contradictedClaimSeverity, d.contradictedClaimSeverity),
    maxFileSizeMB: positive(r.maxFileSizeMB, d.maxFileSizeMB, 1024),
    maxDocumentLength: Math.round(positive(r.maxDocumentLength, d.maxDocumentLength)),
    debounceMs: Math.round(positive(r.debounceMs, d.debounceMs, 10_000)),
    annotationAuthor: typeof r.annotationAuthor === 'string' ? r.annotationAuthor : d.annotationAuthor,
  };
}
