/**
 * GE2017 -> GE2019 from the Commons Library files (../shared/data/real/uk-hoc-library). The candidate columns
 * are mapped to contests here (both header dialects), not by the Commons Library layout, so the comparison
 * logic is checked against the published results on its own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { makeContest } from '../../src/core/contest';
import { compareGains } from '../../src/core/gains';
import { matchContests } from '../../src/core/match';
import type { Contest } from '../../src/core/model';
import { INDEPENDENT, PartyRegistry } from '../../src/core/parties';
import { compareShares } from '../../src/core/swing';
import { real } from './paths';

const hocLibrary = real('uk-hoc-library');
const registry = new PartyRegistry();

/** Candidate rows of a HoC file -> contests keyed by ONS code; the most votes wins (no GE file has a tie for first). */
function readHoc(file: string): Contest[] {
  const rows = parse<Record<string, string>>(fs.readFileSync(path.join(hocLibrary, file), 'utf8'), { columns: true, bom: true });
  const get = (row: Record<string, string>, ...names: string[]) => names.map((n) => row[n]).find((v) => v !== undefined) ?? '';
  const byCode = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const code = get(row, 'ons_id', 'ONS ID');
    byCode.set(code, [...(byCode.get(code) ?? []), row]);
  }
  return [...byCode].map(([code, group], i) =>
    makeContest({
      council: null,
      area: get(group[0]!, 'constituency_name', 'Constituency name'),
      code,
      seats: 1,
      candidates: group.map((row, j) => {
        const written = get(row, 'party_name', 'Party name');
        const abbreviation = get(row, 'party_abbreviation', 'Party abbreviation');
        const party = registry.lookup(written) ?? registry.lookup(abbreviation);
        const independent = party?.name === INDEPENDENT || abbreviation === 'Ind';
        return {
          name: `${get(row, 'firstname', 'Candidate first name')} ${get(row, 'surname', 'Candidate surname')}`,
          party: independent ? INDEPENDENT : (party?.name ?? written),
          partyCode: independent ? 'Ind' : (party?.code ?? abbreviation),
          description: written,
          independent,
          votes: Number(get(row, 'votes', 'Votes')),
          elected: null,
          origin: { file, line: j + 2 },
        };
      }),
      electorate: null,
      ballots: null,
      rejected: null,
      defending: null,
      cancelled: false,
      origin: { file, line: i + 2 },
    }),
  );
}

/** The published abbreviations of the `Result` column, as canonical parties (Labour Co-op is Labour). */
const published: Record<string, string> = {
  Con: 'Conservative',
  Lab: 'Labour',
  'Lab Coop': 'Labour',
  LD: 'Liberal Democrats',
  SNP: 'SNP',
  PC: 'Plaid Cymru',
  DUP: 'DUP',
  SF: 'Sinn Féin',
  SDLP: 'SDLP',
  APNI: 'Alliance',
  Spk: 'Speaker',
  Ind: INDEPENDENT,
  Green: 'Green',
  Grn: 'Green',
};

describe('GE2017 -> GE2019, matched by ONS code', () => {
  const ge2017 = readHoc('HoC-GE2017-results-by-candidate.csv');
  const ge2019 = readHoc('HoC-GE2019-results-by-candidate.csv');
  const matching = matchContests(ge2017, ge2019);

  it('matches all 650 constituencies by code with none left over', () => {
    expect(matching.pairs).toHaveLength(650);
    expect(matching.pairs.every((p) => p.by === 'code')).toBe(true);
    expect(matching.unmatchedBefore).toEqual([]);
    expect(matching.unmatchedAfter).toEqual([]);
  });

  it('agrees with the published Result column for all 650 seats', () => {
    const gains = compareGains(matching, ge2019, 'last-fought');
    const results = parse<Record<string, string>>(
      fs.readFileSync(path.join(hocLibrary, 'HoC-GE2019-results-by-constituency.csv'), 'utf8'),
      { columns: true, bom: true },
    );
    expect(results).toHaveLength(650);
    const ours = new Map(gains.contests.map((c) => [c.code, c.result]));
    const disagreements: string[] = [];
    let conGainsFromLab = 0;
    for (const row of results) {
      const text = row['Result']!;
      const hold = /^(.+) hold$/.exec(text);
      const gain = /^(.+) gain from (.+)$/.exec(text);
      const expected = hold
        ? { kind: 'hold', party: published[hold[1]!], from: null }
        : { kind: 'gain', party: published[gain![1]!], from: published[gain![2]!] };
      if (text === 'Con gain from Lab' || text === 'Con gain from Lab Coop') conGainsFromLab += 1;
      const result = ours.get(row['ONS ID']!);
      const got = result && { kind: result.kind, party: result.party, from: result.kind === 'hold' ? null : result.from };
      if (JSON.stringify(got) !== JSON.stringify(expected))
        disagreements.push(`${row['Constituency name']}: published ${text}, ours ${result?.text}`);
    }
    expect(disagreements).toEqual([]);
    expect(conGainsFromLab).toBe(54);
    expect(gains.matrix.find((m) => m.from === 'Labour' && m.party === 'Conservative')!.seats).toBe(54);
    expect(gains.parties.reduce((t, p) => t + p.net, 0)).toBe(0);
  });

  it('gives the national Butler swing Lab -> Con of about 4.6 points (Con 43.6% +1.2, Lab 32.1% -7.9)', () => {
    const swing = compareShares(matching, 'top');
    const party = (name: string) => swing.overall.parties.find((p) => p.party === name)!;
    expect(party('Conservative').shareAfter * 100).toBeCloseTo(43.6, 1);
    expect(party('Conservative').change * 100).toBeCloseTo(1.2, 0);
    expect(party('Labour').shareAfter * 100).toBeCloseTo(32.1, 1);
    expect(party('Labour').change * 100).toBeCloseTo(-7.9, 0);
    expect(swing.overall.between).toEqual(['Conservative', 'Labour']);
    expect(swing.overall.butler).toMatchObject({ from: 'Labour', to: 'Conservative' });
    expect(swing.overall.butler!.value * 100).toBeCloseTo(4.6, 1);
  });
});
