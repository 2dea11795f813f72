/** Pure helpers of the pins order (unit-tested): moving one key, and where a dragged pin lands. */

/** `keys` with `key` moved to index `to` (clamped); the same array content when nothing moves. */
export function moveKey<K>(keys: readonly K[], key: K, to: number): K[] {
  const from = keys.indexOf(key);
  if (from < 0) return [...keys];
  const rest = keys.filter((_, index) => index !== from);
  const target = Math.max(0, Math.min(to, rest.length));
  rest.splice(target, 0, key);
  return rest;
}

/** One step up (-1) or down (+1), for the keyboard. */
export function stepKey<K>(keys: readonly K[], key: K, step: -1 | 1): K[] {
  const from = keys.indexOf(key);
  return from < 0 ? [...keys] : moveKey(keys, key, from + step);
}

/**
 * Index among the OTHER items before which a dragged item belongs, given their vertical midpoints
 * (in list order) and the pointer's y: the first item whose midpoint lies below the pointer.
 */
export function dropIndex(midpoints: readonly number[], pointerY: number): number {
  const index = midpoints.findIndex((mid) => pointerY < mid);
  return index < 0 ? midpoints.length : index;
}

/** True when both lists hold the same keys in the same order. */
export function sameOrder<K>(a: readonly K[], b: readonly K[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}
