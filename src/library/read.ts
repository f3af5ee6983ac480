/**
 * Reading an election, as `results` does for every command: the options a user gives (layout, column map,
 * encoding, parties, --council / --area, --strict, size limits) resolved once, then the sources read whole
 * (`readElection`) or contest by contest (`readContests`, memory following contests, not rows). The CLI turns
 * its flags into these options and reads through the same functions.
 */
import { InputError, UsageError } from '../errors';
import type { Contest, Election } from '../core/model';
import { PartyRegistry } from '../core/parties';
import { ContestSelection } from '../core/select';
import { defaultCsvLimits, type CsvLimits } from '../io/csv';
import type { Encoding } from '../io/decode';
import { layoutNamed } from '../io/layouts';
import type { Layout } from '../io/layouts/layout';
import { mappedLayout, parseMapFile } from '../io/map-file';
import { parsePartiesFile } from '../io/parties-file';
import {
  readContests as readSourceContests,
  readElection as readSources,
  type ProgressHandler,
  type ReadOptions,
  type ReadSummary,
  type Source,
} from '../io/read-election';
import { openInputs, readTextFile, type ElectionInput } from '../io/sources';
import { setAsideText } from '../report/tally';

export interface ReadElectionOptions {
  /** Read every file as this layout (a name `results formats` lists) instead of detecting it (--input-format). */
  readonly layout?: string;
  /** A JSON column map for a layout `results` does not know (--map): the path of the map file. */
  readonly map?: string;
  /** The files' encoding (default: UTF-8, or Windows-1252 when detected). */
  readonly encoding?: Encoding;
  /** Party names, codes, colours and aliases: a registry, or the path of a parties CSV added to the built-in one (--parties). */
  readonly parties?: PartyRegistry | string;
  /** Only the contests of these councils / areas (names compared folded: case, accents, punctuation). */
  readonly council?: string | readonly string[];
  readonly area?: string | readonly string[];
  /** A row set aside (a blank row, a placeholder) is an error instead of a line in the row account. */
  readonly strict?: boolean;
  /** Precinct files: keep each reporting unit a contest instead of summing them (--by precinct). */
  readonly byPrecinct?: boolean;
  /** Size limits on fields and records (a file past them is refused). */
  readonly limits?: Partial<CsvLimits>;
  readonly onProgress?: ProgressHandler;
}

/** Options resolved: the registry, and the reader's own options with the selection. */
export interface ResolvedReadOptions {
  readonly registry: PartyRegistry;
  readonly read: ReadOptions & { readonly selection: ContestSelection };
  readonly strict: boolean;
  readonly council: readonly string[];
  readonly area: readonly string[];
}

/** Reads a small text file: the CLI passes its own (standard input, in-memory runs), the library the file system. */
export type TextReader = (name: string) => Promise<string>;

export async function resolveReadOptions(
  options: ReadElectionOptions = {},
  readText: TextReader = readTextFile,
): Promise<ResolvedReadOptions> {
  const registry = await registryOf(options.parties, readText);
  const council = listOf(options.council);
  const area = listOf(options.area);
  return {
    registry,
    strict: options.strict === true,
    council,
    area,
    read: {
      registry,
      layout: await chosenLayout(options, readText),
      encoding: options.encoding,
      byUnit: options.byPrecinct === true,
      limits: { ...defaultCsvLimits, ...options.limits },
      onProgress: options.onProgress,
      selection: new ContestSelection({ councils: council, areas: area }),
    },
  };
}

async function registryOf(parties: PartyRegistry | string | undefined, readText: TextReader): Promise<PartyRegistry> {
  if (parties instanceof PartyRegistry) return parties;
  const registry = new PartyRegistry();
  if (parties !== undefined) for (const party of parsePartiesFile(await readText(parties), parties)) registry.add(party);
  return registry;
}

/** The layout forced by a name or built from a column map; undefined to detect it per file. */
async function chosenLayout(options: ReadElectionOptions, readText: TextReader): Promise<Layout | undefined> {
  if (options.map !== undefined && options.layout !== undefined) {
    throw new UsageError('--map and --input-format both choose the layout: give one of them');
  }
  if (options.map !== undefined) return mappedLayout(parseMapFile(await readText(options.map), options.map), options.map);
  return options.layout === undefined ? undefined : layoutNamed(options.layout);
}

function listOf(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

/**
 * Reads an election whole: one input or several (files, directories, CSV text or bytes, streams) are one
 * election. Throws InputError (bad data: exit 1 in the CLI) or UsageError (a selection that matches nothing).
 *
 *     const election = await readElection('fixtures/worcester-2016.csv');
 */
export async function readElection(input: ElectionInput | readonly ElectionInput[], options: ReadElectionOptions = {}): Promise<Election> {
  const resolved = await resolveReadOptions(options);
  return readSourcesWhole(await openInputs(inputsOf(input)), resolved);
}

/**
 * The contests of an input one at a time, each once the input has moved past it, so a script can read a file of
 * millions of rows in memory that follows contests. Returns the row account and warnings at the end. A contest's rows
 * may be apart by up to 100,000 rows (they are counted together); rows further from the rest of their contest are
 * refused (read such a file with readElection).
 * With `strict`, a set-aside row is thrown at the end, after the contests read before it.
 */
export async function* readContests(
  input: ElectionInput | readonly ElectionInput[],
  options: ReadElectionOptions = {},
): AsyncGenerator<Contest, ReadSummary> {
  const resolved = await resolveReadOptions(options);
  const reading = readSourceContests(await openInputs(inputsOf(input)), resolved.read);
  let contests = 0;
  for (;;) {
    const next = await reading.next();
    if (next.done === true) {
      if (resolved.strict) refuseSetAside(next.value);
      refuseEmptySelection(resolved, contests);
      return next.value;
    }
    contests += 1;
    yield next.value;
  }
}

/** Sources already open, read whole under resolved options: the path every command takes. */
export async function readSourcesWhole(sources: readonly Source[], resolved: ResolvedReadOptions): Promise<Election> {
  const election = await readSources(sources, resolved.read);
  if (resolved.strict) refuseSetAside(election);
  refuseEmptySelection(resolved, election.contests.length);
  return election;
}

function inputsOf(input: ElectionInput | readonly ElectionInput[]): readonly ElectionInput[] {
  return Array.isArray(input) ? (input as readonly ElectionInput[]) : [input as ElectionInput];
}

/** A selection that chose nothing of what was read: a usage error that says which councils there are. */
export function refuseEmptySelection(resolved: Pick<ResolvedReadOptions, 'read' | 'council' | 'area'>, selected: number): void {
  const selection = resolved.read.selection;
  if (selected > 0 || selection.choosesAll || !selection.offeredAny) return;
  const wanted = [
    ...resolved.council.map((c) => `--council ${JSON.stringify(c)}`),
    ...resolved.area.map((a) => `--area ${JSON.stringify(a)}`),
  ];
  const councils = selection.councilsPassedOver;
  throw new UsageError(
    `no contest matches ${wanted.join(' ')}` +
      (councils.length > 0 ? ` (councils: ${councils.slice(0, 8).join(', ')}${councils.length > 8 ? ', ...' : ''})` : ''),
  );
}

/**
 * --strict: a row set aside is an error, not a line in the footer. The message names the first such row
 * and how many there are in all, so one run shows the size of the problem.
 *
 *     results: w.csv:4: row set aside (a row with a ward but no candidate) and --strict is on; set aside in all: 1 row (a row with a ward but no candidate)
 */
export function refuseSetAside(read: Pick<Election, 'rows'>): void {
  const first = read.rows.setAside[0];
  if (first === undefined) return;
  const reasons = read.rows.setAside.map(setAsideText).join(', ');
  throw new InputError(
    `${first.origin.file}:${first.origin.line}`,
    `row set aside (${first.reason}) and --strict is on; set aside in all: ${reasons}`,
  );
}
