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
