/**
 * The count of a contest, pinned with real results: Worcester 2016 and 2018 (LEAP), the 2019 ties in
 * Wyre Forest, North Hertfordshire and Tunbridge Wells (LEAP), and domain-rules.md's worked examples.
 */
import { tally, tallyContest, TallyBuilder, type ContestTally } from '../../src/core/tally';
import { contest } from '../builders';

const battenhall2016 = contest('Battenhall', [
  ['Louis Stephen', 'Green', 1081, true],
  ['David Tibbutt', 'Conservative', 887, false],
  ['Philip Ashwell', 'Labour', 127, false],
  ['Jackie Brooks', 'UKIP', 89, false],
]);

/** Worcester 2018, Warndon: two seats (a scheduled seat and a casual vacancy at one poll). */
const warndon2018 = [
  ['Jo Hodges', 'Lab', 507],
  ['Ceri Stalker', 'Lab', 454],
  ['Pam Clayton', 'C', 213],
  ['Francis Lankester', 'C', 168],
  ['Peter Nielsen', 'Grn', 114],
  ['Owen Cleary', 'UKIP', 112],
  ['Alison Morgan', 'Grn', 58],
  ['Chris Roberts', 'UKIP', 37],
] as const;

describe('majority', () => {
  it('is the winner minus the runner-up in a single-member ward (Battenhall 2016: 1,081 - 887 = 194, 8.9%)', () => {
    const result = tallyContest(battenhall2016, 'top');
    expect(result.majority).toBe(194);
    expect(result.majorityShare).toBeCloseTo(194 / 2184, 12);
    expect(result.validVotes).toBe(2184);
  });

  it('is the last elected minus the first unelected in a multi-member ward (Warndon 2018: 454 - 213 = 241, not 507 - 454)', () => {
    const result = tallyContest(contest('Warndon', warndon2018, { seats: 2 }), 'top');
    expect(result.majority).toBe(241);
    expect(result.candidates.filter((c) => c.elected).map((c) => c.name)).toEqual(['Jo Hodges', 'Ceri Stalker']);
  });

  it('ignores a tie among the unelected (Franche and Habberley North 2019: 651 - 628 = 23)', () => {
    const result = tallyContest(
      contest('Franche and Habberley North', [
        ['Susie Griffiths', 'ICHC', 956, true],
        ['Graham Ballinger', 'ICHC', 890, true],
        ["Anna l'Huillier", 'ICHC', 651, true],
        ['Mike Cheeseman', 'C', 628, false],
        ['Nigel Knowles', 'Lab', 628, false],
        ['David Ross', 'C', 536, false],
      ]),
      'top',
    );
    expect(result.majority).toBe(23);
    expect(result.tieForLastSeat).toBe(false);
    expect(result.candidates.map((c) => c.rank)).toEqual([1, 2, 3, 4, 4, 6]);
  });

  it('ignores a tie among the elected (Areley Kings and Riverside 2019: 608 - 564 = 44)', () => {
    const result = tallyContest(
      contest('Areley Kings and Riverside', [
        ['Claire Barnett', 'ICHC', 724, true],
        ['John Thomas', 'ICHC', 724, true],
        ['Ken Henderson', 'C', 608, true],
        ['Lin Henderson', 'C', 564, false],
      ]),
      'top',
    );
    expect(result.majority).toBe(44);
    expect(result.tieForLastSeat).toBe(false);
  });
});

describe('a tie for the last seat', () => {
  const letchworth = (flags: boolean) =>
    contest('Letchworth South West', [
      ['Sean Prendergast', 'LD', 800, flags ? true : undefined],
      ['Lynda Needham', 'C', 800, flags ? false : undefined],
      ['Jean Andrews', 'Lab', 279, flags ? false : undefined],
    ]);

  it('settled by lot in the file is honoured: majority 0, decided by lot (Letchworth South West 2019, 800-800)', () => {
    const result = tallyContest(letchworth(true), 'top');
    expect(result.majority).toBe(0);
    expect(result.tieForLastSeat).toBe(true);
    expect(result.decidedByLot).toBe(true);
    expect(result.candidates[0]).toMatchObject({ name: 'Sean Prendergast', elected: true });
    expect(result.warnings.map((w) => w.code)).toEqual(['tie-decided-by-lot']);
  });

  it('not settled in the file is reported, never broken: both tied candidates are undecided', () => {
    const result = tallyContest(letchworth(false), 'top');
    expect(result.tieForLastSeat).toBe(true);
    expect(result.decidedByLot).toBe(false);
    expect(result.candidates.map((c) => c.elected)).toEqual([null, null, false]);
    expect(result.warnings[0]).toMatchObject({ code: 'tie-unresolved' });
    expect(result.warnings[0]!.message).toBe(
      'Letchworth South West: Sean Prendergast (Liberal Democrats), Lynda Needham (Conservative) tie on 800 votes for 1 seat; ' +
        'the file has no elected column to say who won the lot, so the seat is left undecided',
    );
  });

  it('leaves the undecided seat out of party seat totals and counts it as undecided', () => {
    const result = tally(
      { contests: [letchworth(false)], sources: ['t.csv'], rows: { read: 3, used: 3, filtered: 0, setAside: [] }, warnings: [] },
      'top',
    );
    expect(result.parties.reduce((seats, p) => seats + p.seats, 0)).toBe(0);
    expect(result.totals.undecidedSeats).toBe(1);
  });
});

describe('elected flags', () => {
  it('are checked against the votes: an elected candidate below an unelected one is a warning and no majority (an STV count)', () => {
    const result = tallyContest(
      contest('Ward 1', [
        ['A', 'SNP', 1500, true],
        ['B', 'Lab', 1200, false],
        ['C', 'Con', 1100, true],
      ]),
      'top',
    );
    expect(result.majority).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['elected-order']);
  });

  it('are counted against the seats column', () => {
    const result = tallyContest(
      contest(
        'Ward 1',
        [
          ['A', 'Lab', 10, true],
          ['B', 'Con', 5, true],
        ],
        { seats: 1 },
      ),
      'top',
    );
    expect(result.warnings[0]).toMatchObject({
      code: 'elected-count',
      message: 'Ward 1: 2 candidates marked elected for 1 seat: all 2 counted as elected, as the file says',
    });
  });

  it('give the number of seats when there is no seats column (Warndon 2018: two marked elected)', () => {
    const flagged = warndon2018.map(([name, party, votes], i) => [name, party, votes, i < 2] as const);
    expect(tallyContest(contest('Warndon', flagged), 'top').seats).toBe(2);
  });
});

describe('an unopposed ward', () => {
  // LEAP 2018: Epping Forest, Moreton and Fyfield, Ian Hadley (C) returned unopposed, recorded as 0 votes.
  const unopposed = contest('Moreton and Fyfield', [['Ian Hadley', 'C', 0, true]], { council: 'Epping Forest' });

  it('counts its seat but has no votes, shares or majority', () => {
    const result = tallyContest(unopposed, 'top');
    expect(result.status).toBe('uncontested');
    expect(result.candidates[0]).toMatchObject({ votes: null, share: null, elected: true, rank: null });
    expect(result.majority).toBeNull();
    expect(result.validVotes).toBeNull();
  });

  it('stays out of vote totals and shares while its seat counts', () => {
    const result = tally(
      { contests: [unopposed, battenhall2016], sources: [], rows: { read: 5, used: 5, filtered: 0, setAside: [] }, warnings: [] },
      'top',
    );
    const conservative = result.parties.find((p) => p.party === 'Conservative')!;
    expect(conservative).toMatchObject({ votes: 887, seats: 1, candidates: 2 });
    expect(result.totals).toMatchObject({ validVotes: 2184, uncontested: 1, seats: 2 });
  });
});

describe('seats nobody filled', () => {
  // Scottish councils 2022 (IndyLive): Shetland Islands, North Isles, three seats and two candidates, both returned
  // unopposed; the third seat went to a by-election (domain-rules.md §6).
  const northIsles = contest(
    'North Isles',
    [
      ['Duncan Anderson', 'Independent', null, true],
      ['Ryan Thomson', 'Independent', null, true],
    ],
    { seats: 3, council: 'Shetland Islands' },
  );

  it('are counted as unfilled, not won and not lost from the totals', () => {
    const result = tally(
      { contests: [northIsles, battenhall2016], sources: [], rows: { read: 6, used: 6, filtered: 0, setAside: [] }, warnings: [] },
      'top',
    );
    expect(result.contests[0]).toMatchObject({ status: 'uncontested', seats: 3, unfilledSeats: 1, undecidedSeats: 0 });
    expect(result.totals).toMatchObject({ seats: 4, unfilledSeats: 1, undecidedSeats: 0 });
    expect(result.parties.reduce((total, party) => total + party.seats, 0)).toBe(3);
  });
});

describe('share methods in a multi-member ward (Warndon 2018)', () => {
  const warndon = contest('Warndon', warndon2018, { seats: 2 });
  const labour = (method: 'top' | 'total' | 'average') => tallyContest(warndon, method).parties.find((p) => p.party === 'Labour')!;

  it('top: a party counts its best-placed candidate (Labour 507 of 946)', () => {
    expect(labour('top')).toMatchObject({ votes: 507 });
    expect(labour('top').share).toBeCloseTo(507 / (507 + 213 + 114 + 112), 12);
  });

  it('total: a party counts all its candidates (Labour 961 of 1,663)', () => {
    expect(labour('total')).toMatchObject({ votes: 961 });
    expect(labour('total').share).toBeCloseTo(961 / 1663, 12);
  });

  it('average: a party counts the mean of its candidates (Labour 480.5 of 831.5)', () => {
    expect(labour('average')).toMatchObject({ votes: 480.5 });
    expect(labour('average').share).toBeCloseTo(480.5 / 831.5, 12);
  });

  it('party shares add up to 1 under every method', () => {
    for (const method of ['top', 'total', 'average'] as const) {
      const shares = tallyContest(warndon, method).parties.map((p) => p.share ?? 0);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('independents are each a party of one, not a slate', () => {
    const result = tallyContest(
      contest(
        'Ward',
        [
          ['A', 'Independent', 300],
          ['B', 'Ind', 200],
          ['C', 'Lab', 250],
          ['D', 'Lab', 100],
        ],
        { seats: 2 },
      ),
      'top',
    );
    expect(result.parties.map((p) => [p.party, p.votes])).toEqual([
      ['Independent', 300],
      ['Independent', 200],
      ['Labour', 250],
    ]);
  });
});

describe('turnout', () => {
  it('is ballot papers (incl. rejected) over electorate, the Electoral Commission method (LEH-2025 Abbey: 2,371 / 9,270 = 25.6%)', () => {
    const result = tallyContest(
      contest(
        'Abbey',
        [
          ['A', 'Con', 1400],
          ['B', 'Lab', 957],
        ],
        { electorate: 9270, ballots: 2371, rejected: 14 },
      ),
      'top',
    );
    expect(result.turnout).toBeCloseTo(2371 / 9270, 12);
  });

  it('is not computed without ballots', () => {
    expect(tallyContest(contest('Abbey', [['A', 'Con', 1400]], { electorate: 9270 }), 'top').turnout).toBeNull();
  });
});

describe('an STV count (Scottish councils, LEAP 2017)', () => {
  // Aberdeen 2017, Airyhall/Broomhill/Garthdee: three seats, first preferences; the third seat went on transfers.
  const airyhall = (flags: boolean) =>
    contest(
      'Airyhall/Broomhill/Garthdee',
      [
        ['Ian Yuill', 'LD', 2458, flags ? true : undefined],
        ['Douglas Lumsden', 'C', 1533, flags ? true : undefined],
        ['Gordon Townson', 'SNP', 1417, flags ? true : undefined],
        ['Angela Taylor', 'Lab', 708, flags ? false : undefined],
        ['Second Conservative', 'C', 1600, flags ? false : undefined],
      ],
      { system: 'stv', seats: 3 },
    );

  it('honours the elected flags without an order warning, and has no plurality majority', () => {
    const result = tallyContest(airyhall(true), 'top');
    expect(result.warnings).toEqual([]);
    expect(result.majority).toBeNull();
    expect(result.candidates.filter((c) => c.elected).map((c) => c.name)).toEqual(['Ian Yuill', 'Douglas Lumsden', 'Gordon Townson']);
  });

  it("adds up a party's first preferences whatever the share method (one first preference a ballot)", () => {
    const conservative = tallyContest(airyhall(true), 'top').parties.find((p) => p.party === 'Conservative')!;
    expect(conservative.votes).toBe(1533 + 1600);
    expect(conservative.share).toBeCloseTo(3133 / (2458 + 1533 + 1417 + 708 + 1600), 12);
  });

  it('without elected flags leaves the winners undecided rather than guess from first preferences', () => {
    const result = tallyContest(airyhall(false), 'top');
    expect(result.candidates.every((c) => c.elected === null)).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['stv-without-elected']);
  });
});

describe('party totals', () => {
  // Worcester 2016 and 2018 wards, with independents, in two councils' names.
  const battenhall = [
    ['Louis Stephen', 'Green', 1081, true],
    ['David Tibbutt', 'Conservative', 887, false],
    ['Philip Ashwell', 'Labour', 127, false],
    ['Jackie Brooks', 'UKIP', 89, false],
  ] as const;
  const contests = [
    contest('Battenhall', battenhall, { council: 'Worcester' }),
    contest('Warndon', warndon2018, { seats: 2, council: 'Worcester' }),
    contest(
      'Ward',
      [
        ['A', 'Independent', 300, true],
        ['B', 'Ind', 200, true],
        ['C', 'Lab', 250, false],
      ],
      { seats: 2, council: 'Elsewhere' },
    ),
    contest('Battenhall', battenhall, { council: 'Elsewhere' }),
  ];

  /** The contest with each party numbered as a counter numbering them would (every independent one number). */
  function numbered(result: ContestTally, numbers: Map<string, number>): ContestTally {
    const number = (item: { party: string; independent: boolean }) => {
      if (item.independent) return 0;
      if (!numbers.has(item.party)) numbers.set(item.party, numbers.size + 1);
      return numbers.get(item.party)!;
    };
    return {
      ...result,
      candidates: result.candidates.map((c) => ({ ...c, totalsNumber: number(c) })),
      parties: result.parties.map((p) => ({ ...p, totalsNumber: number(p) })),
    };
  }

  it('found by a party number are the totals found by name, in the same order, overall and per council', () => {
    for (const method of ['top', 'total', 'average'] as const) {
      const byName = new TallyBuilder(method);
      const byNumber = new TallyBuilder(method);
      const numbers = new Map<string, number>();
      for (const each of contests) {
        const result = tallyContest(each, method);
        byName.count(result);
        byNumber.count(numbered(result, numbers));
      }
      expect(byNumber.state()).toEqual(byName.state());
      expect(byNumber.finish()).toEqual(byName.finish());
      expect(byName.finish().parties.find((p) => p.party === 'Independent')).toMatchObject({ candidates: 2, seats: 2 });
    }
  });

  it('written as text made earlier only for a council with nothing counted in it since', () => {
    const builder = new TallyBuilder('top');
    builder.add(contests[0]!);
    const made = new Map([['Worcester', { contests: builder.council('Worcester')!.contests, text: 'made earlier' }]]);
    const known = (council: string, count: number) => (made.get(council)?.contests === count ? made.get(council)!.text : undefined);
    const text = (totals: { council: string; contests: number }) => `${totals.council}: ${totals.contests}`;
    expect([...builder.eachCouncilText(known, text)]).toEqual(['made earlier']);
    for (const each of contests.slice(1)) builder.add(each);
    expect([...builder.eachCouncilText(known, text)]).toEqual(['Worcester: 2', 'Elsewhere: 2']);
  });

  it('counted in two threads and put together are the totals counted in one, at every split', () => {
    const whole = new TallyBuilder('top');
    for (const each of contests) whole.add(each);
    for (let split = 0; split <= contests.length; split++) {
      const first = new TallyBuilder('top');
      const later = new TallyBuilder('top');
      contests.forEach((each, i) => (i < split ? first : later).add(each));
      // As a worker posts it: copied by the structured clone algorithm.
      first.absorb(structuredClone(later.state()));
      expect(first.finish()).toEqual(whole.finish());
      expect(first.state()).toEqual(whole.state());
    }
  });
});
