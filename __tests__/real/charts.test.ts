/**
 * The "Others" row of the party charts, on real files with more parties than a chart can show: LEAP's
 * 2016 local elections (every council that polled that day) and the seats that moved between LEAP 2018 and
 * 2019. What is folded into "Others" must add up to what the chart leaves out, so no vote or seat is lost.
 */
import { compareGains } from '../../src/core/gains';
import { matchContests } from '../../src/core/match';
import type { Election } from '../../src/core/model';
import { PartyRegistry } from '../../src/core/parties';
import { tally } from '../../src/core/tally';
import { gainsBars } from '../../src/report/charts/comparison';
import { constituencies } from '../../src/report/charts/hexmaps/constituencies';
import { wards } from '../../src/report/charts/hexmaps/wards';
import { mapOf } from '../../src/report/charts/map';
import { MOST_PARTIES_DRAWN, OTHERS, OTHERS_COLOUR } from '../../src/report/charts/others';
import { tallySeats, tallySeatsChart, tallyShares } from '../../src/report/charts/tally';
import { read } from '../read-helpers';
import { real } from './paths';

const registry = new PartyRegistry();
const colour = (party: string) => registry.colourOf(party);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

let leap2016: Election;

beforeAll(async () => {
  leap2016 = await read(real('uk-leap-local', 'leap-2016-05-05.csv'));
});

describe('vote share by party, LEAP 2016 (all councils)', () => {
  it('shows the nine parties with the largest shares and folds the rest into Others, whose share is what the nine leave (total vote)', () => {
    const result = tally(leap2016, 'total');
    const standing = result.parties.filter((p) => p.share !== null && p.share > 0).sort((a, b) => b.share! - a.share!);
    expect(standing.length).toBeGreaterThan(MOST_PARTIES_DRAWN);
    const data = tallyShares(result, colour);
    expect(data.parties).toHaveLength(MOST_PARTIES_DRAWN);
    expect(data.parties.slice(0, -1).map((p) => p.party)).toEqual(standing.slice(0, MOST_PARTIES_DRAWN - 1).map((p) => p.party));
    const others = data.parties.at(-1)!;
    expect(others).toMatchObject({ party: OTHERS, colour: OTHERS_COLOUR, change: null });
    // Under the total vote every valid vote counts once, so all the shares make 1.
    expect(others.share).toBeCloseTo(1 - sum(data.parties.slice(0, -1).map((p) => p.share!)), 9);
  });

  it('draws every seat filled, the smaller parties as Others', () => {
    const result = tally(leap2016, 'top');
    const data = tallySeats(result, colour);
    expect(data.parties.at(-1)!.party).toBe(OTHERS);
    expect(data.totalSeats).toBe(sum(result.parties.map((p) => p.seats)));
  });

  it('draws the seats of many councils as bars of seats won, most first, not a chamber', () => {
    const result = tally(leap2016, 'top');
    const chart = tallySeatsChart(result, colour, 'seats');
    expect(chart.form).toBe('seat-bars');
    if (chart.form !== 'seat-bars') return;
    const seats = chart.data.parties.slice(0, -1).map((p) => p.seats);
    expect(seats).toEqual([...seats].sort((a, b) => b - a));
    expect(sum(chart.data.parties.map((p) => p.seats))).toBe(result.totals.seats);
  });
});

describe('GE2019 (Commons Library, by candidate)', () => {
  let ge2019: Election;
  beforeAll(async () => {
    ge2019 = await read(real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'));
  });

  it('ranks the shares by share: Liberal Democrats 11.5% above the SNP 3.9%, Green 2.7% and the Brexit Party 2.0% drawn, SDLP 0.4% in Others', () => {
    const data = tallyShares(tally(ge2019, 'top'), colour);
    const names = data.parties.map((p) => p.party);
    expect(names.slice(0, 6)).toEqual(['Conservative', 'Labour', 'Liberal Democrats', 'SNP', 'Green', 'Brexit Party']);
    expect(names).not.toContain('SDLP');
    expect(names.at(-1)).toBe(OTHERS);
  });

  it('draws the Commons with its majority line: 650 seats, 326 for a majority, the Conservatives (365) across it', () => {
    const data = tallySeats(tally(ge2019, 'top'), colour);
    expect(data.totalSeats).toBe(650);
    expect(data.majorityThreshold).toBe(326);
    expect(data.parties[0]).toMatchObject({ party: 'Conservative', seats: 365 });
  });
});

describe('seats gained and lost, LEAP 2016 to 2018', () => {
  it('ranks by the seats that moved, so Labour, Conservative, Liberal Democrats and UKIP have their own bars', async () => {
    const before = await read(real('uk-leap-local', 'leap-2016-05-05.csv'));
    const after = await read(real('uk-leap-local', 'leap-2018-05-03.csv'));
    const result = compareGains(matchContests(before.contests, after.contests), after.contests, 'last-fought');
    const data = gainsBars(result, colour);
    expect(data.parties.slice(0, 4).map((p) => p.party)).toEqual(['Labour', 'Conservative', 'Liberal Democrats', 'UKIP']);
    const moved = data.parties.slice(0, -1).map((p) => p.gains + p.losses);
    expect(moved).toEqual([...moved].sort((a, b) => b - a));
    expect(data.parties.at(-1)).toMatchObject({ party: OTHERS, colour: OTHERS_COLOUR });
  });
});

describe('seats gained and lost, LEAP 2018 to 2019', () => {
  it('keeps every seat that moved: the gains and losses drawn add up to those of all parties', async () => {
    const before = await read(real('uk-leap-local', 'leap-2018-05-03.csv'));
    const after = await read(real('uk-leap-local', 'leap-2019-05-02.csv'));
    const result = compareGains(matchContests(before.contests, after.contests), after.contests, 'last-fought');
    const data = gainsBars(result, colour);
    expect(data.parties).toHaveLength(MOST_PARTIES_DRAWN);
    expect(data.parties.at(-1)!.party).toBe(OTHERS);
    expect(sum(data.parties.map((p) => p.gains))).toBe(sum(result.parties.map((p) => p.gains)));
    expect(sum(data.parties.map((p) => p.losses))).toBe(sum(result.parties.map((p) => p.losses)));
  });
});

describe('hex maps', () => {
  const layouts = {
    constituencies: () => constituencies,
    wards: () => wards,
  };

  it('puts all 650 GE2019 constituencies on their hexes (Commons Library ONS ID), the seats that changed hands since 2017 marked', async () => {
    const before = await read(real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv'));
    const after = await read(real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'));
    const gains = compareGains(matchContests(before.contests, after.contests), after.contests, 'last-fought');
    const data = mapOf(tally(after, 'top'), colour, layouts, gains.contests)!;
    expect(data.hexes).toHaveLength(650);
    expect(data.unplaced).toEqual([]);
    expect(data.hexes.filter((h) => h.party === null)).toEqual([]);
    expect(data.parties.slice(0, 3)).toEqual([
      { party: 'Conservative', colour: colour('Conservative'), areas: 365 },
      { party: 'Labour', colour: colour('Labour'), areas: 202 },
      { party: 'SNP', colour: colour('SNP'), areas: 48 },
    ]);
    const changed = gains.contests.filter((g) => g.result.kind === 'gain' && g.result.from !== null).length;
    expect(data.hexes.filter((h) => h.gain)).toHaveLength(changed);
  });

  it('lists the Leeds 2018 wards with no hex beside the map (Garforth and Swillington, Temple Newsam), never dropping them', async () => {
    const leap2018 = await read(real('uk-leap-local', 'leap-2018-05-03.csv'));
    const leeds = { ...leap2018, contests: leap2018.contests.filter((c) => c.council === 'Leeds') };
    const data = mapOf(tally(leeds, 'top'), colour, layouts)!;
    const placed = data.hexes.filter((h) => h.party !== null).length;
    expect(placed + data.unplaced.length).toBe(leeds.contests.length);
    expect(data.unplaced.map((line) => line.split(':')[0])).toEqual(['Garforth and Swillington', 'Temple Newsam']);
  });
});
