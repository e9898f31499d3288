/**
 * Which facts may be about one event, found through an index so that the cost grows with the
 * matches, not with all pairs of facts in the workspace.
 *
 * Two facts of different articles are compared only when the articles share named entities about
 * the event ("anchors": people, organisations and places named in the fact's sentence, in the
 * headline or lede, named at least twice, or the dateline's place; see EventContext for how many)
 * and were published close together. A fire in one town and a fire in another town a year later
 * share neither, so their death tolls are never compared. Facts of one article are always
 * comparable with each other.
 *
 * Groups are then reduced to a few representatives per value, so that fifty articles agreeing
 * on X and one saying Y give Y against a few of the fifty, not fifty pairs.
 */
import type { DetailedFact } from '../facts/detail';
import { findDateline } from '../dates/dateline';
import { slug } from '../entities/resolveEntities';
import { actorMentions } from '../facts/eventActors';
import type { DocumentAnalysis } from '../types';
import { daysBetween, isoToDate } from '../values/dates';

/** Body sentences (after the headline) whose names count as the story's own. */
const LEDE_SENTENCES = 3;
/** An anchor named in more documents than this (and than `UBIQUITOUS_SHARE` of them) tells no story apart. */
const UBIQUITOUS_MIN_DOCS = 40;
const UBIQUITOUS_SHARE = 0.05;
/** Facts kept per distinct value in a group (from different articles). */
const REPRESENTATIVES = 3;
/** Distinct values kept per group: more than this are not accounts of one event. */
const MAX_VALUES = 24;

/** Single-word anchors of a fact paired into keys; more are dropped (the least named first). */
const MAX_SINGLE_ANCHORS = 8;

/**
 * The anchors of each document and the index keys of each fact. Two facts of different articles
 * land in one group only when the articles share strong evidence of one event:
 * - a name of several words ("olga-renner", "harlow-mills"): a full name is rarely shared by
 *   chance;
 * - two single-word names together ("brennick" and "renner"): a bare surname or a town alone is
 *   shared by unrelated stories (two people called Holt, two stories in one town in one week);
 * - one place named in both facts' own sentences ("the talks in Kampala").
 */
export class EventContext {
  private readonly docAnchors = new Map<string, string[]>();
  private readonly ubiquitous = new Set<string>();
  private readonly places = new Set<string>();
  private readonly mentionCount = new Map<string, number>();

  constructor(docs: readonly DocumentAnalysis[]) {
    const df = new Map<string, number>();
    for (const doc of docs) {
      const anchors = salientEntities(doc);
      this.docAnchors.set(doc.uri, anchors);
      for (const a of anchors) df.set(a, (df.get(a) ?? 0) + 1);
      for (const m of doc.mentions ?? []) {
        if (!m.id) continue;
        if (m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC') this.places.add(m.id);
        this.mentionCount.set(m.id, (this.mentionCount.get(m.id) ?? 0) + 1);
      }
    }
    const limit = Math.max(UBIQUITOUS_MIN_DOCS, UBIQUITOUS_SHARE * docs.length);
    for (const [a, n] of df) if (n > limit) this.ubiquitous.add(a);
  }

  /**
   * The index keys of a fact: its own document (facts of one article are always comparable), each
   * name of several words, each pair of single-word names, and each place of its own sentence,
   * among the names of its sentence and of its document's story that are not ubiquitous.
   */
  anchorsOf(f: DetailedFact): string[] {
    const out = new Set<string>([`doc:${f.uri}`]);
    const names = new Set<string>();
    for (const a of f.detail.actors ?? []) {
      if (this.ubiquitous.has(a)) continue;
      names.add(a);
      if (this.places.has(a)) out.add(`here:${a}`);
    }
    for (const a of this.docAnchors.get(f.uri) ?? []) if (!this.ubiquitous.has(a)) names.add(a);
    const single: string[] = [];
    for (const a of names) {
      if (a.includes('-')) out.add(`name:${a}`);
      else single.push(a);
    }
    single.sort((x, y) => (this.mentionCount.get(y) ?? 0) - (this.mentionCount.get(x) ?? 0) || (x < y ? -1 : 1));
    const kept = single.slice(0, MAX_SINGLE_ANCHORS).sort();
    for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) out.add(`names:${kept[i]}+${kept[j]}`);
    return [...out];
  }
}

/** Names that say what a document is about: headline, dateline, lede, and names repeated. */
function salientEntities(doc: DocumentAnalysis): string[] {
  const out = new Set<string>();
  const lede = new Set<number>();
  let body = 0;
  for (const s of doc.sentences ?? []) {
    if (s.heading) lede.add(s.index);
    else if (body++ < LEDE_SENTENCES) lede.add(s.index);
  }
  const count = new Map<string, number>();
  for (const m of actorMentions(doc)) {
    const id = m.id!;
    const n = (count.get(id) ?? 0) + 1;
    count.set(id, n);
    if (n >= 2 || lede.has(m.sentence)) out.add(id);
  }
  const dateline = findDateline(doc.text ?? '');
  if (dateline) out.add(slug(dateline.place));
  return [...out];
}

/** A group of facts that may be about one event, already reduced to representatives. */
export interface EventGroup {
  key: string;
  facts: DetailedFact[];
}

/**
 * The groups of facts to compare: facts with the same `keyOf` that share an anchor, split where
 * their articles' dates are more than `maxDays` apart, each reduced to a few facts per value
 * (`valueOf`: facts with equal values agree, so a few of them stand for all). Facts come in
 * document order. A pair of facts may occur in several groups (several shared anchors):
 * `PairVisits` lets a rule compare it once.
 */
export function* eventGroups(
  facts: readonly DetailedFact[],
  ctx: EventContext,
  keyOf: (f: DetailedFact) => string | undefined,
  valueOf: (f: DetailedFact) => string,
  maxDays: number,
): Iterable<EventGroup> {
  const buckets = new Map<string, { key: string; facts: DetailedFact[] }>();
  for (const f of facts) {
    const key = keyOf(f);
    if (key === undefined) continue;
    for (const anchor of ctx.anchorsOf(f)) {
      const k = `${key}\u0000${anchor}`;
      const bucket = buckets.get(k);
      if (bucket) bucket.facts.push(f);
      else buckets.set(k, { key, facts: [f] });
    }
  }
  for (const [k, { key, facts: group }] of buckets) {
    if (group.length < 2) continue;
    // Facts of one article are compared in that article's own group.
    if (!k.endsWith(`\u0000doc:${group[0].uri}`) && group.every((f) => f.uri === group[0].uri)) continue;
    for (const cluster of timeClusters(group, maxDays)) {
      if (cluster.length < 2) continue;
      yield { key, facts: representatives(cluster, valueOf) };
    }
  }
}

/**
 * Splits facts where their articles' dates leave a gap of more than `maxDays`; facts of undated
 * articles may belong to any of the stretches, so they join each.
 */
function timeClusters(facts: DetailedFact[], maxDays: number): DetailedFact[][] {
  const dated = facts.filter((f) => isoToDate(f.published));
  if (dated.length <= 1) return [facts];
  const undated = facts.filter((f) => !isoToDate(f.published));
  const sorted = [...dated].sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0));
  const clusters: DetailedFact[][] = [];
  let current: DetailedFact[] = [sorted[0]];
  for (let i = 1; i < sorted.length; i++) {
    if ((daysBetween(sorted[i - 1].published, sorted[i].published) ?? 0) > maxDays) {
      clusters.push(current);
      current = [];
    }
    current.push(sorted[i]);
  }
  clusters.push(current);
  return clusters.map((c) => byDocumentOrder([...c, ...undated]));
}

/**
 * A few facts per value, from different articles, body text before headlines. A group with more
 * than `MAX_VALUES` values keeps the most reported ones: so many values are not accounts of one
 * event, and comparing them all would cost the square of their number.
 */
function representatives(facts: DetailedFact[], valueOf: (f: DetailedFact) => string): DetailedFact[] {
  const ordered = byDocumentOrder(facts);
  const byValue = new Map<string, DetailedFact[]>();
  for (const f of ordered) {
    const v = valueOf(f);
    const list = byValue.get(v);
    if (list) list.push(f);
    else byValue.set(v, [f]);
  }
  const values = [...byValue.values()];
  if (values.length > MAX_VALUES) values.sort((a, b) => b.length - a.length).splice(MAX_VALUES);
  const kept: DetailedFact[] = [];
  for (const list of values) {
    // One fact per article: its first statement in body text, else its first in a headline.
    const perDoc = new Map<string, DetailedFact>();
    for (const f of list) {
      const seen = perDoc.get(f.uri);
      if (!seen || (seen.detail.heading && !f.detail.heading)) perDoc.set(f.uri, f);
    }
    kept.push(...[...perDoc.values()].slice(0, REPRESENTATIVES));
  }
  return byDocumentOrder(kept);
}

function byDocumentOrder(facts: DetailedFact[]): DetailedFact[] {
  return [...new Set(facts)].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.span.start - b.span.start));
}

/** Remembers which pairs of facts a rule has compared, so that a pair in two groups is compared once. */
export class PairVisits {
  private readonly ids = new Map<DetailedFact, number>();
  private readonly seen = new Set<number>();

  /** True the first time the pair is offered, false afterwards. */
  first(a: DetailedFact, b: DetailedFact): boolean {
    const ia = this.idOf(a);
    const ib = this.idOf(b);
    const key = ia < ib ? ia * 4_194_304 + ib : ib * 4_194_304 + ia;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  private idOf(f: DetailedFact): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(f, id);
    }
    return id;
  }
}
