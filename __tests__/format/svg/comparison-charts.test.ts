/**
 * The comparison charts drawn from the compare modules' own results on real Worcester data (LEAP 2016;
 * Battenhall 2012 as published; the eve-of-poll defending column): the figures on the charts are the
 * ones `results swing`, `gains` and `council` print, never typed in.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareCouncils } from '../../../src/core/council';
import { compareGains } from '../../../src/core/gains';
import { matchContests } from '../../../src/core/match';
import type { Election } from '../../../src/core/model';
import { PartyRegistry } from '../../../src/core/parties';
import { compareShares } from '../../../src/core/swing';
import { renderChart } from '../../../src/format/svg/chart';
import { gainsChart } from '../../../src/format/svg/gains-bars';
import { hemicycleChart } from '../../../src/format/svg/hemicycle';
import { shareBarsChart } from '../../../src/format/svg/share-bars';
import { swingometerChart } from '../../../src/format/svg/swingometer';
import { parseInlineComposition } from '../../../src/io/composition';
import { readElection } from '../../../src/io/read-election';
import { changeShares, comparisonScope, councilSeats, gainsBars, overallSwing } from '../../../src/report/charts/comparison';
import { comparisonCharts } from '../../../src/report/charts/page';
import { all, parseSvg, texts } from './xml';

const registry = new PartyRegistry();
const colour = (party: string) => registry.byCanonicalName(party)?.colour ?? null;

async function read(file: string): Promise<Election> {
  const text = fs.readFileSync(path.resolve(__dirname, '../../../fixtures', file));
  return readElection(
    [
      {
        name: file,
        chunks: (async function* () {
          yield text;
        })(),
      },
    ],
    { registry },
  );
}

let before: Election;
let after: Election;
let defending: Election;

beforeAll(async () => {
  before = await read('worcester-2012.csv');
  after = await read('worcester-2016.csv');
  defending = await read('worcester-2016-defending.csv');
});

const shares = () => compareShares(matchContests(before.contests, after.contests), 'top');
const gains = () => compareGains(matchContests(before.contests, after.contests), after.contests, 'last-fought');

describe('the change chart (vote share with the change since before)', () => {
  it('shows Battenhall 2016 with the change since 2012: Green +38.2, Con −7.1, Lab −26.5, UKIP new, LD did not stand', () => {
    const svg = parseSvg(shareBarsChart(changeShares(shares(), colour), { id: 'change' }));
    const shown = texts(svg);
    expect(all(svg, 'title')[0]!.text).toBe('Battenhall: share of the vote');
    expect(shown).toEqual(
      expect.arrayContaining(['49.5%', '40.6%', '5.8%', '4.1%', '▲ +38.2', '▼ −7.1', '▼ −26.5', 'new', '▼ −8.7', 'did not stand']),
    );
    expect(shown.join(' ')).toContain('Change since the previous election · 1 contest polled both times · shares by top vote');
  });

  it('is pinned', () => {
    expect(shareBarsChart(changeShares(shares(), colour), { id: 'change' })).toMatchSnapshot();
  });
});

describe('the swing chart (the overall Butler swing)', () => {
  it('points 22.7 points from Conservative to Green in Battenhall', () => {
    const svg = parseSvg(swingometerChart(overallSwing(shares(), colour)!));
    expect(all(svg, 'desc')[0]!.text).toContain('Butler swing of 22.7 points from Conservative to Green');
  });

  it('is pinned', () => {
    expect(swingometerChart(overallSwing(shares(), colour)!)).toMatchSnapshot();
  });
});

describe('the gains chart (seats gained and lost)', () => {
  it('against the eve of poll: Conservative two losses first (most seats moved), then Green and Labour one gain each (Battenhall, Warndon)', () => {
    const result = compareGains(null, defending.contests, 'eve-of-poll');
    const data = gainsBars(result, colour);
    expect(data.parties.map((p) => [p.party, p.gains, p.losses])).toEqual([
      ['Conservative', 0, 2],
      ['Green', 1, 0],
      ['Labour', 1, 0],
    ]);
    expect(data.title).toBe('Worcester: seats gained and lost');
    expect(all(parseSvg(gainsChart(data)), 'desc')[0]!.text).toContain('Conservative 0 gained, 2 lost, net -2');
  });

  it('is pinned', () => {
    // Pinned with the subtitle it had when the snapshot was taken; the subtitle the command writes is pinned in __tests__/report/charts.test.ts.
    expect(
      gainsChart({ ...gainsBars(compareGains(null, defending.contests, 'eve-of-poll'), colour), subtitle: 'Against the eve of poll' }),
    ).toMatchSnapshot();
  });
});

describe('the council chart (composition after, with the majority line)', () => {
  const council = () => compareCouncils([parseInlineComposition('Con=19,Lab=15,Grn=1', registry)], defending.contests, null).councils[0]!;

  it('draws Worcester after 2016: Con 17, Lab 16, Green 2 of 35, 18 for a majority, no party has one', () => {
    const data = councilSeats(council(), colour);
    expect(data.subtitle).toBe('Conservative lose to NOC; largest party Conservative, 1 short');
    const svg = parseSvg(hemicycleChart(data));
    expect(all(svg, 'desc')[0]!.text).toBe('Conservative 17, Labour 16, Green 2 (35 seats). 18 needed for a majority: no party has one.');
    expect(all(svg, 'circle')).toHaveLength(35);
    expect(texts(svg)).toContain('Majority: 18');
  });

  it('is pinned', () => {
    expect(hemicycleChart(councilSeats(council(), colour))).toMatchSnapshot();
  });
});

describe('the results page comparison charts', () => {
  it('are change, gains and swing, each with its own ids', () => {
    const charts = comparisonCharts({ previousSources: ['worcester-2012.csv'], swing: shares(), gains: gains() }, colour).map((chart) =>
      parseSvg(renderChart(chart)),
    );
    expect(charts.map((svg) => all(svg, 'title')[0]!.attributes.id)).toEqual([
      'chart-change-title',
      'chart-gains-title',
      'chart-swing-title',
    ]);
  });

  it('leave out the swing when nothing was polled both times', () => {
    const none = compareShares(matchContests([], after.contests), 'top');
    const charts = comparisonCharts({ previousSources: [], swing: none, gains: gains() }, colour);
    expect(charts).toHaveLength(1);
  });
});

describe('what a comparison chart is of', () => {
  it('is the area for one contest, the council for one council, else a count', () => {
    expect(comparisonScope([{ council: 'Worcester', area: 'Battenhall' }])).toBe('Battenhall');
    expect(
      comparisonScope([
        { council: 'Worcester', area: 'Battenhall' },
        { council: 'Worcester', area: 'Warndon' },
      ]),
    ).toBe('Worcester');
    expect(
      comparisonScope([
        { council: 'Worcester', area: 'A' },
        { council: 'Hull', area: 'B' },
      ]),
    ).toBe('2 councils');
    expect(
      comparisonScope([
        { council: null, area: 'A' },
        { council: null, area: 'B' },
      ]),
    ).toBe('All 2 contests');
  });
});
