/**
 * The user's party file (`--parties FILE`): CSV with a header `party,code,colour,aliases`; aliases are
 * separated by `;` or `|`. A row naming a known party or code extends it (new aliases, a new colour).
 *
 *     party,code,colour,aliases
 *     Ashfield Independents,AshInd,#9E1A1A,Ashfield Ind;AI
 */
import { DataError, InputError } from '../errors';
import type { Party } from '../core/parties';
import { CsvScanner } from './csv';
import { headerKey } from './layouts/layout';

export function parsePartiesFile(text: string, file: string): Party[] {
  const records: { cells: string[]; line: number }[] = [];
  const scanner = new CsvScanner(file, (cells, line) => records.push({ cells, line }));
  scanner.push(text.replace(/^\uFEFF/, ''));
  scanner.end();
  const [header, ...rows] = records;
  if (!header) throw new InputError(file, 'empty party file: expected a header party,code,colour,aliases');
  const columns = header.cells.map(headerKey);
  const index = (name: string) => columns.indexOf(name);
  const partyColumn = index('party') !== -1 ? index('party') : index('name');
  if (partyColumn === -1) {
    throw new InputError(file, `missing column "party" (found: ${header.cells.join(', ')})`);
  }
  return rows.map(({ cells, line }) => {
    const cell = (column: number) => (column === -1 ? '' : (cells[column] ?? '').trim());
    const name = cell(partyColumn);
    if (name === '') throw new DataError({ file, line }, 'party is blank');
    const colour = cell(index('colour') !== -1 ? index('colour') : index('color'));
    if (colour !== '' && !/^#[0-9a-f]{6}$/i.test(colour)) {
      throw new DataError({ file, line }, `colour must be #rrggbb, got ${JSON.stringify(colour)}`);
    }
    return {
      name,
      code: cell(index('code')),
      colour: colour === '' ? null : colour,
      aliases: cell(index('aliases'))
        .split(/[;|]/)
        .map((alias) => alias.trim())
        .filter((alias) => alias !== ''),
    };
  });
}
