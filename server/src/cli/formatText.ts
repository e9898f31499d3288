/**
 * The human-readable report: one block per document, then the contradictions, grouped by fact.
 */
import type { Report } from '../analysis';

/** Turns an offset in a document into "line:column" (1-based), for clickable locations. */
export type Locate = (path: string, offset: number) => string;

/** Formats `report` for a terminal, with `path:line:column` locations editors and terminals link. */
export function formatText(report: Report, locate: Locate = (_path, offset) => `@${offset}`): string {
  const lines: string[] = [];
  for (const doc of report.documents) {
    const corroborated = doc.claims.filter((c) => c.corroborations.length > 0).length;
    const contradicted = doc.claims.filter((c) => c.contradictions.length > 0).length;
    lines.push(`${doc.path}${doc.headline ? `  "${doc.headline}"` : ''}`);
    lines.push(`  ${doc.entities.length} entities, ${doc.claims.length} claims (${corroborated} corroborated, ${doc.claims.length - corroborated} single-source, ${contradicted} contradicted)`);
    for (const note of doc.notes ?? []) lines.push(`  note: ${note}`);
  }
  for (const s of report.skipped) lines.push(`${s.path}\n  skipped: ${s.message}`);
  lines.push('');
  if (report.contradictions.length === 0) lines.push('No contradictions found.');
  else {
    lines.push(`${report.contradictions.length} contradiction(s):`);
    for (const k of report.contradictions) {
      lines.push(`- [${k.kind}] ${k.fact}: ${k.explanation}`);
      for (const item of k.items) lines.push(`    ${item.path}:${locate(item.path, item.start)}: "${item.text}"`);
    }
  }
  return lines.join('\n') + '\n';
}
