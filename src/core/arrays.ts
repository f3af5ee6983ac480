/**
 * Array helpers for data-sized arrays. `target.push(...items)`, `Math.max(...values)` and `Math.min(...values)`
 * pass every element as a call argument, and V8 throws `RangeError: Maximum call stack size exceeded` past
 * about 120,000 of them: a file of 125,000 wards, or one ward with 125,000 candidates, is data, not a bug
 * in the input. These loop instead.
 */

/** Adds `items` to the end of `target`, in order; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when there is none or all are smaller. */
export function largest(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let most = floor;
  for (const value of values) if (value > most) most = value;
  return most;
}

/** The smallest of `values`, or `ceiling` when there is none or all are larger. */
export function smallest(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let least = ceiling;
  for (const value of values) if (value < least) least = value;
  return least;
}

/**
 * `items` grouped by `keyOf`, groups in order of their first item and items in order within each. One pass: a
 * filter per group is quadratic in groups (a file of 8,000 councils compared with itself: 25 s -> 10 s).
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
