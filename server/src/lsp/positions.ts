/**
 * Offset <-> position conversion, the only place where core offsets become LSP ranges
 * (harper keeps the same rule in `harper-ls/src/pos_conv.rs`).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import type { Span } from '../analysis';

/** Caches one TextDocument per (uri, text) for line lookups in documents that are not open. */
export class PositionIndex {
  private readonly cache = new Map<string, TextDocument>();

  /** A TextDocument for `text`, reused while the text is unchanged. */
  documentFor(uri: string, text: string): TextDocument {
    const cached = this.cache.get(uri);
    if (cached && cached.getText() === text) return cached;
    const doc = TextDocument.create(uri, 'news-article', 0, text);
    this.cache.set(uri, doc);
    return doc;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** The LSP range of `span` in the document `uri` with `text`. */
  range(uri: string, text: string, span: Span): Range {
    const doc = this.documentFor(uri, text);
    return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
  }
}

/** A `file:` URI with a `#L<line>,<col>` fragment that VS Code opens at that position. */
export function linkToRange(uri: string, range: Range): string {
  const base = uri.split('#')[0];
  return `${base}#L${range.start.line + 1},${range.start.character + 1}`;
}
