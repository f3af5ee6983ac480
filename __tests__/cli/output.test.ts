/**
 * fdOutput encodes pieces into one reused buffer and writes it in blocks (issue 17: no joined string, no
 * buffer per block). Whatever the sizes of the pieces, the file gets their concatenation in UTF-8.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fdOutput } from '../../src/cli/output';

describe('fdOutput', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'results-output-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the concatenation of its pieces, small and large, ASCII and not', () => {
    // Pieces from a byte to past the buffer's size (256 KiB), with two-, three- and four-byte characters.
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('Siân Łukasz Zoë', '€ 漢字 🗳', 'Ynys Môn\n'),
      // An emoji's surrogate pair split across two writes, and lone surrogates.
      fc.constantFrom('vote \ud83d', '\uddf3 here', '\ud83d', '\uddf3'),
      fc.tuple(fc.constantFrom('a', 'é', '漢', '🗳'), fc.integer({ min: 1, max: 100_000 })).map(([c, n]) => c.repeat(n)),
    );
    let run = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const file = path.join(dir, `out-${run++}.txt`);
        const fd = openSync(file, 'w');
        try {
          const output = fdOutput(fd, false, null);
          for (const p of pieces) output.write(p);
          output.flush();
        } finally {
          closeSync(fd);
        }
        // Buffer.equals: jest's toEqual compares megabytes element by element.
        expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
