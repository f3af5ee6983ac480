/**
 * Type-checked like consumer.ts but as CommonJS (a .cts file compiles to require): the require types entry
 * (dist/index.d.ts). Exercises: compareShares over matchContests, and the SwingComparison type.
 */
import { compareShares, matchContests, type Contest, type SwingComparison } from 'psephology';

export function swingBetween(before: readonly Contest[], after: readonly Contest[]): SwingComparison {
  return compareShares(matchContests(before, after), 'top');
}
