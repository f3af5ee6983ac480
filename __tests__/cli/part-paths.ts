/**
 * Both ways a worker thread reads a part of a big file (cli/tally-worker.ts): record by record (recordWay), and
 * as bytes (byteWay, cli/byte-part.ts), run on every part of a file cut as the parallel tally cuts it, with
 * everything each returns compared: the contests' bytes and ends, the part's edges, runs and keys, the row
 * account, the warnings and the totals. Shared by the tests on made-up files and on the published ones.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { PartCutter } from '../../src/cli/parallel-tally';
import { byteWay, recordWay, type PartDone, type WorkerSetup } from '../../src/cli/tally-worker';
import { readingOptions } from '../../src/cli/load';
import type { InputFlags } from '../../src/cli/options';
import { CsvScanner, defaultCsvLimits } from '../../src/io/csv';
import { resolveReadOptions } from '../../src/library/read';

export interface PartsRead {
  readonly parts: number;
  /** Parts the byte path answered (each the same as the record path's answer). */
  readonly byteParts: number;
  /** Parts the record path refused (a bad row): the byte path must leave them to it. */
  readonly refused: number;
  /** Parts the record path answered and the byte path left to it. */
  readonly left: number;
}

const flags: InputFlags = {
  council: [],
  area: [],
  maxFieldLength: defaultCsvLimits.maxFieldLength,
  maxFields: defaultCsvLimits.maxFields,
  maxRecordLength: defaultCsvLimits.maxRecordLength,
};

/** What a part answered, with its bytes as text (a difference then shows as text, not as numbers). */
function answer(done: PartDone): object {
  return { ...done, byteWay: null, bytes: Buffer.from(done.bytes).toString('utf8'), ends: [...done.ends] };
}

/**
 * Reads every part of `file` (cut into parts of about `partBytes`) both ways, expecting the same answer from each
 * part the byte path takes, and no answer from it where the record path refuses the part.
 */
export async function readPartsBothWays(file: string, partBytes: number, setup: Partial<WorkerSetup> = {}): Promise<PartsRead> {
  const worker: WorkerSetup = { flags, format: 'json', shareMethod: 'top', raw: false, holdRows: undefined, ...setup };
  const { read: options } = await resolveReadOptions(readingOptions(worker.flags), (name) => Promise.resolve(readFileSync(name, 'utf8')));
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, 1 << 20));
    readSync(fd, head, 0, head.length, 0);
    const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    let header: string[] = [];
    const scanner = new CsvScanner(file, (cells) => {
      header = cells;
      scanner.stop();
    });
    scanner.pushBytes(head.subarray(start));
    const cutter = new PartCutter(file, fd, size, start, partBytes);
    let parts = 0;
    let byteParts = 0;
    let refused = 0;
    let left = 0;
    while (!cutter.done) {
      const job = cutter.next(header, parts === 0);
      if (job === null) throw new Error(`${file}: no cut in part ${parts}`);
      parts += 1;
      const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      let expected: PartDone | Error;
      try {
        expected = recordWay(job, bytes, worker, options).result;
      } catch (error) {
        expected = error as Error;
      }
      const actual = byteWay(job, bytes, worker, options)?.result ?? null;
      if (expected instanceof Error) refused += 1;
      if (actual === null && !(expected instanceof Error)) left += 1;
      if (actual === null) continue;
      byteParts += 1;
      if (expected instanceof Error)
        throw new Error(`${file}, part ${job.id}: the byte path answered a part the record path refuses (${expected.message})`);
      expect({ part: job.id, ...answer(actual) }).toEqual({ part: job.id, ...answer(expected) });
    }
    return { parts, byteParts, refused, left };
  } finally {
    closeSync(fd);
  }
}
