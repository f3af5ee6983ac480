/**
 * A part of a big file read as bytes (cli/byte-part.ts) gives what the same part read record by record gives,
 * everything compared (__tests__/cli/part-paths.ts), on every part of files cut small: the shipped council files,
 * and made-up files with each thing the byte path must either read exactly or leave to the record path.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ByteTable, ByteWriter } from '../../src/cli/byte-part';
import { readPartsBothWays } from './part-paths';
import { root } from './run-cli';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'results-byte-part-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/**
 * Councils of wards in the canonical layout, mostly plain first-past-the-post and bloc contests whose file marks
 * the winners, with a sprinkle of everything else every so many wards: ties decided by lot, winners out of vote
 * order, unopposed returns, blank votes, no votes at all, thousands separators, other spellings of `elected`, a
 * ward written two ways (beside itself and far from itself), names and parties that need quoting, escaping or
 * folding (doubled quotes, commas, backslashes, accents, a no-break space, a double space, a bidi control, an
 * emoji), independents, no party, and (with `duplicates`) a candidate twice in one ward.
 */
function awkward(wards: number, options: { seed?: number; code?: boolean; duplicates?: boolean } = {}): string {
  let state = options.seed ?? 11;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const names = [
    'Ann Smith',
    '"Okafor, Chidi"',
    'Siân Evans',
    '"Dai ""the Post"" Williams"',
    'Łukasz Nowak',
    'Zoë Brown',
    'Ann\u00a0Lee',
    'Bob  Jones',
    'Back\\slash Baker',
    'Bidi \u202eEman',
    'Fan 👍 Club',
    ' Spacey Tracey ',
  ];
  const parties = [
    'Conservative',
    'Labour',
    'Liberal Democrats',
    'Green Party',
    'Reform UK',
    'Independent',
    '',
    '"Labour and Co-operative"',
    'lab',
    'Local "Voice"'.replace(/"/g, ''),
    'independent',
  ];
  const code = options.code === true;
  let text = `council,ward,${code ? 'code,' : ''}candidate,party,votes,elected\n`;
  // Ward names the byte path writes by their bytes (quoted or not, accented) and ones it must escape or fold.
  const wardName = (w: number) =>
    w % 9 === 0
      ? `"Abbey, Bridge ${w}"`
      : w % 13 === 0
        ? `"St John""s ${w}"`
        : w % 17 === 0
          ? `Ynys Môn ${w}`
          : w % 19 === 0
            ? `Back\\slash ${w}`
            : w % 23 === 0
              ? `Tab\tWard ${w}`
              : `Ward ${w}`;
  for (let w = 0; w < wards; w++) {
    const council = w % 29 === 0 ? `"Council, ${Math.floor(w / 12)}"` : `Council ${Math.floor(w / 12)}`;
    let ward = wardName(w);
    let codeOf = w;
    // The same ward again, further on, written another way: one contest (held), or refused when written out.
    if (w % 37 === 36 && w % 12 >= 2) {
      ward = `WARD  ${w - 2}`;
      codeOf = w - 2;
    }
    const count = w % 59 === 0 || w % 61 === 0 ? 1 : 2 + Math.floor(next() * 6);
    const seats = count > 2 && w % 47 === 0 ? 2 : 1;
    const votes = Array.from({ length: count }, () => Math.floor(next() * 3000));
    if (w % 41 === 0 && count > 1) votes[1] = votes[0]!; // a tie, perhaps for the last seat
    if (w % 73 === 0) votes.fill(0);
    const order = votes.map((_, i) => i).sort((a, b) => votes[b]! - votes[a]! || a - b);
    const elected = new Set(order.slice(0, seats));
    if (w % 43 === 0 && count > 1) {
      elected.clear();
      elected.add(order[count - 1]!); // a winner with the fewest votes
    }
    for (let c = 0; c < count; c++) {
      const spelled = w % 53 === 0 && c >= count / 2 ? ward.toUpperCase() : ward;
      let name = names[(c + w) % names.length]!;
      name = name.startsWith('"') ? name.replace(/"$/, ` ${w}"`) : `${name} ${w}`;
      if (options.duplicates === true && w % 79 === 78 && c === 1)
        name = names[w % names.length]!.startsWith('"')
          ? names[w % names.length]!.replace(/"$/, ` ${w}"`)
          : `${names[w % names.length]!} ${w}`;
      const party =
        options.duplicates === true && w % 79 === 78 && c === 1 ? parties[w % parties.length]! : parties[(c * 3 + w) % parties.length]!;
      let vote = `${votes[c]}`;
      if (w % 61 === 0) vote = ''; // returned unopposed, no poll
      if (w % 71 === 0 && votes[c]! >= 1000) vote = `"${votes[c]!.toLocaleString('en-GB')}"`;
      let flag = `${elected.has(c)}`;
      if (w % 67 === 0) flag = elected.has(c) ? 'Yes' : '0';
      if (w % 83 === 0) flag = '';
      const codeCell = code ? `${w % 31 === 0 ? '' : `E0500${codeOf}`},` : '';
      text += `${council},${spelled},${codeCell}${name},${party},${vote},${flag}\n`;
    }
  }
  return text;
}

describe('a part read as bytes gives what it gives read record by record', () => {
  it.each([
    ['parts smaller than a contest', 200],
    ['parts of a few contests', 777],
    ['parts of many contests', 8192],
  ])('an awkward council file, %s', async (_, partBytes) => {
    const file = write(`awkward-${partBytes}.csv`, awkward(900));
    const read = await readPartsBothWays(file, partBytes);
    // Every part: the byte path reads all of this (some contests with the record path's count), or the comparison
    // proves less than it seems.
    expect(read).toMatchObject({ left: 0, refused: 0 });
  });

  it('with a code column, as NDJSON, under each share method', async () => {
    const file = write('awkward-code.csv', awkward(600, { code: true, seed: 5 }));
    for (const shareMethod of ['top', 'total', 'average'] as const) {
      for (const format of ['json', 'ndjson'] as const) {
        const read = await readPartsBothWays(file, 1500, { shareMethod, format });
        expect(read).toMatchObject({ left: 0, refused: 0 });
      }
    }
  });

  it('a ward written again after it was written out (hold window of 5 rows) is left to the record path, which refuses it', async () => {
    const file = write('awkward-hold.csv', awkward(600, { seed: 9 }));
    const read = await readPartsBothWays(file, 4096, { holdRows: 5 });
    expect(read.refused).toBeGreaterThan(0);
    expect(read.byteParts).toBeGreaterThan(0);
  });

  it('a ward whose rows are the hold window apart is one contest; one row further apart, it is refused', async () => {
    // Ward A's second run comes 4 rows after its last row (B's three and its own): held with a window of 4.
    let text = 'council,ward,candidate,party,votes,elected\n';
    for (let k = 0; k < 300; k++) {
      const row = (ward: string, name: string, votes: number, elected: boolean) =>
        `Council ${k},${ward},${name},Labour ${name},${votes},${elected}\n`;
      text += row('A', 'Ann', 500, true) + row('A', 'Bob', 300, false);
      text += row('B', 'Cy', 200, true) + row('B', 'Di', 100, false) + row('B', 'Ed', 50, false);
      text += row('A', 'Flo', 100, false);
    }
    const file = write('hold-window.csv', text);
    const held = await readPartsBothWays(file, 600, { holdRows: 4 });
    expect(held).toMatchObject({ refused: 0, left: 0 });
    const refused = await readPartsBothWays(file, 600, { holdRows: 3 });
    expect(refused.refused).toBe(refused.parts);
  });

  it('a candidate twice in one ward is left to the record path, which refuses the part', async () => {
    const file = write('awkward-duplicates.csv', awkward(600, { duplicates: true, seed: 3 }));
    const read = await readPartsBothWays(file, 2048);
    expect(read.refused).toBeGreaterThan(0);
    expect(read.byteParts).toBeGreaterThan(0);
  });

  it('counts up to 2^31 - 1 a contest are read as bytes; a contest casting more, or a row of more, goes the record way', async () => {
    const most = 2 ** 31 - 1;
    const ward = (w: number, winner: number, loser: number) =>
      `Bigtown,Ward ${w},Ann ${w},Labour,${winner},true\nBigtown,Ward ${w},Bob ${w},Green,${loser},false\n`;
    let text = 'council,ward,candidate,party,votes,elected\n';
    // Each part (about 300 bytes) holds wards within the bound and one whose votes cast pass it; at the end, two
    // wards with a row past it, in the part or two that are read the record way, whole.
    for (let w = 0; w < 40; w++) {
      text += w % 4 === 3 ? ward(w, most, 1) : ward(w, most - 1000 - w, 1000);
      // Two seats, and one party's votes past the bound.
      if (w % 4 === 3) text += `Bigtown,Ward ${w},Cy ${w},Labour,${most - 1},true\n`;
    }
    text += ward(40, 2 ** 31, 5) + ward(41, 10 ** 15, 7);
    const file = write('big-counts.csv', text);
    // Under the total method a party's votes are its candidates' sum; under the top method, its best candidate's.
    for (const shareMethod of ['total', 'top'] as const) {
      const read = await readPartsBothWays(file, 300, { shareMethod });
      expect(read).toMatchObject({ refused: 0 });
      expect(read.left).toBeGreaterThanOrEqual(1);
      expect(read.left).toBeLessThanOrEqual(2);
      expect(read.byteParts).toBe(read.parts - read.left);
    }
  });

  it('CRLF line ends, blank lines and a byte-order mark go the record way', async () => {
    const text = awkward(200);
    for (const [name, variant] of [
      ['crlf', text.replace(/\n/g, '\r\n')],
      ['blank-lines', text.replace(/\nCouncil 3,/g, '\n\nCouncil 3,')],
      ['bom', `\ufeff${text}`],
    ] as const) {
      const read = await readPartsBothWays(write(`${name}.csv`, variant), 1024);
      if (name === 'crlf') expect(read.byteParts).toBe(0);
      else expect(read.byteParts).toBeGreaterThan(0);
    }
  });

  it('every shipped fixture (other layouts go the record way)', async () => {
    const fixtures = readdirSync(path.join(root, 'fixtures')).filter((name) => name.endsWith('.csv'));
    const byBytes: string[] = [];
    for (const name of fixtures) {
      const read = await readPartsBothWays(path.join(root, 'fixtures', name), 400);
      if (read.byteParts > 0) byBytes.push(name);
    }
    expect(byBytes).toEqual(expect.arrayContaining(['worcester-2016.csv', 'worcester-2018.csv', 'ties-2019.csv']));
  });
});

describe('the byte writer', () => {
  it('writes a whole number as `${}` does, from one digit to 2^53 - 1', () => {
    const values = [0, 7, 9, 10, 11, 99, 100, 101, 999, 1000, 1081, 17008, 99999, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 5, 10 ** 15, 2 ** 53 - 1];
    for (let v = 1; v < 2 ** 53; v = v * 7 + 3) values.push(v);
    const writer = new ByteWriter();
    for (const value of values) {
      writer.room(32);
      writer.integer(value);
      writer.ascii(',');
    }
    expect(writer.handOver().toString('latin1')).toBe(values.map((v) => `${v},`).join(''));
  });
});

describe('the table of cells read as bytes', () => {
  it('finds every cell again once added, a blank one and one with doubled quotes included, each under one number', () => {
    // Party cells of the shipped files, the blank one an independent often has, and one whose quotes are doubled
    // (its bytes inside the quotes that enclose it in the CSV, as the reader passes them).
    const cells = ['Conservative', '', 'Labour', 'Liberal Democrat', 'Green', 'Labour and ""Co-operative""'];
    const bytes = Buffer.from(cells.join(','), 'utf8');
    const table = new ByteTable();
    const at: [number, number, boolean][] = [];
    let start = 0;
    for (const cell of cells) {
      at.push([start, start + Buffer.byteLength(cell), cell.includes('""')]);
      start += Buffer.byteLength(cell) + 1;
    }
    const numbers = at.map(([from, to, doubled]) => {
      const missing = table.find(bytes, from, to, doubled);
      expect(missing).toBeLessThan(0);
      return table.add(bytes, from, to, doubled, missing);
    });
    expect(numbers).toEqual([0, 1, 2, 3, 4, 5]);
    expect(at.map(([from, to, doubled]) => table.find(bytes, from, to, doubled))).toEqual(numbers);
    expect(table.size).toBe(cells.length);
  });
});
