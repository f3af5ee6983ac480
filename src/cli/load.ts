/**
 * Loading an election for a command: the input flags become the library's reading options
 * (library/read.ts), and files are opened through the Env (standard input, in-process test runs).
 */
import { UsageError } from '../errors';
import type { Election } from '../core/model';
import type { PartyRegistry } from '../core/parties';
import type { Source } from '../io/read-election';
import { readSourcesWhole, resolveReadOptions, type ReadElectionOptions, type ResolvedReadOptions } from '../library/read';
import type { Env } from './env';
import { csvLimits, type InputFlags } from './options';
import { append } from '../core/arrays';

export { refuseEmptySelection, refuseSetAside } from '../library/read';

/** The input flags as the library's reading options (--input-format, --map, --encoding, --parties, --council, --area, --strict, --by, limits). */
export function readingOptions(flags: InputFlags): ReadElectionOptions {
  return {
    ...(flags.inputFormat !== undefined ? { layout: flags.inputFormat } : {}),
    ...(flags.map !== undefined ? { map: flags.map } : {}),
    ...(flags.encoding !== undefined ? { encoding: flags.encoding } : {}),
    ...(flags.parties !== undefined ? { parties: flags.parties } : {}),
    council: flags.council,
    area: flags.area,
    strict: flags.strict === true,
    byPrecinct: flags.by === 'precinct',
    limits: csvLimits(flags),
  };
}

/** The reading options resolved once for a command: the registry, the layout, the selection. */
export function resolveFlags(flags: InputFlags, env: Env): Promise<ResolvedReadOptions> {
  return resolveReadOptions(readingOptions(flags), (name) => env.readText(name));
}

export async function loadRegistry(flags: Pick<InputFlags, 'parties'>, env: Env): Promise<PartyRegistry> {
  return (await resolveReadOptions(flags.parties === undefined ? {} : { parties: flags.parties }, (name) => env.readText(name))).registry;
}

/** Reads the named files whole, selected by --council / --area, refusing set-aside rows under --strict. */
export async function loadElection(names: readonly string[], flags: InputFlags, registry: PartyRegistry, env: Env): Promise<Election> {
  const resolved = await resolveReadOptions({ ...readingOptions(flags), parties: registry }, (name) => env.readText(name));
  return readSourcesWhole(await openAll(names, env), resolved);
}

/** Opens every named file, directory or "-" as sources. */
export async function openAll(names: readonly string[], env: Env): Promise<Source[]> {
  if (names.filter((name) => name === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  const sources: Source[] = [];
  for (const name of names) append(sources, await env.openSources(name));
  return sources;
}
