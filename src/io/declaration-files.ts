/**
 * Reading declarations as they arrive on results night (issue #13): a CSV that grows as wards are appended, or
 * a directory that gains a file per declaration. Only complete records are read: a last line without its
 * newline (a write still in progress) waits for the next look, and so does a record whose quoted field is still
 * open. A malformed row does not stop the night: it is reported with its file and line, and the contests it
 * could belong to are held back until it is fixed, so no contest is counted with a candidate missing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DataError, InputError, InvariantError, ResultsError } from '../errors';
import type { Contest, Warning } from '../core/model';
import { readElection, type ReadOptions } from './read-election';

/** A file of declarations as last seen: its size and modification time tell whether it changed. */
export interface FileStamp {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** What PATH is now: one growing file, or a directory's `.csv` files in name order. */
export async function stampInput(name: string): Promise<{ readonly kind: 'file' | 'directory'; readonly files: FileStamp[] }> {
  let stats;
  try {
    stats = await fs.stat(name);
  } catch (error) {
    throw new InputError(name, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!stats.isDirectory()) return { kind: 'file', files: [{ name, size: stats.size, mtimeMs: stats.mtimeMs }] };
  const entries = (await fs.readdir(name)).filter((entry) => /\.csv$/i.test(entry)).sort();
  const files: FileStamp[] = [];
  for (const entry of entries) {
    const file = path.join(name, entry);
    try {
      const s = await fs.stat(file);
      if (s.isFile()) files.push({ name: file, size: s.size, mtimeMs: s.mtimeMs });
    } catch {
      // Gone between the listing and the look: it is missed now and reported by the caller if it was known.
    }
  }
  return { kind: 'directory', files };
}

/**
 * The length of the longest prefix of `bytes` made of complete records: up to and including the last newline
 * outside a quoted field. Newline (0x0A) and quote (0x22) bytes never occur inside a UTF-8 multi-byte character,
 * so bytes can be cut here without splitting one.
 */
export function completeRecords(bytes: Uint8Array): number {
  let quoted = false;
  let end = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x22) quoted = !quoted;
    else if (byte === 0x0a && !quoted) end = i + 1;
  }
  return end;
}

export interface DeclarationRead {
  /** The contests of the complete records, less any a bad row may belong to. */
  readonly contests: readonly Contest[];
  /** Bad rows and bad contests, each with its file and line. */
  readonly errors: readonly ResultsError[];
  readonly warnings: readonly Warning[];
  /** Bytes at the end not yet read: an unfinished last record. */
  readonly pending: number;
}

/**
 * Reads the complete records of one file. `whole`: the file is finished (a directory's file that has stopped
 * changing), so a last line without a newline is read too.
 */
export async function readDeclarations(name: string, options: ReadOptions, whole: boolean): Promise<DeclarationRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(name);
  } catch (error) {
    return {
      contests: [],
      errors: [new InputError(name, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)],
      warnings: [],
      pending: 0,
    };
  }
  const complete = whole ? bytes.length : completeRecords(bytes);
  const pending = bytes.length - complete;
  if (complete === 0) return { contests: [], errors: [], warnings: [], pending };
  const errors: DataError[] = [];
  try {
    const election = await readElection([{ name, chunks: once(bytes.subarray(0, complete)) }], {
      ...options,
      holdRows: Number.POSITIVE_INFINITY,
      onError: (error) => errors.push(error),
    });
    let contests = withoutSuspects(election.contests, errors);
    // A record still being written most likely belongs to the last contest read: it waits with it.
    if (pending > 0) contests = withoutLast(contests);
    return { contests, errors, warnings: election.warnings, pending };
  } catch (error) {
    // A header alone is not a declaration yet: nothing to count, nothing wrong.
    if (error instanceof InputError && error.code === 'empty-file') return { contests: [], errors: [], warnings: [], pending };
    if (error instanceof ResultsError && !(error instanceof InvariantError))
      return { contests: [], errors: [...errors, error], warnings: [], pending };
    throw error;
  }
}

/**
 * The contests a bad row cannot belong to. A row that fails to read names no contest, so every contest with a
 * row on the line before or after it, or spanning it, is held back: otherwise a ward missing that candidate
 * would be counted with the wrong winner. An error about a contest itself (its first row) holds back that one.
 */
function withoutSuspects(contests: readonly Contest[], errors: readonly DataError[]): Contest[] {
  const lines = errors.map((e) => e.origin?.line).filter((line): line is number => line !== undefined);
  if (lines.length === 0) return [...contests];
  return contests.filter((contest) => {
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    for (const candidate of contest.candidates) {
      if (candidate.origin.line < first) first = candidate.origin.line;
      if (candidate.origin.line > last) last = candidate.origin.line;
    }
    return !lines.some((line) => first <= line + 1 && last >= line - 1);
  });
}

/** The contests less the one read last (the one with the last line). */
function withoutLast(contests: readonly Contest[]): Contest[] {
  let last: Contest | null = null;
  let lastLine = 0;
  for (const contest of contests) {
    for (const candidate of contest.candidates) {
      if (candidate.origin.line >= lastLine) {
        lastLine = candidate.origin.line;
        last = contest;
      }
    }
  }
  return contests.filter((c) => c !== last);
}

function once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  return (async function* () {
    yield await Promise.resolve(bytes);
  })();
}
