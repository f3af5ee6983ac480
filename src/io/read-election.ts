/**
 * Reading an election: one or more sources (files or standard input, already opened by the CLI as byte
 * streams) → decoded text → CSV records → a layout's candidate rows → contests. Several files, and files
 * holding many councils, are one election. Every record is accounted for: used, or set aside with a reason.
 */
import { DataError, InputError, type Origin } from '../errors';
import { checkRowAccount } from '../core/invariants';
import type { Contest, Election, RowAccount, Warning } from '../core/model';
import type { ContestSelection } from '../core/select';
import type { PartyRegistry } from '../core/parties';
import { ContestAssembler, spellingWarning } from './contests';
import { CsvScanner, defaultCsvLimits, type CsvLimits } from './csv';
import { utf8Chunks, type DecodeResult, type Encoding } from './decode';
import { detectLayout } from './layouts';
import type { Layout, LayoutReader } from './layouts/layout';
import type { CandidateRow, RecordReading } from './rows';
import { VoteSummer, type DistrictMissing } from './summing';

export interface Source {
  /** The name the user gave ("-" for standard input). */
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Size in bytes, when known (a file, not a pipe): for progress. */
  readonly size?: number | undefined;
  /** The path of an uncompressed file on disk, which can be read in parts at any offset (cli/parallel-tally.ts). */
  readonly path?: string | undefined;
  /** Said once when the source is read: what a directory named on the command line held but was not read. */
  readonly note?: string | undefined;
}

/** How far reading has got: rows read and bytes decoded so far, over all sources. */
export type ProgressHandler = (progress: { readonly rows: number; readonly bytes: number }) => void;

export interface ReadOptions {
  readonly registry: PartyRegistry;
  /** Forces a layout instead of detecting one (--input-format). */
  readonly layout?: Layout | undefined;
  /** Forces an encoding instead of detecting one (--encoding). */
  readonly encoding?: Encoding | undefined;
  readonly limits?: CsvLimits | undefined;
  /**
   * When given, a bad row or contest (a DataError) is reported here and set aside, and reading goes on
   * (`results check` collects every finding). Without it the first bad row stops the run.
   */
  readonly onError?: ((error: DataError) => void) | undefined;
  /** `--by precinct`: layouts that sum reporting units keep each unit a contest instead. */
  readonly byUnit?: boolean | undefined;
  /** Rows of finished contests held back before streaming starts (ContestAssembler's holdRows). */
  readonly holdRows?: number | undefined;
  /** Called after each chunk of input. */
  readonly onProgress?: ProgressHandler | undefined;
  /**
   * --council / --area: rows of contests not selected are counted as filtered and go no further. Applied to
   * each record as it is read, so the account is the same however the layout spreads a contest over rows.
   */
  readonly selection?: ContestSelection | undefined;
}

/** What reading leaves besides the contests: the files read, the row account and the warnings. */
export type ReadSummary = Omit<Election, 'contests'>;

/**
 * The contests of the sources, each yielded once the input has moved past it (see ContestAssembler), so a
 * caller that handles them one at a time holds only the unfinished ones: memory follows contests, not
 * rows. Returns the row account and warnings once every source is read.
 */
export async function* readContests(sources: readonly Source[], options: ReadOptions): AsyncGenerator<Contest, ReadSummary> {
  const finished: Contest[] = [];
  const assembler = new ContestAssembler(options.registry, {
    release: (contest) => finished.push(contest),
    holdRows: options.holdRows,
    onError: options.onError,
  });
  const rows: RowAccount = { read: 0, used: 0, filtered: 0, setAside: [] };
  const warnings: Warning[] = [];
  const summer = new VoteSummer();
  const progress = { rows: 0, bytes: 0 };
  for (const source of sources) {
    for await (const _ of readSource(source, options, { assembler, summer }, rows, warnings, progress)) {
      yield* drain(finished);
    }
  }
  for (const row of summer.rows()) addRow(assembler, row, options);
  for (const missing of summer.districtsMissing) {
    // These rows were counted as used when read; summing sets them aside.
    rows.used -= missing.rows;
    setAside(rows, 'district not given for an office with districts (no winner declared)', missing.origin, missing.rows);
    warnings.push({ code: 'district-missing', message: districtMissingText(missing), origin: missing.origin });
  }
  for (const merge of summer.merges) {
    warnings.push({
      code: 'names-merged',
      message: `${merge.area}: ${merge.names.map((n) => JSON.stringify(n)).join(', ')} counted as ${JSON.stringify(merge.into)} (same party, same name)`,
      origin: merge.origin,
    });
  }
  assembler.finish(options.onError);
  for (const spelling of assembler.spellings) warnings.push(spellingWarning(spelling));
  yield* drain(finished);
  checkRowAccount(rows);
  return { sources: sources.map((s) => s.name), rows, warnings };
}

/** The whole election at once: every contest held (an ungrouped file is read as it is). */
export async function readElection(sources: readonly Source[], options: ReadOptions): Promise<Election> {
  const contests: Contest[] = [];
  const reading = readContests(sources, { ...options, holdRows: Number.POSITIVE_INFINITY });
  for (;;) {
    const next = await reading.next();
    if (next.done === true) return { contests, ...next.value };
    contests.push(next.value);
  }
}

function* drain(finished: Contest[]): Generator<Contest> {
  // Handed on in order and let go: the array is emptied as it is read.
  for (let i = 0; i < finished.length; i++) yield finished[i]!;
  finished.length = 0;
}

/** Reads one source into the sinks, yielding after each chunk so finished contests can be handed on. */
async function* readSource(
  source: Source,
  options: ReadOptions,
  sinks: { assembler: ContestAssembler; summer: VoteSummer },
  rows: RowAccount,
  warnings: Warning[],
  progress: { rows: number; bytes: number },
): AsyncGenerator<void> {
  const file = source.name;
  if (source.note !== undefined) warnings.push({ code: 'directory-entries-skipped', message: source.note, origin: null });
  const intake = new RecordIntake(file, options, sinks, rows);
  const scanner = new CsvScanner(
    file,
    (cells, line) => {
      if (!intake.opened) {
        if (intake.open(cells, line)) return;
      }
      intake.accept(cells, { file, line });
    },
    options.limits ?? defaultCsvLimits,
  );
  const readBefore = rows.read;
  const decoding: DecodeResult = { encoding: 'utf-8', detected: false };
  for await (const bytes of utf8Chunks(file, source.chunks, options.encoding ?? null, decoding)) {
    scanner.pushBytes(bytes);
    if (options.onProgress) {
      progress.rows = rows.read;
      progress.bytes += bytes.length;
      options.onProgress(progress);
    }
    yield;
  }
  scanner.end();
  if (!intake.opened) throw new InputError(file, 'empty file: no header and no rows', { code: 'empty-file' });
  if (rows.read === readBefore) throw new InputError(file, 'no results: the file has a header but no rows', { code: 'empty-file' });
  if (decoding.detected && decoding.encoding === 'windows-1252') {
    warnings.push({
      code: 'encoding-detected',
      message: `${file}: not valid UTF-8; read as Windows-1252 (use --encoding to choose)`,
      origin: null,
    });
  }
}

/** A record read by the layout: its candidate rows or why it is set aside, or the DataError reading it raised. */
export type Peeked = RecordReading | DataError;

/**
 * What happens to each record of one source, in one place for a whole file (readSource) and for one part of
 * it (io/read-range.ts): the first record opens the layout; every other is counted as read, then set aside
 * with its reason, filtered out by the selection, or handed to the contests.
 */
export class RecordIntake {
  private reader: LayoutReader | null = null;
  /** Precinct layouts give partial counts: they go to the summer, the rest straight to the contests. */
  private sink: { add(row: CandidateRow): void };
  layout: Layout | null = null;

  constructor(
    private readonly file: string,
    private readonly options: ReadOptions,
    private readonly sinks: { assembler: { add(row: CandidateRow): void }; summer?: VoteSummer },
    private readonly rows: RowAccount,
  ) {
    this.sink = sinks.assembler;
  }

  get opened(): boolean {
    return this.reader !== null;
  }

  /** Opens the layout on the file's first record; true when that record is a header (not data). */
  open(cells: readonly string[], line: number): boolean {
    const file = this.file;
    let layout;
    try {
      layout = this.options.layout ?? detectLayout(cells, file);
      this.reader = layout.open(cells, file, { byUnit: this.options.byUnit ?? false });
    } catch (error) {
      // A header problem (a missing column, no known layout) is on the header's line.
      if (error instanceof InputError && !(error instanceof DataError) && error.where === file) {
        throw new InputError(`${file}:${line}`, error.detail, { ...(error.code !== null ? { code: error.code } : {}), cause: error });
      }
      throw error;
    }
    this.layout = layout;
    if (layout.sums === true) {
      if (this.sinks.summer === undefined) throw new Error(`${layout.name} rows are summed: read the file whole`);
      this.sink = this.sinks.summer;
    }
    return !layout.headerless;
  }

  /** The layout's reading of a record, without counting it (a DataError is returned, not thrown). */
  peek(cells: readonly string[], origin: Origin): Peeked {
    try {
      return this.reader!.read(cells, origin);
    } catch (error) {
      if (error instanceof DataError) return error;
      throw error;
    }
  }

  /** Counts a data record and hands its rows on (`peeked`: its reading, when already made). */
  accept(cells: readonly string[], origin: Origin, peeked?: Peeked): void {
    const rows = this.rows;
    const options = this.options;
    rows.read += 1;
    try {
      const reading = peeked === undefined ? this.reader!.read(cells, origin) : peeked;
      if (reading instanceof DataError) throw reading;
      if ('setAside' in reading) {
        setAside(rows, reading.setAside, origin);
        return;
      }
      // Every row of one record belongs to one contest (a wide layout's row is one area), so the first decides.
      const first = reading[0];
      if (first !== undefined && options.selection !== undefined && !options.selection.selects(first)) {
        rows.filtered += 1;
        return;
      }
      for (const row of reading) this.sink.add(row);
      rows.used += 1;
    } catch (error) {
      if (!(error instanceof DataError) || options.onError === undefined) throw error;
      options.onError(error);
      setAside(rows, 'invalid rows', origin);
    }
  }
}

/** A summed row joins its contest; a bad one is reported like any bad row when the caller collects errors. */
function addRow(assembler: ContestAssembler, row: CandidateRow, options: ReadOptions): void {
  try {
    assembler.add(row);
  } catch (error) {
    if (!(error instanceof DataError) || options.onError === undefined) throw error;
    options.onError(error);
  }
}

function setAside(rows: RowAccount, reason: string, origin: { file: string; line: number }, count = 1): void {
  const known = rows.setAside.find((s) => s.reason === reason);
  if (known) known.count += count;
  else rows.setAside.push({ reason, count, origin });
}

/**
 *     Philadelphia: "U.S. House" has no district on 4233 rows, and 3 Democratic candidates stand (DWIGHT EVANS, ...):
 *     several districts' contests, which cannot be told apart; set aside, no winner declared
 */
function districtMissingText(missing: DistrictMissing): string {
  const where = `${missing.county === '' ? 'a file without a county' : missing.county}: ${JSON.stringify(missing.area)} has no district on ${missing.rows} row${missing.rows === 1 ? '' : 's'}`;
  const why =
    missing.because.kind === 'districts-elsewhere'
      ? 'though other rows give this office its districts: which district these votes were cast in is not known'
      : `and ${missing.because.names.length} ${missing.because.party} candidates stand (${namesShown(missing.because.names)}) for one seat: ` +
        `several districts' contests, which cannot be told apart`;
  return `${where}, ${why}; set aside, no winner declared`;
}

/** Up to five names, then how many more. */
function namesShown(names: readonly string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}
