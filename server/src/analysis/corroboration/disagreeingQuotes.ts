/**
 * A passage that gives a quotation to someone else, or words it so that its meaning changes, does
 * not corroborate the claim it is set against: it disagrees with it. Two such sentences share most
 * of their words (the quotation), so they match strongly, and a hover listing the one as a source of
 * the other would count a misattribution as support. Once contradictions are known, the links
 * between the two claims of a quote or attribution contradiction are dropped; the hover and the
 * report show the pair as a disagreement instead. (Contradictions of counts, times or titles keep
 * their links: two articles giving one fact different numbers still report the same fact.)
 */
import type { Claim, Contradiction, ContradictionKind, Corroboration, DocumentAnalysis, Passage } from '../types';
import type { CorroborationMap } from './corroborate';

/** Kinds of contradiction whose two passages report different statements, not one fact told two ways. */
const STATEMENT_KINDS: ReadonlySet<ContradictionKind> = new Set<ContradictionKind>(['quote', 'attribution']);

/** `corroborations` without the links that join the two claims of a quote or attribution contradiction. */
export function withoutDisagreeingQuotes(
  corroborations: CorroborationMap,
  contradictions: readonly Contradiction[],
  documents: ReadonlyMap<string, DocumentAnalysis>,
): CorroborationMap {
  // The passages of each such contradiction, listed under every document they are in.
  const byUri = new Map<string, Passage[][]>();
  for (const c of contradictions) {
    if (!STATEMENT_KINDS.has(c.kind)) continue;
    for (const uri of new Set(c.items.map((x) => x.uri))) {
      const list = byUri.get(uri);
      if (list) list.push(c.items);
      else byUri.set(uri, [c.items]);
    }
  }
  if (byUri.size === 0) return corroborations;
  const out: CorroborationMap = new Map();
  for (const [uri, perClaim] of corroborations) {
    const pairs = byUri.get(uri);
    if (!pairs) {
      out.set(uri, perClaim);
      continue;
    }
    const claims = new Map((documents.get(uri)?.claims ?? []).map((c) => [c.key, c]));
    const kept = new Map<string, Corroboration[]>();
    for (const [key, links] of perClaim) {
      const claim = claims.get(key);
      const left = claim ? links.filter((link) => !pairs.some((items) => joins(items, uri, claim, link))) : links;
      if (left.length > 0) kept.set(key, left);
    }
    out.set(uri, kept);
  }
  return out;
}

/** True when one of `items` lies inside the claim and another inside the linked passage. */
function joins(items: readonly Passage[], uri: string, claim: Claim, link: Corroboration): boolean {
  return items.some((x) => inside(x, uri, claim)) && items.some((y) => inside(y, link.uri, link));
}

function inside(x: Passage, uri: string, span: { start: number; end: number }): boolean {
  return x.uri === uri && x.start >= span.start && x.end <= span.end;
}
