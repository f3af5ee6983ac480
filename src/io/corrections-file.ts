/**
 * `--corrections FILE`: figures put right on top of the input (core/corrections.ts), a CSV
 *
 *     council,contest,candidate,field,value,source
 *     Worcester,Battenhall,Louis Stephen,votes,1018,Returning officer's recount notice
 *
 * `council` may be left out (a file of one council); `ward` or `area` are accepted for `contest`. `field` is
 * `votes` (a whole number), `party` (a name or code, through the party registry) or `elected` (1/0, yes/no).
 * Every correction needs a source: a figure changed without one is not on record.
 */
import { DataError, quote } from '../errors';
import type { Correction, CorrectedField } from '../core/corrections';
import { INDEPENDENT, type PartyRegistry } from '../core/parties';
import { parseCount, parseFlag } from './cells';
import { readSideCsv } from './side-csv';

const correctionsFile = {
  what: 'corrections file',
  header: 'council,contest,candidate,field,value,source',
  columns: {
    council: { names: ['council'] },
    area: { names: ['contest', 'ward', 'area', 'constituency', 'division'], required: true },
    candidate: { names: ['candidate'], required: true },
    field: { names: ['field'], required: true },
    value: { names: ['value', 'new value'], required: true },
    source: { names: ['source'], required: true },
  },
} as const;

const fields: readonly CorrectedField[] = ['votes', 'party', 'elected'];

export function parseCorrectionsFile(text: string, file: string, registry: PartyRegistry): Correction[] {
  return readSideCsv(text, file, correctionsFile).map(({ cells, origin }) => {
    if (cells.area === '') throw new DataError(origin, 'contest is blank');
    if (cells.candidate === '') throw new DataError(origin, 'candidate is blank');
    if (cells.source === '')
      throw new DataError(origin, `no source for the correction of ${cells.candidate}: say where the new figure comes from`);
    const field = cells.field.toLowerCase() as CorrectedField;
    if (!fields.includes(field)) throw new DataError(origin, `field must be one of ${fields.join(', ')}, got ${quote(cells.field)}`);
    let value: Correction['value'];
    if (field === 'votes') {
      const votes = parseCount(cells.value, 'votes', origin);
      if (votes === null) throw new DataError(origin, `no new value for ${cells.candidate}'s votes`);
      value = votes;
    } else if (field === 'elected') {
      const elected = parseFlag(cells.value, 'elected', origin);
      if (elected === null) throw new DataError(origin, `no new value for whether ${cells.candidate} was elected`);
      value = elected;
    } else {
      if (cells.value === '') throw new DataError(origin, `no new party for ${cells.candidate}`);
      const party = registry.lookup(cells.value);
      const name = party?.name ?? cells.value;
      value = { party: name, partyCode: party?.code ?? cells.value, independent: name === INDEPENDENT };
    }
    return {
      council: cells.council === '' ? null : cells.council,
      area: cells.area,
      candidate: cells.candidate,
      field,
      value,
      source: cells.source,
      origin,
    };
  });
}
