import path from 'node:path';
import { check, type CheckInput } from '../../src/core/check/check';
import { structureFinding } from '../../src/core/check/structure';
import { PartyRegistry } from '../../src/core/parties';
import { leapLayout, readWith } from '../test-layouts';

const options = {
  registry: new PartyRegistry(),
  strict: false,
  only: [],
  ignore: [],
  maxChange: null,
  maxSwing: null,
  shareMethod: 'top' as const,
};

function input(reading: Awaited<ReturnType<typeof readWith>>): CheckInput {
  return { contests: reading.contests, readFindings: reading.errors.map(structureFinding), previous: null, against: null };
}

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
