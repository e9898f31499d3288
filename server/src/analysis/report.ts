/**
 * The JSON report (version 1) described in ../shared/eval/REPORT-SCHEMA.md, built from a corpus
 * analysis. The CLI prints it; the "Check Consistency" command shows the same contradictions.
 */
import type { Contradiction, CorpusAnalysis, Passage, Span } from './types';

export interface ReportPassage extends Span {
  path: string;
  text: string;
}

export interface ReportDocument {
  path: string;
  headline?: string;
  published?: string;
  boilerplate: Span[];
  entities: Array<Span & { text: string; type: string; id: string }>;
  claims: Array<
    Span & {
      text: string;
      score: number;
      corroborations: Array<ReportPassage & { score: number; copyOf?: string; sameOrigin?: boolean }>;
      contradictions: Array<ReportPassage & { kind: string; explanation: string }>;
    }
  >;
  notes?: string[];
}

export interface Report {
  version: 1;
  documents: ReportDocument[];
  contradictions: Array<{ kind: string; fact: string; explanation: string; items: ReportPassage[] }>;
  skipped: Array<{ path: string; reason: string; message: string }>;
}

/**
 * Builds the report. `pathOf` maps a document URI to the path shown in the report (the CLI passes
 * the path as given on the command line).
 */
export function buildReport(analysis: CorpusAnalysis, pathOf: (uri: string) => string = (u) => u): Report {
  const toPassage = (p: Passage): ReportPassage => ({ path: pathOf(p.uri), start: p.start, end: p.end, text: p.text });
  const documents: ReportDocument[] = [];
  for (const doc of analysis.documents.values()) {
    const corroborations = analysis.corroborations.get(doc.uri);
    documents.push({
      path: pathOf(doc.uri),
      headline: doc.headline?.text,
      published: doc.published,
      boilerplate: doc.furniture.map(({ start, end }) => ({ start, end })),
      entities: doc.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, id: m.id ?? m.text })),
      claims: doc.claims.map((c) => ({
        start: c.start,
        end: c.end,
        text: c.text,
        score: round(c.score),
        corroborations: (corroborations?.get(c.key) ?? []).map((r) => ({ ...toPassage(r), score: round(r.score), ...(r.copyOf ? { copyOf: pathOf(r.copyOf) } : {}), ...(r.sameOrigin ? { sameOrigin: true } : {}) })),
        contradictions: contradictionsOf(analysis.contradictions, doc.uri, c).map(({ other, contradiction }) => ({
          ...toPassage(other),
          kind: contradiction.kind,
          explanation: contradiction.explanation,
        })),
      })),
      ...(doc.notes.length ? { notes: doc.notes } : {}),
    });
  }
  return {
    version: 1,
    documents,
    contradictions: analysis.contradictions.map((k) => ({ kind: k.kind, fact: k.fact, explanation: k.explanation, items: k.items.map(toPassage) })),
    skipped: [...analysis.skipped].map(([uri, r]) => ({ path: pathOf(uri), reason: r.code, message: r.message })),
  };
}

/** The contradictions that involve a passage overlapping `span` in `uri`, with the other side. */
export function contradictionsOf(
  all: readonly Contradiction[],
  uri: string,
  span: Span,
): Array<{ contradiction: Contradiction; other: Passage }> {
  const out: Array<{ contradiction: Contradiction; other: Passage }> = [];
  for (const contradiction of all) {
    const mine = contradiction.items.filter((p) => p.uri === uri && p.start < span.end && span.start < p.end);
    if (mine.length === 0) continue;
    for (const other of contradiction.items) if (!mine.includes(other)) out.push({ contradiction, other });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
