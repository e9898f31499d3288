/**
 * Escaping article text for hovers. Article text is untrusted: it must never become a link, an
 * image, HTML or a command. The hover is also sent as untrusted markdown, so even a link that
 * slipped through could not run a command; escaping keeps the text readable as written.
 */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"'=$%]/g;

/** Escapes `text` so that markdown renders it literally, on one line, at most `max` characters. */
export function escapeMarkdown(text: string, max = 300): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  return t.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** A markdown link whose label is escaped article text and whose target is a file URI we built. */
export function markdownLink(label: string, target: string): string {
  // Parentheses and spaces in the target would end the link early; percent-encode them.
  const safeTarget = target.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label, 120)}](${safeTarget})`;
}
