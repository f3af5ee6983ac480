/**
 * Fuzzing the reader and `results tally` with random bytes and with mutated real files (fast-check), each
 * run bounded in time. The only outcomes allowed: a result, or a ResultsError (exit 1 or 2 with a one-line
 * message). Anything else (a TypeError, a RangeError, a hang) would be exit 3: a bug.
 *
 * Most runs are in-process (readElection + tally + every renderer, then every command through the CLI's
 * run()); a few go through the binary to check the real process's exit code and signal, the single line
 * on stderr and the empty stdout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ResultsError } from '../../src/errors';
import { PartyRegistry } from '../../src/core/parties';
import { shareMethods } from '../../src/core/model';
import { tally } from '../../src/core/tally';
import { readElection } from '../../src/io/read-election';
import { renderCsv } from '../../src/format/csv';
import { renderJson } from '../../src/format/json';
import { renderMarkdown } from '../../src/format/markdown';
import { renderTable } from '../../src/format/table';
import { plainTheme } from '../../src/format/theme';
import { tallyReport } from '../../src/report/tally';
import { tallyCsv } from '../../src/report/tally-csv';
import { tallyDocument } from '../../src/report/tally-document';
import { results, root, spawned } from './run-cli';

/**
 * Seeds: real results from fixtures/ (the same on every machine): Worcester 2016 in the canonical layout, a
 * LEAP extract with a canonical header and in LEAP's own header-less layout, and a Commons Library extract.
 */
function seeds(): Buffer[] {
  const fixture = (name: string) => readFileSync(path.join(root, 'fixtures', name));
  const leap = fixture('leap-2019-extract.csv').toString('utf8');
  return [
    fixture('worcester-2016.csv'),
    // LEAP has no header: given one, its rows are a canonical file (council, council code, ward, ...), all but
    // its NULL placeholder rows (elected mayors), which only LEAP's own layout sets aside.
    Buffer.from(
      `council,council code,ward,code,candidate,party,votes,elected\n${leap
        .split('\n')
        .filter((row) => !row.endsWith(',NULL'))
        .join('\n')}`,
    ),
    Buffer.from(leap),
    fixture('hoc-ge2019-candidates-extract.csv'),
  ];
}

const interesting = [0x00, 0x0a, 0x0d, 0x22, 0x2c, 0x2e, 0x2d, 0x1b, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0xc3, 0x30, 0x39, 0x20];

/** One edit of a file's bytes: flip, insert, delete, duplicate a slice, or cut the file short. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    byte: fc.oneof(fc.constantFrom(...interesting), fc.integer({ min: 0, max: 255 })),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Buffer, edits: readonly Mutation[]): Buffer {
  let out = bytes;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    switch (edit.kind) {
      case 'set':
        out = Buffer.from(out);
        if (out.length > 0) out[at] = edit.byte;
        break;
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), edit.bytes, out.subarray(at)]);
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + edit.length)]);
        break;
      case 'repeat':
        out = Buffer.concat([out.subarray(0, at + edit.length), out.subarray(at)]);
        break;
      case 'truncate':
        out = out.subarray(0, at);
        break;
    }
  }
  return out;
}

const seedFiles = seeds();
const mutatedFile = fc
  .tuple(fc.integer({ min: 0, max: seedFiles.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, edits]) => mutate(seedFiles[seed]!, edits));
const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.array(fc.constantFrom(...interesting, 0x61, 0x31), { maxLength: 400 }).map((bytes) => Uint8Array.from(bytes)),
);

/** Bytes in chunks of random sizes: multi-byte characters, CRLF and quotes get cut at chunk boundaries. */
async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes.length > 0 ? sizes[i % sizes.length]! : bytes.length;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

/** Reads, tallies and renders in every format; returns "ok" or the error's message. Anything not a ResultsError escapes. */
async function readTallyRender(bytes: Uint8Array, sizes: readonly number[]): Promise<string> {
  try {
    const election = await readElection([{ name: 'fuzz.csv', chunks: chunked(bytes, sizes) }], {
      registry: new PartyRegistry(),
      limits: { maxFieldLength: 4096, maxFields: 64, maxRecordLength: 16_384 },
    });
    for (const method of shareMethods) {
      const result = tally(election, method);
      const sink = () => undefined;
      renderTable(
        tallyReport(result, election, () => null),
        plainTheme,
        sink,
      );
      renderMarkdown(
        tallyReport(result, election, () => null),
        sink,
      );
      renderCsv(tallyCsv(result), sink);
      renderJson(tallyDocument(result, election), sink);
    }
    return 'ok';
  } catch (error) {
    if (error instanceof ResultsError) return error.message;
    throw error;
  }
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 4 });
const bounded = { numRuns: 100_000, interruptAfterTimeLimit: 4_000, markInterruptAsFailure: false } as const;

describe('fuzzing the reader and the tally in-process (about 4 seconds each)', () => {
  it('random bytes give a result or a clear input error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(randomBytes, chunkSizes, async (bytes, sizes) => {
        expect(typeof (await readTallyRender(bytes, sizes))).toBe('string');
      }),
      bounded,
    );
  });

  it('mutated real files give a result or a clear input error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile, chunkSizes, async (bytes, sizes) => {
        expect(typeof (await readTallyRender(bytes, sizes))).toBe('string');
      }),
      bounded,
    );
  });

  it('the unmutated seeds are read (the fuzzer starts from working files)', async () => {
    for (const seed of seedFiles) expect(await readTallyRender(seed, [])).toBe('ok');
  });
});

/** Every command, reading the fuzzed bytes from standard input (swing and gains compare them with Worcester 2016). */
const commands: readonly (readonly string[])[] = [
  ['tally', '-', '--max-field-length', '4096'],
  ['check', '-'],
  ['chart', 'shares', '-'],
  ['swing', 'fixtures/worcester-2016.csv', '-'],
  ['gains', 'fixtures/worcester-2016.csv', '-'],
  ['council', '-'],
];

describe('fuzzing the binary (a smaller number of runs)', () => {
  it('tally exits 0, 1 or 2; on error one line on stderr and nothing on stdout', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedFile,
          randomBytes.map((b) => Buffer.from(b)),
        ),
        fc.constantFrom('table', 'json', 'csv', 'markdown'),
        (bytes, format) => {
          const run = spawned(['tally', '-', '--format', format, '--max-field-length', '4096'], { input: bytes, timeout: 20_000 });
          expect(run.signal).toBeNull();
          expect([0, 1, 2]).toContain(run.status);
          if (run.status !== 0) {
            expect(run.stderr).toMatch(/^results: [^\n]+\n$/);
            expect(run.stdout).toBe('');
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('fuzzing every command through the CLI, in-process', () => {
  it('every command exits 0, 1 or 2 and never with an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutatedFile,
          randomBytes.map((b) => Buffer.from(b)),
        ),
        fc.constantFrom(...commands),
        async (bytes, command) => {
          const run = await results(command, { input: bytes });
          expect(run.stderr).not.toContain('internal error');
          expect([0, 1, 2]).toContain(run.status);
          // check's findings are its output (stdout, exit 1); every other command says one line and writes nothing.
          if (run.status !== 0 && command[0] !== 'check') {
            expect(run.stderr).toMatch(/^results: [^\n]+\n$/);
            expect(run.stdout).toBe('');
          }
        },
      ),
      { numRuns: 24 },
    );
  });
});
