/**
 * Converting annotations to and from the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/), the format of the store files and of
 * `crosscheck export --format w3c`:
 *
 * - motivation `assessing`; the verdict is a TextualBody with purpose `assessing`, the note a
 *   TextualBody with purpose `commenting`, each evidence link a SpecificResource with purpose
 *   `linking` (with selectors when it is a passage of another article);
 * - the target is the article with a TextQuoteSelector (prefix/exact/suffix) and a
 *   TextPositionSelector.
 *
 * Reading is strict: anything that does not fit is reported with where it is, so that a
 * hand-broken file is set aside whole rather than half-read and then overwritten.
 */
import { isVerdict, type Annotation, type AnnotationTarget, type Evidence, type TextPositionSelector, type TextQuoteSelector } from './model';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3CSelectorPair {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export type W3CBody =
  | { type: 'TextualBody'; purpose: 'assessing'; value: string }
  | { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' }
  | ({ type: 'SpecificResource'; purpose: 'linking'; source: string; selector?: [TextQuoteSelector, TextPositionSelector] });

export interface W3CAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  body: W3CBody[];
  target: W3CSelectorPair;
}

/** An AnnotationCollection with its one page inline: the shape of store files and W3C exports. */
export interface W3CCollection {
  '@context': string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

/** The W3C form of an annotation. `withContext` adds `@context` for a standalone document. */
export function toW3C(a: Annotation, withContext = false): W3CAnnotation {
  const body: W3CBody[] = [{ type: 'TextualBody', purpose: 'assessing', value: a.verdict }];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const e of a.evidence) {
    body.push(e.kind === 'url' ? { type: 'SpecificResource', purpose: 'linking', source: e.url } : { type: 'SpecificResource', purpose: 'linking', ...targetToW3C(e.target) });
  }
  return {
    ...(withContext ? { '@context': W3C_CONTEXT } : {}),
    id: a.id,
    type: 'Annotation',
    motivation: 'assessing',
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.author },
    body,
    target: targetToW3C(a.target),
  };
}

/** A collection of annotations (ordered by creation time, then id, so files diff well). */
export function toW3CCollection(annotations: readonly Annotation[], label: string): W3CCollection {
  const items = [...annotations].sort(compareAnnotations).map((a) => toW3C(a));
  return { '@context': W3C_CONTEXT, type: 'AnnotationCollection', label, total: items.length, first: { type: 'AnnotationPage', startIndex: 0, items } };
}

/** Stable order: creation time, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function targetToW3C(t: AnnotationTarget): W3CSelectorPair {
  return { source: t.source, selector: [{ ...t.quote }, { ...t.position }] };
}

/** Thrown by the readers below with a message that says where the problem is. */
export class AnnotationFormatError extends Error {}

/** Reads one W3C annotation written by `toW3C` (or by hand, if it follows the same shape). */
export function fromW3C(raw: unknown, where = 'annotation'): Annotation {
  const o = object(raw, where);
  const id = string(o.id, `${where}.id`);
  if (o.type !== 'Annotation') fail(`${where}.type must be "Annotation"`);
  const created = timestamp(o.created, `${where}.created`);
  const modified = o.modified === undefined ? created : timestamp(o.modified, `${where}.modified`);
  const creator = o.creator === undefined ? {} : object(o.creator, `${where}.creator`);
  const author = creator.name === undefined ? '' : string(creator.name, `${where}.creator.name`);
  const bodies = Array.isArray(o.body) ? o.body : o.body === undefined ? [] : [o.body];
  let verdict: Annotation['verdict'] | undefined;
  let note = '';
  const evidence: Evidence[] = [];
  bodies.forEach((b, i) => {
    const bw = `${where}.body[${i}]`;
    const body = object(b, bw);
    if (body.purpose === 'assessing') {
      const v = string(body.value, `${bw}.value`);
      if (!isVerdict(v)) fail(`${bw}.value "${v}" is not a verdict (verified, false, misleading, unproven, needs-source)`);
      verdict = v;
    } else if (body.purpose === 'commenting') note = string(body.value, `${bw}.value`);
    else if (body.purpose === 'linking') {
      const source = string(body.source, `${bw}.source`);
      evidence.push(body.selector === undefined ? { kind: 'url', url: source } : { kind: 'passage', target: targetFromW3C(body, bw) });
    } else fail(`${bw}.purpose must be assessing, commenting or linking`);
  });
  if (!verdict) fail(`${where} has no verdict (a body with purpose "assessing")`);
  return { id, verdict, note, evidence, author, created, modified, target: targetFromW3C(o.target, `${where}.target`) };
}

function targetFromW3C(raw: unknown, where: string): AnnotationTarget {
  const o = object(raw, where);
  const source = string(o.source, `${where}.source`);
  const selectors = Array.isArray(o.selector) ? o.selector : [o.selector];
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  selectors.forEach((s, i) => {
    const sw = `${where}.selector[${i}]`;
    const sel = object(s, sw);
    if (sel.type === 'TextQuoteSelector') {
      quote = {
        type: 'TextQuoteSelector',
        exact: string(sel.exact, `${sw}.exact`),
        prefix: sel.prefix === undefined ? '' : string(sel.prefix, `${sw}.prefix`),
        suffix: sel.suffix === undefined ? '' : string(sel.suffix, `${sw}.suffix`),
      };
    } else if (sel.type === 'TextPositionSelector') {
      const start = offset(sel.start, `${sw}.start`);
      const end = offset(sel.end, `${sw}.end`);
      if (end < start) fail(`${sw}: end ${end} is before start ${start}`);
      position = { type: 'TextPositionSelector', start, end };
    }
  });
  if (!quote) fail(`${where} has no TextQuoteSelector`);
  return { source, quote, position: position ?? { type: 'TextPositionSelector', start: 0, end: 0 } };
}

/** Reads a collection (or a bare array of annotations) into annotations. */
export function fromW3CCollection(raw: unknown): Annotation[] {
  const items = Array.isArray(raw) ? raw : (() => {
    const o = object(raw, 'file');
    if (o.type !== 'AnnotationCollection') fail('file: type must be "AnnotationCollection"');
    const page = object(o.first, 'file.first');
    if (!Array.isArray(page.items)) fail('file.first.items must be an array');
    return page.items as unknown[];
  })();
  const seen = new Set<string>();
  return items.map((item, i) => {
    const a = fromW3C(item, `items[${i}]`);
    if (seen.has(a.id)) fail(`items[${i}].id "${a.id}" appears twice`);
    seen.add(a.id);
    return a;
  });
}

function fail(message: string): never {
  throw new AnnotationFormatError(message);
}

function object(v: unknown, where: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(`${where} must be an object`);
  return v as Record<string, unknown>;
}

function string(v: unknown, where: string): string {
  if (typeof v !== 'string') fail(`${where} must be a string`);
  return v;
}

function offset(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`${where} must be a whole number >= 0`);
  return v;
}

function timestamp(v: unknown, where: string): string {
  const s = string(v, where);
  if (Number.isNaN(Date.parse(s))) fail(`${where} "${s}" is not a date and time`);
  return s;
}
