/**
 * `--expect FILE`: the contests to come on results night, one a line, so the scoreboard can say "declared N of M"
 * before any previous result is known, and (with a `defending` column) which seats are up, for council control.
 *
 *     council,ward,seats,defending
 *     Worcester,Warndon,1,Labour
 *
 * `area`, `constituency` and `division` are accepted for `ward`; `defending` lists one party a seat, separated
 * by `;` or `|` where a ward fills several ("Labour;Conservative").
 */
import { DataError } from '../errors';
import type { PartyRegistry } from '../core/parties';
import type { ExpectedContest } from '../core/scoreboard';
import { parsePositiveCount } from './cells';
import { readSideCsv } from './side-csv';

const expectFile = {
  what: 'list of contests to come',
  header: 'council,ward[,code][,seats][,defending]',
  columns: {
    council: { names: ['council'] },
    area: { names: ['ward', 'area', 'constituency', 'division'], required: true },
    code: { names: ['code', 'ward code', 'area code', 'ons id'] },
    seats: { names: ['seats'] },
    defending: { names: ['defending'] },
  },
} as const;

export function parseExpectFile(text: string, file: string, registry: PartyRegistry): ExpectedContest[] {
  return readSideCsv(text, file, expectFile).map(({ cells, origin }) => {
    if (cells.area === '') throw new DataError(origin, 'ward is blank');
    const seats = parsePositiveCount(cells.seats, 'seats', origin) ?? 1;
    const defending =
      cells.defending === ''
        ? null
        : cells.defending
            .split(/[;|]/)
            .map((p) => p.trim())
            .filter((p) => p !== '')
            .map((p) => registry.lookup(p)?.name ?? p);
    if (defending !== null && defending.length !== seats) {
      throw new DataError(origin, `${cells.area}: ${defending.length} defending parties for ${seats} seats (one a seat)`);
    }
    return {
      council: cells.council === '' ? null : cells.council,
      area: cells.area,
      code: cells.code === '' ? null : cells.code,
      seats,
      origin,
      defending,
    };
  });
}
