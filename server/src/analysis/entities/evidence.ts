/**
 * Adding up type evidence: the type with the largest total weight wins.
 */
import type { EntityType, TypeEvidence } from '../types';

/** Order used to break ties, so that results do not depend on the order of cues. */
const TIE_ORDER: readonly EntityType[] = ['GPE', 'PERSON', 'ORG', 'LOC', 'FAC', 'NORP'];

/** Total weight per type. */
export function totals(evidence: Iterable<TypeEvidence>): Map<EntityType, number> {
  const t = new Map<EntityType, number>();
  for (const e of evidence) t.set(e.type, (t.get(e.type) ?? 0) + e.weight);
  return t;
}

/** The type with the largest total weight (ties broken by a fixed order). */
export function bestType(t: ReadonlyMap<EntityType, number>, fallback: EntityType = 'PERSON'): EntityType {
  let best: EntityType | undefined;
  let bestWeight = -Infinity;
  for (const type of TIE_ORDER) {
    const w = t.get(type);
    if (w !== undefined && w > bestWeight) {
      best = type;
      bestWeight = w;
    }
  }
  return best ?? fallback;
}

/** The coarse group of a type: places of all kinds count as one. */
export function typeGroup(type: EntityType): 'PERSON' | 'ORG' | 'PLACE' | 'OTHER' {
  if (type === 'PERSON' || type === 'ORG') return type;
  if (type === 'GPE' || type === 'LOC' || type === 'FAC') return 'PLACE';
  return 'OTHER';
}

/** Total weight per coarse group. */
export function groupTotals(t: ReadonlyMap<EntityType, number>): Map<string, number> {
  const g = new Map<string, number>();
  for (const [type, w] of t) g.set(typeGroup(type), (g.get(typeGroup(type)) ?? 0) + w);
  return g;
}

/**
 * The best type, choosing the best coarse group first (so that weak place cues of different kinds
 * add up against a person cue) and then the best type inside it.
 */
export function chooseType(evidence: Iterable<TypeEvidence>): EntityType {
  const t = totals(evidence);
  const g = groupTotals(t);
  let group = '';
  let w = -Infinity;
  for (const name of ['PLACE', 'PERSON', 'ORG', 'OTHER']) {
    const x = g.get(name);
    if (x !== undefined && x > w) {
      group = name;
      w = x;
    }
  }
  const inGroup = new Map([...t].filter(([type]) => typeGroup(type) === group));
  return bestType(inGroup);
}
