import path from 'node:path';
import { check } from '../../src/core/check/check';
import { readWarningFindings } from '../../src/core/check/structure';
import { candidateInTwoWardsFindings } from '../../src/core/check/names';
import { makeContest } from '../../src/core/contest';
import { candidate, contest } from '../builders';
import { checkInput, defaultCheckOptions, leapLayout, readWith } from '../test-layouts';

const options = defaultCheckOptions;
const input = checkInput;

describe('results check on real LEAP ties', () => {
  const fixture = path.resolve(__dirname, '../../fixtures/leap-2019-ties.csv');

  it('reports the Paddock Wood West lot (289-289) as a note and the unelected Franche tie not at all', async () => {
    const result = check(input(await readWith(leapLayout, fixture, 'leap-2019-ties.csv')), options);
    expect(result.ok).toBe(true);
    expect(result.counts.error).toBe(0);
    const lots = result.findings.filter((f) => f.code === 'tie-decided-by-lot');
    expect(lots).toEqual([
      {
        severity: 'note',
        code: 'tie-decided-by-lot',
        message:
          'Paddock Wood West (Tunbridge Wells): the last seat was tied at 289 votes; the file gives it to Matt Bailey (ELECTED) (decided by lot)',
        file: 'leap-2019-ties.csv',
        line: 1,
      },
    ]);
    expect(result.findings.some((f) => f.message.includes('Franche'))).toBe(false);
  });
});

describe('candidate-in-two-wards', () => {
  const president = (file: string) =>
    makeContest({
      council: 'President',
      area: 'President',
      code: null,
      seats: null,
      candidates: [candidate(['KAMALA D HARRIS', 'Democratic', 150], 2, file), candidate(['DONALD J TRUMP', 'Republican', 350], 3, file)],
      electorate: null,
      ballots: null,
      rejected: null,
      defending: null,
      cancelled: false,
      origin: { file, line: 2 },
    });

  it('does not fire for one contest read from two county files (check reads each file on its own): one candidacy', () => {
    // Pennsylvania 2020: 1,300 of 1,310 such warnings named "President" on both sides.
    expect(candidateInTwoWardsFindings([president('adams.csv'), president('allegheny.csv')])).toEqual([]);
  });

  it('fires for genuinely different contests of one council (Chester 2020 writes "6TH" where others write 6)', () => {
    const findings = candidateInTwoWardsFindings([
      contest('U.S. House 6', [['CHRISSY HOULAHAN', 'Democratic', 10]], { council: 'U.S. House' }),
      contest('U.S. House 6TH', [['CHRISSY HOULAHAN', 'Democratic', 12]], { council: 'U.S. House' }),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'CHRISSY HOULAHAN stands in both "U.S. House 6" (line 2) and "U.S. House 6TH" in U.S. House',
    ]);
  });
});

describe('district-missing', () => {
  it("is an error finding made from the reader's warning, so the check fails", () => {
    const origin = { file: 'philadelphia.csv', line: 51182 };
    const readFindings = readWarningFindings([
      { code: 'district-missing', message: 'Philadelphia: "U.S. House" has no district on 2527 rows, ...', origin },
      { code: 'names-merged', message: 'President: "HARRIS and WALZ" counted as "Kamala D. Harris"', origin },
    ]);
    expect(readFindings).toEqual([
      {
        severity: 'error',
        code: 'district-missing',
        message: 'Philadelphia: "U.S. House" has no district on 2527 rows, ...',
        file: 'philadelphia.csv',
        line: 51182,
      },
    ]);
    expect(check({ contests: [], readFindings, previous: null, against: null }, options).ok).toBe(false);
  });
});
