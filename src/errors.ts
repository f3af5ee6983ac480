/**
 * The error classes and exit codes of `results`. Every layer throws these; only `src/cli/main.ts` turns
 * them into a message on stderr and an exit code (see the table in README.md).
 */

export const ExitCode = { Ok: 0, BadInput: 1, Usage: 2, Internal: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where a row, cell or contest came from: the file as the user named it and the 1-based line. */
export interface Origin {
  readonly file: string;
  readonly line: number;
}

export abstract class ResultsError extends Error {
  abstract readonly exitCode: ExitCode;
}

/** Bad command-line usage: unknown option, bad option value. Exit 2. */
export class UsageError extends ResultsError {
  readonly exitCode = ExitCode.Usage;
}

/** Bad input data: a file that cannot be read or whose contents are invalid. Exit 1. */
export class InputError extends ResultsError {
  readonly exitCode = ExitCode.BadInput;
  /**
   * A stable kebab-case name for the kind of problem ("ragged-row", "negative-count"), so `results check`
   * can report it as a finding with a code; null when the thrower did not classify it.
   */
  readonly code: string | null;
  /** `where` is "file" or "file:line"; the message reads `where: detail`. */
  constructor(
    readonly where: string,
    readonly detail: string,
    options?: ErrorOptions & { readonly code?: string },
  ) {
    super(where ? `${where}: ${detail}` : detail, options);
    this.code = options?.code ?? null;
  }
}

/** One bad row or cell, located by its origin. */
export class DataError extends InputError {
  constructor(
    readonly origin: Origin,
    detail: string,
    code?: string,
  ) {
    super(`${origin.file}:${origin.line}`, detail, code === undefined ? undefined : { code });
  }
}

/** A check or comparison that ran and failed (e.g. `results check` found errors). Exit 1, message already printed. */
export class FailedCheck extends ResultsError {
  readonly exitCode = ExitCode.BadInput;
}

/**
 * A result broke one of the invariants every answer must keep (src/core/invariants.ts): a bug in `results`,
 * never bad data. Exit 3, and the answer is not printed: a wrong number with exit 0 is the worst outcome.
 */
export class InvariantError extends ResultsError {
  readonly exitCode = ExitCode.Internal;
  constructor(
    readonly invariant: string,
    readonly subject: string,
    detail: string,
  ) {
    super(
      `internal error: invariant "${invariant}" broken for ${subject}: ${detail}; this is a bug in results, please report it with the command you ran`,
    );
  }
}

/**
 * Output could not be written: a full disk (ENOSPC, `> /dev/full`), a quota, an I/O error. The user's
 * environment, not a bug and not bad data in the file, but the answer did not get out: exit 1 with one line.
 */
export class OutputError extends ResultsError {
  readonly exitCode = ExitCode.BadInput;
}

/** Standard output was closed by the reader (e.g. `| head`): the run ends quietly with exit 0. */
export class BrokenPipe extends Error {}

/** Quote a found value for a message: JSON string escaping keeps control characters visible; long values are cut. */
export function quote(found: string, max = 60): string {
  const cut = found.length > max ? `${found.slice(0, max)}…` : found;
  return JSON.stringify(cut);
}

/**
 * A count with its noun, for messages and headings in every layer: `1 seat`, `2 seats`. Here beside `quote`
 * because core's warnings and errors need it and core may import nothing but this file.
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
