/**
 * Type-checked like consumer.ts but as CommonJS (a .cts file compiles to require): the require types entry
 * (dist/index.d.ts). Exercises: compareShares, compareGains and councilControl and their document types.
 */
import {
  compareGains,
  compareShares,
  councilControl,
  type CouncilDocument,
  type Election,
  type GainsDocument,
  type SwingDocument,
} from 'psephology';

export function compared(before: Election, after: Election): [SwingDocument, GainsDocument, CouncilDocument] {
  return [
    compareShares(before, after, { shareMethod: 'total' }),
    compareGains(before, after),
    councilControl(after, 'Con=19,Lab=15,Grn=1'),
  ];
}
