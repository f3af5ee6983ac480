/**
 * The hex cartograms shipped in the package (Open Innovations, MIT): the MIT licence asks that the copyright
 * line goes with every copy, so it must survive compilation into the dist/ files that are published; and the
 * maps are the ones the real files are keyed to (650 constituencies; Worcester's wards by their ONS codes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { constituencies } from '../../src/report/charts/hexmaps/constituencies';
import { wards } from '../../src/report/charts/hexmaps/wards';
import { fixture, read } from '../read-helpers';

const root = path.resolve(__dirname, '..', '..');

describe('the shipped hex maps', () => {
  it.each(['constituencies', 'wards'])('%s keep the Open Innovations copyright line in the compiled package', (name) => {
    const compiled = readFileSync(path.join(root, 'dist', 'report', 'charts', 'hexmaps', `${name}.js`), 'utf8');
    expect(compiled).toContain('Copyright (c) 2017- Open Innovations');
    expect(compiled).toContain('MIT License');
  });

  it('have the 650 constituencies of 2010-2019 and a hex for each of Worcester 2016 wards (LEAP ward codes)', async () => {
    expect(constituencies.hexes).toHaveLength(650);
    const codes = new Set(wards.hexes.map((hex) => hex[0]));
    const worcester = await read(fixture('worcester-2016.csv'));
    expect(worcester.contests.filter((c) => c.code !== null && codes.has(c.code))).toHaveLength(worcester.contests.length);
  });
});
