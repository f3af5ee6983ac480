/**
 * The byte path (cli/byte-part.ts) on real results: the four LEAP files (every English council seat of
 * 2016-2019: multi-member wards, ties decided by lot, unopposed returns, independents, odd party labels),
 * rewritten in the canonical layout the byte path reads, and files from the shared generator
 * (../shared/tools/gen-results.mjs, the bench's input, with multi-member wards). Every part of each, cut small,
 * is read both ways and everything compared (__tests__/cli/part-paths.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CsvScanner } from '../../src/io/csv';
import { readPartsBothWays } from '../cli/part-paths';
import { real, realData } from './paths';

jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'results-byte-part-real-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A LEAP file (council, council code, ward, ward code, candidate, party, votes, elected; no header) in the canonical
 * layout, without LEAP's placeholder rows (NULL in every field after the council).
 */
function canonicalLeap(file: string): string {
  let text = 'council,ward,code,candidate,party,votes,elected\n';
  const scanner = new CsvScanner(file, (cells) => {
    const [council, , ward, code, candidate, party, votes, elected] = cells;
    if ([code, candidate, party, votes, elected].every((cell) => cell === 'NULL')) return;
    text += `${[council, ward, code, candidate, party, votes, elected].map((cell) => field(cell ?? '')).join(',')}\n`;
  });
  scanner.pushBytes(readFileSync(file));
  scanner.end();
  return text;
}

describe('the byte path on real results gives what the record path gives', () => {
  it.each(['leap-2016-05-05.csv', 'leap-2017-05-04.csv', 'leap-2018-05-03.csv', 'leap-2019-05-02.csv'])(
    '%s in the canonical layout',
    async (name) => {
      const file = path.join(dir, name);
      writeFileSync(file, canonicalLeap(real('uk-leap-local', name)));
      for (const partBytes of [16 * 1024, 256 * 1024]) {
        const read = await readPartsBothWays(file, partBytes);
        // Every part read as bytes: the record path's rules for the awkward contests are used from inside it.
        expect(read).toMatchObject({ left: 0, refused: 0 });
      }
    },
  );

  it.each([
    ['single-member wards', ['--rows', '120000', '--councils', '--seed', '4']],
    ['multi-member wards, no council column', ['--rows', '120000', '--multi', '0.3', '--seed', '8']],
  ])('generated: %s', async (_, args) => {
    const file = path.join(dir, `generated-${args.join('')}.csv`);
    execFileSync(process.execPath, [path.join(realData, '..', '..', 'tools', 'gen-results.mjs'), ...args, '--quiet', '--out', file]);
    const read = await readPartsBothWays(file, 256 * 1024);
    expect(read).toMatchObject({ left: 0, refused: 0 });
    expect(read.parts).toBeGreaterThan(20);
  });
});
