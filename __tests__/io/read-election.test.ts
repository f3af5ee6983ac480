import { PartyRegistry } from '../../src/core/parties';
import { readElection } from '../../src/io/read-election';
import type { DataError } from '../../src/errors';

const registry = new PartyRegistry();

async function* bytes(text: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
}

const read = (text: string | Uint8Array, name = 'w.csv') => readElection([{ name, chunks: bytes(text) }], { registry });

async function failure(text: string | Uint8Array): Promise<string> {
  try {
    await read(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the read to fail');
}

describe('reading the canonical layout', () => {
  it('groups rows into contests, with header names in any case and `constituency` for `ward`', async () => {
    const election = await read(
      'Constituency,Candidate,PARTY,Votes\nAldershot,Gerald Howarth,Con,23369\nAldershot,Gary Puffett,Lab,8468\n',
    );
    expect(election.contests).toHaveLength(1);
    expect(election.contests[0]).toMatchObject({ area: 'Aldershot', seats: 1, status: 'contested' });
    expect(election.contests[0]!.candidates.map((c) => [c.name, c.party, c.votes])).toEqual([
      ['Gerald Howarth', 'Conservative', 23369],
      ['Gary Puffett', 'Labour', 8468],
    ]);
    expect(election.rows).toEqual({ read: 2, used: 2, filtered: 0, setAside: [] });
  });

  it('reads a byte-order mark and Windows-1252 text (Ynys Môn)', async () => {
    const bom = await read('\uFEFFward,candidate,party,votes\nA,B,Lab,1\n');
    expect(bom.contests[0]!.area).toBe('A');
    const cp1252 = Buffer.from('ward,candidate,party,votes\nYnys M\xf4n,Albert Owen,Lab,10000\n', 'latin1');
    const election = await read(cp1252);
    expect(election.contests[0]!.area).toBe('Ynys Môn');
    expect(election.warnings[0]).toMatchObject({ code: 'encoding-detected' });
  });

  it.each([
    ['', 'w.csv: empty file: no header and no rows'],
    ['ward,candidate,party,votes\n', 'w.csv: no results: the file has a header but no rows'],
    ['ward,candidate,votes\nA,B,1\n', 'w.csv:1: missing column "party" (found: ward, candidate, votes)'],
    ['ward,candidate,party,votes,Votes\nA,B,C,1,1\n', 'w.csv:1: duplicate column for votes: "votes" (column 4) and "Votes" (column 5)'],
    ['ward,candidate,party,votes\nA,B,Lab,1\nA,C,Con\n', 'w.csv:3: ragged row: 3 fields where the header has 4'],
    ['ward,candidate,party,votes\nA,B,Lab,1\nA,B,Lab,2\n', 'w.csv:3: duplicate candidate "B" (Labour) in "A", first at w.csv:2'],
    ['ward,candidate,party,votes,seats\nA,B,Lab,1,1\nA,C,Con,2,2\n', 'w.csv:3: seats for "A" is 2 here but 1 at line 2'],
    ['ward,candidate,party,votes\nA,B,Lab,10\nA,C,Con,\n', 'w.csv:3: votes missing for "C" in "A", where other candidates have votes'],
    [
      'ward,candidate,party,votes\nA,B,Lab,\nA,C,Con,\n',
      'w.csv:2: no votes for the 2 candidates in "A", which has 1 seat: a contest without votes must have no more candidates than seats (returned unopposed)',
    ],
    ['ward,candidate,party,votes\n,B,Lab,10\n', 'w.csv:2: ward is blank'],
  ])('refuses %j with a message naming file and line', async (text, message) => {
    expect(await failure(text)).toBe(message);
  });

  it('names the other file when a duplicate candidate was first met in another file', async () => {
    // Worcester 2016, Battenhall: the same ward in two files given as one election.
    const row = 'ward,candidate,party,votes\nBattenhall,Louis Stephen,Green,1081\n';
    const reading = readElection(
      [
        { name: '2016-a.csv', chunks: bytes(row) },
        { name: '2016-b.csv', chunks: bytes(row) },
      ],
      { registry },
    );
    await expect(reading).rejects.toThrow(
      '2016-b.csv:2: duplicate candidate "Louis Stephen" (Green) in "Battenhall", first at 2016-a.csv:2',
    );
  });

  it('refuses binary data', async () => {
    expect(await failure(Buffer.from([0x77, 0x61, 0x0a, 0x00, 0x01]))).toBe(
      'w.csv:2: not a text file: found a NUL byte (binary data, or UTF-16 without a byte-order mark)',
    );
  });

  it('with onError, reports every bad row and goes on, setting the rows aside', async () => {
    const errors: DataError[] = [];
    const election = await readElection(
      [{ name: 'w.csv', chunks: bytes('ward,candidate,party,votes\nA,B,Lab,1\nA,C,Con,x\nA,D,LD,-2\nA,E,Grn,5\n') }],
      { registry, onError: (error) => errors.push(error) },
    );
    expect(errors.map((e) => e.message)).toEqual([
      'w.csv:3: votes must be a whole number, got "x"',
      'w.csv:4: votes must not be negative, got "-2"',
    ]);
    expect(election.rows).toMatchObject({ read: 4, used: 2, setAside: [{ reason: 'invalid rows', count: 2 }] });
    expect(election.contests[0]!.candidates).toHaveLength(2);
  });

  it('reads several files as one election', async () => {
    const election = await readElection(
      [
        { name: 'a.csv', chunks: bytes('council,ward,candidate,party,votes\nWorcester,Battenhall,Louis Stephen,Green,1081\n') },
        { name: 'b.csv', chunks: bytes('council,ward,candidate,party,votes\nWorcester,Battenhall,David Tibbutt,C,887\n') },
      ],
      { registry },
    );
    expect(election.contests).toHaveLength(1);
    expect(election.contests[0]!.candidates.map((c) => c.origin)).toEqual([
      { file: 'a.csv', line: 2 },
      { file: 'b.csv', line: 2 },
    ]);
  });
});
