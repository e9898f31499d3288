/**
 * Which files are articles. Files become articles through VS Code's own mechanism,
 * `files.associations` entries that map a glob to the `news-article` language, so that no
 * `.txt` file outside the chosen folders changes. VS Code matches a pattern without a slash
 * against the file name and a pattern with one against the full path; so do we.
 */
import picomatch from 'picomatch';
import { ARTICLE_LANGUAGE_ID } from '../protocol';

/** Decides whether a file path is an article. */
export interface ArticleMatcher {
  readonly globs: readonly string[];
  matches(fsPath: string): boolean;
}

/** Globs of `files.associations` that map to the article language, plus extra globs. */
export function articleGlobsFrom(associations: unknown, extra: readonly string[] = []): string[] {
  const globs = new Set<string>(extra);
  if (associations && typeof associations === 'object') {
    for (const [glob, language] of Object.entries(associations as Record<string, unknown>)) {
      if (language === ARTICLE_LANGUAGE_ID) globs.add(glob);
    }
  }
  // The `.article` extension is the language's own.
  globs.add('*.article');
  return [...globs];
}

/** A matcher for `globs`, following VS Code's file-name versus full-path rule. */
export function articleMatcher(globs: readonly string[]): ArticleMatcher {
  const byName: Array<(s: string) => boolean> = [];
  const byPath: Array<(s: string) => boolean> = [];
  for (const glob of globs) {
    try {
      const test = picomatch(glob, { dot: true, nocase: process.platform === 'win32' });
      (glob.includes('/') ? byPath : byName).push(test);
    } catch {
      // An invalid glob in the user's settings matches nothing rather than breaking the server.
    }
  }
  return {
    globs,
    matches(fsPath: string): boolean {
      const path = fsPath.replace(/\\/g, '/');
      const name = path.slice(path.lastIndexOf('/') + 1);
      return byName.some((t) => t(name)) || byPath.some((t) => t(path));
    },
  };
}
