/**
 * The chart data the report layer builds from core results, on the Worcester fixtures (LEAP 2016; Battenhall
 * 2012 as published; the eve-of-poll defending column): which parties, in which order, with which figures
 * and labels. The labels come from the data (party, council and ward names, the share method, the baseline),
 * and the figures are the core's, so each is checked against the votes in the files.
 */
import { compareCouncils } from '../../src/core/council';
import { compareGains } from '../../src/core/gains';
import { matchContests } from '../../src/core/match';
import type { Election, ShareMethod } from '../../src/core/model';
import { PartyRegistry } from '../../src/core/parties';
import { compareShares } from '../../src/core/swing';
import { tally } from '../../src/core/tally';
import { parseInlineComposition } from '../../src/io/composition';
import { changeShares, councilSeats, gainsBars, overallSwing } from '../../src/report/charts/comparison';
import { resultsPageCharts, resultsPageTitle } from '../../src/report/charts/page';
import { MOST_PARTIES_DRAWN, OTHERS, OTHERS_COLOUR } from '../../src/report/charts/others';
import { tallyScope, tallySeats, tallySeatsChart, tallyShares } from '../../src/report/charts/tally';
import { fixture, read } from '../read-helpers';

const registry = new PartyRegistry();
const colour = (party: string) => registry.colourOf(party);

let worcester2012: Election;
let worcester2016: Election;
let defending: Election;

beforeAll(async () => {
  worcester2012 = await read(fixture('worcester-2012.csv'));
  worcester2016 = await read(fixture('worcester-2016.csv'));
  defending = await read(fixture('worcester-2016-defending.csv'));
});

const battenhallShares = () => compareShares(matchContests(worcester2012.contests, worcester2016.contests), 'top');

/** Battenhall's votes (valid 1,374 in 2012, 2,184 in 2016), from the fixtures. */
const battenhall = {
  2012: { Conservative: 656, Labour: 444, Green: 155, 'Liberal Democrats': 119, valid: 1374 },
  2016: { Green: 1081, Conservative: 887, Labour: 127, UKIP: 89, valid: 2184 },
};

describe('the shares chart of a tally', () => {
  it('has Worcester 2016 parties by votes, most first, each share of the 21,627 valid votes (Labour 7,831: 36.2%)', () => {
    const data = tallyShares(tally(worcester2016, 'top'), colour);
    const votes: [string, number][] = [
      ['Labour', 7831],
      ['Conservative', 6578],
      ['Green', 3401],
      ['UKIP', 2710],
      ['Liberal Democrats', 1026],
      ['TUSC', 50],
      ['BritRes', 31],
    ];
    expect(data.parties.map((p) => p.party)).toEqual(votes.map(([party]) => party));
    data.parties.forEach((p, i) => expect(p.share).toBeCloseTo(votes[i]![1] / 21627, 12));
    expect(data.parties.every((p) => p.change === null)).toBe(true);
  });

  it('is titled by the council and says the valid votes and the share method by name', () => {
    const data = tallyShares(tally(worcester2016, 'top'), colour);
    expect(data.title).toBe('Worcester: share of the vote');
    expect(data.subtitle).toBe('Valid votes 21,627 · shares by top vote');
    const names: Record<ShareMethod, string> = { top: 'top vote', total: 'total vote', average: 'average vote' };
    for (const method of ['total', 'average'] as const) {
      expect(tallyShares(tally(worcester2016, method), colour).subtitle).toBe(`Valid votes 21,627 · shares by ${names[method]}`);
    }
  });

  it('colours each party from the registry, and a party it does not know (BritRes) not at all', () => {
    const data = tallyShares(tally(worcester2016, 'top'), colour);
    expect(data.parties.find((p) => p.party === 'Labour')!.colour).toBe(registry.colourOf('Labour'));
    expect(data.parties.find((p) => p.party === 'BritRes')!.colour).toBeNull();
  });
});

describe('the order of a party chart', () => {
  it('ranks the shares chart by share, not seats: GE2019 (extract) Liberal Democrats above the SNP, Green and Brexit Party kept', async () => {
    const result = tally(await read(fixture('hoc-ge2019-candidates-extract.csv')), 'top');
    const data = tallyShares(result, colour);
    const shares = data.parties.filter((p) => p.party !== OTHERS).map((p) => p.share!);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(data.parties.at(-1)!.party === OTHERS || data.parties.length <= MOST_PARTIES_DRAWN).toBe(true);
  });

  it('puts Others last, in its own grey', async () => {
    const result = tally(await read(fixture('leap-2019-extract.csv')), 'top');
    for (const data of [tallyShares(result, colour), tallySeats(result, colour)]) {
      const others = data.parties.filter((p) => p.party === OTHERS);
      if (others.length === 0) continue;
      expect(data.parties.at(-1)!.party).toBe(OTHERS);
      expect(others[0]!.colour).toBe(OTHERS_COLOUR);
    }
  });
});

describe('the seats chart of a tally', () => {
  it('draws a general election as the chamber with its majority line: floor(N/2) + 1 of the seats filled', async () => {
    const result = tally(await read(fixture('hoc-ge2019-candidates-extract.csv')), 'top');
    const data = tallySeats(result, colour);
    const seats = result.totals.seats;
    expect(data.totalSeats).toBe(seats);
    expect(data.majorityThreshold).toBe(Math.floor(seats / 2) + 1);
  });

  it('draws seats summed over several councils as bars of seats won, not a chamber (LEAP 2019 ties: 3 councils)', async () => {
    const result = tally(await read(fixture('ties-2019.csv')), 'top');
    const chart = tallySeatsChart(result, colour, 'seats');
    expect(chart.form).toBe('seat-bars');
    expect(tallySeatsChart(tally(worcester2016, 'top'), colour, 'seats').form).toBe('hemicycle');
  });

  it('has Worcester 2016 seats won, most first: Labour 7, Conservative 3, Green 2 of the 12 filled, no majority line', () => {
    const data = tallySeats(tally(worcester2016, 'top'), colour);
    expect(data.parties.map((p) => [p.party, p.seats])).toEqual([
      ['Labour', 7],
      ['Conservative', 3],
      ['Green', 2],
    ]);
    expect(data.totalSeats).toBe(12);
    expect(data.majorityThreshold).toBeNull();
    expect(data.subtitle).toBe('12 seats filled at this election');
  });
});

describe('what the charts of a tally are of', () => {
  it('is the council for one council, else how many councils (LEAP 2019 ties: North Hertfordshire, Tunbridge Wells, Wyre Forest)', async () => {
    expect(tallyScope(tally(worcester2016, 'top'))).toBe('Worcester');
    expect(tallyScope(tally(await read(fixture('ties-2019.csv')), 'top'))).toBe('3 councils');
    expect(resultsPageTitle(tally(worcester2016, 'top'))).toBe('Worcester: election results');
  });
});

describe('the change chart (Battenhall 2016 against 2012)', () => {
  it('has Battenhall labels: the ward in the title, the contests compared in the subtitle and no file name', () => {
    const data = changeShares(battenhallShares(), colour);
    expect(data.title).toBe('Battenhall: share of the vote');
    expect(data.subtitle).toBe('Change since the previous election · 1 contest polled both times · shares by top vote');
    expect(data.compared).toBe(true);
  });

  it('has the share after and the change since for each party: Green +38.2, UKIP new, the Liberal Democrats did not stand', () => {
    const data = changeShares(battenhallShares(), colour);
    const after = battenhall[2016];
    const before = battenhall[2012];
    expect(data.parties.map((p) => p.party)).toEqual(['Green', 'Conservative', 'Labour', 'UKIP', 'Liberal Democrats']);
    const green = data.parties[0]!;
    expect(green.share).toBeCloseTo(after.Green / after.valid, 12);
    expect(green.change).toBeCloseTo(after.Green / after.valid - before.Green / before.valid, 12);
    expect(data.parties[2]!.change).toBeCloseTo(after.Labour / after.valid - before.Labour / before.valid, 12);
    expect(data.parties[3]).toMatchObject({ party: 'UKIP', change: null });
    expect(data.parties[3]!.share).toBeCloseTo(after.UKIP / after.valid, 12);
    expect(data.parties[4]).toMatchObject({ party: 'Liberal Democrats', share: null });
    expect(data.parties[4]!.change).toBeCloseTo(-before['Liberal Democrats'] / before.valid, 12);
  });
});

describe('the swing chart (Battenhall 2016 against 2012)', () => {
  it('is the Butler swing from Conservative to Green: (38.2 + 7.1) / 2 = 22.7 points', () => {
    const data = overallSwing(battenhallShares(), colour)!;
    const after = battenhall[2016];
    const before = battenhall[2012];
    const greenGain = after.Green / after.valid - before.Green / before.valid;
    const conservativeLoss = before.Conservative / before.valid - after.Conservative / after.valid;
    expect(data.swing.from).toBe('Conservative');
    expect(data.swing.to).toBe('Green');
    expect(data.swing.value).toBeCloseTo((greenGain + conservativeLoss) / 2, 12);
    expect(data.title).toBe('Battenhall: Butler swing');
    expect(data.colours).toEqual({ from: registry.colourOf('Conservative'), to: registry.colourOf('Green') });
  });

  it('is absent when nothing was polled both times', () => {
    expect(overallSwing(compareShares(matchContests([], worcester2016.contests), 'top'), colour)).toBeNull();
  });
});

describe('the gains chart', () => {
  it('against the last fought: Battenhall, Green gain from Conservative', () => {
    const result = compareGains(matchContests(worcester2012.contests, worcester2016.contests), worcester2016.contests, 'last-fought');
    const data = gainsBars(result, colour);
    expect(data.parties.map((p) => [p.party, p.gains, p.losses])).toEqual([
      ['Green', 1, 0],
      ['Conservative', 0, 1],
    ]);
    expect(data.title).toBe('Battenhall: seats gained and lost');
    expect(data.subtitle).toBe('Against the last fought · 1 contest');
  });

  it('against the eve of poll: Worcester, the baseline named in the subtitle with the contests counted', () => {
    const data = gainsBars(compareGains(null, defending.contests, 'eve-of-poll'), colour);
    expect(data.title).toBe('Worcester: seats gained and lost');
    expect(data.subtitle).toBe(`Against the eve of poll · ${defending.contests.length} contests`);
  });
});

describe('the council chart', () => {
  it('is Worcester after 2016 (Con 17, Lab 16, Green 2 of 35, 18 for a majority), who controls it in the subtitle', () => {
    const council = compareCouncils([parseInlineComposition('Con=19,Lab=15,Grn=1', registry)], defending.contests, null).councils[0]!;
    const data = councilSeats(council, colour);
    expect(data.parties.map((p) => [p.party, p.seats])).toEqual([
      ['Conservative', 17],
      ['Labour', 16],
      ['Green', 2],
    ]);
    expect(data.totalSeats).toBe(35);
    expect(data.majorityThreshold).toBe(Math.floor(35 / 2) + 1);
    expect(data.subtitle).toBe('Conservative lose to NOC; largest party Conservative, 1 short');
  });

  it('refuses a composition whose seats do not add up to the council rather than draw the majority line at the wrong seat', () => {
    const council = compareCouncils([parseInlineComposition('Con=19,Lab=15,Grn=1', registry)], defending.contests, null).councils[0]!;
    const padded = { ...council, totalSeats: 39 };
    expect(() => councilSeats(padded, colour)).toThrow(/35 seats on a council of 39: not drawn/);
  });
});

describe('the results page charts', () => {
  it('are the shares and seats of the tally alone', () => {
    const charts = resultsPageCharts(tally(worcester2016, 'top'), colour);
    expect(charts.map((c) => [c.form, c.id])).toEqual([
      ['share-bars', 'chart-shares'],
      ['hemicycle', 'chart-seats'],
    ]);
  });

  it('add the change, gains and swing with --previous, from the same comparison', () => {
    const swing = battenhallShares();
    const gains = compareGains(matchContests(worcester2012.contests, worcester2016.contests), worcester2016.contests, 'last-fought');
    const charts = resultsPageCharts(tally(worcester2016, 'top'), colour, { previousSources: worcester2012.sources, swing, gains });
    expect(charts.map((c) => [c.form, c.id])).toEqual([
      ['share-bars', 'chart-shares'],
      ['hemicycle', 'chart-seats'],
      ['share-bars', 'chart-change'],
      ['gains-bars', 'chart-gains'],
      ['swingometer', 'chart-swing'],
    ]);
    expect(charts[2]!.data).toEqual(changeShares(swing, colour));
  });
});
