import { compareGains, compareSeats } from '../../src/core/gains';
import { matchContests } from '../../src/core/match';
import { contest } from '../builders';

const seat = (party: string, candidate: string | null = null) => ({ party, candidate });

describe('seat gains and holds (domain-rules.md §4)', () => {
  it('calls Battenhall 2016 a Green gain from Conservative against 2012', () => {
    const before = [
      contest(
        'Battenhall',
        [
          ['C', 'Conservative', 656, true],
          ['L', 'Labour', 444, false],
          ['G', 'Green', 155, false],
          ['D', 'Liberal Democrats', 119, false],
        ],
        { council: 'Worcester' },
      ),
    ];
    const after = [
      contest(
        'Battenhall',
        [
          ['Louis Stephen', 'Green', 1081, true],
          ['David Tibbutt', 'Conservative', 887, false],
        ],
        { council: 'Worcester' },
      ),
    ];
    const result = compareGains(matchContests(before, after), after, 'last-fought');
    expect(result.contests[0]!.result).toMatchObject({
      kind: 'gain',
      party: 'Green',
      from: 'Conservative',
      text: 'Green gain from Conservative',
    });
    expect(result.matrix).toEqual([{ party: 'Green', from: 'Conservative', seats: 1 }]);
  });

  it('compares a split multi-member ward as multisets: one seat changing is one gain, one hold', () => {
    const result = compareSeats([seat('Labour'), seat('Conservative')], [seat('Labour'), seat('Labour')], 2);
    expect(result.text).toBe('Labour gain 1 from Conservative, 1 hold');
    expect(result.kind).toBe('gain');
    expect(result.holds).toEqual([{ party: 'Labour', seats: 1 }]);
    expect(result.gains).toEqual([{ party: 'Labour', from: 'Conservative', seats: 1 }]);
  });

  it('does not count running-mates swapping places in a split ward as gains', () => {
    const result = compareSeats([seat('Labour'), seat('Green')], [seat('Green'), seat('Labour')], 2);
    expect(result.kind).toBe('hold');
    expect(result.gains).toEqual([]);
  });

  it('calls a single seat kept a hold', () => {
    expect(compareSeats([seat('Labour')], [seat('Labour')], 1).text).toBe('Labour hold');
  });

  it('flags a seat passing from one independent to a different one instead of calling it a hold', () => {
    const result = compareSeats([seat('Independent', 'Sylvia Hermon')], [seat('Independent', 'Someone Else')], 1);
    expect(result.independentChange).toBe(true);
    expect(result.text).not.toBe('Independent hold');
    expect(compareSeats([seat('Independent', 'A')], [seat('Independent', 'A')], 1).independentChange).toBe(false);
  });

  it('nets gains and losses to zero across parties, with gains - losses = net for each', () => {
    const before = [
      contest(
        'A',
        [
          ['a1', 'Labour', 500, true],
          ['a2', 'Conservative', 400, true],
          ['a3', 'Green', 300, false],
        ],
        { council: 'X', seats: 2 },
      ),
      contest(
        'B',
        [
          ['b1', 'Conservative', 500, true],
          ['b2', 'Labour', 100, false],
        ],
        { council: 'X' },
      ),
    ];
    const after = [
      contest(
        'A',
        [
          ['a1', 'Green', 600, true],
          ['a2', 'Green', 550, true],
          ['a3', 'Labour', 300, false],
        ],
        { council: 'X', seats: 2 },
      ),
      contest(
        'B',
        [
          ['b1', 'Labour', 500, true],
          ['b2', 'Conservative', 100, false],
        ],
        { council: 'X' },
      ),
    ];
    const result = compareGains(matchContests(before, after), after, 'last-fought');
    expect(result.parties.reduce((t, p) => t + p.net, 0)).toBe(0);
    expect(result.parties.reduce((t, p) => t + p.gains - p.losses, 0)).toBe(0);
    for (const p of result.parties) expect(p.gains - p.losses).toBe(p.net);
    expect(result.parties.find((p) => p.party === 'Green')!.net).toBe(2);
  });
});
