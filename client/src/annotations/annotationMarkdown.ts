/**
 * Markdown for annotations (comment bodies, hovers, tooltips). Everything in it comes from
 * article text or from what a person typed, so it is escaped and the MarkdownString is never
 * trusted: no command links, no HTML.
 */
import * as vscode from 'vscode';
import { VERDICT_LABELS, type Annotation, type Evidence } from '../../../server/src/analysis/annotations';

/**
 * Appends plain text: every ASCII punctuation character is backslash-escaped (CommonMark allows
 * it for all of them), which also neutralises HTML tags, entities and link syntax; line breaks
 * are kept.
 */
export function appendText(md: vscode.MarkdownString, text: string): vscode.MarkdownString {
  return md.appendMarkdown(escapeMarkdown(text));
}

/** Markdown that shows `text` literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-\/:-@[-`{-~]/g, '\\$&').replace(/\r?\n/g, '  \n');
}

/** An untrusted MarkdownString (the default, made explicit so that nobody flips it). */
export function untrusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** The verdict, note and evidence of an annotation; `withMeta` adds author and date. */
export function annotationMarkdown(a: Annotation, options: { withMeta?: boolean; orphan?: boolean; passageLink?: (e: Extract<Evidence, { kind: 'passage' }>) => string | undefined } = {}): vscode.MarkdownString {
  const md = untrusted();
  md.appendMarkdown('**');
  appendText(md, `${VERDICT_LABELS[a.verdict]}`);
  md.appendMarkdown('**');
  if (options.orphan) md.appendMarkdown(' _(orphaned: its passage is no longer in the article)_');
  if (options.withMeta) {
    appendText(md, ` — ${a.author || 'unknown'}, ${new Date(a.created).toLocaleString()}`);
  }
  if (a.note) {
    md.appendMarkdown('\n\n');
    appendText(md, a.note);
  }
  if (options.orphan) {
    md.appendMarkdown('\n\nWas: ');
    appendText(md, `“${a.target.quote.exact}”`);
  }
  if (a.evidence.length) {
    md.appendMarkdown('\n\nEvidence:');
    for (const e of a.evidence) {
      md.appendMarkdown('\n- ');
      if (e.kind === 'url') appendLink(md, e.url, safeWebUrl(e.url));
      else appendLink(md, `${e.target.source}: “${oneLine(e.target.quote.exact, 120)}”`, options.passageLink?.(e));
    }
  }
  return md;
}

/** A link whose label is escaped text; plain text when there is no usable target. */
function appendLink(md: vscode.MarkdownString, label: string, target: string | undefined): void {
  if (!target) {
    appendText(md, label);
    return;
  }
  md.appendMarkdown('[');
  appendText(md, label);
  md.appendMarkdown(`](${target.replace(/[()<>\s]/g, (c) => encodeURIComponent(c))})`);
}

/** An http(s) URL as a link target, or undefined for anything else (javascript:, command:...). */
export function safeWebUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** One line of at most `max` characters. */
export function oneLine(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
