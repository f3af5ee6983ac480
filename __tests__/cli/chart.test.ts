import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { results } from './run-cli';

describe('results chart', () => {
  it('writes the vote share chart of Worcester 2016 as SVG on stdout', async () => {
    const run = await results('chart', 'shares', 'fixtures/worcester-2016.csv');
    expect(run.status).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).toContain('<title id="shares-title">Worcester: share of the vote</title>');
    expect(run.stdout).toContain('Labour 36.2% of the vote; Conservative 30.4% of the vote; Green 15.7% of the vote');
  });

  it('draws the seats won as a parliament chart (Lab 7, Con 3, Green 2 of 12)', async () => {
    const run = await results('chart', 'seats', 'fixtures/worcester-2016.csv');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<desc id="seats-desc">Labour 7, Conservative 3, Green 2 (12 seats).</desc>');
    expect(run.stdout.match(/<circle /g)).toHaveLength(12);
  });

  it('takes party colours from --parties', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'results-chart-'));
    const parties = path.join(dir, 'parties.csv');
    writeFileSync(parties, 'party,code,colour,aliases\nGreen,Grn,#123456,\n');
    const run = await results('chart', 'seats', 'fixtures/worcester-2016.csv', '--parties', parties);
    expect(run.stdout).toContain('<g fill="#123456">');
  });

  it('is the same bytes on every run', async () => {
    expect((await results('chart', 'shares', 'fixtures/worcester-2016.csv')).stdout).toBe(
      (await results('chart', 'shares', 'fixtures/worcester-2016.csv')).stdout,
    );
  });

  it('refuses an unknown kind as a usage error', async () => {
    expect((await results('chart', 'pie', 'fixtures/worcester-2016.csv')).status).toBe(2);
  });
});

describe('results chart: the comparison kinds', () => {
  const previous = ['--previous', 'fixtures/worcester-2012.csv'];

  it('change: Battenhall 2016 with the change since 2012 (NEW --previous OLD)', async () => {
    const run = await results('chart', 'change', 'fixtures/worcester-2016.csv', ...previous);
    expect(run.status).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).toContain('<title id="change-title">Battenhall: share of the vote</title>');
    expect(run.stdout).toContain('Green 49.5% of the vote, +38.2 points; Conservative 40.6% of the vote, -7.1 points');
  });

  it('change: BEFORE AFTER draws the same chart as NEW --previous OLD', async () => {
    expect((await results('chart', 'change', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2016.csv')).stdout).toBe(
      (await results('chart', 'change', 'fixtures/worcester-2016.csv', ...previous)).stdout,
    );
  });

  it('gains: against the eve of poll from one file with a defending column', async () => {
    const run = await results('chart', 'gains', 'fixtures/worcester-2016-defending.csv', '--baseline', 'eve-of-poll');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Conservative 0 gained, 2 lost, net -2; Green 1 gained, 0 lost, net +1; Labour 1 gained, 0 lost, net +1.');
  });

  it('gains: against the last time fought (Battenhall: Green gain from Conservative)', async () => {
    const run = await results('chart', 'gains', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2016.csv');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Green 1 gained, 0 lost, net +1; Conservative 0 gained, 1 lost, net -1.');
  });

  it('swing: the Butler swing, 22.7 points Conservative to Green, with --from/--to naming the pair', async () => {
    const run = await results(
      'chart',
      'swing',
      'fixtures/worcester-2012.csv',
      'fixtures/worcester-2016.csv',
      '--from',
      'Con',
      '--to',
      'Green',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Butler swing of 22.7 points from Conservative to Green.');
  });

  it('council: Worcester after 2016, Con 17, Lab 16, Green 2 of 35, with the majority line at 18', async () => {
    const run = await results('chart', 'council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab=15,Grn=1');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '<desc id="council-desc">Conservative 17, Labour 16, Green 2 (35 seats). 18 needed for a majority: no party has one.</desc>',
    );
    expect(run.stdout.match(/<circle /g)).toHaveLength(35);
    expect(run.stdout).toContain('Conservative lose to NOC');
  });

  it.each([
    [['change', 'fixtures/worcester-2016.csv'], 'the change chart compares two elections'],
    [['gains', 'fixtures/worcester-2016.csv'], 'the gains chart compares two elections'],
    [['swing', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2016.csv', '--from', 'Con'], '--from and --to go together'],
    [['council', 'fixtures/worcester-2016-defending.csv'], 'the council chart needs --before'],
    [['shares', 'fixtures/worcester-2016.csv', ...['--previous', 'fixtures/worcester-2012.csv']], '--previous is not for the shares chart'],
    [
      ['change', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv', '--baseline', 'eve-of-poll'],
      '--baseline is not for the change chart',
    ],
  ])('refuses %j as a usage error (exit 2, nothing on stdout)', async (args, message) => {
    const run = await results('chart', ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('fails with exit 1 when no contest was polled in both elections', async () => {
    const run = await results('chart', 'swing', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2018-cathedral.csv');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^results: .*no contest polled in both/);
  });
});

describe('results tally --format html', () => {
  it('writes one page with the headlines, the shares, seats and ward map charts and the tables', async () => {
    const run = await results('tally', 'fixtures/worcester-2016.csv', '--format', 'html');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('<title>Worcester: election results</title>');
    expect(run.stdout).toContain(', majority 194 (1,081 vs 887)</li>');
    // Each chart twice: the wide layout and the narrow one a phone shows instead; Worcester's wards are on the hex map.
    expect(run.stdout.match(/<svg /g)).toHaveLength(6);
    expect(run.stdout).toContain('aria-labelledby="chart-map-title chart-map-desc"');
    expect(run.stdout).toContain('aria-labelledby="chart-shares-title chart-shares-desc"');
    expect(run.stdout).toContain('aria-labelledby="chart-shares-narrow-title chart-shares-narrow-desc"');
    expect(run.stdout).toContain('<td>Louis Stephen</td>');
  });

  it('with --previous: the result lines, change in share, net seats and the map, change, gains and swing charts', async () => {
    const run = await results('tally', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv', '--format', 'html');
    expect(run.status).toBe(0);
    const page = run.stdout.replace(/<[^>]+>/g, '');
    expect(page).toContain('Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)');
    expect(page).toContain('change in share: Green +38.2, Conservative -7.1, Labour -26.5, UKIP new, Liberal Democrats -8.7');
    expect(run.stdout).toContain('<th scope="col" class="num">Net seats</th>');
    expect(run.stdout.match(/<svg /g)).toHaveLength(12);
    for (const id of ['chart-change', 'chart-gains', 'chart-swing'])
      expect(run.stdout).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
  });

  it('keeps share bars out of piped table output', async () => {
    expect((await results('tally', 'fixtures/worcester-2016.csv')).stdout).not.toContain('█');
  });
});

describe('results chart map', () => {
  it('draws Worcester 2016 on its ward hexes (ONS codes), Battenhall outlined as a gain, the 3 wards not up drawn empty', async () => {
    const run = await results('chart', 'map', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<title id="map-title">Worcester: who won where</title>');
    expect(run.stdout).toContain('<title>Battenhall: Green (changed hands)</title>');
    expect(run.stdout).toContain('Empty hexes: 3 with no result in the file');
    expect(run.stdout).toContain('Hex map © Open Innovations (MIT)');
    expect(run.stdout).toMatch(/<desc id="map-desc">Areas won: Labour 7, Conservative 3, Green 2\./);
  });

  it('draws the GE2019 extract on the constituency hexes, keyed by ONS ID', async () => {
    const run = await results('chart', 'map', 'fixtures/hoc-ge2019-candidates-extract.csv');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('who won where');
    expect(run.stdout).not.toContain('Not on the map');
  });

  it('refuses a ward map of several councils without --council (exit 2)', async () => {
    const run = await results('chart', 'map', 'fixtures/ties-2019.csv');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/a ward map draws one council; the file has 3: pick one with --council NAME/);
  });
});

describe('published text on the results page', () => {
  it('takes --title, --date, --subtitle and --source, the source line under every chart', async () => {
    const run = await results(
      'tally',
      'fixtures/worcester-2016.csv',
      '--format',
      'html',
      '--title',
      'Worcester City Council election',
      '--date',
      '5 May 2016',
      '--source',
      'Local Elections Archive Project',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<h1>Worcester City Council election</h1>\n<p class="subtitle">5 May 2016</p>');
    // Each chart, wide and narrow, carries the line.
    expect(run.stdout.match(/>Source: Local Elections Archive Project<\/text>/g)).toHaveLength(6);
  });

  it('refuses them for any other format (exit 2)', async () => {
    const run = await results('tally', 'fixtures/worcester-2016.csv', '--title', 'Worcester');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--title is for the results page (--format html)');
  });
});

describe('published text on a chart', () => {
  it('takes --title, --date and --source in place of the defaults', async () => {
    const run = await results(
      'chart',
      'shares',
      'fixtures/worcester-2016.csv',
      '--title',
      'Worcester',
      '--date',
      '5 May 2016',
      '--source',
      'LEAP',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<title id="shares-title">Worcester</title>');
    expect(run.stdout).toContain('>5 May 2016 · Valid votes 21,627 · shares by top vote</text>');
    expect(run.stdout).toContain('>Source: LEAP</text>');
  });
});
