/**
 * `crosscheck export --format claimreview|w3c [--base-url URL] [--publisher NAME] <paths>`:
 * exports the user annotations of the given articles (issue 5). Each annotation is re-anchored in
 * the article's current text first, so offsets and quotes are today's; orphans (passage deleted)
 * stay in the W3C export with their last known selectors and are left out of ClaimReview, with a
 * note on stderr. Exit code 0; 1 when an annotation file could not be read; 2 on usage errors.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, DEFAULT_ANALYSIS_OPTIONS, DEFAULT_MAX_FILE_BYTES } from '../analysis';
import { buildClaimReview, reanchor, toW3C, W3C_CONTEXT, type ArticleInfo, type ClaimReview, type W3CAnnotation } from '../analysis/annotations';
import { AnnotationStore, articlePathFor, findWorkspaceRoot } from '../store';
import { parseCommandArgs } from './args';
import { ARTICLE_EXTENSIONS, expandPaths, readArticle, UsageError } from './files';
import type { CliStreams } from './run';

/** Folders are searched for these extensions (the editor's `.article` files included). */
const EXPORT_EXTENSIONS = [...ARTICLE_EXTENSIONS, '.article'];

const EXPORT_HELP = `Usage: crosscheck export --format claimreview|w3c [--base-url URL] [--publisher NAME] <files or folders>...

Exports the annotations stored in .crosscheck/annotations/ for the given articles:
  claimreview   schema.org ClaimReview JSON-LD, one per annotation (orphans left out)
  w3c           a W3C Web Annotation collection (TextQuoteSelector + TextPositionSelector)

Options:
  --base-url URL     where the articles are published (default: file: URLs)
  --publisher NAME   organisation publishing the reviews (ClaimReview only)
`;

/** Runs `export`. Resolves to the exit code; usage errors are thrown as UsageError. */
export async function runExport(argv: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    'base-url': { type: 'string' },
    publisher: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(EXPORT_HELP);
    return 0;
  }
  const format = values.format;
  if (format === undefined) throw new UsageError('export needs --format claimreview or --format w3c');
  if (format !== 'claimreview' && format !== 'w3c') throw new UsageError(`--format must be claimreview or w3c, not '${format}'`);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new UsageError(`--base-url must be an absolute URL, not '${baseUrl}'`);
  if (positionals.length === 0) throw new UsageError('no files or folders given');
  const files = expandPaths(positionals, EXPORT_EXTENSIONS);
  if (files.length === 0) throw new UsageError(`no article files found in ${positionals.join(', ')}`);

  let unreadable = 0;
  const reviews: ClaimReview[] = [];
  const w3c: W3CAnnotation[] = [];
  const stores = new Map<string, AnnotationStore>();
  for (const file of files) {
    const root = findWorkspaceRoot(file);
    const article = articlePathFor(root, file) ?? file;
    let store = stores.get(root);
    if (!store) stores.set(root, (store = new AnnotationStore(root, { setAsideCorrupt: false })));
    const read = store.readDetailed(article);
    if (read.problem) {
      io.stderr.write(`crosscheck: ${read.problem.message}\n`);
      unreadable++;
    }
    if (read.annotations.length === 0) continue;

    const articleUrl = baseUrl ? new URL(article, baseUrl).href : pathToFileURL(resolve(file)).href;
    const sourceUrl = (source: string) => (baseUrl ? new URL(source, baseUrl).href : pathToFileURL(resolve(root, source)).href);
    const content = readArticle(file, DEFAULT_MAX_FILE_BYTES);
    if (!content.ok) io.stderr.write(`crosscheck: cannot read ${file} (${content.reason.message}); its annotations are exported as orphans\n`);
    const text = content.ok ? content.text : '';
    const anchored = read.annotations.map((a) => reanchor(a, text));
    const orphans = anchored.filter((x) => x.result.status === 'orphan').length;
    if (orphans > 0) io.stderr.write(`crosscheck: ${file}: ${orphans} orphaned annotation(s), whose passage is no longer in the article\n`);

    if (format === 'w3c') {
      for (const { updated } of anchored) w3c.push(withUrls(toW3C(updated), articleUrl, sourceUrl));
      continue;
    }
    const info = articleInfo(file, text, articleUrl);
    for (const { result, updated } of anchored) {
      if (result.status === 'anchored') reviews.push(buildClaimReview(updated, info, { reviewUrl: articleUrl, sourceUrl, publisher: values.publisher }, text.slice(result.start, result.end)));
    }
    if (format === 'claimreview' && orphans > 0) io.stderr.write(`crosscheck: ${file}: orphaned annotations are not exported as ClaimReview\n`);
  }

  const out =
    format === 'w3c'
      ? { '@context': W3C_CONTEXT, type: 'AnnotationCollection', label: 'Crosscheck annotations', total: w3c.length, first: { type: 'AnnotationPage', startIndex: 0, items: w3c } }
      : reviews;
  io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return unreadable > 0 ? 1 : 0;
}

/** Headline and publication date from the analysis, when it finds them. */
function articleInfo(file: string, text: string, url: string): ArticleInfo {
  if (!text) return { url };
  try {
    const analysis = analyzeDocument(file, text, DEFAULT_ANALYSIS_OPTIONS);
    return { url, headline: analysis.headline?.text.trim() || undefined, published: analysis.published };
  } catch {
    return { url };
  }
}

/** In an export the sources become URLs, so that the annotations make sense outside the workspace. */
function withUrls(a: W3CAnnotation, articleUrl: string, sourceUrl: (s: string) => string): W3CAnnotation {
  return {
    ...a,
    target: { ...a.target, source: articleUrl },
    body: a.body.map((b) => (b.type === 'SpecificResource' && b.selector ? { ...b, source: sourceUrl(b.source) } : b)),
  };
}
