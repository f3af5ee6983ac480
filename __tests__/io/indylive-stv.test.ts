/**
 * The IndyLive Scotland STV export, on six real wards of the 2022 Scottish council elections
 * (fixtures/scotland-2022-stv-extract.csv; fixtures/SOURCES.md): a count with stages, a ward missing a
 * candidate's row, first preferences written `2241.00000` beside a malformed transfer cell, an uncontested
 * ward, a contested ward whose count is not in the file, and a ward with fewer candidates than seats.
 */
import { candidateInTwoWardsFindings } from '../../src/core/check/names';
import { PartyRegistry } from '../../src/core/parties';
import { tally } from '../../src/core/tally';
import { detectLayout } from '../../src/io/layouts';
import { mappedLayout, parseMapFile } from '../../src/io/map-file';
import { readElection } from '../../src/io/read-election';
import { contestDocument } from '../../src/report/tally-document';
import { contest } from '../builders';
import { fixture, read } from '../read-helpers';
import { results } from '../cli/run-cli';

const extract = fixture('scotland-2022-stv-extract.csv');
const header =
  'id,name,party_name,council_id,council_name,election,cand_ward_id,map_ward_id,ward_name,contested,elected,status,occurred_on_count,first_prefs,' +
  'transfers02,total_votes02,electorate,total_poll,valid_poll,rejected,quota,seats,candidates';

async function counted(name = extract) {
  const election = await read(name);
  const result = tally(election, 'top');
  const ward = (area: string) => result.contests.find((c) => c.area === area)!;
  return { election, result, ward };
}

describe('IndyLive STV export (indylive-stv)', () => {
  it('is recognised by its header, not taken for Democracy Club', () => {
    expect(detectLayout(header.split(','), 'x.csv').name).toBe('indylive-stv');
  });

  it('reads every row: first preferences as votes, the elected flag as the result, STV, quota, turnout', async () => {
    const { election, ward } = await counted();
    expect(election.rows).toEqual({ read: 30, used: 30, filtered: 0, setAside: [] });
    const dyce = ward('Dyce/Bucksburn/Danestone');
    expect(dyce).toMatchObject({ council: 'Aberdeen City', code: 'S13002835', seats: 4, system: 'stv', status: 'contested', quota: 1320 });
    expect([dyce.electorate, dyce.ballots, dyce.rejected, dyce.validVotes]).toEqual([16446, 6766, 168, 6598]);
    // STV: every first preference counts (the share base is all 6,598 valid papers, not the top vote).
    expect(dyce.candidates.find((c) => c.name === 'Gill Al-Samarai')!.share).toBeCloseTo(1538 / 6598, 10);
    // Barney Crockett (Labour) was elected at the 7th count; Peter John Heald (Lib Dem) stayed in to the end, not elected.
    expect(dyce.candidates.filter((c) => c.elected).map((c) => c.name)).toEqual([
      'Gill Al-Samarai',
      'Avril MacKenzie',
      'Neil MacGregor',
      'Barney Crockett',
    ]);
    expect(dyce.candidates.map((c) => [c.name, c.stage])).toEqual([
      ['Gill Al-Samarai', { outcome: 'elected', count: 1 }],
      ['Avril MacKenzie', { outcome: 'elected', count: 1 }],
      ['Neil MacGregor', { outcome: 'elected', count: 2 }],
      ['Barney Crockett', { outcome: 'elected', count: 7 }],
      ['Peter John Heald', { outcome: 'not elected', count: null }],
      ['Braiden Smith', { outcome: 'excluded', count: 6 }],
      ['William Patrick Ball', { outcome: 'excluded', count: 5 }],
      ['Amy-Marie Stratton', { outcome: 'excluded', count: 4 }],
    ]);
    expect(dyce.majority).toBeNull();
    expect(dyce.warnings).toEqual([]);
  });

  it('reads `2241.00000` as 2241 first preferences and does not stop on the malformed transfer cell beside it', async () => {
    const { ward } = await counted();
    const bishopbriggs = ward('Bishopbriggs South');
    expect(bishopbriggs.candidates.map((c) => c.votes)).toEqual([2241, 1654, 1048, 756, 284, 87]);
    expect(bishopbriggs.warnings).toEqual([]);
  });

  it('an uncontested ward (no first preferences, contested 0) is returned unopposed', async () => {
    const { ward } = await counted();
    expect(ward('Caol and Mallaig')).toMatchObject({
      status: 'uncontested',
      seats: 3,
      validVotes: null,
      quota: null,
      electedFrom: 'unopposed',
    });
    // Shetland North Isles: 2 candidates for 3 seats (the third seat went to a by-election).
    const northIsles = ward('North Isles');
    expect([northIsles.status, northIsles.seats, northIsles.candidates.filter((c) => c.elected).length]).toEqual(['uncontested', 3, 2]);
  });

  it('a contested ward whose count is not in the file keeps its winners, stays out of votes, and says so', async () => {
    const { ward, result } = await counted();
    const kirkwall = ward('Kirkwall East');
    expect(kirkwall).toMatchObject({ status: 'contested', votesMissing: true, validVotes: null, votesCast: null, seats: 4 });
    expect(
      kirkwall.candidates
        .filter((c) => c.elected)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['David Dawson', 'Gwenda Shearer', 'John Ross Scott', 'Steven Heddle']);
    expect(kirkwall.candidates.every((c) => c.rank === null && c.share === null)).toBe(true);
    expect(kirkwall.warnings.map((w) => w.code)).toEqual(['votes-missing']);
    // The Green seat counts; the contest adds no votes.
    expect(result.parties.find((p) => p.party === 'Green')).toMatchObject({ seats: 2, votes: 296 + 284 });
  });

  it('a ward missing a candidate row is flagged: first preferences + rejected fall short of the ballots', async () => {
    const { ward } = await counted();
    const fraserburgh = ward('Fraserburgh and District');
    expect(fraserburgh.candidates).toHaveLength(6); // the file's `candidates` column says 7 stood
    expect(fraserburgh.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'ballots-mismatch',
        expect.stringContaining('first preferences (4660) plus rejected papers (40) make 4700, but 4743 ballot papers were counted'),
      ],
    ]);
  });

  it('writes quota and each candidate stage in JSON', async () => {
    const { result } = await counted();
    const dyce = contestDocument(result.contests[0]!);
    expect(dyce.quota).toBe(1320);
    expect(dyce.candidates[3]!.stage).toEqual({ outcome: 'elected', count: 7 });
  });

  it('refuses a status that contradicts the elected flag, with file and line', async () => {
    const row =
      '1,"A Person","Labour Party",x,"Some Council",e,gss-S13000001,S13000001,"Ward",1,1,Excluded,3,900,,,1000,950,940,10,300,2,3';
    const text = `${header}\n${row}\n`;
    const source = {
      name: 'bad.csv',
      chunks: (async function* () {
        yield new TextEncoder().encode(text);
      })(),
    };
    await expect(readElection([source], { registry: new PartyRegistry() })).rejects.toThrow(
      'bad.csv:2: "A Person" has status "Excluded" but elected 1',
    );
  });
});

describe('the table of an STV-only file', () => {
  it('states the STV conventions, not the plurality share method and majority that do not apply to it', async () => {
    const run = await results('tally', 'fixtures/scotland-2022-stv-extract.csv', '--quiet');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^STV: STV contests count first preferences/m);
    expect(run.stdout).not.toMatch(/^Shares: |^Majority: /m);
  });
});

describe('--map declaring STV, with decimal first preferences', () => {
  const map = {
    columns: {
      council: 'council_name',
      ward: 'ward_name',
      candidate: 'name',
      party: 'party_name',
      votes: 'first_prefs',
      elected: 'elected',
      seats: 'seats',
      quota: 'quota',
      ballots: 'total_poll',
      rejected: 'rejected',
    },
    constants: { system: 'stv' },
    decimalPoint: true,
  };

  it('reads the IndyLive file through a map as STV: `2241.00000` is 2241, transfers decide, no tie or order warnings', async () => {
    const layout = mappedLayout(parseMapFile(JSON.stringify(map), 'stv.json'), 'stv.json');
    const result = tally(await read(extract, { layout }), 'top');
    const bishopbriggs = result.contests.find((c) => c.area === 'Bishopbriggs South')!;
    expect(bishopbriggs).toMatchObject({ system: 'stv', quota: 1518, seats: 3 });
    expect(bishopbriggs.candidates.map((c) => c.votes)).toEqual([2241, 1654, 1048, 756, 284, 87]);
    // Ben Rose (Lib Dem, 756 first preferences) took the third seat on transfers, past Catherine Brown (Con, 1,048).
    expect(bishopbriggs.candidates.filter((c) => c.elected).map((c) => c.name)).toEqual(['Gordan Low', 'Alan Moir', 'Ben Rose']);
    expect(bishopbriggs.warnings).toEqual([]);
  });

  it('still refuses votes that are not whole, and a voting system it does not know', async () => {
    const layout = mappedLayout(
      parseMapFile(JSON.stringify({ ...map, columns: { ...map.columns, votes: 'total_votes02' } }), 'stv.json'),
      'stv.json',
    );
    await expect(read(extract, { layout })).rejects.toThrow(
      /scotland-2022-stv-extract.csv:2: votes must be a whole number, got "1184.77224"/,
    );
    expect(() => parseMapFile(JSON.stringify({ ...map, constants: { system: 'ranked' } }), 'stv.json')).toThrow(
      'stv.json: "constants.system" must be "stv" or "plurality", got "ranked"',
    );
  });

  it('without decimalPoint, `2241.00000` votes are refused as not whole', async () => {
    const layout = mappedLayout(parseMapFile(JSON.stringify({ ...map, decimalPoint: false }), 'stv.json'), 'stv.json');
    await expect(read(extract, { layout })).rejects.toThrow(/votes must be a whole number, got "2241.00000"/);
  });
});

describe('candidate-in-two-wards on a large council', () => {
  it('two people of one name standing for different parties are not one candidate (Fife 2022: David Ross, Con and Lab)', async () => {
    const dunfermline = contest(
      'Dunfermline South',
      [
        ['David Ross', 'Conservative and Unionist Party', 825, false],
        ['A', 'Labour', 900, true],
      ],
      { council: 'Fife' },
    );
    const kirkcaldy = contest(
      'Kirkcaldy North',
      [
        ['David Ross', 'Labour Party', 1804, true],
        ['B', 'SNP', 900, false],
      ],
      { council: 'Fife' },
    );
    expect(candidateInTwoWardsFindings([dunfermline, kirkcaldy])).toEqual([]);
    const again = contest(
      'Kirkcaldy North',
      [
        ['David Ross', 'Conservative', 1804, true],
        ['B', 'SNP', 900, false],
      ],
      { council: 'Fife' },
    );
    expect(candidateInTwoWardsFindings([dunfermline, again]).map((f) => f.code)).toEqual(['candidate-in-two-wards']);
  });
});
