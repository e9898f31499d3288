/**
 * The public face of the analysis core, used by the language server, the CLI and the tests.
 * Nothing in `analysis/` may import vscode, vscode-languageserver or node:fs (a test enforces it).
 */
export * from './types';
export { Corpus, AnalysisCancelled } from './corpus';
export { analyzeDocument } from './analyzeDocument';
export { decodeArticleBytes, checkText, sizeCheck, DEFAULT_MAX_FILE_BYTES, type DecodeResult } from './input';
export { buildReport, type Report, type ReportDocument } from './report';
