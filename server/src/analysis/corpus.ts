/**
 * The workspace of articles as the analysis sees it: documents in, corpus-wide results out.
 *
 * Per-document work is cached by text and redone only for documents that changed; the
 * corpus-wide stages (alias resolution, facts, corroboration, contradictions) are recomputed
 * when anything changed, and cached until the next change.
 *
 * A result is never modified once returned, not even by later runs: the cached per-document
 * analyses are inputs only, and what the workspace adds to a document (entity ids, the types
 * pooled across files, facts) lives in a copy of it that belongs to the result. So the language
 * server can answer from the last complete result while the next one is computed.
 */
import { analyzeDocument } from './analyzeDocument';
import { findContradictionsSteps } from './contradictions/findContradictions';
import { corroborateSteps } from './corroboration/corroborate';
import { CopyGroupFinder } from './corroboration/copyGroups';
import { withoutDisagreeingQuotes } from './corroboration/disagreeingQuotes';
import { resolveEntitiesSteps } from './entities/resolveEntities';
import { extractFacts } from './facts/extractFacts';
import { runSteps, runStepsAsync, type Steps } from './steps';
import {
  DEFAULT_ANALYSIS_OPTIONS,
  NEVER_CANCELLED,
  type AnalysisOptions,
  type CancellationSignal,
  type CorpusAnalysis,
  type DocumentAnalysis,
  type Fact,
  type Mention,
  type ResolvedEntity,
  type SkipReason,
} from './types';

/** Thrown when a cancellation signal fires between stages. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

interface Entry {
  text: string;
  analysis?: DocumentAnalysis;
}

/**
 * Longest stretch of analysis between two turns of the event loop in `analyzeAsync`, in ms:
 * short enough that a request or a cancellation waits no longer than a keystroke's echo, long
 * enough that the pauses cost next to nothing.
 */
export const DEFAULT_SLICE_MS = 15;

/** A set of articles and the cached analysis of them. */
export class Corpus {
  private readonly entries = new Map<string, Entry>();
  private readonly skipped = new Map<string, SkipReason>();
  private result: CorpusAnalysis | undefined;
  /** The last result a run completed, kept after changes (see `latest`). */
  private completed: CorpusAnalysis | undefined;
  /** Facts per cached document analysis, with what they were built from (see `factsOf`). */
  private readonly factCache = new WeakMap<DocumentAnalysis, { signature: string; facts: Fact[] }>();
  /**
   * The document as the last run resolved it, per cached document analysis: reused by the next
   * run when its mentions and facts are the same objects, so that unchanged documents keep their
   * identity (later stages cache per document object).
   */
  private readonly resolvedDocs = new WeakMap<DocumentAnalysis, DocumentAnalysis>();
  private options: AnalysisOptions;
  /** Keeps the copy pairs of the last run, so that an edit compares the edited document only. */
  private readonly copyGroupFinder = new CopyGroupFinder();
  /** Counts changes to the documents and options, so that a paused analysis knows it is stale. */
  private generation = 0;
  /** Counts analysis runs, so that a paused one gives up if another ran in the meantime. */
  private runs = 0;
  /** The last `analyzeAsync` run: the next one starts after it, never interleaved with it. */
  private asyncRuns: Promise<unknown> = Promise.resolve();

  constructor(options: Partial<AnalysisOptions> = {}) {
    this.options = { ...DEFAULT_ANALYSIS_OPTIONS, ...options };
  }

  /** Changes the options; every document is analysed again on the next request. */
  setOptions(options: Partial<AnalysisOptions>): void {
    this.options = { ...this.options, ...options };
    for (const entry of this.entries.values()) entry.analysis = undefined;
    this.changed();
  }

  /** Adds or replaces a document. Does nothing when the text is unchanged. */
  set(uri: string, text: string): void {
    this.skipped.delete(uri);
    const entry = this.entries.get(uri);
    if (entry && entry.text === text) return;
    this.entries.set(uri, { text });
    this.changed();
  }

  /** Records that a document could not be analysed, and why. */
  skip(uri: string, reason: SkipReason): void {
    const hadEntry = this.entries.delete(uri);
    this.skipped.set(uri, reason);
    if (hadEntry) this.changed();
  }

  /** Removes a document (deleted file, or no longer an article). */
  delete(uri: string): void {
    const hadEntry = this.entries.delete(uri);
    const wasSkipped = this.skipped.delete(uri);
    if (hadEntry || wasSkipped) this.changed();
  }

  /** Drops the result, and makes a paused `analyzeAsync` give up at its next turn. */
  private changed(): void {
    this.result = undefined;
    this.generation++;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** The text held for `uri`, if any. */
  textOf(uri: string): string | undefined {
    return this.entries.get(uri)?.text;
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The facts of `doc`, reused while nothing they are built from changed: the document's own
   * analysis and the resolved identity of its mentions and quoted speakers. An edit to one
   * article then re-extracts the facts of that article only (and of articles whose entities it
   * renamed), not of the whole workspace.
   */
  private factsOf(cached: DocumentAnalysis, resolved: DocumentAnalysis, entities: ReadonlyMap<string, ResolvedEntity>): Fact[] {
    const signature = factSignature(resolved, entities);
    const known = this.factCache.get(cached);
    if (known && known.signature === signature) return known.facts;
    const facts = extractFacts(resolved, entities);
    this.factCache.set(cached, { signature, facts });
    return facts;
  }

  /**
   * The document of a result: the cached per-document analysis `cached` (never modified) with the
   * mentions resolution gave it and its facts. The previous run's object again when both are.
   */
  private resolvedDocument(cached: DocumentAnalysis, mentions: Mention[], entities: ReadonlyMap<string, ResolvedEntity>): DocumentAnalysis {
    const previous = this.resolvedDocs.get(cached);
    if (previous && previous.mentions === mentions) {
      const facts = this.factsOf(cached, previous, entities);
      if (previous.facts === facts) return previous;
      // A new object: the previous one belongs to a result that someone may still read.
      const doc = { ...previous, facts };
      this.resolvedDocs.set(cached, doc);
      return doc;
    }
    const doc: DocumentAnalysis = { ...cached, mentions, facts: [] };
    doc.facts = this.factsOf(cached, doc, entities); // (not yet part of any result)
    this.resolvedDocs.set(cached, doc);
    return doc;
  }

  /** Runs the per-document stages of `uri` now, so a workspace scan can spread them over time. */
  prepare(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry && !entry.analysis) entry.analysis = analyzeDocument(uri, entry.text, this.options);
  }

  /** How many documents were skipped (empty, binary, too large...). */
  get skippedCount(): number {
    return this.skipped.size;
  }

  /** The last complete analysis, if nothing changed since. */
  get current(): CorpusAnalysis | undefined {
    return this.result;
  }

  /**
   * The last analysis a run completed, even if documents changed since: consistent in itself
   * (each document's offsets are into the text it holds), and never modified by later runs.
   * Callers check that a document's text is still the one they need.
   */
  get latest(): CorpusAnalysis | undefined {
    return this.completed;
  }

  /**
   * Analyses every document that changed, then the corpus-wide stages. Throws
   * `AnalysisCancelled` when `signal` fires; cached per-document work is kept.
   */
  analyze(signal: CancellationSignal = NEVER_CANCELLED): CorpusAnalysis {
    if (this.result) return this.result;
    this.runs++;
    return runSteps(this.analysisSteps(signal));
  }

  /**
   * The same analysis as `analyze`, giving the event loop a turn every `sliceMs` ms, so that a
   * server reads its messages while a large workspace is analysed. Rejects with
   * `AnalysisCancelled` when `signal` fires or when the documents or options change before it
   * is done (the caller starts again on the new state); work done so far stays cached.
   */
  analyzeAsync(signal: CancellationSignal = NEVER_CANCELLED, sliceMs = DEFAULT_SLICE_MS): Promise<CorpusAnalysis> {
    // Two runs interleaved would both rewrite the shared per-document state: the second waits,
    // and then usually finds the first one's result.
    const run = this.asyncRuns.then(() => {
      if (this.result) return this.result;
      const generation = this.generation;
      const runNumber = ++this.runs;
      return runStepsAsync(this.analysisSteps(signal), {
        sliceMs,
        afterPause: () => {
          const stale = this.generation !== generation || this.runs !== runNumber;
          if (stale || signal.isCancellationRequested) throw new AnalysisCancelled();
        },
      });
    });
    this.asyncRuns = run.catch(() => undefined);
    return run;
  }

  /** The pipeline of `analyze`, yielding between documents and inside the long corpus-wide stages. */
  private *analysisSteps(signal: CancellationSignal): Steps<CorpusAnalysis> {
    const generation = this.generation;
    /** The cached per-document analyses: inputs of the corpus-wide stages, which never modify them. */
    const cached: DocumentAnalysis[] = [];
    for (const [uri, entry] of [...this.entries]) {
      if (signal.isCancellationRequested) throw new AnalysisCancelled();
      if (!entry.analysis) {
        entry.analysis = analyzeDocument(uri, entry.text, this.options);
        yield;
      }
      cached.push(entry.analysis);
    }
    const { entities, mentions } = yield* resolveEntitiesSteps(cached);
    const documents = new Map<string, DocumentAnalysis>();
    const docs: DocumentAnalysis[] = [];
    for (let i = 0; i < cached.length; i++) {
      const doc = this.resolvedDocument(cached[i], mentions[i], entities);
      documents.set(doc.uri, doc);
      docs.push(doc);
      if (i % FACTS_PER_STEP === FACTS_PER_STEP - 1) yield;
    }
    if (signal.isCancellationRequested) throw new AnalysisCancelled();
    yield;
    // Copies are found from the text alone, so the cached analyses serve (and keep their cache).
    const copyGroups = yield* this.copyGroupFinder.findSteps(cached);
    yield;
    const matches = yield* corroborateSteps(docs, entities, copyGroups, this.options, signal);
    if (signal.isCancellationRequested) throw new AnalysisCancelled();
    const contradictions = yield* findContradictionsSteps(docs, entities, signal);
    if (signal.isCancellationRequested) throw new AnalysisCancelled();
    const corroborations = withoutDisagreeingQuotes(matches, contradictions, documents);
    const result: CorpusAnalysis = { documents, entities, corroborations, contradictions, copyGroups, skipped: new Map(this.skipped) };
    // (`analyzeAsync` checks for changes after each pause; this keeps a stale result out regardless.)
    if (this.generation === generation) this.result = result;
    this.completed = result;
    return result;
  }
}

/** Documents whose facts are looked up (mostly from the cache) between two yields. */
const FACTS_PER_STEP = 16;

/** What a document's facts depend on beyond its own text: the identities the workspace gave it. */
function factSignature(doc: DocumentAnalysis, entities: ReadonlyMap<string, ResolvedEntity>): string {
  const parts: string[] = [doc.published ?? ''];
  for (const m of doc.mentions) {
    const e = m.id ? entities.get(m.id) : undefined;
    parts.push(`${m.start}:${m.id}:${m.type}:${e?.canonical ?? ''}:${e?.type ?? ''}`);
  }
  for (const q of doc.quotes) {
    const e = q.speaker ? entities.get(q.speaker) : undefined;
    parts.push(`q${q.start}:${q.speaker ?? ''}:${e?.canonical ?? ''}:${e?.type ?? ''}`);
  }
  return parts.join('|');
}
