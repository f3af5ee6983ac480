/** The check rules on whole published files, read with the test-only readers (as core/check.test.ts). */
import { check } from '../../src/core/check/check';
import { crossSourceFindings } from '../../src/core/check/against';
import { checkInput, defaultCheckOptions, ecLayout, hocLayout, leapLayout, readWith } from '../test-layouts';
import { real } from './paths';

const options = defaultCheckOptions;
const input = checkInput;

describe.each(['leap-2016-05-05.csv', 'leap-2018-05-03.csv', 'leap-2019-05-02.csv'])('published LEAP file %s', (name) => {
  it('passes: no errors (ties decided by lot are notes)', async () => {
    const result = check(input(await readWith(leapLayout, real('uk-leap-local', name), name)), options);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('--against on the two published GE2015 files', () => {
  const ec = real('uk-electoral-commission', 'EC-GE2015-RESULTS.csv');
  const hoc = real('uk-hoc-library', 'HoC-GE2015-results-by-candidate.csv');
  it('finds Emily Benn on 14,038 (Electoral Commission) against 14,308 (Commons Library), and nothing else', async () => {
    const ecReading = await readWith(ecLayout, ec, 'EC-GE2015-RESULTS.csv', 'windows-1252');
    const hocReading = await readWith(hocLayout, hoc, 'HoC-GE2015-results-by-candidate.csv');
    expect(ecReading.errors).toEqual([]);
    expect(hocReading.errors).toEqual([]);
    expect(ecReading.contests).toHaveLength(650);
    expect(crossSourceFindings(ecReading.contests, hocReading.contests)).toEqual([
      {
        severity: 'error',
        code: 'source-votes-differ',
        message: 'Croydon South: Emily Benn (Labour) has 14038 votes here but 14308 in HoC-GE2015-results-by-candidate.csv (line 955)',
        file: 'EC-GE2015-RESULTS.csv',
        line: 745,
      },
    ]);
  });
});
