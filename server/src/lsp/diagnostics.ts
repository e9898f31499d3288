/**
 * Converting the core's results for one document into LSP diagnostics.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, DiagnosticCodes } from '../protocol';
import type { CrosscheckSettings, SeverityName } from '../settings';
import { NAME_TYPES, type CorpusAnalysis, type DocumentAnalysis, type SkipReason } from '../analysis';
import { claimStatus, independentSourceCount } from './claimStatus';
import type { PositionIndex } from './positions';
import { displayName } from './displayName';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** One diagnostic at the start of a file that was not analysed. */
export function skippedDiagnostics(reason: SkipReason): Diagnostic[] {
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: reason.code === 'empty' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: DiagnosticCodes.fileSkipped,
      message: `Crosscheck skipped this file: ${reason.message}`,
    },
  ];
}

/** The diagnostics of one analysed document. */
export function documentDiagnostics(
  analysis: CorpusAnalysis,
  doc: DocumentAnalysis,
  settings: CrosscheckSettings,
  positions: PositionIndex,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const range = (uri: string, text: string, span: { start: number; end: number }) => positions.range(uri, text, span);
  for (const note of doc.notes) {
    out.push({ range: range(doc.uri, doc.text, { start: 0, end: 0 }), severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: DiagnosticCodes.note, message: note });
  }
  if (settings.entitySeverity !== 'off') {
    const wanted = new Set(settings.entityTypes);
    for (const m of doc.mentions) {
      if (!wanted.has(m.type)) continue;
      const entity = m.id ? analysis.entities.get(m.id) : undefined;
      const named = NAME_TYPES.has(m.type) && entity && entity.canonical !== m.text ? ` (${entity.canonical})` : '';
      out.push({
        range: range(doc.uri, doc.text, m),
        severity: SEVERITY[settings.entitySeverity],
        source: DIAGNOSTIC_SOURCE,
        code: DiagnosticCodes.entity,
        message: `${m.type}: ${m.text}${named}`,
        data: { id: m.id },
      });
    }
  }
  for (const claim of doc.claims) {
    const status = claimStatus(analysis, doc.uri, claim);
    const related: DiagnosticRelatedInformation[] = [];
    const relate = (p: { uri: string; start: number; end: number; text: string }, message: string) => {
      const other = analysis.documents.get(p.uri);
      if (!other) return;
      related.push({ location: { uri: p.uri, range: range(p.uri, other.text, p) }, message });
    };
    let severity: SeverityName;
    let code: string;
    let message: string;
    if (status.contradictions.length > 0) {
      severity = settings.contradictedClaimSeverity;
      code = DiagnosticCodes.claimContradicted;
      const first = status.contradictions[0];
      message = `Contradicted (${first.contradiction.kind}): ${first.contradiction.explanation}`;
      if (status.contradictions.length > 1) message += ` (+${status.contradictions.length - 1} more)`;
      for (const { contradiction, other } of status.contradictions) relate(other, `${contradiction.explanation} — ${displayName(analysis, other.uri)}`);
      // The sources that agree stay one click away too.
      for (const l of [...status.independent, ...status.copies]) relate(l, `agrees: ${displayName(analysis, l.uri)}`);
    } else if (independentSourceCount(status) > 0) {
      severity = settings.corroboratedClaimSeverity;
      code = DiagnosticCodes.claimCorroborated;
      const n = independentSourceCount(status);
      message = `Claim corroborated by ${n} other source${n === 1 ? '' : 's'}${status.copies.length ? ` (and ${status.copies.length} cop${status.copies.length === 1 ? 'y' : 'ies'} of a source)` : ''}.`;
      for (const l of [...status.independent, ...status.copies]) relate(l, `${l.copyOf || l.sameOrigin ? 'copy: ' : ''}${displayName(analysis, l.uri)}`);
    } else if (status.copies.length > 0) {
      // Only republished copies of this article's own source report it: no independent source.
      severity = settings.unsupportedClaimSeverity;
      code = DiagnosticCodes.claimUnsupported;
      message = `Claim: only copies of this article's own source report this (${status.copies.length}); no independent source.`;
      for (const l of status.copies) relate(l, `copy: ${displayName(analysis, l.uri)}`);
    } else {
      severity = settings.unsupportedClaimSeverity;
      code = DiagnosticCodes.claimUnsupported;
      message = 'Claim: no other source reports this.';
    }
    if (severity === 'off') continue;
    out.push({
      range: range(doc.uri, doc.text, claim),
      severity: SEVERITY[severity],
      source: DIAGNOSTIC_SOURCE,
      code,
      message,
      ...(related.length ? { relatedInformation: related.slice(0, 20) } : {}),
      data: { claim: claim.key },
    });
  }
  return out;
}
