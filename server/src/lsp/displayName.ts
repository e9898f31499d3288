/**
 * How a document is named to the user: its headline when one was found, else its file name.
 */
import type { CorpusAnalysis } from '../analysis';

/** The file name at the end of a URI or path, decoded. */
export function baseName(uri: string): string {
  const last = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The headline of `uri`'s document, or its file name. */
export function displayName(analysis: CorpusAnalysis, uri: string): string {
  const headline = analysis.documents.get(uri)?.headline?.text;
  return headline && headline.length <= 140 ? headline : baseName(uri);
}
