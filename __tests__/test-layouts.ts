/**
 * Test-only readers for three real layouts (LEAP, Electoral Commission, Commons Library): positional columns,
 * every cell as the file writes it (a LEAP lot's "(ELECTED)" stays in the name). They let the check rules be
 * tested apart from the product's layouts (src/io/layouts), whose own tests are __tests__/io/layouts.test.ts.
 */
import { createReadStream } from 'node:fs';
import type { CheckInput } from '../src/core/check/check';
import { structureFinding } from '../src/core/check/structure';
import type { Contest } from '../src/core/model';
import { PartyRegistry } from '../src/core/parties';
import { parseCount, parseFlag, parseText } from '../src/io/cells';
import type { Encoding } from '../src/io/decode';
import type { Layout } from '../src/io/layouts/layout';
import { readCollecting, type CollectedReading } from '../src/io/read-collecting';
import { candidateRow } from '../src/io/rows';

interface Columns {
  council?: number;
  area: number;
  code: number;
  candidate: readonly number[];
  party: number;
  votes: number;
  elected?: number;
}

function testLayout(name: string, headerless: boolean, columns: Columns): Layout {
  return {
    name,
    title: `${name} (test-only reader)`,
    columns: [],
    headerless,
    match: () => 1,
    open: () => ({
      read(cells, origin) {
        const area = parseText(cells[columns.area] ?? '');
        // LEAP placeholder rows (NULL in every field after the ward: elected mayors) and the EC's totals row.
        if (area === '' || cells[columns.votes] === 'NULL') return { setAside: 'not a candidate row' };
        return [
          candidateRow({
            council: columns.council === undefined ? null : parseText(cells[columns.council] ?? ''),
            area,
            code: parseText(cells[columns.code] ?? '') || null,
            candidate: parseText(columns.candidate.map((i) => cells[i] ?? '').join(' ')),
            party: parseText(cells[columns.party] ?? ''),
            votes: parseCount(cells[columns.votes] ?? '', 'votes', origin),
            elected: columns.elected === undefined ? null : parseFlag(cells[columns.elected] ?? '', 'elected', origin),
            origin,
          }),
        ];
      },
    }),
  };
}

/** LEAP: council, council code, ward, ward code, candidate, party code, votes, elected; no header. */
export const leapLayout = testLayout('leap', true, { council: 0, area: 2, code: 3, candidate: [4], party: 5, votes: 6, elected: 7 });
/** Electoral Commission GE2015 RESULTS: Forename, Surname, ..., Constituency Name, ..., Votes, ..., Constituency ID, ..., Party name identifier. */
export const ecLayout = testLayout('ec', false, { area: 3, code: 11, candidate: [0, 1], party: 17, votes: 5 });
/** Commons Library candidate files (2025 re-issue headers): ONS ID, ..., Constituency name, ..., Party name, ..., first name, surname, ..., Votes. */
export const hocLayout = testLayout('hoc', false, { area: 2, code: 0, candidate: [12, 13], party: 7, votes: 18 });

export async function readWith(layout: Layout, file: string, name = file, encoding?: Encoding): Promise<CollectedReading> {
  return readCollecting([{ name, chunks: createReadStream(file) }], { registry: new PartyRegistry(), layout, encoding });
}

export type { Contest };

/** The check's options as `results check` sets them with no flags. */
export const defaultCheckOptions = {
  registry: new PartyRegistry(),
  strict: false,
  only: [],
  ignore: [],
  maxChange: null,
  maxSwing: null,
  shareMethod: 'top' as const,
};

/** What the check reads: a reading's contests and its structural errors as findings, with nothing to compare. */
export function checkInput(reading: CollectedReading): CheckInput {
  return { contests: reading.contests, readFindings: reading.errors.map(structureFinding), previous: null, against: null };
}
