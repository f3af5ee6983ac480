/** How a report cell is shown to people (table, markdown): the one place values become display text. */
import type { CellValue, Column } from '../report/report';
import { formatChange, formatCount, formatNet, formatShare } from '../report/numbers';

export function displayCell(value: CellValue, column: Column): string {
  if (value === null) return '';
  switch (column.type) {
    case 'count':
      return typeof value === 'number' ? formatCount(value) : String(value);
    case 'net':
      return typeof value === 'number' ? formatNet(value) : String(value);
    case 'share':
      return typeof value === 'number' ? formatShare(value) : String(value);
    case 'change':
      return typeof value === 'number' ? formatChange(value) : String(value);
    case 'flag':
      return value === true ? 'yes' : value === false ? '' : String(value);
    case 'text':
    case 'party':
      return String(value);
  }
}

export function isNumeric(column: Column): boolean {
  return column.type === 'count' || column.type === 'net' || column.type === 'share' || column.type === 'change';
}
