/**
 * Adding up type evidence: the type with the largest total weight wins.
 */
import type { EntityType, TypeEvidence } from '../types';

/** Order used to break ties, so that results do not depend on the order of cues. */
const TIE_ORDER: readonly EntityType[] = ['GPE', 'PERSON', 'ORG', 'LOC', 'FAC', 'PRODUCT', 'NORP'];

/** Total weight per type. */
export function totals(evidence: Iterable<TypeEvidence>): Map<EntityType, number> {
  const t = new Map<EntityType, number>();
  for (const e of evidence) t.set(e.type, (t.get(e.type) ?? 0) + e.weight);
  return t;
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
  // Same arithmetic as totals() then groupTotals() (the same additions in the same order, so ties
  // come out alike), without building maps: this runs for every mention.
  const types: EntityType[] = [];
  const sums: number[] = [];
  for (const e of evidence) {
    const i = types.indexOf(e.type);
    if (i < 0) {
      types.push(e.type);
      sums.push(0 + e.weight);
    } else sums[i] += e.weight;
  }
  const groupOf = types.map(typeGroup);
  let group = '';
  let w = -Infinity;
  for (const name of GROUP_ORDER) {
    let total: number | undefined;
    for (let i = 0; i < types.length; i++) if (groupOf[i] === name) total = (total ?? 0) + sums[i];
    if (total !== undefined && total > w) {
      group = name;
      w = total;
    }
  }
  let best: EntityType | undefined;
  let bestWeight = -Infinity;
  for (const type of TIE_ORDER) {
    const i = types.indexOf(type);
    if (i >= 0 && groupOf[i] === group && sums[i] > bestWeight) {
      best = type;
      bestWeight = sums[i];
    }
  }
  return best ?? 'PERSON';
}

const GROUP_ORDER = ['PLACE', 'PERSON', 'ORG', 'OTHER'] as const;
