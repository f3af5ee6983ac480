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
import { MOST_PARTIES_DRAWN, OTHERS } from '../../src/report/charts/others';
import { tallySeats, tallyShares } from '../../src/report/charts/tally';
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
  it('shows the nine parties with most votes and folds the rest into Others, whose share is what the nine leave (total vote)', () => {
    const result = tally(leap2016, 'total');
    const standing = result.parties.filter((p) => p.share !== null && p.share > 0);
    expect(standing.length).toBeGreaterThan(MOST_PARTIES_DRAWN);
    const data = tallyShares(result, colour);
    expect(data.parties).toHaveLength(MOST_PARTIES_DRAWN);
    expect(data.parties.slice(0, -1).map((p) => p.party)).toEqual(standing.slice(0, MOST_PARTIES_DRAWN - 1).map((p) => p.party));
    const others = data.parties.at(-1)!;
    expect(others).toMatchObject({ party: OTHERS, colour: null, change: null });
    // Under the total vote every valid vote counts once, so all the shares make 1.
    expect(others.share).toBeCloseTo(1 - sum(data.parties.slice(0, -1).map((p) => p.share!)), 9);
  });

  it('draws every seat filled, the smaller parties as Others', () => {
    const result = tally(leap2016, 'top');
    const data = tallySeats(result, colour);
    expect(data.parties.at(-1)!.party).toBe(OTHERS);
    expect(data.totalSeats).toBe(sum(result.parties.map((p) => p.seats)));
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
