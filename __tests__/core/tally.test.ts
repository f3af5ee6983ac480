import { tallyContest } from '../../src/core/tally';
import { contest } from '../builders';

describe('majority', () => {
  it('is the winner minus the runner-up in a single-member ward (Battenhall 2016: 1,081 - 887 = 194)', () => {
    const result = tallyContest(
      contest('Battenhall', [
        ['Louis Stephen', 'Green', 1081],
        ['David Tibbutt', 'Conservative', 887],
        ['Philip Ashwell', 'Labour', 127],
        ['Jackie Brooks', 'UKIP', 89],
      ]),
      'top',
    );
    expect(result.majority).toBe(194);
    expect(result.majorityShare).toBeCloseTo(194 / 2184, 10);
  });
});
