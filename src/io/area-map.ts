/**
 * The area map (`--area-map FILE`): CSV with a header `old,new[,council]` naming an area (or its code) in
 * the earlier election and the area it became in the later one, for renamed or notional areas.
 *
 *     old,new,council
 *     St Peter's Parish,St Peter's,Worcester
 */
import { DataError } from '../errors';
import type { AreaMapEntry } from '../core/match';
import { readSideCsv } from './side-csv';

const areaMapFile = {
  what: 'area map',
  header: 'old,new[,council]',
  columns: {
    before: { names: ['old', 'before', 'from', 'previous'], required: true },
    after: { names: ['new', 'after', 'to', 'current'], required: true },
    council: { names: ['council'] },
  },
};

export function parseAreaMap(text: string, file: string): AreaMapEntry[] {
  return readSideCsv(text, file, areaMapFile).map(({ cells, origin }) => {
    if (cells.before === '') throw new DataError(origin, 'old area is blank');
    if (cells.after === '') throw new DataError(origin, `new area is blank (for ${JSON.stringify(cells.before)})`);
    return { before: cells.before, after: cells.after, council: cells.council === '' ? null : cells.council, origin };
  });
}
