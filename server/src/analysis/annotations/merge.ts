/**
 * Three-way merge of annotation lists by id, so that a write never overwrites what another
 * window or a `git pull` put in the store file since it was read:
 *
 * - `base`: what this writer last read or wrote; `ours`: what it wants now; `theirs`: the file now.
 * - Added on either side: kept. Deleted on one side and untouched on the other: deleted.
 * - Changed on both sides: the later `modified` wins (ours on a tie). Deleted on one side but
 *   changed on the other: the change wins, so that no edit is lost.
 */
import type { Annotation } from './model';
import { compareAnnotations, toW3C } from './w3c';

/** Merges three lists by id with the rules above; the result is in store order (creation time, then id). */
export function mergeAnnotations(base: readonly Annotation[], ours: readonly Annotation[], theirs: readonly Annotation[]): Annotation[] {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const out: Annotation[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const pick = mergeOne(b.get(id), o.get(id), t.get(id));
    if (pick) out.push(pick);
  }
  return out.sort(compareAnnotations);
}

function mergeOne(base: Annotation | undefined, ours: Annotation | undefined, theirs: Annotation | undefined): Annotation | undefined {
  if (!ours && !theirs) return undefined;
  if (ours && theirs) {
    const oursChanged = !base || !same(base, ours);
    const theirsChanged = !base || !same(base, theirs);
    if (oursChanged && theirsChanged) return theirs.modified > ours.modified ? theirs : ours;
    return theirsChanged ? theirs : ours;
  }
  const only = (ours ?? theirs)!;
  // Present on one side only: new there (no base), or deleted on the other side.
  if (!base) return only;
  return same(base, only) ? undefined : only;
}

function same(a: Annotation, b: Annotation): boolean {
  // Compared in their stored form, whose key order is fixed.
  return JSON.stringify(toW3C(a)) === JSON.stringify(toW3C(b));
}

function byId(list: readonly Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}
