/** Loading an election for a command: open the named files, read them with the chosen layout and parties. */
import { InputError, UsageError } from '../errors';
import type { Election } from '../core/model';
import { PartyRegistry } from '../core/parties';
import { ContestSelection } from '../core/select';
import { layoutNamed } from '../io/layouts';
import type { Layout } from '../io/layouts/layout';
import { mappedLayout, parseMapFile } from '../io/map-file';
import { parsePartiesFile } from '../io/parties-file';
import { readElection, type ReadOptions, type Source } from '../io/read-election';
import { setAsideText } from '../report/tally';
import type { Env } from './env';
import { csvLimits, type InputFlags } from './options';

export async function loadRegistry(flags: Pick<InputFlags, 'parties'>, env: Env): Promise<PartyRegistry> {
  const registry = new PartyRegistry();
  if (flags.parties !== undefined) {
    for (const party of parsePartiesFile(await env.readText(flags.parties), flags.parties)) registry.add(party);
  }
  return registry;
}

/** The layout forced by --input-format or built from --map; undefined to detect it per file. */
async function chosenLayout(flags: InputFlags, env: Env): Promise<Layout | undefined> {
  if (flags.map !== undefined && flags.inputFormat !== undefined) {
    throw new UsageError('--map and --input-format both choose the layout: give one of them');
  }
  if (flags.map !== undefined) return mappedLayout(parseMapFile(await env.readText(flags.map), flags.map), flags.map);
  return flags.inputFormat === undefined ? undefined : layoutNamed(flags.inputFormat);
}

/**
 * The reading options every command takes from the input flags (--input-format / --map, --encoding, --by,
 * size limits, and --council / --area as the one selection rule, applied to rows as they are read).
 */
export async function readOptions(
  flags: InputFlags,
  registry: PartyRegistry,
  env: Env,
): Promise<ReadOptions & { readonly selection: ContestSelection }> {
  return {
    registry,
    layout: await chosenLayout(flags, env),
    encoding: flags.encoding,
    byUnit: flags.by === 'precinct',
    limits: csvLimits(flags),
    selection: new ContestSelection({ councils: flags.council, areas: flags.area }),
  };
}

/** Reads the named files whole, selected by --council / --area, refusing set-aside rows under --strict. */
export async function loadElection(names: readonly string[], flags: InputFlags, registry: PartyRegistry, env: Env): Promise<Election> {
  const options = await readOptions(flags, registry, env);
  const election = await readElection(await openAll(names, env), options);
  if (flags.strict) refuseSetAside(election);
  refuseEmptySelection(flags, options.selection, election.contests.length);
  return election;
}

/** --council / --area chose nothing of what was read: a usage error that says which councils there are. */
export function refuseEmptySelection(flags: Pick<InputFlags, 'council' | 'area'>, selection: ContestSelection, selected: number): void {
  if (selected === 0 && !selection.choosesAll && selection.offeredAny) throw noMatch(flags, selection.councilsPassedOver);
}

/** Opens every named file, directory or "-" as sources. */
export async function openAll(names: readonly string[], env: Env): Promise<Source[]> {
  if (names.filter((name) => name === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  const sources: Source[] = [];
  for (const name of names) sources.push(...(await env.openSources(name)));
  return sources;
}

/** --council / --area chose nothing: say which councils there are. */
function noMatch(flags: Pick<InputFlags, 'council' | 'area'>, councilsSeen: Iterable<string | null>): UsageError {
  const wanted = [...flags.council.map((c) => `--council ${JSON.stringify(c)}`), ...flags.area.map((a) => `--area ${JSON.stringify(a)}`)];
  const councils = [...new Set([...councilsSeen].filter((c) => c !== null))];
  return new UsageError(
    `no contest matches ${wanted.join(' ')}` +
      (councils.length > 0 ? ` (councils: ${councils.slice(0, 8).join(', ')}${councils.length > 8 ? ', ...' : ''})` : ''),
  );
}

/**
 * --strict: a row set aside is an error, not a line in the footer. The message names the first such row
 * and how many there are in all, so one run shows the size of the problem.
 *
 *     results: w.csv:4: row set aside (a ward with no candidate) and --strict is on; set aside in all: 1 row (a ward with no candidate)
 */
export function refuseSetAside(election: Pick<Election, 'rows'>): void {
  const first = election.rows.setAside[0];
  if (first === undefined) return;
  const reasons = election.rows.setAside.map(setAsideText).join(', ');
  throw new InputError(
    `${first.origin.file}:${first.origin.line}`,
    `row set aside (${first.reason}) and --strict is on; set aside in all: ${reasons}`,
  );
}
