/**
 * The user's party file (`--parties FILE`): CSV with a header `party,code,colour,aliases`; aliases are
 * separated by `;` or `|`. A row naming a known party or code extends it (new aliases, a new colour).
 *
 *     party,code,colour,aliases
 *     Ashfield Independents,AshInd,#9E1A1A,Ashfield Ind;AI
 */
import { DataError } from '../errors';
import type { Party } from '../core/parties';
import { readSideCsv } from './side-csv';

const partiesFile = {
  what: 'party file',
  header: 'party,code,colour,aliases',
  columns: {
    party: { names: ['party', 'name'], required: true },
    code: { names: ['code'] },
    colour: { names: ['colour', 'color'] },
    aliases: { names: ['aliases'] },
  },
};

export function parsePartiesFile(text: string, file: string): Party[] {
  return readSideCsv(text, file, partiesFile).map(({ cells, origin }) => {
    if (cells.party === '') throw new DataError(origin, 'party is blank');
    if (cells.colour !== '' && !/^#[0-9a-f]{6}$/i.test(cells.colour)) {
      throw new DataError(origin, `colour must be #rrggbb, got ${JSON.stringify(cells.colour)}`);
    }
    return {
      name: cells.party,
      code: cells.code,
      colour: cells.colour === '' ? null : cells.colour,
      aliases: cells.aliases
        .split(/[;|]/)
        .map((alias) => alias.trim())
        .filter((alias) => alias !== ''),
    };
  });
}
