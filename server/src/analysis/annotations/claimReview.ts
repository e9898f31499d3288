/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), one per annotation, with the
 * fields Google's Fact Check markup asks for: `claimReviewed`, `reviewRating` with `alternateName`
 * (and a 1-5 numeric rating where the verdict is a degree of truth), `url`, `author`,
 * `datePublished`, and `itemReviewed` (a Claim with its `appearance`, `author` and
 * `datePublished` when the article tells them).
 */
import { VERDICT_LABELS, type Annotation, type Verdict } from './model';

/** What is known of the article a claim appears in. */
export interface ArticleInfo {
  /** The article's URL (a file: URL when it has no published one). */
  url: string;
  headline?: string;
  /** Publication date, ISO yyyy-mm-dd. */
  published?: string;
  /** Who made the claim or published the article, when known. */
  author?: string;
}

export interface ClaimReviewOptions {
  /** URL of the page that publishes the review; the annotation's id is added as a fragment. */
  reviewUrl: string;
  /** Turns an evidence passage's source (a workspace path) into a URL. */
  sourceUrl?: (source: string) => string;
  /** The organisation publishing the reviews, when there is one. */
  publisher?: string;
}

/** Numeric ratings, 1 (false) to 5 (true); verdicts that are not degrees of truth have none. */
const NUMERIC_RATING: Partial<Record<Verdict, number>> = { false: 1, misleading: 2, verified: 5 };

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'CreativeWork'; url: string; headline?: string; datePublished?: string };
    author?: { '@type': 'Organization' | 'Person'; name: string };
    datePublished?: string;
  };
  author: { '@type': 'Person'; name: string };
  publisher?: { '@type': 'Organization'; name: string };
  datePublished: string;
  dateModified?: string;
  reviewBody?: string;
  citation?: Array<{ '@type': 'CreativeWork'; url: string; text?: string }>;
}

/**
 * The ClaimReview of one annotation. `quote` is the claim's current wording (after re-anchoring);
 * the stored quote is used when it is not given.
 */
export function buildClaimReview(a: Annotation, article: ArticleInfo, options: ClaimReviewOptions, quote = a.target.quote.exact): ClaimReview {
  const numeric = NUMERIC_RATING[a.verdict];
  const review: ClaimReview = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: withFragment(options.reviewUrl, fragmentOf(a.id)),
    claimReviewed: collapse(quote),
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[a.verdict],
      ...(numeric !== undefined ? { ratingValue: numeric, bestRating: 5, worstRating: 1 } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', url: article.url, ...(article.headline ? { headline: article.headline } : {}), ...(article.published ? { datePublished: article.published } : {}) },
      ...(article.author ? { author: { '@type': 'Organization' as const, name: article.author } } : {}),
      ...(article.published ? { datePublished: article.published } : {}),
    },
    author: { '@type': 'Person', name: a.author || 'Unknown' },
    ...(options.publisher ? { publisher: { '@type': 'Organization' as const, name: options.publisher } } : {}),
    datePublished: dateOnly(a.created),
    ...(a.modified && a.modified !== a.created ? { dateModified: dateOnly(a.modified) } : {}),
    ...(a.note.trim() ? { reviewBody: a.note.trim() } : {}),
  };
  const citation = a.evidence.map((e) =>
    e.kind === 'url'
      ? { '@type': 'CreativeWork' as const, url: e.url }
      : { '@type': 'CreativeWork' as const, url: options.sourceUrl ? options.sourceUrl(e.target.source) : e.target.source, text: collapse(e.target.quote.exact) },
  );
  if (citation.length) review.citation = citation;
  return review;
}

/** The URL fragment that names an annotation: its uuid without the `urn:uuid:` scheme. */
export function fragmentOf(id: string): string {
  return 'annotation-' + id.replace(/^urn:uuid:/, '').replace(/[^A-Za-z0-9._~-]/g, '-');
}

function withFragment(url: string, fragment: string): string {
  const hash = url.indexOf('#');
  return (hash === -1 ? url : url.slice(0, hash)) + '#' + fragment;
}

function dateOnly(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10);
}

/** Claims are shown on one line: runs of white space (line breaks included) become one space. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
