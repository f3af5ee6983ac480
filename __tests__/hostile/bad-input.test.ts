/**
 * The broken-input corpus (fixtures/bad/, one file per failure, named for it): each file through
 * `results tally FILE`, with the exact message, the exit code and an empty stdout on error. Files too big
 * or too odd to commit (100 MB on one line, 10,000 columns, a symlink loop) are made in a temporary folder.
 */
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { results } from './run-cli';

const bad = (name: string) => `fixtures/bad/${name}`;

/** [file, extra arguments, stderr exactly] — every one exits 1 with nothing on stdout. */
const refused: readonly [string, readonly string[], string][] = [
  ['empty.csv', [], 'results: fixtures/bad/empty.csv: empty file: no header and no rows\n'],
  ['header-only.csv', [], 'results: fixtures/bad/header-only.csv: no results: the file has a header but no rows\n'],
  [
    'missing-party-column.csv',
    [],
    'results: fixtures/bad/missing-party-column.csv:1: missing column "party" (found: council, ward, code, candidate, votes, elected)\n',
  ],
  [
    'duplicate-header.csv',
    [],
    'results: fixtures/bad/duplicate-header.csv:1: duplicate column for votes: "votes" (column 5) and "Votes" (column 6)\n',
  ],
  ['ragged-row.csv', [], 'results: fixtures/bad/ragged-row.csv:3: ragged row: 6 fields where the header has 7\n'],
  [
    'unclosed-quote.csv',
    [],
    'results: fixtures/bad/unclosed-quote.csv:3: malformed CSV: a quoted field opened on this line is never closed\n',
  ],
  [
    'quote-in-unquoted-field.csv',
    [],
    'results: fixtures/bad/quote-in-unquoted-field.csv:2: malformed CSV: a quote inside an unquoted field (field 4: "Joy \\""); quote the whole field and double the quote\n',
  ],
  [
    'nul-byte.csv',
    [],
    'results: fixtures/bad/nul-byte.csv:3: not a text file: found a NUL byte (binary data, or UTF-16 without a byte-order mark)\n',
  ],
  [
    'binary.png.csv',
    [],
    'results: fixtures/bad/binary.png.csv:3: not a text file: found a NUL byte (binary data, or UTF-16 without a byte-order mark)\n',
  ],
  [
    'invalid-utf8.csv',
    ['--encoding', 'utf-8'],
    'results: fixtures/bad/invalid-utf8.csv:2: invalid UTF-8 text; if the file is from Excel on Windows, try --encoding windows-1252\n',
  ],
  ['votes-negative.csv', [], 'results: fixtures/bad/votes-negative.csv:2: votes must not be negative, got "-959"\n'],
  ['votes-fractional.csv', [], 'results: fixtures/bad/votes-fractional.csv:2: votes must be a whole number, got "959.5"\n'],
  [
    'votes-exponent.csv',
    [],
    'results: fixtures/bad/votes-exponent.csv:2: votes must be a whole number written out, not in exponent form, got "9.59e2"\n',
  ],
  [
    'votes-ambiguous-decimal-thousands.csv',
    [],
    'results: fixtures/bad/votes-ambiguous-decimal-thousands.csv:2: votes is ambiguous: "." could be a decimal point or a thousands separator; write it without separators, got "1.081"\n',
  ],
  [
    'votes-blank.csv',
    [],
    'results: fixtures/bad/votes-blank.csv:2: votes missing for "Louis Stephen" in "Battenhall", where other candidates have votes\n',
  ],
  ['votes-nan.csv', [], 'results: fixtures/bad/votes-nan.csv:2: votes must be a whole number, got "NaN"\n'],
  [
    'votes-beyond-safe-integer.csv',
    [],
    'results: fixtures/bad/votes-beyond-safe-integer.csv:2: votes too large to count exactly, got "9007199254740993"\n',
  ],
  [
    'duplicate-candidate.csv',
    [],
    'results: fixtures/bad/duplicate-candidate.csv:4: duplicate candidate "Joy Squires" (Labour) in "Arboretum", first at fixtures/bad/duplicate-candidate.csv:2\n',
  ],
  [
    'ward-with-no-candidates.csv',
    ['--strict'],
    'results: fixtures/bad/ward-with-no-candidates.csv:4: row set aside (a row with a ward but no candidate) and --strict is on; set aside in all: 1 row (a row with a ward but no candidate)\n',
  ],
  [
    'blank-rows.csv',
    ['--strict'],
    'results: fixtures/bad/blank-rows.csv:4: row set aside (blank) and --strict is on; set aside in all: 2 rows (blank)\n',
  ],
  [
    'directory-without-csv',
    [],
    'results: fixtures/bad/directory-without-csv: directory holds no .csv or .csv.gz files (1 entry not read: README.txt (not .csv or .csv.gz))\n',
  ],
  ['no-such-file.csv', [], 'results: fixtures/bad/no-such-file.csv: cannot read: no such file\n'],
];

describe('a broken file is refused with one line naming the file, the line and what was found (exit 1, nothing on stdout)', () => {
  it.each(refused)('%s %j', async (file, args, message) => {
    const run = await results(['tally', bad(file), ...args]);
    expect(run.stderr).toBe(message);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('the same refusals hold in every output format: stdout stays empty', async () => {
    for (const format of ['json', 'csv', 'markdown', 'ndjson']) {
      const run = await results(['tally', bad('votes-ambiguous-decimal-thousands.csv'), '--format', format]);
      expect({ format, status: run.status, stdout: run.stdout }).toEqual({ format, status: 1, stdout: '' });
    }
  });
});

interface TallyDocument {
  rows: { read: number; used: number; setAside: { reason: string; count: number; file: string; line: number }[] };
  contests: { area: string; candidates: { name: string; votes: number; elected: boolean | null }[] }[];
  warnings: { code: string; message: string }[];
}

async function tallyJson(file: string, ...args: string[]): Promise<TallyDocument> {
  const run = await results(['tally', file, '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as TallyDocument;
}

describe('files that look odd but mean something are read, and the test says exactly how', () => {
  it('reads "1,081" as one thousand and eighty-one (UK thousands separator; Battenhall 2016)', async () => {
    const document = await tallyJson(bad('votes-thousands-separator.csv'));
    expect(document.contests[0]!.candidates.map((c) => [c.name, c.votes])).toEqual([
      ['Louis Stephen', 1081],
      ['David Tibbutt', 887],
    ]);
  });

  it('decodes UTF-16 with a byte-order mark and CRLF line ends to the same result as the UTF-8 file', async () => {
    const document = await tallyJson(bad('utf16le-bom.csv'));
    expect(document.rows).toEqual({ read: 2, used: 2, filtered: 0, setAside: [] });
    expect(document.contests[0]!.area).toBe('Arboretum');
    expect(document.contests[0]!.candidates.map((c) => [c.name, c.votes, c.elected])).toEqual([
      ['Joy Squires', 959, true],
      ['John Stenson', 391, false],
    ]);
  });

  it('reads a file mixing CRLF, LF and lone CR line ends as three rows', async () => {
    const document = await tallyJson(bad('mixed-line-endings.csv'));
    expect(document.rows.read).toBe(3);
    expect(document.contests[0]!.candidates.map((c) => c.votes)).toEqual([959, 391, 311]);
  });

  it('reads a first block that is not UTF-8 as Windows-1252 and says so (a warning, the bytes kept)', async () => {
    const run = await results(['tally', bad('invalid-utf8.csv'), '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'results: note: fixtures/bad/invalid-utf8.csv: not valid UTF-8; read as Windows-1252 (use --encoding to choose)\n',
    );
    const document = JSON.parse(run.stdout) as TallyDocument;
    // 0xC3 0x28 in Windows-1252 is "Ã(": the name is kept, not silently repaired or dropped.
    expect(document.contests[0]!.candidates[0]!.name).toBe('JoÃ(y Squires');
    expect(document.warnings).toEqual([
      expect.objectContaining({
        code: 'encoding-detected',
        message: 'fixtures/bad/invalid-utf8.csv: not valid UTF-8; read as Windows-1252 (use --encoding to choose)',
      }),
    ]);
  });

  it('sets aside a row naming a ward but no candidate, no party and no votes, and counts it', async () => {
    // In a long layout a ward with no candidates can only be written as such a row: nothing to count, so it
    // is set aside (an error under --strict, above), and the ward does not appear as a contest.
    const document = await tallyJson(bad('ward-with-no-candidates.csv'));
    expect(document.rows).toEqual({
      read: 3,
      used: 2,
      filtered: 0,
      setAside: [{ reason: 'a row with a ward but no candidate', count: 1, file: 'fixtures/bad/ward-with-no-candidates.csv', line: 4 }],
    });
    expect(document.contests.map((c) => c.area)).toEqual(['Arboretum']);
    const table = await results(['tally', bad('ward-with-no-candidates.csv')]);
    expect(table.stdout).toContain(
      'Rows: 3 read from fixtures/bad/ward-with-no-candidates.csv, 2 used, set aside: 1 row (a row with a ward but no candidate), first at fixtures/bad/ward-with-no-candidates.csv:4.',
    );
  });

  it('sets aside rows of empty cells left below the data by a spreadsheet, and counts them', async () => {
    const document = await tallyJson(bad('blank-rows.csv'));
    expect(document.rows.setAside).toEqual([{ reason: 'blank', count: 2, file: 'fixtures/bad/blank-rows.csv', line: 4 }]);
    expect(document.rows.read).toBe(4);
    expect(document.rows.used).toBe(2);
  });

  it('a blank candidate with a party or votes is still an error: it would lose a result', async () => {
    const run = await results(['tally', '-'], {
      input: 'ward,candidate,party,votes\nArboretum,Joy Squires,Labour,959\nArboretum,,Conservative,391\n',
    });
    expect(run.stderr).toBe('results: -:3: candidate is blank (in "Arboretum")\n');
    expect(run.status).toBe(1);
  });
});

describe('files the tool makes for itself: too big, too wide, unreachable', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'results-bad-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a 100 MB single line without reading it all (the field limit stops it)', async () => {
    const file = path.join(dir, 'one-100mb-line.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'ward,candidate,party,votes\n');
    const block = Buffer.alloc(1 << 20, 'a');
    for (let i = 0; i < 100; i++) writeSync(fd, block);
    closeSync(fd);
    const run = await results(['tally', file]);
    expect(run.stderr).toBe(`results: ${file}:2: field longer than 1,000,000 characters; is this a CSV file?\n`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('refuses a 100 MB line of many short fields at the record limit, and the limit can be raised', async () => {
    const file = path.join(dir, 'one-100mb-line-of-fields.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'ward,candidate,party,votes\n');
    // 1,000 fields of 100,000 characters: under both the field and the field-count limits.
    const field = `${'b'.repeat(99_999)},`;
    for (let i = 0; i < 1000; i++) writeSync(fd, field);
    closeSync(fd);
    const run = await results(['tally', file]);
    expect(run.stderr).toBe(`results: ${file}:2: record longer than 10,000,000 characters; is this a CSV file?\n`);
    expect(run.status).toBe(1);
    const smaller = await results(['tally', file, '--max-record-length', '500000']);
    expect(smaller.stderr).toBe(`results: ${file}:2: record longer than 500,000 characters; is this a CSV file?\n`);
  });

  it('refuses 10,000 columns at the field-count limit, and reads them when --max-fields allows', async () => {
    const file = path.join(dir, 'ten-thousand-columns.csv');
    const extra = Array.from({ length: 9_996 }, (_, i) => `extra${i + 1}`);
    const header = ['ward', 'candidate', 'party', 'votes', ...extra].join(',');
    const row = (name: string, party: string, votes: number) => [`Arboretum`, name, party, votes, ...extra.map(() => '')].join(',');
    writeFileSync(file, `${header}\n${row('Joy Squires', 'Labour', 959)}\n${row('John Stenson', 'Conservative', 391)}\n`);
    const run = await results(['tally', file]);
    expect(run.stderr).toBe(`results: ${file}:1: too many fields: more than 2,000 in one record\n`);
    expect(run.status).toBe(1);
    const wide = await results(['tally', file, '--max-fields', '10000', '--format', 'json']);
    expect(wide.status).toBe(0);
    const document = JSON.parse(wide.stdout) as TallyDocument;
    expect(document.contests[0]!.candidates.map((c) => c.votes)).toEqual([959, 391]);
  });

  it('names the line of invalid UTF-8 found after the file has been read as UTF-8 for over 1 MB', async () => {
    // UTF-8 is settled by the first byte above ASCII (Siân, line 2); a later byte that is not UTF-8 is an error,
    // not a reason to re-read what came before in another encoding.
    const file = path.join(dir, 'late-invalid-utf8.csv');
    const rows = ['ward,candidate,party,votes', 'Ward 0,Siân Gwenllian,Plaid Cymru,1'];
    let length = 0;
    for (let i = 1; length < 1_200_000; i++) {
      const row = `Ward ${i},Candidate ${i},Labour,${i}`;
      rows.push(row);
      length += row.length + 1;
    }
    const text = Buffer.from(`${rows.join('\n')}\n`);
    writeFileSync(file, Buffer.concat([text, Buffer.from('Last,Jo\xff Bloggs,Green,1\n', 'latin1')]));
    const run = await results(['tally', file]);
    expect(run.stderr).toBe(
      `results: ${file}:${rows.length + 1}: invalid UTF-8 text; if the file is from Excel on Windows, try --encoding windows-1252\n`,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('refuses a symbolic link loop', async () => {
    const a = path.join(dir, 'loop-a.csv');
    const b = path.join(dir, 'loop-b.csv');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const run = await results(['tally', a]);
    expect(run.stderr).toBe(`results: ${a}: cannot read: too many symbolic links (a link loop?)\n`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('refuses a path through a file as if it were a folder', async () => {
    const run = await results(['tally', 'fixtures/worcester-2016.csv/results.csv']);
    expect(run.stderr).toBe('results: fixtures/worcester-2016.csv/results.csv: cannot read: a part of the path is not a directory\n');
    expect(run.status).toBe(1);
  });

  it('reads only what is in a directory: no hidden files, no link out of it, and a note of what was skipped', async () => {
    const folder = path.join(dir, 'county');
    mkdirSync(path.join(folder, 'older'), { recursive: true });
    writeFileSync(
      path.join(folder, 'worcester.csv'),
      'ward,candidate,party,votes\nArboretum,Joy Squires,Labour,959\nArboretum,John Stenson,Conservative,391\n',
    );
    writeFileSync(path.join(folder, '._worcester.csv'), 'ward,candidate,party,votes\nHidden,X,Labour,1\n');
    writeFileSync(path.join(folder, 'notes.txt'), 'not results\n');
    writeFileSync(path.join(dir, 'outside.csv'), 'ward,candidate,party,votes\nOutside,Y,Labour,1\n');
    symlinkSync(path.join(dir, 'outside.csv'), path.join(folder, 'link.csv'));
    const run = await results(['tally', folder, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).contests.map((c: { area: string }) => c.area)).toEqual(['Arboretum']);
    expect(run.stderr).toBe(
      `results: warning: ${folder}: 4 entries not read: ._worcester.csv (hidden), link.csv (a link out of the directory), ` +
        'notes.txt (not .csv or .csv.gz), older/ (a subdirectory: name it to read it)\n',
    );
  });

  it('says where a .gz went wrong: truncated after N bytes, or corrupt within the first N', async () => {
    const packed = gzipSync(Buffer.from('ward,candidate,party,votes\nArboretum,Joy Squires,Labour,959\n'.repeat(20)));
    const truncated = path.join(dir, 'truncated.csv.gz');
    writeFileSync(truncated, packed.subarray(0, 40));
    const cut = await results(['tally', truncated]);
    expect(cut.stderr).toBe(`results: ${truncated}: not a valid gzip file: it ends mid-stream after 40 bytes (truncated?)\n`);
    expect(cut.status).toBe(1);
    const corrupt = path.join(dir, 'corrupt.csv.gz');
    writeFileSync(corrupt, Buffer.from('not gzip at all'));
    const bad = await results(['tally', corrupt]);
    expect(bad.stderr).toBe(`results: ${corrupt}: not a valid gzip file: corrupt data within the first 15 bytes\n`);
    expect(bad.status).toBe(1);
  });

  it('refuses a folder named like a results file inside a folder of results', async () => {
    const folder = path.join(dir, 'councils');
    mkdirSync(path.join(folder, 'worcester.csv'), { recursive: true });
    const run = await results(['tally', folder]);
    expect(run.stderr).toBe(`results: ${path.join(folder, 'worcester.csv')}: cannot read: is a directory\n`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });

  const root = process.getuid?.() === 0;
  // chmod 000 does not stop root (CAP_DAC_OVERRIDE): as root the file would be read, so the case cannot be made.
  (root ? it.skip : it)('refuses a file it has no permission to read (skipped as root: root reads any file)', async () => {
    const file = path.join(dir, 'no-permission.csv');
    writeFileSync(file, 'ward,candidate,party,votes\nArboretum,Joy Squires,Labour,959\n');
    chmodSync(file, 0o000);
    const run = await results(['tally', file]);
    expect(run.stderr).toBe(`results: ${file}: cannot read: permission denied\n`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });
});

describe('limits on fields and records', () => {
  it('--max-field-length refuses a longer field with the limit in the message ("Louis Stephen", 13 characters, line 5)', async () => {
    const run = await results(['tally', 'fixtures/worcester-2016.csv', '--max-field-length', '12']);
    expect(run.stderr).toBe('results: fixtures/worcester-2016.csv:5: field longer than 12 characters; is this a CSV file?\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });

  it.each([
    ['--max-field-length', '0'],
    ['--max-fields', 'many'],
    ['--max-record-length', '-5'],
  ])('%s %s is a usage error (exit 2)', async (option, value) => {
    const run = await results(['tally', 'fixtures/worcester-2016.csv', option, value]);
    expect(run.stderr).toMatch(
      new RegExp(`^results: option '${option} <[a-z]+>' argument '${value}' is invalid\\. must be a whole number of at least 1\\.\\n`),
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});
